#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches one web image that the user clicked in an answer, and decodes it off the UI thread.
//
// The request is the image's alone: a fresh QNetworkRequest with no Authorization header (the API
// key travels only on the profile's own requests, see ServerRequest), no cookies sent or kept,
// no cached credentials, http and https only, redirects followed only to http(s) and never from
// https to http, at most kMaxBytes (refused from the Content-Length or as soon as more arrives)
// and a transfer time-out. The bytes are decoded with QImageReader only when they are one of the
// raster formats named below and their header's size is within kMaxEdge and kMaxPixels, checked
// before any pixel is allocated. Exactly one of done() or failed() is emitted, once.
class RemoteImageFetch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteImageFetch)

public:
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;
    static constexpr int kMaxEdge = 8192;
    static constexpr qint64 kMaxPixels = 40'000'000;
    static constexpr int kTimeoutMs = 30'000;
    static constexpr int kMaxRedirects = 5;

    struct Decoded {
        QImage image;
        QString error; // set when the image is null
    };
    // The decoding step on its own (thread-safe): PNG, JPEG, GIF (first frame), WebP or BMP.
    static Decoded decode(const QByteArray &bytes);

    RemoteImageFetch(QNetworkAccessManager *network, const QUrl &url, QObject *parent = nullptr);
    ~RemoteImageFetch() override;

    QUrl url() const { return m_url; }

signals:
    void done(const QImage &image);
    void failed(const QString &message);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void finishWith(const Decoded &decoded);

    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_bytes;
    bool m_over = false;
};
