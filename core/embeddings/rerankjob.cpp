#include "rerankjob.h"

#include "api/jsonexchange.h"
#include "api/vllmclient.h"
#include "embeddingerrors.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

RerankJob::RerankJob(VllmClient *client, const QString &model, const QString &query,
                     const QStringList &documents, int batchSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_modelName(model)
    , m_query(query)
    , m_documents(documents)
    , m_batchSize(std::max(1, batchSize))
    , m_scores(documents.size(), std::numeric_limits<double>::quiet_NaN())
{
    Q_ASSERT(m_client);
}

RerankJob::~RerankJob()
{
    if (m_exchange)
        m_exchange->disconnect(this);
}

QString RerankJob::routePath() const
{
    switch (m_route) {
    case Route::V1Rerank:
        return QStringLiteral("/v1/rerank");
    case Route::Rerank:
        return QStringLiteral("/rerank");
    case Route::Score:
        return QStringLiteral("/score");
    }
    return {};
}

QString RerankJob::errorMessage() const
{
    return EmbeddingErrors::describeRerank(m_error);
}

void RerankJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    if (m_documents.isEmpty()) {
        end(State::Finished);
        return;
    }
    sendBatch();
}

void RerankJob::cancel()
{
    if (m_state != State::Running)
        return;
    m_error = ApiError::make(ApiError::Kind::Canceled);
    end(State::Canceled);
}

void RerankJob::sendBatch()
{
    const QStringList batch = m_documents.mid(m_next, m_batchSize);
    QJsonObject body;
    if (!m_modelName.isEmpty())
        body.insert(QStringLiteral("model"), m_modelName);
    QUrl url;
    if (m_route == Route::Score) {
        // text_1/text_2 is the one pair every version accepts.
        body.insert(QStringLiteral("text_1"), m_query);
        body.insert(QStringLiteral("text_2"), QJsonArray::fromStringList(batch));
        url = m_client->server().serverRoot();
        url.setPath(url.path() + QStringLiteral("/score"));
    } else {
        body.insert(QStringLiteral("query"), m_query);
        body.insert(QStringLiteral("documents"), QJsonArray::fromStringList(batch));
        if (m_route == Route::V1Rerank) {
            url = m_client->server().endpoint(u"rerank");
        } else {
            url = m_client->server().serverRoot();
            url.setPath(url.path() + QStringLiteral("/rerank"));
        }
    }
    m_exchange = m_client->createPost(url, body, this);
    connect(m_exchange, &JsonExchange::finished, this, &RerankJob::onExchangeFinished);
    m_exchange->start();
}

void RerankJob::onExchangeFinished()
{
    JsonExchange *exchange = m_exchange;
    if (!exchange || m_state != State::Running)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();
    QJsonObject object;
    const ApiError error = exchange->readObject(object);
    if (error.isError()) {
        if (error.isRouteNotFound() && m_route != Route::Score && m_next == 0) {
            m_route = m_route == Route::V1Rerank ? Route::Rerank : Route::Score;
            sendBatch();
            return;
        }
        m_error = error;
        end(error.kind == ApiError::Kind::Canceled ? State::Canceled : State::Failed);
        return;
    }
    const qsizetype count = std::min<qsizetype>(m_batchSize, m_documents.size() - m_next);
    if (!readAnswer(object, m_next, count)) {
        end(State::Failed);
        return;
    }
    m_next += count;
    const QPointer<RerankJob> self(this);
    emit progressed(int(m_next), int(m_documents.size()));
    if (!self || m_state != State::Running)
        return;
    if (m_next >= m_documents.size())
        end(State::Finished);
    else
        sendBatch();
}

bool RerankJob::readAnswer(const QJsonObject &object, qsizetype offset, qsizetype count)
{
    // /rerank: {"results":[{"index","relevance_score",...}]}; /score: {"data":[{"index","score"}]}.
    const bool rerank = m_route != Route::Score;
    const QJsonValue list = object.value(rerank ? QLatin1String("results") : QLatin1String("data"));
    if (!list.isArray()) {
        m_error = ApiError::make(ApiError::Kind::MalformedResponse,
                                 rerank ? tr("the answer has no `results`") : tr("the answer has no `data`"));
        return false;
    }
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonValue index = item.value(QLatin1String("index"));
        const QJsonValue score =
            item.value(rerank ? QLatin1String("relevance_score") : QLatin1String("score"));
        if (!index.isDouble() || !score.isDouble() || index.toInt() < 0 || index.toInt() >= count) {
            m_error =
                ApiError::make(ApiError::Kind::MalformedResponse, tr("a score does not match a document"));
            return false;
        }
        m_scores[offset + index.toInt()] = score.toDouble();
    }
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    for (const auto &[key, field] :
         {std::pair{"prompt_tokens", &Usage::promptTokens}, std::pair{"total_tokens", &Usage::totalTokens}}) {
        const QJsonValue v = usage.value(QLatin1String(key));
        if (v.isDouble())
            m_usage.*field = std::max<qint64>(m_usage.*field, 0) + v.toInteger(0); // never a bad cast
    }
    m_answeredModel = object.value(QLatin1String("model")).toString();
    return true;
}

void RerankJob::end(State state)
{
    if (m_state != State::Running)
        return;
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
