#include "jsonexchange.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// A redirect loop must end as an error, not spin for Qt's default of 50 hops.
constexpr int kMaxRedirects = 8;

} // namespace

QJsonObject JsonExchange::Result::object(ApiError &error) const
{
    error = {};
    if (transportError.isError()) {
        error = transportError;
        return {};
    }
    if (status < 200 || status >= 300) {
        error = ApiError::fromHttpResponse(status, body);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString quoted = QString::fromUtf8(body.trimmed().left(200)).simplified();
        error = ApiError::make(ApiError::Kind::MalformedResponse,
                               quoted.isEmpty() ? ApiError::tr("the answer is empty")
                                                : ApiError::tr("the answer is not JSON: %1").arg(quoted));
        return {};
    }
    const QJsonObject object = doc.object();
    if (object.contains(QLatin1String("error")) ||
        object.value(QLatin1String("object")) == QLatin1String("error")) {
        // ≤ v0.10 answered "The model does not support X API" with a flat error body and 200.
        error = ApiError::fromHttpResponse(status, body);
        return {};
    }
    return object;
}

JsonExchange::JsonExchange(QNetworkAccessManager *network, const ServerConfig &server, const QUrl &url,
                           const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(server)
    , m_url(url)
    , m_requestBody(body)
{
    Q_ASSERT(m_network);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &JsonExchange::onTimeout);
}

JsonExchange::~JsonExchange()
{
    detachReply();
}

void JsonExchange::start()
{
    if (m_running || m_finished)
        return;
    QNetworkRequest request(m_url);
    request.setRawHeader("Accept", "application/json");
    if (!m_server.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_server.apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    m_running = true;
    if (m_requestBody.isNull()) {
        m_reply = m_network->get(request);
    } else {
        // vLLM rejects JSON bodies without this exact type (§1).
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_reply = m_network->post(request, m_requestBody);
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &JsonExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &JsonExchange::onReplyFinished);
    m_timeout.start(m_server.firstByteTimeoutMs);
}

void JsonExchange::cancel()
{
    if (m_finished)
        return;
    m_result = {};
    m_result.transportError = ApiError::make(ApiError::Kind::Canceled);
    finish();
}

void JsonExchange::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    m_bytesReceived += bytes.size();
    m_result.body += bytes;
    m_timeout.start(m_server.idleTimeoutMs);
}

void JsonExchange::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    m_timeout.stop();
    onReadyRead();
    QNetworkReply *reply = m_reply;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    if (status.isValid() && ApiError::isRedirectStatus(status.toInt())) {
        m_result.transportError = ApiError::fromUnfollowedRedirect(status.toInt(), networkError);
    } else if (status.isValid() && (networkError == QNetworkReply::NoError ||
                                    networkError >= QNetworkReply::ContentAccessDenied)) {
        // An HTTP error status (4xx/5xx) is a protocol-level error to Qt, not a transport one.
        m_result.status = status.toInt();
        m_result.contentType = reply->rawHeader("Content-Type");
    } else if (networkError != QNetworkReply::NoError) {
        ApiError error = ApiError::fromNetworkError(networkError, reply->errorString());
        // A close or reset while the body was arriving cut the answer short.
        if (m_bytesReceived > 0 && (error.kind == ApiError::Kind::ConnectionLost ||
                                    networkError == QNetworkReply::UnknownNetworkError))
            error = ApiError::make(ApiError::Kind::Truncated, reply->errorString());
        m_result.transportError = error;
        m_result.body.clear();
    } else {
        m_result.transportError = ApiError::make(ApiError::Kind::MalformedResponse, tr("no HTTP status"));
    }
    finish();
}

void JsonExchange::onTimeout()
{
    if (!m_reply || m_finished)
        return;
    // Never retried here: the server may still be working on the request.
    m_result = {};
    m_result.transportError =
        ApiError::make(m_bytesReceived > 0 ? ApiError::Kind::IdleTimeout : ApiError::Kind::ConnectTimeout);
    finish();
}

void JsonExchange::finish()
{
    if (m_finished)
        return;
    m_timeout.stop();
    detachReply();
    m_running = false;
    m_finished = true;
    emit finished();
}

void JsonExchange::detachReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}
