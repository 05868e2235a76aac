#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request. Header names keep the case they were sent in.
struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent: path plus query
    QByteArray path;   // without the query
    QByteArray query;
    QByteArray version; // "HTTP/1.1"
    HttpHeaders headers;
    QByteArray body;

    // First header with this name (case-insensitive); empty if absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // HTTP/1.1 keeps the connection unless `Connection: close`; HTTP/1.0 only with keep-alive.
    bool keepAlive() const;
};

// Incremental request parser: call parse() whenever bytes arrive; it takes one complete
// request off the front of the buffer (pipelined requests stay for the next call).
// Bodies: Content-Length or chunked transfer encoding.
class HttpRequestParser final {
public:
    enum class Status { NeedMore, Ready, Bad };

    static Status parse(QByteArray &buffer, HttpRequest *request);

    static constexpr qsizetype kMaxHeaderBytes = 4 * 1024 * 1024; // h11's default limit

private:
    static Status parseChunkedBody(const QByteArray &buffer, qsizetype from, QByteArray *body,
                                   qsizetype *end);
};
