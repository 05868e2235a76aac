#include "imageserver.h"

#include <QBuffer>
#include <QImage>
#include <QTcpSocket>

ImageServer::ImageServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ImageServer::onConnection);
}

bool ImageServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray ImageServer::url(const QByteArray &path) const
{
    return "http://127.0.0.1:" + QByteArray::number(port()) + path;
}

QByteArray ImageServer::png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void ImageServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *received = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, received] {
            delete received;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, received] {
            *received += socket->readAll();
            const qsizetype end = received->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = received->left(end + 4);
            received->clear();
            m_requests.append(head);
            const QByteArray path = head.split(' ').value(1);
            const Response response =
                m_responses.value(path, Response{404, "text/plain", "not found", {}, -1});
            const qint64 length =
                response.announcedLength >= 0 ? response.announcedLength : response.body.size();
            socket->write("HTTP/1.1 " + QByteArray::number(response.status) + " X\r\nContent-Type: " +
                          response.contentType + "\r\nContent-Length: " + QByteArray::number(length) +
                          "\r\nConnection: close\r\n" + response.extraHeaders + "\r\n" + response.body);
            socket->disconnectFromHost();
        });
    }
}
