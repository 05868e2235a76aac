#pragma once

#include "apierror.h"
#include "chatrequest.h"
#include "modelinfo.h"
#include "serverconfig.h"
#include "servermetrics.h"
#include "serverrequest.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class ChatStream;
class JsonExchange;
class QNetworkAccessManager;

// The answer to POST /tokenize: how many tokens the prompt takes, and the model's context.
struct TokenCount {
    qint64 count = -1;
    qint64 maxModelLen = -1; // -1 when the server did not say
};

// The outcome of one request made through VllmClient::exchange().
struct HttpResult {
    int status = 0; // 0 when no HTTP response arrived
    QByteArray body;
    QByteArray contentType;
    ApiError transportError; // set when status is 0 (refused, time-out, TLS, a refused redirect)
};

// The application's door to one server: models, health, version, metrics, tokenize and chat.
// Uses the one QNetworkAccessManager it is given (main thread); everything is asynchronous.
// Callbacks run with `context` as their guard: once that object is destroyed they are skipped.
// Every request goes through ServerRequest: the key and the profile's headers only reach the
// server's own origin, redirects are followed by hand, and TLS honours the profile's pin.
class VllmClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VllmClient)

public:
    explicit VllmClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setServer(const ServerConfig &server);
    const ServerConfig &server() const { return m_server; }
    QNetworkAccessManager *network() const { return m_network; }

    using ModelsCallback = std::function<void(const ModelList &models, const ApiError &error)>;
    using HealthCallback = std::function<void(bool healthy, const ApiError &error)>;
    using VersionCallback = std::function<void(const QString &version, const ApiError &error)>;
    using MetricsCallback = std::function<void(const ServerMetrics &metrics, const ApiError &error)>;
    using TokenizeCallback = std::function<void(const TokenCount &count, const ApiError &error)>;
    using ResultCallback = std::function<void(const HttpResult &result)>;

    // GET /v1/models.
    void fetchModels(QObject *context, ModelsCallback callback);
    // GET /health at the server root: 200 (any body: vLLM sends none, llama.cpp {"status":"ok"})
    // is healthy; 503 means the engine died.
    void checkHealth(QObject *context, HealthCallback callback);
    // GET /version: {"version":"0.21.1"}. Servers without it (llama.cpp) answer an HTTP error.
    void fetchVersion(QObject *context, VersionCallback callback);
    // GET /metrics (Prometheus text). A server without it answers an HTTP error; one whose text
    // has none of the known series gives empty metrics.
    void fetchMetrics(QObject *context, MetricsCallback callback);
    // POST /tokenize with the request's messages (and tools), rendered by the server's chat
    // template exactly as the chat request would be (§14.1). Servers without the chat form
    // (llama.cpp) give a MalformedResponse error.
    void tokenize(const ChatRequest &request, QObject *context, TokenizeCallback callback);
    // Any request to this server (a route's full URL, e.g. server().endpoint(u"embeddings")) with
    // the redirect, key and TLS rules above; `body` is sent as application/json unless empty.
    void exchange(const QUrl &url, const QByteArray &method, const QByteArray &body, QObject *context,
                  ResultCallback callback);
    // Creates (not starts) a stream for the request, parented to `parent`.
    ChatStream *createChat(const ChatRequest &request, QObject *parent);
    // Creates (not starts) a cancelable POST of `body` to `url` (an endpoint() or server-root
    // route) with this server's key, rules and time-outs, parented to `parent`: embeddings,
    // rerank, score.
    JsonExchange *createPost(const QUrl &url, const QJsonObject &body, QObject *parent);

    // A result's body as a JSON object, or the one error that explains why not: the transport
    // error, the server's error body (with any status: vLLM ≤ v0.10 answered some errors with HTTP
    // 200 and an `error` key or a flat {"object":"error",...}), or a body that is not an object.
    static ApiError readObject(const HttpResult &result, QJsonObject &object);

signals:
    void serverChanged();

private:
    QUrl rootRoute(const QString &route) const;

    QNetworkAccessManager *m_network;
    ServerConfig m_server;
};
