#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

// A tiny HTTP/1.1 server on a loopback ephemeral port for the web-image tests: each path answers
// with the response set for it (404 otherwise), and every request's head is kept, so a test can
// count the requests and read their headers. Runs on the test's event loop.
class ImageServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageServer)

public:
    struct Response {
        int status = 200;
        QByteArray contentType = "image/png";
        QByteArray body;
        QByteArray extraHeaders;     // raw "Name: value\r\n" lines
        qint64 announcedLength = -1; // a Content-Length other than the body's (the body is cut)
    };

    explicit ImageServer(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const QByteArray &path) const; // "http://127.0.0.1:<port><path>"

    void setResponse(const QByteArray &path, const Response &response) { m_responses[path] = response; }
    // Connections accepted, and the heads of the requests read (request line and headers).
    int connectionCount() const { return m_connections; }
    const QList<QByteArray> &requests() const { return m_requests; }

    // A PNG of `width` x `height`.
    static QByteArray png(int width, int height);

private:
    void onConnection();

    QTcpServer m_server;
    QHash<QByteArray, Response> m_responses;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};
