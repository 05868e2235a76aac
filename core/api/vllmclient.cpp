#include "vllmclient.h"

#include "chatstream.h"
#include "jsonexchange.h"
#include "tlstrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace {

// One hop of an exchange: sends `request`, follows a redirect by sending the next hop, and
// delivers the final result. The first-byte time-out covers each hop's whole (small) exchange.
void sendHop(QNetworkAccessManager *network, ServerRequest request, int timeoutMs,
             std::function<void(const HttpResult &)> deliver)
{
    QNetworkReply *reply = request.send(network);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, deliver]() {
        QObject::disconnect(reply, &QNetworkReply::finished, nullptr, nullptr);
        reply->abort();
        reply->deleteLater();
        HttpResult result;
        result.transportError = ApiError::make(ApiError::Kind::ConnectTimeout);
        deliver(result);
    });
    QObject::connect(
        reply, &QNetworkReply::finished, reply,
        [network, reply, timer, request, timeoutMs, deliver]() mutable {
            timer->stop();
            reply->deleteLater();
            HttpResult result;
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (status.isValid() && ApiError::isRedirectStatus(status.toInt())) {
                if (request.follow(status.toInt(), reply->rawHeader("Location"), result.transportError)) {
                    sendHop(network, request, timeoutMs, deliver);
                    return;
                }
            } else if (status.isValid()) {
                result.status = status.toInt();
                result.body = reply->readAll();
                result.contentType = reply->rawHeader("Content-Type");
            } else {
                result.transportError = ApiError::fromNetworkError(reply->error(), reply->errorString());
                TlsTrust::describe(result.transportError, reply);
                if (!result.transportError.isError())
                    result.transportError =
                        ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("no HTTP status"));
            }
            deliver(result);
        });
    timer->start(timeoutMs);
}

// The error for a result that is not a 2xx (or not a response at all); None for a 2xx.
ApiError errorOf(const HttpResult &result)
{
    if (result.transportError.isError())
        return result.transportError;
    if (result.status < 200 || result.status >= 300)
        return ApiError::fromHttpResponse(result.status, result.body);
    return {};
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
    // toInteger(): a value outside qint64's range (or fractional) is no length, never a bad cast.
    if (maxLen.isDouble())
        model.maxModelLen = maxLen.toInteger(model.maxModelLen);
    else if (trained.isDouble())
        model.maxModelLen = trained.toInteger(model.maxModelLen);
    return model;
}

// A 2xx JSON object, or the error that says why it is not one (an error body with status 200,
// as some servers send, counts as an error).

} // namespace

VllmClient::VllmClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void VllmClient::setServer(const ServerConfig &server)
{
    // A kept-alive TLS connection was accepted under the old trust: with the pin gone (or
    // changed) the next request must go through a new handshake.
    if (server.trustedCertificateSha256 != m_server.trustedCertificateSha256)
        m_network->clearConnectionCache();
    m_server = server;
    emit serverChanged();
}

QUrl VllmClient::rootRoute(const QString &route) const
{
    QUrl url = m_server.serverRoot();
    url.setPath(url.path() + QLatin1Char('/') + route);
    return url;
}

void VllmClient::exchange(const QUrl &url, const QByteArray &method, const QByteArray &body, QObject *context,
                          ResultCallback callback)
{
    ServerRequest request(m_server, url, method, body);
    if (!body.isEmpty())
        request.setContentType("application/json"); // vLLM rejects JSON bodies without it (§1)
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    sendHop(m_network, request, m_server.firstByteTimeoutMs,
            [guard, hasContext, callback](const HttpResult &r) {
                if (hasContext && !guard)
                    return; // the asker is gone
                callback(r);
            });
}

void VllmClient::fetchModels(QObject *context, ModelsCallback callback)
{
    exchange(m_server.endpoint(u"models"), "GET", {}, context, [callback](const HttpResult &result) {
        QJsonObject object;
        ApiError error = readObject(result, object);
        if (!error.isError() && !object.value(QLatin1String("data")).isArray())
            // A 200 that is not a model list (a web page, another API) is still an error.
            error = ApiError::make(ApiError::Kind::MalformedResponse,
                                   ApiError::fromHttpResponse(result.status, result.body).serverMessage);
        if (error.isError()) {
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
    exchange(rootRoute(QStringLiteral("health")), "GET", {}, context, [callback](const HttpResult &result) {
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

void VllmClient::fetchVersion(QObject *context, VersionCallback callback)
{
    exchange(rootRoute(QStringLiteral("version")), "GET", {}, context, [callback](const HttpResult &result) {
        QJsonObject object;
        ApiError error = readObject(result, object);
        const QString version = object.value(QLatin1String("version")).toString().trimmed();
        if (!error.isError() && version.isEmpty())
            error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("no version"));
        callback(error.isError() ? QString() : version, error);
    });
}

void VllmClient::fetchMetrics(QObject *context, MetricsCallback callback)
{
    exchange(rootRoute(QStringLiteral("metrics")), "GET", {}, context, [callback](const HttpResult &result) {
        if (const ApiError error = errorOf(result); error.isError()) {
            callback({}, error);
            return;
        }
        callback(ServerMetrics::fromPrometheus(result.body), {});
    });
}

void VllmClient::tokenize(const ChatRequest &request, QObject *context, TokenizeCallback callback)
{
    const QJsonObject chat = request.toJson();
    QJsonObject body{{QLatin1String("messages"), chat.value(QLatin1String("messages"))},
                     {QLatin1String("add_generation_prompt"), true}};
    if (!request.model.isEmpty())
        body.insert(QLatin1String("model"), request.model);
    // The fields that change what the template renders.
    for (const char *field : {"tools", "chat_template", "chat_template_kwargs"}) {
        const QJsonValue value = chat.value(QLatin1String(field));
        if (!value.isUndefined())
            body.insert(QLatin1String(field), value);
    }
    exchange(
        rootRoute(QStringLiteral("tokenize")), "POST", QJsonDocument(body).toJson(QJsonDocument::Compact),
        context, [callback](const HttpResult &result) {
            QJsonObject object;
            ApiError error = readObject(result, object);
            const QJsonValue count = object.value(QLatin1String("count"));
            if (!error.isError() && !count.isDouble())
                // llama.cpp answers the text form with a bare token list: no chat count here.
                error = ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("no token count"));
            if (error.isError()) {
                callback({}, error);
                return;
            }
            TokenCount tokens;
            tokens.count = count.toInteger(-1); // out of qint64's range: no count, not a bad cast
            const QJsonValue max = object.value(QLatin1String("max_model_len"));
            if (max.isDouble())
                tokens.maxModelLen = max.toInteger(tokens.maxModelLen);
            callback(tokens, {});
        });
}

ChatStream *VllmClient::createChat(const ChatRequest &request, QObject *parent)
{
    return new ChatStream(m_network, m_server, request, parent);
}

ApiError VllmClient::readObject(const HttpResult &result, QJsonObject &object)
{
    if (const ApiError error = errorOf(result); error.isError())
        return error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    object = doc.object();
    if (!doc.isObject())
        return ApiError::make(ApiError::Kind::MalformedResponse,
                              ApiError::fromHttpResponse(result.status, result.body).serverMessage);
    if (object.contains(QLatin1String("error")) ||
        object.value(QLatin1String("object")) == QLatin1String("error"))
        return ApiError::fromHttpResponse(result.status, result.body);
    return {};
}

JsonExchange *VllmClient::createPost(const QUrl &url, const QJsonObject &body, QObject *parent)
{
    return new JsonExchange(m_network, m_server, url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            parent);
}
