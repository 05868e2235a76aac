#include "simhttp.h"

#include "jsonwriter.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace {

bool isLlama(SimDialect dialect)
{
    return dialect == SimDialect::LlamaCpp;
}

QString llamaType(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("invalid_request_error");
    case 401:
        return QStringLiteral("authentication_error");
    case 403:
        return QStringLiteral("permission_error");
    case 404:
        return QStringLiteral("not_found_error");
    case 501:
        return QStringLiteral("not_supported_error");
    case 503:
        return QStringLiteral("unavailable_error");
    default:
        return QStringLiteral("server_error");
    }
}

QByteArray llamaErrorObject(int status, const QString &message)
{
    JsonWriter w;
    w.beginObject().field(QLatin1String("code"), status).field(QLatin1String("message"), message);
    w.field(QLatin1String("type"), llamaType(status)).endObject();
    return w.data();
}

} // namespace

QByteArray SimHttp::httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

HttpHeaders SimHttp::jsonHeaders(SimDialect dialect)
{
    if (isLlama(dialect))
        return {{"Access-Control-Allow-Origin", ""},
                {"Content-Type", "application/json; charset=utf-8"},
                {"Keep-Alive", "timeout=5, max=5"},
                {"Server", "llama.cpp"}};
    return {{"date", httpDate()}, {"server", "uvicorn"}, {"content-type", "application/json"}};
}

HttpHeaders SimHttp::sseHeaders(SimDialect dialect)
{
    if (isLlama(dialect))
        return {{"Access-Control-Allow-Origin", ""},
                {"Content-Type", "text/event-stream"},
                {"Keep-Alive", "timeout=5, max=5"},
                {"Server", "llama.cpp"}};
    return {
        {"date", httpDate()}, {"server", "uvicorn"}, {"content-type", "text/event-stream; charset=utf-8"}};
}

HttpHeaders SimHttp::textHeaders(SimDialect dialect, const QByteArray &contentType)
{
    HttpHeaders headers = jsonHeaders(dialect);
    for (auto &entry : headers) {
        if (entry.first.compare("content-type", Qt::CaseInsensitive) == 0)
            entry.second = contentType;
    }
    return headers;
}

SimResponse SimHttp::json(SimDialect dialect, int status, const QByteArray &body)
{
    return SimResponse{status, jsonHeaders(dialect), body};
}

SimResponse SimHttp::error(SimDialect dialect, int status, const QString &message, const QString &type,
                           const QJsonValue &param)
{
    if (isLlama(dialect)) {
        // llama.cpp ignores the vLLM type: its own is derived from the status.
        return json(dialect, status, "{\"error\":" + llamaErrorObject(status, message) + "}");
    }
    JsonWriter w;
    w.beginObject();
    if (dialect == SimDialect::VllmLegacy) {
        w.field(QLatin1String("object"), QLatin1String("error")).field(QLatin1String("message"), message);
        w.field(QLatin1String("type"), type).key(QLatin1String("param")).json(param);
        w.field(QLatin1String("code"), status);
    } else {
        w.key(QLatin1String("error")).beginObject().field(QLatin1String("message"), message);
        w.field(QLatin1String("type"), type).key(QLatin1String("param")).json(param);
        w.field(QLatin1String("code"), status).endObject();
    }
    w.endObject();
    return json(dialect, status, w.data());
}

SimResponse SimHttp::unauthorized(SimDialect dialect)
{
    if (isLlama(dialect))
        return error(dialect, 401, QStringLiteral("Invalid API Key"), QString());
    return json(dialect, 401, "{\"error\":\"Unauthorized\"}");
}

SimResponse SimHttp::routeNotFound(SimDialect dialect)
{
    if (isLlama(dialect))
        return error(dialect, 404, QStringLiteral("File Not Found"), QString());
    return json(dialect, 404, "{\"detail\":\"Not Found\"}");
}

SimResponse SimHttp::methodNotAllowed(SimDialect dialect, const QByteArray &allow)
{
    if (isLlama(dialect))
        return routeNotFound(dialect);
    SimResponse response = json(dialect, 405, "{\"detail\":\"Method Not Allowed\"}");
    response.headers.insert(2, {"allow", allow});
    return response;
}

SimResponse SimHttp::scaling(SimDialect dialect)
{
    if (isLlama(dialect))
        return error(dialect, 503, QStringLiteral("Loading model"), QString());
    return json(dialect, 503, "{\"error\":\"The model is currently scaling. Please try again later.\"}");
}

QByteArray SimHttp::streamError(SimDialect dialect, const QString &message, const QString &type,
                                const QJsonValue &param, int code)
{
    if (isLlama(dialect))
        return "error: " + llamaErrorObject(code, message) + "\n\n";
    JsonWriter w(JsonWriter::Style::Python);
    w.beginObject().key(QLatin1String("error")).beginObject();
    if (dialect == SimDialect::VllmLegacy)
        w.field(QLatin1String("object"), QLatin1String("error"));
    w.field(QLatin1String("message"), message).field(QLatin1String("type"), type);
    w.key(QLatin1String("param")).json(param).field(QLatin1String("code"), code);
    w.endObject().endObject();
    return event(w.data());
}

QByteArray SimHttp::event(const QByteArray &json)
{
    return "data: " + json + "\n\n";
}

QByteArray SimHttp::doneEvent()
{
    return QByteArrayLiteral("data: [DONE]\n\n");
}

QString SimHttp::randomHex(SimDialect dialect)
{
    const int digits = dialect == SimDialect::VllmLegacy ? 32 : 16;
    static const char hex[] = "0123456789abcdef";
    QString out;
    for (int i = 0; i < digits; ++i)
        out += QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return out;
}
