#include "rawhttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

QByteArray RawHttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject RawHttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QList<QByteArray> RawHttpResponse::events() const
{
    QList<QByteArray> list;
    qsizetype at = 0;
    for (;;) {
        const qsizetype end = body.indexOf("\n\n", at);
        if (end < 0)
            break;
        list.append(body.mid(at, end - at));
        at = end + 2;
    }
    return list;
}

QList<QJsonObject> RawHttpResponse::dataObjects() const
{
    QList<QJsonObject> list;
    for (const QByteArray &event : events()) {
        if (event.startsWith("data: ") && event != "data: [DONE]")
            list.append(QJsonDocument::fromJson(event.mid(6)).object());
    }
    return list;
}

qsizetype RawHttp::parse(const QByteArray &bytes, RawHttpResponse *r)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    r->head = bytes.left(headEnd + 4);
    const QList<QByteArray> lines = bytes.left(headEnd).split('\n');
    r->status = lines.value(0).split(' ').value(1).toInt();
    r->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        r->headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const qsizetype bodyStart = headEnd + 4;
    r->chunked = r->header("transfer-encoding").toLower() == "chunked";
    r->body.clear();
    r->chunks.clear();
    r->chunkedTerminated = false;
    if (r->chunked) {
        qsizetype pos = bodyStart;
        for (;;) {
            const qsizetype lineEnd = bytes.indexOf("\r\n", pos);
            if (lineEnd < 0)
                break;
            bool ok = false;
            const qsizetype size = bytes.mid(pos, lineEnd - pos).toLongLong(&ok, 16);
            if (!ok)
                break;
            if (size == 0) {
                if (bytes.size() >= lineEnd + 4) {
                    r->chunkedTerminated = true;
                    r->complete = true;
                    r->raw = bytes.mid(bodyStart, lineEnd + 4 - bodyStart);
                    return lineEnd + 4;
                }
                break;
            }
            // A partial chunk still contributes its bytes (drop-mid-utf8 cuts inside one).
            const QByteArray payload = bytes.mid(lineEnd + 2, size);
            r->chunks.append(payload);
            r->body += payload;
            if (bytes.size() < lineEnd + 2 + size + 2)
                break;
            pos = lineEnd + 2 + size + 2;
        }
        r->raw = bytes.mid(bodyStart);
        return -1;
    }
    const QByteArray lengthText = r->header("content-length");
    r->raw = bytes.mid(bodyStart);
    if (!lengthText.isEmpty()) {
        const qsizetype length = lengthText.toLongLong();
        r->body = r->raw.left(length);
        if (r->raw.size() >= length) {
            r->complete = true;
            r->raw = r->body;
            return bodyStart + length;
        }
        return -1;
    }
    r->body = r->raw;
    if (r->status == 204 || r->status == 304 || r->status / 100 == 1) {
        r->complete = true;
        return bodyStart;
    }
    return -1;
}

RawHttpResponse RawHttp::exchange(quint16 port, const QByteArray &request, int timeoutMs,
                                  qint64 stopAfterBytes)
{
    RawHttpResponse response;
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        response.connected = true;
        socket.write(request);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        RawHttpResponse parsed;
        parse(received, &parsed);
        if (parsed.complete || (stopAfterBytes > 0 && parsed.body.size() >= stopAfterBytes))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        response.closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            response.closed = true;
            loop.quit();
        }
    });
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    timer.start(timeoutMs);
    loop.exec();
    received += socket.readAll();
    const bool connected = response.connected;
    const bool closed = response.closed;
    parse(received, &response);
    response.connected = connected;
    response.closed = closed;
    if (response.head.isEmpty())
        response.raw = received;
    socket.disconnect(); // abort() below must not touch `response` through the lambdas
    socket.abort();
    return response;
}

QByteArray RawHttp::postRequest(const QByteArray &path, const QByteArray &json,
                                const QByteArray &extraHeaders)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           extraHeaders + "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

RawHttpResponse RawHttp::get(quint16 port, const QByteArray &path, const QByteArray &extraHeaders)
{
    return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n");
}

RawHttpResponse RawHttp::post(quint16 port, const QByteArray &path, const QByteArray &json,
                              const QByteArray &extraHeaders, int timeoutMs)
{
    return exchange(port, postRequest(path, json, extraHeaders), timeoutMs);
}

QByteArray RawHttp::chatBody(const QString &text, const QByteArray &extraFields)
{
    const QByteArray quoted =
        QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    QByteArray body = "{";
    if (!extraFields.contains("\"model\""))
        body += "\"model\":\"sim-chat\",";
    body += "\"messages\":[{\"role\":\"user\",\"content\":" + quoted + "}]";
    if (!extraFields.isEmpty())
        body += "," + extraFields;
    return body + "}";
}
