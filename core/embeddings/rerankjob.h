#pragma once

#include "api/apierror.h"
#include "api/usage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class JsonExchange;
class VllmClient;

// Scores documents against a query with the server's reranker (a cross-encoder, or an embedding
// model used as a bi-encoder), `batchSize` documents per request. vLLM serves the same thing under
// several names, registered only for models that can score (§3, §13); the job tries them in
// order — POST /v1/rerank (under the base URL, so it passes proxies that only forward /v1), then
// /rerank and /score at the server root — moving on only when a route answers FastAPI's 404
// {"detail":"Not Found"}, and remembers the one that answered (route()) so the next job starts
// there.
class RerankJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RerankJob)

public:
    enum class Route { V1Rerank, Rerank, Score };
    Q_ENUM(Route)
    enum class State { Idle, Running, Finished, Failed, Canceled };
    Q_ENUM(State)

    RerankJob(VllmClient *client, const QString &model, const QString &query, const QStringList &documents,
              int batchSize = 64, QObject *parent = nullptr);
    ~RerankJob() override;

    void setFirstRoute(Route route) { m_route = route; }
    void start();
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // One score per document (NaN where none came back), valid once Finished.
    const QList<double> &scores() const { return m_scores; }
    Route route() const { return m_route; }
    QString routePath() const; // "/v1/rerank", "/rerank" or "/score", for the user
    const Usage &usage() const { return m_usage; }
    QString model() const { return m_answeredModel; }
    const ApiError &error() const { return m_error; }
    QString errorMessage() const;

signals:
    void progressed(int done, int total);
    void finished();

private:
    void sendBatch();
    void onExchangeFinished();
    bool readAnswer(const QJsonObject &object, qsizetype offset, qsizetype count);
    void end(State state);

    VllmClient *m_client;
    QString m_modelName;
    QString m_query;
    QStringList m_documents;
    int m_batchSize;
    qsizetype m_next = 0; // the first document of the batch in flight
    QList<double> m_scores;
    QPointer<JsonExchange> m_exchange;
    Route m_route = Route::V1Rerank;
    Usage m_usage;
    QString m_answeredModel;
    ApiError m_error;
    State m_state = State::Idle;
};
