#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// A deliberately dumb HTTP/1.1 client over a raw QTcpSocket, for checking the simulator's bytes
// (loquat_core is not involved, so the server's wire format is tested on its own). Runs a local
// event loop, so an in-process server on the same thread keeps working.
struct RawHttpResponse {
    bool connected = false;
    bool complete = false; // the whole response arrived (content-length or final chunk)
    bool closed = false;   // the server closed the connection
    int status = 0;
    QByteArray head; // status line and headers, as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray raw;           // every byte after the head, as sent
    QByteArray body;          // de-chunked
    QList<QByteArray> chunks; // chunk payloads, in order (chunked responses)
    bool chunked = false;
    bool chunkedTerminated = false; // the 0-size chunk arrived

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
    // The body split into SSE events ("data: ..." blocks without the blank line).
    QList<QByteArray> events() const;
    // The JSON payloads of the `data:` events, except [DONE].
    QList<QJsonObject> dataObjects() const;
};

class RawHttp final {
public:
    // Sends `request` bytes and reads until the response is complete, the server closes, or
    // timeoutMs passes. stopAfterBytes > 0: return (and close) once that many body bytes came.
    static RawHttpResponse exchange(quint16 port, const QByteArray &request, int timeoutMs = 15000,
                                    qint64 stopAfterBytes = 0);
    static RawHttpResponse get(quint16 port, const QByteArray &path, const QByteArray &extraHeaders = {});
    static RawHttpResponse post(quint16 port, const QByteArray &path, const QByteArray &json,
                                const QByteArray &extraHeaders = {}, int timeoutMs = 15000);
    static QByteArray postRequest(const QByteArray &path, const QByteArray &json,
                                  const QByteArray &extraHeaders = {});
    // A chat body: {"model":"sim-chat","messages":[{"role":"user","content":text}],<extraFields>}
    // (extraFields is raw JSON like `"stream":true,"n":2`; "model" is left out when it names one).
    static QByteArray chatBody(const QString &text, const QByteArray &extraFields = {});
    // Parses what was received so far (also used for several responses on one connection).
    static qsizetype parse(const QByteArray &bytes, RawHttpResponse *response);
};
