#include "serverrequest.h"

#include "media/streamedbody.h"

#include "tlstrust.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

} // namespace

ServerRequest::ServerRequest(const ServerConfig &server, const QUrl &url, const QByteArray &method,
                             const QByteArray &body)
    : m_server(server)
    , m_url(url)
    , m_method(method)
    , m_body(body)
{}

bool ServerRequest::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

bool ServerRequest::sendsCredentials() const
{
    return !m_leftOrigin && sameOrigin(m_url, m_server.baseUrl);
}

QNetworkRequest ServerRequest::networkRequest() const
{
    QNetworkRequest request(m_url);
    if (!m_accept.isEmpty())
        request.setRawHeader("Accept", m_accept);
    if (!m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    if (sendsCredentials()) {
        // The profile's own headers first, so that none of them can stand in for the key.
        for (const auto &[name, value] : m_server.extraHeaders)
            request.setRawHeader(name, value);
        if (!m_server.apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_server.apiKey.toUtf8());
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QNetworkReply *ServerRequest::send(QNetworkAccessManager *network) const
{
    QNetworkRequest request = networkRequest();
    QNetworkReply *reply = nullptr;
    if (m_method == "GET") {
        reply = network->get(request);
    } else if (m_method == "POST" && !m_segments.isEmpty()) {
        auto *body = new StreamedBody(m_segments);
        body->open(QIODevice::ReadOnly);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        reply = network->post(request, body);
        body->setParent(reply); // read while the reply sends it, deleted with it
    } else if (m_method == "POST")
        reply = network->post(request, m_body);
    else
        reply = network->sendCustomRequest(request, m_method, m_body);
    // The pin only counts on the profile's own origin: another host's certificate is judged by
    // the system alone.
    TlsTrust::watch(reply, sendsCredentials() ? m_server.trustedCertificateSha256 : QByteArray());
    return reply;
}

bool ServerRequest::follow(int status, const QByteArray &location, ApiError &error)
{
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
        error = ApiError::refusedRedirect(ApiError::tr("with HTTP %1").arg(status));
        return false;
    }
    const QByteArray trimmed = location.trimmed();
    const QUrl target = m_url.resolved(QUrl::fromEncoded(trimmed));
    if (trimmed.isEmpty() || !target.isValid() || target.host().isEmpty()) {
        error = ApiError::refusedRedirect(ApiError::tr("(HTTP %1) without a usable address").arg(status));
        return false;
    }
    const QString scheme = target.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        error = ApiError::refusedRedirect(ApiError::tr("to a %1: address").arg(scheme));
        return false;
    }
    if (m_url.scheme().toLower() == QLatin1String("https") && scheme == QLatin1String("http")) {
        error = ApiError::refusedRedirect(ApiError::tr("from https to an insecure http address (%1)")
                                              .arg(target.toDisplayString(QUrl::RemoveUserInfo)));
        return false;
    }
    if (m_hops >= kMaxRedirects) {
        error = ApiError::fromNetworkError(QNetworkReply::TooManyRedirectsError, {});
        return false;
    }
    ++m_hops;
    if (!sameOrigin(target, m_server.baseUrl))
        m_leftOrigin = true;
    if ((status == 303 && m_method != "HEAD") || ((status == 301 || status == 302) && m_method == "POST")) {
        m_method = "GET";
        m_body.clear();
        m_segments.clear();
        m_contentType.clear();
    }
    m_url = target;
    return true;
}
