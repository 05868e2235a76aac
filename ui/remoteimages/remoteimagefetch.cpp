#include "remoteimagefetch.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent>

namespace {

bool isWebScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

RemoteImageFetch::Decoded RemoteImageFetch::decode(const QByteArray &bytes)
{
    // Raster formats only: an SVG (or any format a plugin adds) is a document of its own, and
    // the fewer decoders hostile bytes can reach, the better.
    static const QList<QByteArray> allowed = {"png", "jpeg", "jpg", "gif", "webp", "bmp"};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (bytes.isEmpty() || !allowed.contains(reader.format().toLower()))
        return {{}, tr("it is not an image Loquat shows (PNG, JPEG, GIF, WebP or BMP)")};
    // The header's size, before a pixel is allocated: a few kilobytes can claim gigapixels.
    // (QImageReader's own allocation limit is process-wide; this one is the images' own.)
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return {{}, tr("the image is damaged or incomplete")};
    if (size.width() > kMaxEdge || size.height() > kMaxEdge ||
        qint64(size.width()) * size.height() > kMaxPixels)
        return {{},
                tr("the image is %1×%2 pixels, more than Loquat shows (at most %3 pixels on a side and "
                   "%4 megapixels)")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(kMaxEdge)
                    .arg(kMaxPixels / 1'000'000)};
    QImage image = reader.read();
    if (image.isNull())
        return {{}, tr("the image is damaged or incomplete (%1)").arg(reader.errorString())};
    return {image, {}};
}

RemoteImageFetch::RemoteImageFetch(QNetworkAccessManager *network, const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    if (!isWebScheme(url) || !url.isValid()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("only http and https images can be loaded")); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    // Nothing of the app's rides along: no cookies either way, no credentials remembered for an
    // earlier server, no key (never set on this request).
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept",
                         "image/png, image/jpeg, image/gif, image/webp, image/bmp;q=0.9, */*;q=0.1");
    m_reply = network->get(request);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RemoteImageFetch::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RemoteImageFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RemoteImageFetch::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        const QUrl from = m_reply->url();
        if (!isWebScheme(target))
            return fail(tr("the address redirects to %1, which is not a web address").arg(target.toString()));
        if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
            target.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
            return fail(
                tr("the address redirects from https to unencrypted http (%1)").arg(target.toString()));
        emit m_reply->redirectAllowed();
    });
}

RemoteImageFetch::~RemoteImageFetch()
{
    if (m_reply)
        m_reply->abort();
}

void RemoteImageFetch::onMetaData()
{
    if (m_over || !m_reply)
        return;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > kMaxBytes)
        fail(tr("the image is %1, more than the %2 Loquat loads")
                 .arg(megabytes(announced), megabytes(kMaxBytes)));
}

void RemoteImageFetch::onReadyRead()
{
    if (m_over || !m_reply)
        return;
    m_bytes += m_reply->read(kMaxBytes + 1 - m_bytes.size());
    if (m_bytes.size() > kMaxBytes)
        fail(tr("the image is larger than the %1 Loquat loads").arg(megabytes(kMaxBytes)));
}

void RemoteImageFetch::onFinished()
{
    if (m_over || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() == QNetworkReply::OperationCanceledError ||
        m_reply->error() == QNetworkReply::TimeoutError)
        return fail(tr("the server did not send it within %1 seconds").arg(kTimeoutMs / 1000));
    if (status >= 400 || (m_reply->error() != QNetworkReply::NoError && status > 0))
        return fail(tr("the server answered HTTP %1").arg(status));
    if (m_reply->error() != QNetworkReply::NoError)
        return fail(m_reply->errorString());
    onReadyRead();
    if (m_over)
        return;
    m_over = true;
    m_reply->deleteLater();
    // Decoding a large JPEG takes tens of milliseconds: not on the UI thread.
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishWith(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([bytes = std::move(m_bytes)] { return decode(bytes); }));
}

void RemoteImageFetch::finishWith(const Decoded &decoded)
{
    if (decoded.image.isNull())
        emit failed(decoded.error);
    else
        emit done(decoded.image);
}

void RemoteImageFetch::fail(const QString &message)
{
    if (m_over)
        return;
    m_over = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        // Not from inside the reply's own signal (Qt warns about reporting its error twice).
        QMetaObject::invokeMethod(
            reply,
            [reply] {
                reply->abort();
                reply->deleteLater();
            },
            Qt::QueuedConnection);
    }
    emit failed(message);
}
