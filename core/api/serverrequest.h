#pragma once

#include "apierror.h"
#include "media/requestbody.h"
#include "serverconfig.h"

#include <QByteArray>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// One request to a server, followed through its redirects by hand. Qt's own redirect following
// copies every raw header to the new address — the API key included, to any host — so Qt never
// follows a redirect here (ManualRedirectPolicy) and the caller hands each 3xx to follow(),
// which:
//   - refuses https → http, any scheme but http(s), a missing Location and more than
//     kMaxRedirects hops;
//   - sends the API key and the profile's extra headers only while the address is the
//     profile's own origin (scheme, host and port); after one hop elsewhere they are not sent
//     again in this chain, even if a later hop comes back;
//   - turns a POST into a GET for 301, 302 and 303 (as browsers and Qt do) and keeps it for
//     307 and 308.
// Every reply it sends is watched by TlsTrust (the profile's pinned certificate).
class ServerRequest final {
public:
    static constexpr int kMaxRedirects = 8;

    ServerRequest(const ServerConfig &server, const QUrl &url, const QByteArray &method = "GET",
                  const QByteArray &body = {});

    void setAccept(const QByteArray &accept) { m_accept = accept; }
    void setContentType(const QByteArray &type) { m_contentType = type; }
    // A body with files (media attachments): each send streams it afresh from the segments
    // (StreamedBody) instead of sending the byte array.
    void setBodySegments(const QList<BodySegment> &segments) { m_segments = segments; }

    const QUrl &url() const { return m_url; }
    const QByteArray &method() const { return m_method; }
    int hops() const { return m_hops; }
    // Whether the next send carries the key and the extra headers.
    bool sendsCredentials() const;

    QNetworkRequest networkRequest() const;
    QNetworkReply *send(QNetworkAccessManager *network) const;

    // For a reply that ended on a 3xx status: true when it should be sent again (to the new
    // url()); false with `error` saying why it is not followed.
    bool follow(int status, const QByteArray &location, ApiError &error);

    // Same scheme, host and port (default ports filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    ServerConfig m_server;
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_body;
    QList<BodySegment> m_segments;
    QByteArray m_accept = "application/json";
    QByteArray m_contentType;
    int m_hops = 0;
    bool m_leftOrigin = false;
};
