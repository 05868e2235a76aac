#include "vllmclient.h"

#include "chatstream.h"
#include "jsonexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

namespace {

// The GET-JSON pattern shared by /v1/models and /health: one JsonExchange (headers, redirect
// policy, time-outs) and the context guard. The exchange is owned by the network manager and
// deletes itself when done.
void getJson(QNetworkAccessManager *network, const ServerConfig &server, const QUrl &url, QObject *context,
             std::function<void(const JsonExchange::Result &)> done)
{
    auto *exchange = new JsonExchange(network, server, url, QByteArray(), network);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(exchange, &JsonExchange::finished, exchange, [exchange, guard, hasContext, done]() {
        exchange->deleteLater();
        if (hasContext && !guard)
            return; // the asker is gone
        done(exchange->result());
    });
    exchange->start();
}

ModelInfo readModel(const QJsonObject &card)
{
    ModelInfo model;
    model.id = card.value(QLatin1String("id")).toString();
    model.root = card.value(QLatin1String("root")).toString();
    model.parent = card.value(QLatin1String("parent")).toString();
    model.ownedBy = card.value(QLatin1String("owned_by")).toString();
    const QJsonValue maxLen = card.value(QLatin1String("max_model_len"));
    // llama.cpp has no max_model_len; its trained context is the best figure it offers.
    const QJsonValue trained =
        card.value(QLatin1String("meta")).toObject().value(QLatin1String("n_ctx_train"));
    if (maxLen.isDouble())
        model.maxModelLen = qint64(maxLen.toDouble());
    else if (trained.isDouble())
        model.maxModelLen = qint64(trained.toDouble());
    return model;
}

} // namespace

VllmClient::VllmClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void VllmClient::setServer(const ServerConfig &server)
{
    m_server = server;
    emit serverChanged();
}

void VllmClient::fetchModels(QObject *context, ModelsCallback callback)
{
    getJson(m_network, m_server, m_server.endpoint(u"models"), context,
            [callback](const JsonExchange::Result &result) {
                ApiError error;
                const QJsonObject object = result.object(error);
                if (!error.isError() && !object.value(QLatin1String("data")).isArray())
                    error = ApiError::make(ApiError::Kind::MalformedResponse,
                                           tr("the answer is not a model list"));
                if (error.isError()) {
                    // A 200 that is not a model list (an error body, a web page) is still an error.
                    callback({}, error);
                    return;
                }
                ModelList models;
                for (const QJsonValue &card : object.value(QLatin1String("data")).toArray()) {
                    ModelInfo model = readModel(card.toObject());
                    if (!model.id.isEmpty())
                        models.append(model);
                }
                callback(models, {});
            });
}

void VllmClient::checkHealth(QObject *context, HealthCallback callback)
{
    QUrl url = m_server.serverRoot();
    url.setPath(url.path() + QStringLiteral("/health"));
    getJson(m_network, m_server, url, context, [callback](const JsonExchange::Result &result) {
        if (result.transportError.isError()) {
            callback(false, result.transportError);
            return;
        }
        if (result.status == 200) {
            callback(true, {});
            return;
        }
        callback(false, ApiError::fromHttpResponse(result.status, result.body));
    });
}

ChatStream *VllmClient::createChat(const ChatRequest &request, QObject *parent)
{
    return new ChatStream(m_network, m_server, request, parent);
}

JsonExchange *VllmClient::createPost(const QUrl &url, const QJsonObject &body, QObject *parent)
{
    return new JsonExchange(m_network, m_server, url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            parent);
}
