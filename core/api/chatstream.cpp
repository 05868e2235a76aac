#include "chatstream.h"

#include "tlstrust.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {

// Exponential back-off is capped so that a large retry count cannot park a request for hours.
constexpr double kMaxRetryDelayMs = 60'000;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

ChatStream::ChatStream(QNetworkAccessManager *network, const ServerConfig &server, const ChatRequest &request,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(server)
    , m_request(request)
{
    Q_ASSERT(m_network);
    m_clock.start();
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ChatStream::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::sendAttempt);
}

ChatStream::~ChatStream()
{
    // Aborting closes the connection, which makes vLLM drop the request; nothing is emitted.
    detachReply();
}

qint64 ChatStream::nowMs() const
{
    // Monotonic and shared by all streams, so figures of different answers are comparable.
    return m_clock.msecsSinceReference() + m_clock.elapsed();
}

void ChatStream::start()
{
    if (m_state != State::Idle)
        return;
    m_metrics.startedMs = nowMs();
    m_state = State::Waiting;
    if (RequestBody::hasFiles(m_request)) {
        // Media travel as base64 encoded while the body is read: a 200 MB video is never held
        // in memory, not even once (see StreamedBody).
        const QString missing = RequestBody::checkFiles(m_request);
        if (!missing.isEmpty()) {
            fail(ApiError::make(ApiError::Kind::Network, missing));
            return;
        }
        m_bodySegments = RequestBody::segments(m_request);
    } else {
        m_body = QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Compact);
    }
    sendAttempt();
}

void ChatStream::cancel()
{
    if (m_state == State::Finished || m_state == State::Failed || m_state == State::Canceled)
        return;
    m_error = ApiError::make(ApiError::Kind::Canceled);
    end(State::Canceled);
}

void ChatStream::sendAttempt()
{
    if (m_state != State::Waiting)
        return;
    ++m_metrics.attempts;
    m_receivedAnything = false;
    m_accumulator.reset();
    m_hop.emplace(m_server, m_server.endpoint(u"chat/completions"), "POST", m_body);
    // vLLM rejects JSON bodies without this exact type (§1).
    m_hop->setContentType("application/json");
    m_hop->setAccept(m_request.stream ? "text/event-stream" : "application/json");
    m_hop->setBodySegments(m_bodySegments); // empty for text-only requests
    sendHop();
}

void ChatStream::sendHop()
{
    m_headChecked = false;
    m_isEventStream = false;
    m_httpStatus = 0;
    m_errorBody.clear();
    m_wholeBody.clear();
    m_parser.reset();
    m_events.clear();
    m_reply = m_hop->send(m_network);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onReplyFinished);
    m_timeout.start(m_server.firstByteTimeoutMs);
}

bool ChatStream::checkResponseHead()
{
    m_headChecked = true;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!isSuccess(m_httpStatus))
        return false;
    const QByteArray type = m_reply->rawHeader("Content-Type").toLower();
    // Anything else (JSON from llama.cpp or proxies, non-streaming answers) is read whole.
    m_isEventStream = type.contains("text/event-stream");
    return true;
}

void ChatStream::onReadyRead()
{
    if (m_reply && isActive())
        consumeBody();
}

void ChatStream::consumeBody()
{
    if (!m_headChecked) {
        if (!m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return;
        checkResponseHead();
    }
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    m_timeout.start(m_server.idleTimeoutMs);
    if (!isSuccess(m_httpStatus)) {
        m_errorBody += bytes;
        return;
    }
    m_receivedAnything = true;
    m_state = State::Streaming;
    if (!m_isEventStream) {
        m_wholeBody += bytes;
        return;
    }
    m_events.clear();
    m_parser.feed(bytes, m_events);
    processEvents();
}

void ChatStream::processEvents()
{
    bool changed = false;
    const QPointer<ChatStream> self(this);
    auto flushProgress = [&]() {
        if (changed)
            emit progressed();
        return self && isActive(); // a receiver may have canceled or deleted the stream
    };
    for (const SseEvent &event : std::as_const(m_events)) {
        switch (m_accumulator.apply(event)) {
        case StreamAccumulator::Outcome::Ignored:
            break;
        case StreamAccumulator::Outcome::Delta:
            if (m_metrics.firstTokenMs < 0)
                m_metrics.firstTokenMs = nowMs();
            changed = true;
            break;
        case StreamAccumulator::Outcome::Metadata:
            changed = true;
            break;
        case StreamAccumulator::Outcome::Done:
            if (flushProgress())
                complete();
            return;
        case StreamAccumulator::Outcome::ErrorEvent:
        case StreamAccumulator::Outcome::Malformed:
            if (flushProgress())
                fail(m_accumulator.error()); // the text so far stays in result()
            return;
        }
    }
    m_events.clear();
    flushProgress();
}

void ChatStream::onReplyFinished()
{
    if (!m_reply || !isActive())
        return;
    m_timeout.stop();
    const QPointer<ChatStream> self(this);
    consumeBody();
    if (!self || !m_reply || !isActive())
        return; // the remaining bytes ended the stream
    const QNetworkReply::NetworkError networkError = m_reply->error();
    const QString errorString = m_reply->errorString();
    const QByteArray location = m_reply->rawHeader("Location");
    const bool hasStatus = m_headChecked;
    ApiError transportError = ApiError::fromNetworkError(networkError, errorString);
    TlsTrust::describe(transportError, m_reply);
    detachReply();

    if (hasStatus && ApiError::isRedirectStatus(m_httpStatus)) {
        ApiError refused;
        if (m_hop->follow(m_httpStatus, location, refused)) {
            sendHop();
            return;
        }
        fail(refused);
        return;
    }
    if (hasStatus && !isSuccess(m_httpStatus)) {
        scheduleRetryOrFail(ApiError::fromHttpResponse(m_httpStatus, m_errorBody));
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        ApiError error = transportError;
        // A close or reset after the answer began cut the answer short. Which of these Qt reports
        // (a clean finish, RemoteHostClosed, or an unknown error for a reset) depends on timing,
        // so all of them read as the one truncated answer.
        if (m_receivedAnything && (error.kind == ApiError::Kind::ConnectionLost ||
                                   networkError == QNetworkReply::UnknownNetworkError))
            error = ApiError::make(ApiError::Kind::Truncated, errorString);
        scheduleRetryOrFail(error);
        return;
    }
    if (!hasStatus) {
        fail(ApiError::make(ApiError::Kind::MalformedResponse, tr("the reply carried no HTTP status")));
        return;
    }
    if (m_isEventStream) {
        m_parser.finish();
        fail(ApiError::make(ApiError::Kind::Truncated)); // a `[DONE]` would have completed the stream
        return;
    }
    finishWholeBody();
}

void ChatStream::finishWholeBody()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_wholeBody, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        switch (m_accumulator.applyCompletion(doc.object())) {
        case StreamAccumulator::Outcome::Done: {
            if (m_metrics.firstTokenMs < 0 && m_accumulator.deltaCount() > 0)
                m_metrics.firstTokenMs = nowMs();
            const QPointer<ChatStream> self(this);
            emit progressed();
            if (self && isActive())
                complete();
            return;
        }
        default:
            fail(m_accumulator.error());
            return;
        }
    }
    // Some proxies label an event stream as text/plain: parse it as what it is.
    const QByteArray trimmed = m_wholeBody.trimmed();
    if (m_request.stream && (trimmed.startsWith("data:") || trimmed.startsWith(':'))) {
        m_isEventStream = true;
        m_parser.reset();
        m_events.clear();
        m_parser.feed(m_wholeBody, m_events);
        const QPointer<ChatStream> self(this);
        processEvents();
        if (self && isActive())
            fail(ApiError::make(ApiError::Kind::Truncated));
        return;
    }
    QString quoted = QString::fromUtf8(trimmed.left(200)).simplified();
    fail(ApiError::make(ApiError::Kind::MalformedResponse, tr("the answer is not JSON: %1").arg(quoted)));
}

void ChatStream::onTimeout()
{
    if (!isActive() || !m_reply)
        return;
    // Time-outs are never retried: the server may still be working on the request.
    fail(ApiError::make(m_receivedAnything ? ApiError::Kind::IdleTimeout : ApiError::Kind::ConnectTimeout));
}

void ChatStream::scheduleRetryOrFail(const ApiError &error)
{
    const int retriesDone = m_metrics.attempts - 1;
    if (m_receivedAnything || !error.isRetryable() || retriesDone >= m_server.maxRetries) {
        fail(error);
        return;
    }
    const double base = double(m_server.retryBaseDelayMs) * std::pow(2.0, retriesDone);
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble(); // ±25 %
    const int delayMs = int(std::min(base * jitter, kMaxRetryDelayMs));
    m_state = State::Waiting;
    m_retryTimer.start(delayMs);
    emit retrying(retriesDone + 1, delayMs, error);
}

void ChatStream::fail(const ApiError &error)
{
    m_error = error;
    end(State::Failed);
}

void ChatStream::complete()
{
    end(State::Finished);
}

void ChatStream::end(State state)
{
    if (m_state == State::Finished || m_state == State::Failed || m_state == State::Canceled)
        return;
    m_timeout.stop();
    m_retryTimer.stop();
    detachReply();
    m_state = state;
    m_metrics.endedMs = nowMs();
    const Usage &usage = m_accumulator.usage();
    if (usage.promptTokens >= 0)
        m_metrics.promptTokens = usage.promptTokens;
    if (usage.completionTokens >= 0) {
        m_metrics.completionTokens = usage.completionTokens;
        m_metrics.completionTokensEstimated = false;
    } else {
        m_metrics.completionTokens = m_accumulator.deltaCount();
        m_metrics.completionTokensEstimated = true;
    }
    emit finished();
}

void ChatStream::detachReply()
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
