#include "httprequest.h"

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray &buffer, HttpRequest *request)
{
    // Tolerate stray CRLFs between pipelined requests (RFC 9112 §2.2).
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? Status::Bad : Status::NeedMore;

    HttpRequest parsed;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return Status::Bad;
    parsed.method = requestLine[0];
    parsed.target = requestLine[1];
    parsed.version = requestLine[2];
    const qsizetype question = parsed.target.indexOf('?');
    parsed.path = question < 0 ? parsed.target : parsed.target.left(question);
    parsed.query = question < 0 ? QByteArray() : parsed.target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Status::Bad;
        parsed.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = headerEnd + 4;
    qsizetype end = bodyStart;
    if (parsed.header("transfer-encoding").toLower().contains("chunked")) {
        const Status status = parseChunkedBody(buffer, bodyStart, &parsed.body, &end);
        if (status != Status::Ready)
            return status;
    } else if (parsed.hasHeader("content-length")) {
        bool ok = false;
        const qint64 length = parsed.header("content-length").toLongLong(&ok);
        if (!ok || length < 0)
            return Status::Bad;
        if (buffer.size() - bodyStart < length)
            return Status::NeedMore;
        parsed.body = buffer.mid(bodyStart, length);
        end = bodyStart + length;
    }
    buffer.remove(0, end);
    *request = parsed;
    return Status::Ready;
}

HttpRequestParser::Status HttpRequestParser::parseChunkedBody(const QByteArray &buffer, qsizetype from,
                                                              QByteArray *body, qsizetype *end)
{
    QByteArray decoded;
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return Status::NeedMore;
        QByteArray sizeText = buffer.mid(pos, lineEnd - pos);
        const qsizetype semicolon = sizeText.indexOf(';'); // chunk extensions are ignored
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return Status::Bad;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers (ignored) up to an empty line.
            const qsizetype trailerEnd = buffer.indexOf("\r\n", pos);
            if (trailerEnd < 0)
                return Status::NeedMore;
            if (trailerEnd != pos) {
                const qsizetype blank = buffer.indexOf("\r\n\r\n", pos);
                if (blank < 0)
                    return Status::NeedMore;
                pos = blank + 4;
            } else {
                pos += 2;
            }
            *body = decoded;
            *end = pos;
            return Status::Ready;
        }
        if (buffer.size() < pos + size + 2)
            return Status::NeedMore;
        decoded += buffer.mid(pos, size);
        pos += size + 2;
    }
}
