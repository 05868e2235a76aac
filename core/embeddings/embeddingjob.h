#pragma once

#include "api/apierror.h"
#include "api/usage.h"
#include "embeddingrequest.h"
#include "embeddingresponse.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class JsonExchange;
class VllmClient;

// Computes the vectors of many texts through POST /v1/embeddings, `batchSize` texts per request,
// one request at a time. Every finished batch is handed out at once (batchFinished), so a server
// that drops out keeps what was done; remaining() is what a new job must still compute (resume).
//
// Bad input is isolated, not fatal: when the server refuses a batch because a text is longer than
// the model's context (vLLM's 400 "maximum context length ..."), the batch is split in halves until
// the text that does not fit stands alone; it is reported with vLLM's own message (itemFailed) and
// the others are computed. Any other refusal (unknown model, unsupported `dimensions`, a chat-only
// model's 404) ends the job with the server's error. Connection failures and the statuses that mean
// "try again later" are retried with back-off (an embeddings request has no side effects).
// Answers are read (JSON, base64) on a worker thread: a batch of thousands of vectors is megabytes.
class EmbeddingJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddingJob)

public:
    struct Input {
        quint64 key = 0; // the caller's name for the text (an item id)
        QString text;
    };
    enum class State { Idle, Running, Finished, Failed, Canceled };
    Q_ENUM(State)

    static constexpr int kDefaultBatchSize = 32;

    // `settings` gives the model, encoding, dimensions and truncation; its `inputs` are ignored.
    EmbeddingJob(VllmClient *client, const EmbeddingRequest &settings, const QList<Input> &inputs,
                 int batchSize, QObject *parent = nullptr);
    ~EmbeddingJob() override;

    void start();
    // Aborts the request in flight; batches already delivered stay delivered.
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    int total() const { return m_total; }
    int done() const { return m_done; } // vectors delivered plus texts refused one by one
    int requestCount() const { return m_requests; }
    const Usage &usage() const { return m_usage; }    // summed over the delivered batches
    const ApiError &error() const { return m_error; } // Failed (or Canceled)
    QString errorMessage() const;                     // one sentence for the user
    // The texts without a vector and without a per-text error, in their original order.
    QList<Input> remaining() const;

signals:
    // `vectors[i]` belongs to `keys[i]`. `nonFinite` lists the keys whose vector holds NaN or
    // infinity (the server's fault; the caller must not draw them).
    void batchFinished(const QList<quint64> &keys, const QList<QList<float>> &vectors,
                       const QList<quint64> &nonFinite);
    // A text the server refused on its own (too long for the model), with the server's words.
    void itemFailed(quint64 key, const ApiError &error);
    void progressed(int done, int total);
    void retrying(int attempt, int delayMs, const ApiError &reason);
    void finished(); // look at state()

private:
    struct Parsed {
        ApiError error;
        EmbeddingResponse response;
    };

    void sendNext();
    void onExchangeFinished();
    void onParsed();
    void handleFailure(const ApiError &error);
    void end(State state);

    VllmClient *m_client;
    EmbeddingRequest m_settings;
    QList<QList<Input>> m_queue; // batches still to send; the first is in flight while running
    QPointer<JsonExchange> m_exchange;
    QFutureWatcher<Parsed> m_parse;
    QTimer m_retryTimer;
    Usage m_usage;
    ApiError m_error;
    State m_state = State::Idle;
    int m_total = 0;
    int m_done = 0;
    int m_requests = 0;
    int m_attempt = 0; // retries of the batch in flight
};
