#pragma once

#include "apierror.h"
#include "serverconfig.h"
#include "serverrequest.h"
#include "vllmclient.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// One JSON request answered by one JSON body that can be canceled (POST /v1/embeddings,
// /rerank, /score): the rules of ServerRequest (redirects followed by hand, the key only for the
// server's own origin, the profile's TLS pin), a first-byte time-out and then an idle time-out
// between arriving bytes (a large embeddings body arrives in many reads; there is never a total
// time-out), and cancel(), which closes the connection at once so that vLLM drops the request.
// VllmClient::exchange() is the same for the fire-and-forget GETs. finished() is emitted exactly
// once, also after cancel(); the object may be deleted from a slot connected to it.
class JsonExchange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonExchange)

public:
    // GET when `body` is null, else POST with Content-Type: application/json.
    JsonExchange(QNetworkAccessManager *network, const ServerConfig &server, const QUrl &url,
                 const QByteArray &body = QByteArray(), QObject *parent = nullptr);
    ~JsonExchange() override;

    void start();
    void cancel(); // finishes with Kind::Canceled

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const HttpResult &result() const { return m_result; }
    // The body as a JSON object, or the one error that explains why not (VllmClient::readObject).
    ApiError readObject(QJsonObject &object) const { return VllmClient::readObject(m_result, object); }
    QUrl url() const;
    qint64 bytesReceived() const { return m_bytesReceived; }

signals:
    void finished();

private:
    void sendHop();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void finish(); // the one place that detaches the reply and emits finished()
    void detachReply();

    QNetworkAccessManager *m_network;
    ServerConfig m_server;
    QUrl m_url;
    QByteArray m_requestBody;
    std::optional<ServerRequest> m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    HttpResult m_result;
    qint64 m_bytesReceived = 0;
    bool m_running = false;
    bool m_finished = false;
};
