#pragma once

#include "apierror.h"
#include "chatrequest.h"
#include "modelinfo.h"
#include "serverconfig.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class ChatStream;
class JsonExchange;
class QNetworkAccessManager;

// The application's door to one server: models, health, chat and the JSON POST routes. Uses the one
// QNetworkAccessManager it is given (main thread); everything is asynchronous. Callbacks run with
// `context` as their guard: once that object is destroyed they are skipped.
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

    // GET /v1/models.
    void fetchModels(QObject *context, ModelsCallback callback);
    // GET /health at the server root: 200 (any body: vLLM sends none, llama.cpp {"status":"ok"})
    // is healthy; 503 means the engine died.
    void checkHealth(QObject *context, HealthCallback callback);
    // Creates (not starts) a stream for the request, parented to `parent`.
    ChatStream *createChat(const ChatRequest &request, QObject *parent);
    // Creates (not starts) a POST of `body` to `url` (an endpoint() or serverRoot() route) with
    // this server's key and time-outs, parented to `parent`: embeddings, rerank, score.
    JsonExchange *createPost(const QUrl &url, const QJsonObject &body, QObject *parent);

signals:
    void serverChanged();

private:
    QNetworkAccessManager *m_network;
    ServerConfig m_server;
};
