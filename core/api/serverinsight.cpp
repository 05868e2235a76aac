#include "serverinsight.h"

#include "vllmclient.h"

#include <QLocale>

namespace {

// A route the server does not have (vLLM without a feature, llama.cpp without --metrics, a proxy).
bool isMissingRoute(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http &&
           (error.httpStatus == 404 || error.httpStatus == 405 || error.httpStatus == 501);
}

} // namespace

ServerInsight::ServerInsight(VllmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ServerInsight::poll);
    connect(client, &VllmClient::serverChanged, this, &ServerInsight::restart);
    m_timer.start();
}

void ServerInsight::setPolling(bool polling)
{
    if (polling)
        m_timer.start();
    else
        m_timer.stop();
}

void ServerInsight::restart()
{
    ++m_generation;
    m_versionAsked = false;
    m_metricsInFlight = false;
    m_metricsServed = true;
    const bool hadSomething = !m_version.isEmpty() || !m_metrics.isEmpty();
    m_version.clear();
    m_metrics = {};
    if (hadSomething)
        emit changed();
    poll();
}

void ServerInsight::refresh()
{
    poll();
}

void ServerInsight::poll()
{
    const quint64 generation = m_generation;
    if (!m_versionAsked) {
        m_versionAsked = true;
        m_client->fetchVersion(this, [this, generation](const QString &version, const ApiError &error) {
            if (generation != m_generation)
                return;
            if (error.isError() && !isMissingRoute(error)) {
                m_versionAsked = false; // down or unreachable for now: ask again next time
                return;
            }
            if (version != m_version) {
                m_version = version;
                emit changed();
            }
        });
    }
    if (!m_metricsServed || m_metricsInFlight)
        return; // a slow server gets no second request piled on the first
    m_metricsInFlight = true;
    m_client->fetchMetrics(this, [this, generation](const ServerMetrics &metrics, const ApiError &error) {
        if (generation != m_generation)
            return;
        m_metricsInFlight = false;
        if (isMissingRoute(error) || (!error.isError() && metrics.isEmpty()))
            m_metricsServed = false;
        const ServerMetrics shown = error.isError() ? ServerMetrics{} : metrics;
        if (shown.running == m_metrics.running && shown.waiting == m_metrics.waiting &&
            shown.kvCacheUsage == m_metrics.kvCacheUsage)
            return;
        m_metrics = shown;
        emit changed();
    });
}

QString ServerInsight::summary() const
{
    const QLocale locale;
    QStringList parts;
    if (!m_version.isEmpty())
        parts << tr("vLLM %1").arg(m_version);
    if (m_metrics.running)
        parts << tr("%1 running").arg(locale.toString(qRound64(*m_metrics.running)));
    if (m_metrics.waiting)
        parts << tr("%1 waiting").arg(locale.toString(qRound64(*m_metrics.waiting)));
    if (m_metrics.kvCacheUsage)
        parts << tr("KV cache %1 %").arg(locale.toString(*m_metrics.kvCacheUsage * 100.0, 'f', 0));
    return parts.join(QStringLiteral(" · "));
}
