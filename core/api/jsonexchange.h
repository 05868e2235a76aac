#pragma once

#include "apierror.h"
#include "serverconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One JSON request that is answered by one JSON body (GET /v1/models, POST /v1/embeddings,
// POST /rerank, ...): the headers vLLM needs, the redirect policy, a first-byte time-out and then
// an idle time-out between arriving bytes (a large embeddings body arrives in many reads; there is
// never a total time-out), and cancel(). Owns its reply. finished() is emitted exactly once, also
// after cancel(); the object may be deleted from a slot connected to it.
class JsonExchange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonExchange)

public:
    // What came back: an HTTP status with its whole body, or a transport error.
    struct Result {
        int status = 0; // 0 when no HTTP response arrived
        QByteArray body;
        QByteArray contentType;
        ApiError transportError;

        bool isSuccess() const { return !transportError.isError() && status >= 200 && status < 300; }
        // The body as a JSON object, or the one error that explains why not: the transport error,
        // the server's error body (any status; old vLLM answers some errors with HTTP 200 and an
        // `error` key), or a body that is not a JSON object.
        QJsonObject object(ApiError &error) const;
    };

    // GET when `body` is null, else POST with Content-Type: application/json.
    JsonExchange(QNetworkAccessManager *network, const ServerConfig &server, const QUrl &url,
                 const QByteArray &body = QByteArray(), QObject *parent = nullptr);
    ~JsonExchange() override;

    void start();
    // Aborts the connection at once (vLLM drops the request) and finishes with Kind::Canceled.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    const Result &result() const { return m_result; }
    const QUrl &url() const { return m_url; }
    qint64 bytesReceived() const { return m_bytesReceived; }

signals:
    void finished();

private:
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void finish(); // the one place that detaches the reply and emits finished()
    void detachReply();

    QNetworkAccessManager *m_network;
    ServerConfig m_server;
    QUrl m_url;
    QByteArray m_requestBody;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    Result m_result;
    qint64 m_bytesReceived = 0;
    bool m_running = false;
    bool m_finished = false;
};
