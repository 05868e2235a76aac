#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

// Everything that can go wrong talking to a server, with the server's own words kept.
// userMessage() turns it into the one clear sentence shown to the user.
class ApiError final {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        ConnectionRefused, // nothing listens at the address (or the server is still loading its model)
        HostNotFound,      // DNS failure
        Tls,               // certificate or handshake failure
        ConnectTimeout,    // no response byte before the first-byte time-out
        IdleTimeout,       // the stream went silent for longer than the idle time-out
        ConnectionLost,    // the connection closed or reset while the answer was arriving
        Http,              // the server answered with an error status (httpStatus, serverMessage)
        StreamError,       // an error event inside an HTTP 200 stream
        Truncated,         // the stream ended without `data: [DONE]`
        MalformedResponse, // a body or event that is not the JSON the protocol promises
        Canceled,          // stopped by the user
        Network,           // any other transport failure (detail holds Qt's text)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;    // the HTTP status, or the in-stream error's `code`
    QString serverMessage; // the server's message, exactly as written
    QString serverType;    // error.type when sent (informational only: switch on httpStatus)
    QString serverParam;   // error.param when sent
    QString detail;        // transport detail (Qt's error string) for logs and tooltips
    // Kind::Tls: the certificate the server presented and what was wrong with it (TlsTrust).
    QSslCertificate certificate = QSslCertificate(); // (explicit default constructor: no `{}` init)
    QStringList tlsErrors;
    bool certificatePinMismatch = false; // the profile trusts a different certificate

    bool isError() const { return kind != Kind::None; }
    // Retrying is only safe while nothing has been received: refused connections and the
    // statuses that mean "try again later" (429, 502, 503, 504).
    bool isRetryable() const;
    // True for HTTP 400s whose message says the prompt does not fit the model's context.
    bool isContextLengthError() const;
    // FastAPI's 404 {"detail":"Not Found"}: the server did not register the route (e.g.
    // /v1/embeddings on a chat model), unlike the OpenAI-shaped 404 for an unknown model.
    bool isRouteNotFound() const;
    // One translated sentence, naming the server's message when there is one.
    QString userMessage() const;

    // Maps an HTTP error response. Understands every body shape the servers send: vLLM's
    // {"error":{"message",...}}, the old flat {"object":"error","message",...}, {"error":"Unauthorized"},
    // FastAPI's {"detail":...} and llama.cpp's {"error":{"code","message","type"}}; any other body
    // is quoted as text (shortened).
    static ApiError fromHttpResponse(int status, const QByteArray &body);
    // Maps the value of an in-stream error event (vLLM's `data: {"error": {...}}` or llama.cpp's
    // `error: {...}` line).
    static ApiError fromStreamError(const QJsonValue &error);
    static ApiError fromNetworkError(QNetworkReply::NetworkError code, const QString &errorString);
    static bool isRedirectStatus(int status) { return status >= 300 && status < 400; }
    // A redirect Loquat refuses to follow; `reason` says why (to http, to another scheme, ...).
    static ApiError refusedRedirect(const QString &reason);
    static ApiError make(Kind kind, const QString &detail = {});
};
