#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Text bodies (HTML error pages from proxies, tracebacks) are quoted, not shown whole.
constexpr qsizetype kMaxQuotedChars = 300;

QString quoteText(const QString &text)
{
    QString simple = text.simplified();
    if (simple.size() > kMaxQuotedChars) {
        simple.truncate(kMaxQuotedChars);
        simple += QChar(0x2026); // …
    }
    return simple;
}

// The reason phrase stands in for the message when the server sent an empty body
// (vLLM's 503 from /health, proxies).
QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// FastAPI's validation `detail` is a list of {"loc": [...], "msg": "...", "type": "..."}.
QString describeDetail(const QJsonValue &detail)
{
    if (detail.isString())
        return detail.toString();
    if (detail.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : detail.toArray()) {
            const QJsonObject entry = item.toObject();
            const QString msg = entry.value(QLatin1String("msg")).toString();
            if (msg.isEmpty()) {
                parts.append(compactJson(item));
                continue;
            }
            QStringList loc;
            for (const QJsonValue &part : entry.value(QLatin1String("loc")).toArray())
                loc.append(part.isString() ? part.toString() : QString::number(part.toInteger()));
            parts.append(loc.isEmpty() ? msg : loc.join(QLatin1Char('.')) + QStringLiteral(": ") + msg);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (detail.isObject()) {
        const QJsonObject object = detail.toObject();
        for (const char *key : {"message", "msg"}) {
            const QJsonValue v = object.value(QLatin1String(key));
            if (v.isString())
                return v.toString();
        }
    }
    return compactJson(detail);
}

// Reads message/type/param/code from an OpenAI-style error object (vLLM current and old,
// llama.cpp). `code` fills httpStatus only when it is a number.
void readErrorObject(ApiError &error, const QJsonObject &object, bool codeIsStatus)
{
    const QJsonValue message = object.value(QLatin1String("message"));
    error.serverMessage = message.isString() ? message.toString() : QString();
    if (error.serverMessage.isEmpty() && !message.isUndefined() && !message.isNull())
        error.serverMessage = compactJson(message);
    error.serverType = object.value(QLatin1String("type")).toString();
    error.serverParam = object.value(QLatin1String("param")).toString();
    const QJsonValue code = object.value(QLatin1String("code"));
    if (codeIsStatus && code.isDouble())
        error.httpStatus = code.toInt();
}

} // namespace

bool ApiError::isRetryable() const
{
    if (kind == Kind::ConnectionRefused)
        return true;
    return kind == Kind::Http &&
           (httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504);
}

bool ApiError::isContextLengthError() const
{
    // The wording changed three times; "context length" survived every version (§4.4).
    return kind == Kind::Http && httpStatus == 400 &&
           serverMessage.contains(QLatin1String("context length"), Qt::CaseInsensitive);
}

bool ApiError::isRouteNotFound() const
{
    return kind == Kind::Http && httpStatus == 404 && serverMessage == QLatin1String("Not Found");
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionRefused:
        return tr("Could not connect to the server at its address: nothing is listening "
                  "(is vLLM running, or still loading the model?).");
    case Kind::HostNotFound:
        return tr("Could not find the server: the host name does not resolve.");
    case Kind::Tls:
        if (certificatePinMismatch)
            return tr("The server presented a different certificate from the one trusted for this "
                      "server: %1")
                .arg(tlsErrors.join(QStringLiteral("; ")));
        if (!tlsErrors.isEmpty())
            return tr("The server's certificate is not trusted: %1")
                .arg(tlsErrors.join(QStringLiteral("; ")));
        return detail.isEmpty() ? tr("The secure connection to the server failed.")
                                : tr("The secure connection to the server failed: %1").arg(detail);
    case Kind::ConnectTimeout:
        return tr("The server did not start answering in time.");
    case Kind::IdleTimeout:
        return tr("The server stopped sending for too long; the answer so far is kept.");
    case Kind::ConnectionLost:
        return tr("The connection to the server was lost.");
    case Kind::Http:
        if (httpStatus == 401)
            return serverMessage.isEmpty()
                       ? tr("The server did not accept the API key (HTTP 401).")
                       : tr("The server did not accept the API key (HTTP 401): %1").arg(serverMessage);
        if (isRouteNotFound())
            return tr(
                "The server does not offer this route (HTTP 404): wrong base URL, or not a chat model?");
        if (isContextLengthError())
            return tr("The conversation is too long for the model's context (HTTP 400): %1")
                .arg(serverMessage);
        if (httpStatus >= 500)
            return serverMessage.isEmpty()
                       ? tr("The server failed to answer (HTTP %1).").arg(httpStatus)
                       : tr("The server failed to answer (HTTP %1): %2").arg(httpStatus).arg(serverMessage);
        return serverMessage.isEmpty()
                   ? tr("The server refused the request (HTTP %1).").arg(httpStatus)
                   : tr("The server refused the request (HTTP %1): %2").arg(httpStatus).arg(serverMessage);
    case Kind::StreamError:
        return serverMessage.isEmpty()
                   ? tr("The server reported an error while answering.")
                   : tr("The server reported an error while answering: %1").arg(serverMessage);
    case Kind::Truncated:
        return tr("The connection ended before the answer was complete.");
    case Kind::MalformedResponse:
        return detail.isEmpty() ? tr("The server sent a response Loquat cannot read.")
                                : tr("The server sent a response Loquat cannot read: %1").arg(detail);
    case Kind::Canceled:
        return tr("Stopped.");
    case Kind::Network:
        return detail.isEmpty() ? tr("Network error.") : tr("Network error: %1").arg(detail);
    }
    return {};
}

ApiError ApiError::fromHttpResponse(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        error.serverMessage = reasonPhrase(status);
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error.serverMessage = quoteText(QString::fromUtf8(trimmed));
        return error;
    }
    const QJsonObject object = doc.object();
    const QJsonValue inner = object.value(QLatin1String("error"));
    if (inner.isObject()) {
        // The status line is authoritative; `code` is informational here.
        readErrorObject(error, inner.toObject(), false);
    } else if (inner.isString()) {
        error.serverMessage = inner.toString(); // 401 {"error":"Unauthorized"}, the scaling 503
    } else if (object.value(QLatin1String("message")).isString()) {
        readErrorObject(error, object, false); // ≤ v0.10 flat {"object":"error","message",...}
    } else if (object.contains(QLatin1String("detail"))) {
        error.serverMessage = describeDetail(object.value(QLatin1String("detail")));
    }
    if (error.serverMessage.isEmpty())
        error.serverMessage = quoteText(QString::fromUtf8(trimmed));
    return error;
}

ApiError ApiError::fromStreamError(const QJsonValue &value)
{
    ApiError error;
    error.kind = Kind::StreamError;
    QJsonValue inner = value;
    // Callers may hand over the whole event object ({"error": {...}}) or only its value.
    if (inner.isObject() && inner.toObject().contains(QLatin1String("error")) &&
        !inner.toObject().contains(QLatin1String("message")))
        inner = inner.toObject().value(QLatin1String("error"));
    if (inner.isObject())
        readErrorObject(error, inner.toObject(), true);
    else if (inner.isString())
        error.serverMessage = inner.toString();
    else if (!inner.isNull() && !inner.isUndefined())
        error.serverMessage = compactJson(inner);
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError code, const QString &errorString)
{
    using NE = QNetworkReply::NetworkError;
    switch (code) {
    case NE::NoError:
        return {};
    case NE::ConnectionRefusedError:
        return make(Kind::ConnectionRefused, errorString);
    case NE::HostNotFoundError:
        return make(Kind::HostNotFound, errorString);
    case NE::SslHandshakeFailedError: // Qt 6.4 reports every TLS failure with this one code
        return make(Kind::Tls, errorString);
    case NE::RemoteHostClosedError:
    case NE::TemporaryNetworkFailureError:
    case NE::NetworkSessionFailedError:
    case NE::ProxyConnectionClosedError:
        return make(Kind::ConnectionLost, errorString);
    case NE::OperationCanceledError:
        return make(Kind::Canceled, errorString);
    case NE::TimeoutError:
        return make(Kind::ConnectTimeout, errorString);
    case NE::TooManyRedirectsError:
        return make(Kind::Network, tr("the server redirected too many times (a redirect loop?)"));
    case NE::InsecureRedirectError:
        return make(Kind::Network, tr("the server redirected to an insecure (http) address"));
    default:
        return make(Kind::Network, errorString);
    }
}

ApiError ApiError::refusedRedirect(const QString &reason)
{
    return make(Kind::Network, tr("the server redirected %1; Loquat does not follow it").arg(reason));
}

ApiError ApiError::make(Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}
