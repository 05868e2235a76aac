#include "jsonexchange.h"

#include "tlstrust.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

JsonExchange::JsonExchange(QNetworkAccessManager *network, const ServerConfig &server, const QUrl &url,
                           const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_server(server)
    , m_url(url)
    , m_requestBody(body)
{
    Q_ASSERT(m_network);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &JsonExchange::onTimeout);
}

JsonExchange::~JsonExchange()
{
    detachReply();
}

QUrl JsonExchange::url() const
{
    return m_request ? m_request->url() : m_url;
}

void JsonExchange::start()
{
    if (m_running || m_finished)
        return;
    m_request.emplace(m_server, m_url, m_requestBody.isNull() ? QByteArray("GET") : QByteArray("POST"),
                      m_requestBody);
    if (!m_requestBody.isNull())
        m_request->setContentType("application/json"); // vLLM rejects JSON bodies without it (§1)
    m_running = true;
    sendHop();
}

void JsonExchange::sendHop()
{
    m_result = {};
    m_bytesReceived = 0;
    m_reply = m_request->send(m_network);
    connect(m_reply, &QNetworkReply::readyRead, this, &JsonExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &JsonExchange::onReplyFinished);
    m_timeout.start(m_server.firstByteTimeoutMs);
}

void JsonExchange::cancel()
{
    if (m_finished)
        return;
    m_result = {};
    m_result.transportError = ApiError::make(ApiError::Kind::Canceled);
    finish();
}

void JsonExchange::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    m_bytesReceived += bytes.size();
    m_result.body += bytes;
    m_timeout.start(m_server.idleTimeoutMs);
}

void JsonExchange::onReplyFinished()
{
    if (!m_reply || m_finished)
        return;
    m_timeout.stop();
    onReadyRead();
    QNetworkReply *reply = m_reply;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    if (status.isValid() && ApiError::isRedirectStatus(status.toInt())) {
        ApiError refused;
        if (m_request->follow(status.toInt(), reply->rawHeader("Location"), refused)) {
            detachReply();
            sendHop();
            return;
        }
        m_result = {};
        m_result.transportError = refused;
    } else if (status.isValid() && (networkError == QNetworkReply::NoError ||
                                    networkError >= QNetworkReply::ContentAccessDenied)) {
        // An HTTP error status (4xx/5xx) is a protocol-level error to Qt, not a transport one.
        m_result.status = status.toInt();
        m_result.contentType = reply->rawHeader("Content-Type");
    } else if (networkError != QNetworkReply::NoError) {
        ApiError error = ApiError::fromNetworkError(networkError, reply->errorString());
        TlsTrust::describe(error, reply);
        // A close or reset while the body was arriving cut the answer short: half a body is
        // never handed out.
        if (m_bytesReceived > 0 && (error.kind == ApiError::Kind::ConnectionLost ||
                                    networkError == QNetworkReply::UnknownNetworkError))
            error = ApiError::make(ApiError::Kind::Truncated, reply->errorString());
        m_result = {};
        m_result.transportError = error;
    } else {
        m_result.transportError = ApiError::make(ApiError::Kind::MalformedResponse, tr("no HTTP status"));
    }
    finish();
}

void JsonExchange::onTimeout()
{
    if (!m_reply || m_finished)
        return;
    // Never retried here: the server may still be working on the request.
    const bool received = m_bytesReceived > 0;
    m_result = {};
    m_result.transportError =
        ApiError::make(received ? ApiError::Kind::IdleTimeout : ApiError::Kind::ConnectTimeout);
    finish();
}

void JsonExchange::finish()
{
    if (m_finished)
        return;
    m_timeout.stop();
    detachReply();
    m_running = false;
    m_finished = true;
    emit finished();
}

void JsonExchange::detachReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}
