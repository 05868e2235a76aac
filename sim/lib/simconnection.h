#pragma once

#include "httprequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

// A complete (non-streamed) HTTP response.
struct SimResponse {
    int status = 200;
    HttpHeaders headers; // written in this order; content-length is added by SimConnection
    QByteArray body;
};

// One accepted TCP connection speaking HTTP/1.1: reads and parses requests (partial and
// pipelined reads included), hands them out one at a time, and writes either a whole response
// or a chunked stream. Keeps the connection alive between requests and closes it after
// keepAliveMs of idleness, as uvicorn does.
class SimConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimConnection)

public:
    SimConnection(QTcpSocket *socket, int keepAliveMs, QObject *parent = nullptr);
    ~SimConnection() override;

    bool isOpen() const;
    bool isBusy() const { return m_busy; }
    qint64 pendingBytes() const;

    void send(const SimResponse &response);
    // Chunked responses: the head (adds transfer-encoding: chunked), any number of chunks, the end.
    void sendHead(int status, const HttpHeaders &headers);
    void sendChunk(QByteArrayView data);
    void endChunks();
    // Raw bytes, e.g. a head with a content-length and only half the body before a drop.
    void sendRaw(QByteArrayView data);
    // Ends the connection after writing what is queued (FIN) / at once.
    void closeGracefully();
    void abort();

    static QByteArray reasonPhrase(int status);
    static QByteArray head(int status, const HttpHeaders &headers);

signals:
    void requestReceived(const HttpRequest &request);
    void bytesWritten();
    // The connection is gone. byClient: the peer closed it (not a simulated fault);
    // midResponse: a response was still being written.
    void closed(bool byClient, bool midResponse);

private:
    void onReadyRead();
    void processBuffer();
    void finishExchange();
    void onDisconnected();

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QTimer m_idleTimer;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_closedByUs = false;
    bool m_reportedClose = false;
    bool m_processQueued = false;
};
