#include "simconnection.h"

#include <QTcpSocket>

#include <cctype>

SimConnection::SimConnection(QTcpSocket *socket, int keepAliveMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idleTimer.setSingleShot(true);
    if (keepAliveMs > 0) {
        m_idleTimer.setInterval(keepAliveMs);
        connect(&m_idleTimer, &QTimer::timeout, this, [this] {
            if (!m_busy)
                closeGracefully();
        });
        m_idleTimer.start();
    }
    connect(socket, &QTcpSocket::readyRead, this, &SimConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &SimConnection::bytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &SimConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError ||
            m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    // Bytes may have arrived before the signals were connected.
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &SimConnection::onReadyRead);
}

SimConnection::~SimConnection() = default;

bool SimConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_closedByUs;
}

qint64 SimConnection::pendingBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

QByteArray SimConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Request Entity Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray SimConnection::head(int status, const HttpHeaders &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

void SimConnection::send(const SimResponse &response)
{
    if (!isOpen())
        return;
    HttpHeaders headers = response.headers;
    bool hasLength = false;
    for (const auto &entry : headers)
        hasLength = hasLength || entry.first.compare("content-length", Qt::CaseInsensitive) == 0;
    if (!hasLength) {
        // uvicorn/starlette put content-length before content-type, after date and server.
        qsizetype at = 0;
        while (at < headers.size() && (headers[at].first.compare("date", Qt::CaseInsensitive) == 0 ||
                                       headers[at].first.compare("server", Qt::CaseInsensitive) == 0))
            ++at;
        headers.insert(at, {"content-length", QByteArray::number(response.body.size())});
    }
    m_socket->write(head(response.status, headers));
    m_socket->write(response.body);
    m_socket->flush();
    finishExchange();
}

void SimConnection::sendHead(int status, const HttpHeaders &headers)
{
    if (!isOpen())
        return;
    HttpHeaders all = headers;
    // Match the server's header-name style (uvicorn: lower case; cpp-httplib: capitalised).
    const bool capitalised = !headers.isEmpty() && !headers.first().first.isEmpty() &&
                             std::isupper(static_cast<unsigned char>(headers.first().first.at(0)));
    all.append(qMakePair(QByteArray(capitalised ? "Transfer-Encoding" : "transfer-encoding"),
                         QByteArray("chunked")));
    m_socket->write(head(status, all));
    m_socket->flush();
}

void SimConnection::sendChunk(QByteArrayView data)
{
    if (!isOpen() || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n");
    m_socket->write(data.data(), data.size());
    m_socket->write("\r\n");
    m_socket->flush();
}

void SimConnection::endChunks()
{
    if (!isOpen())
        return;
    m_socket->write("0\r\n\r\n");
    m_socket->flush();
    finishExchange();
}

void SimConnection::sendRaw(QByteArrayView data)
{
    if (!isOpen())
        return;
    m_socket->write(data.data(), data.size());
    m_socket->flush();
}

void SimConnection::closeGracefully()
{
    if (!m_socket || m_closedByUs)
        return;
    m_closedByUs = true;
    m_idleTimer.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void SimConnection::abort()
{
    if (!m_socket || m_closedByUs)
        return;
    m_closedByUs = true;
    m_idleTimer.stop();
    m_socket->abort();
    onDisconnected();
}

void SimConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    processBuffer();
}

void SimConnection::processBuffer()
{
    m_processQueued = false;
    if (m_busy || !isOpen())
        return;
    HttpRequest request;
    switch (HttpRequestParser::parse(m_buffer, &request)) {
    case HttpRequestParser::Status::NeedMore:
        return;
    case HttpRequestParser::Status::Bad: {
        m_keepAlive = false;
        m_busy = true;
        SimResponse bad;
        bad.status = 400;
        bad.headers = {{"content-type", "text/plain; charset=utf-8"}, {"connection", "close"}};
        bad.body = "Invalid HTTP request received.";
        send(bad);
        return;
    }
    case HttpRequestParser::Status::Ready:
        break;
    }
    m_busy = true;
    m_keepAlive = request.keepAlive();
    m_idleTimer.stop();
    emit requestReceived(request);
}

void SimConnection::finishExchange()
{
    m_busy = false;
    if (!m_keepAlive) {
        closeGracefully();
        return;
    }
    if (m_idleTimer.interval() > 0)
        m_idleTimer.start();
    // The next pipelined request, if any, once the current call stack has unwound.
    if (!m_buffer.isEmpty() && !m_processQueued) {
        m_processQueued = true;
        QTimer::singleShot(0, this, &SimConnection::processBuffer);
    }
}

void SimConnection::onDisconnected()
{
    if (m_reportedClose)
        return;
    m_reportedClose = true;
    m_idleTimer.stop();
    emit closed(!m_closedByUs, m_busy);
}
