#include "vllmclient.h"

#include "chatstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace {

constexpr int kMaxRedirects = 8;

// The outcome of one GET: either an HTTP status with its body, or a transport error.
struct GetResult {
    int status = 0; // 0 when no HTTP response arrived
    QByteArray body;
    ApiError transportError;
};

// The GET-JSON pattern shared by /v1/models and /health: headers, redirect policy, the
// first-byte time-out over the whole (small) exchange, and the context guard.
void getJson(QNetworkAccessManager *network, const ServerConfig &server, const QUrl &url, QObject *context,
             std::function<void(const GetResult &)> done)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!server.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + server.apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    QNetworkReply *reply = network->get(request);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [guard, hasContext, done](const GetResult &result) {
        if (hasContext && !guard)
            return; // the asker is gone
        done(result);
    };
    QObject::connect(timer, &QTimer::timeout, reply, [reply, deliver]() {
        QObject::disconnect(reply, &QNetworkReply::finished, nullptr, nullptr);
        reply->abort();
        reply->deleteLater();
        GetResult result;
        result.transportError = ApiError::make(ApiError::Kind::ConnectTimeout);
        deliver(result);
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, timer, deliver]() {
        timer->stop();
        reply->deleteLater();
        GetResult result;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && ApiError::isRedirectStatus(status.toInt())) {
            result.transportError = ApiError::fromUnfollowedRedirect(status.toInt(), reply->error());
        } else if (status.isValid()) {
            result.status = status.toInt();
            result.body = reply->readAll();
        } else {
            result.transportError = ApiError::fromNetworkError(reply->error(), reply->errorString());
            if (!result.transportError.isError())
                result.transportError =
                    ApiError::make(ApiError::Kind::MalformedResponse, QStringLiteral("no HTTP status"));
        }
        deliver(result);
    });
    timer->start(server.firstByteTimeoutMs);
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
    getJson(m_network, m_server, m_server.endpoint(u"models"), context, [callback](const GetResult &result) {
        if (result.transportError.isError()) {
            callback({}, result.transportError);
            return;
        }
        if (result.status < 200 || result.status >= 300) {
            callback({}, ApiError::fromHttpResponse(result.status, result.body));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(result.body);
        const QJsonObject object = doc.object();
        if (!doc.isObject() || object.contains(QLatin1String("error")) ||
            !object.value(QLatin1String("data")).isArray()) {
            // A 200 that is not a model list (an error body, a web page) is still an error.
            ApiError error = ApiError::fromHttpResponse(result.status, result.body);
            if (!object.contains(QLatin1String("error")))
                error = ApiError::make(ApiError::Kind::MalformedResponse, error.serverMessage);
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
    getJson(m_network, m_server, url, context, [callback](const GetResult &result) {
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
