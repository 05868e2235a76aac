#pragma once

#include "apierror.h"
#include "chatrequest.h"
#include "serverconfig.h"
#include "serverrequest.h"
#include "sseparser.h"
#include "streamaccumulator.h"
#include "streammetrics.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// One chat completion in flight (streaming or not). Owns its QNetworkReply, reads on readyRead,
// checks status and content type before parsing, feeds an SseParser and a StreamAccumulator, and
// reports progress, retries and the end. Time-outs: first byte and idle (never a total time-out).
// Retries only while nothing has been received. cancel() aborts the connection at once, so vLLM
// frees the request's slot, and keeps what arrived. Redirects are followed by ServerRequest's
// rules (the key never leaves the server's origin; https never downgrades to http).
class ChatStream final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)

public:
    enum class State { Idle, Waiting, Streaming, Finished, Failed, Canceled };
    Q_ENUM(State)

    ChatStream(QNetworkAccessManager *network, const ServerConfig &server, const ChatRequest &request,
               QObject *parent = nullptr);
    ~ChatStream() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Waiting || m_state == State::Streaming; }
    const ChatRequest &request() const { return m_request; }
    const StreamAccumulator &result() const { return m_accumulator; }
    const StreamMetrics &metrics() const { return m_metrics; }
    const ApiError &error() const { return m_error; } // Failed (or Canceled: Kind::Canceled)

signals:
    void progressed(); // new deltas or metadata were applied; may stand for many events
    void retrying(int attempt, int delayMs, const ApiError &reason);
    void finished(); // Finished, Failed or Canceled: look at state()

private:
    void sendAttempt();
    void sendHop(); // the current attempt's request, to its current address (after redirects)
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    bool checkResponseHead(); // status and content type; false when the reply is an error body
    void processEvents();
    void fail(const ApiError &error);
    void complete();
    void scheduleRetryOrFail(const ApiError &error);
    void detachReply();
    void end(State state); // the one place that stops timers, fills metrics and emits finished()
    void consumeBody();    // reads what the reply has, into the error body, whole body or SSE parser
    void finishWholeBody();
    qint64 nowMs() const;

    QNetworkAccessManager *m_network;
    ServerConfig m_server;
    ChatRequest m_request;
    QByteArray m_body;                 // text-only requests: the whole body
    QList<BodySegment> m_bodySegments; // requests with files: streamed anew on every send
    std::optional<ServerRequest> m_hop;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    SseParser m_parser;
    QList<SseEvent> m_events;
    StreamAccumulator m_accumulator;
    StreamMetrics m_metrics;
    ApiError m_error;
    State m_state = State::Idle;
    bool m_headChecked = false;
    bool m_isEventStream = false;
    bool m_receivedAnything = false;
    QByteArray m_errorBody; // a non-2xx body, collected whole
    QByteArray m_wholeBody; // a 2xx body that is not an event stream (non-streaming, llama.cpp, proxies)
    int m_httpStatus = 0;
};
