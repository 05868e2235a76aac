#include "embeddingjob.h"

#include "api/jsonexchange.h"
#include "api/vllmclient.h"
#include "embeddingerrors.h"
#include "embeddingresponse.h"

#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

// Exponential back-off is capped so that a large retry count cannot park a batch for hours.
constexpr double kMaxRetryDelayMs = 60'000;

bool isRetryable(const ApiError &error)
{
    // An embeddings request changes nothing on the server, so a cut-off answer may be asked again.
    return error.isRetryable() || error.kind == ApiError::Kind::ConnectionLost ||
           error.kind == ApiError::Kind::Truncated;
}

} // namespace

EmbeddingJob::EmbeddingJob(VllmClient *client, const EmbeddingRequest &settings, const QList<Input> &inputs,
                           int batchSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_total(int(inputs.size()))
{
    Q_ASSERT(m_client);
    m_settings.inputs.clear();
    const qsizetype size = std::max(1, batchSize);
    for (qsizetype i = 0; i < inputs.size(); i += size)
        m_queue.append(inputs.mid(i, size));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EmbeddingJob::sendNext);
    connect(&m_parse, &QFutureWatcher<Parsed>::finished, this, &EmbeddingJob::onParsed);
}

EmbeddingJob::~EmbeddingJob()
{
    if (m_exchange)
        m_exchange->disconnect(this);
}

QString EmbeddingJob::errorMessage() const
{
    return EmbeddingErrors::describeEmbedding(m_error);
}

QList<EmbeddingJob::Input> EmbeddingJob::remaining() const
{
    QList<Input> inputs;
    for (const QList<Input> &batch : m_queue)
        inputs += batch;
    return inputs;
}

void EmbeddingJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    emit progressed(m_done, m_total);
    if (m_queue.isEmpty()) {
        end(State::Finished);
        return;
    }
    sendNext();
}

void EmbeddingJob::cancel()
{
    if (m_state != State::Running)
        return;
    m_error = ApiError::make(ApiError::Kind::Canceled);
    end(State::Canceled);
}

void EmbeddingJob::sendNext()
{
    if (m_state != State::Running)
        return;
    if (m_queue.isEmpty()) {
        end(State::Finished);
        return;
    }
    EmbeddingRequest request = m_settings;
    for (const Input &input : std::as_const(m_queue.first()))
        request.inputs.append(input.text);
    ++m_requests;
    m_exchange = m_client->createPost(m_client->server().endpoint(u"embeddings"), request.toJson(), this);
    connect(m_exchange, &JsonExchange::finished, this, &EmbeddingJob::onExchangeFinished);
    m_exchange->start();
}

void EmbeddingJob::onExchangeFinished()
{
    JsonExchange *exchange = m_exchange;
    if (!exchange || m_state != State::Running)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();
    const HttpResult result = exchange->result();
    const int count = int(m_queue.first().size());
    // The promise is shared with the worker, so it outlives this job if need be.
    auto promise = std::make_shared<QPromise<Parsed>>();
    m_parse.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, result, count]() {
        Parsed parsed;
        QJsonObject object;
        parsed.error = VllmClient::readObject(result, object);
        if (!parsed.error.isError())
            parsed.response = EmbeddingResponse::parse(object, count);
        promise->addResult(parsed);
        promise->finish();
    });
}

void EmbeddingJob::onParsed()
{
    if (m_state != State::Running || !m_parse.future().isValid() || m_parse.future().resultCount() == 0)
        return;
    const Parsed parsed = m_parse.result();
    if (parsed.error.isError()) {
        handleFailure(parsed.error);
        return;
    }
    const QList<Input> batch = m_queue.first();
    const EmbeddingResponse &response = parsed.response;
    if (!response.ok()) {
        // A server (or a proxy) that answers with something else must not yield half-read vectors.
        m_error = ApiError::make(ApiError::Kind::MalformedResponse, response.error);
        end(State::Failed);
        return;
    }
    m_queue.removeFirst();
    m_attempt = 0;
    QList<quint64> keys;
    keys.reserve(batch.size());
    for (const Input &input : batch)
        keys.append(input.key);
    QList<quint64> nonFinite;
    for (int index : response.nonFinite)
        nonFinite.append(keys.at(index));
    if (response.usage.promptTokens >= 0)
        m_usage.promptTokens = std::max<qint64>(m_usage.promptTokens, 0) + response.usage.promptTokens;
    if (response.usage.totalTokens >= 0)
        m_usage.totalTokens = std::max<qint64>(m_usage.totalTokens, 0) + response.usage.totalTokens;
    m_done += int(batch.size());
    const QPointer<EmbeddingJob> self(this);
    emit batchFinished(keys, response.vectors, nonFinite);
    if (!self || m_state != State::Running)
        return; // a receiver canceled or deleted the job
    emit progressed(m_done, m_total);
    if (self && m_state == State::Running)
        sendNext();
}

void EmbeddingJob::handleFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Canceled) {
        m_error = error;
        end(State::Canceled);
        return;
    }
    if (error.isContextLengthError()) {
        QList<Input> batch = m_queue.takeFirst();
        m_attempt = 0;
        if (batch.size() > 1) {
            // One of these does not fit; halve until it stands alone.
            const qsizetype half = batch.size() / 2;
            m_queue.prepend(batch.mid(half));
            m_queue.prepend(batch.mid(0, half));
        } else {
            ++m_done;
            const QPointer<EmbeddingJob> self(this);
            emit itemFailed(batch.first().key, error);
            if (!self || m_state != State::Running)
                return;
            emit progressed(m_done, m_total);
            if (!self || m_state != State::Running)
                return;
        }
        sendNext();
        return;
    }
    if (isRetryable(error) && m_attempt < m_client->server().maxRetries) {
        const double base = double(m_client->server().retryBaseDelayMs) * std::pow(2.0, m_attempt);
        const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble(); // ±25 %
        const int delayMs = int(std::min(base * jitter, kMaxRetryDelayMs));
        ++m_attempt;
        m_retryTimer.start(delayMs);
        emit retrying(m_attempt, delayMs, error);
        return;
    }
    m_error = error;
    end(State::Failed);
}

void EmbeddingJob::end(State state)
{
    if (m_state != State::Running)
        return;
    m_retryTimer.stop();
    if (m_exchange) {
        JsonExchange *exchange = m_exchange;
        m_exchange = nullptr;
        exchange->disconnect(this);
        exchange->cancel();
        exchange->deleteLater();
    }
    m_state = state;
    emit finished();
}
