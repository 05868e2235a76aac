#include "thumbnailcache.h"

#include "mediaprobe.h"

#include <QCoreApplication>
#include <QFont>
#include <QImageReader>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
{}

ThumbnailCache *ThumbnailCache::shared()
{
    static QPointer<ThumbnailCache> cache;
    if (!cache)
        cache = new ThumbnailCache(QCoreApplication::instance());
    return cache;
}

QString ThumbnailCache::formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

qint64 ThumbnailCache::durationMs(const Attachment &attachment) const
{
    return m_durations.value(attachment.sha256, attachment.durationMs);
}

void ThumbnailCache::insert(const QString &sha256, const QImage &image)
{
    if (sha256.isEmpty() || image.isNull())
        return;
    store(sha256, image, m_durations.value(sha256, -1));
}

void ThumbnailCache::store(const QString &sha256, const QImage &image, qint64 durationMs)
{
    m_pending.remove(sha256);
    if (!image.isNull())
        m_images.insert(sha256, image);
    if (durationMs >= 0)
        m_durations.insert(sha256, durationMs);
    emit ready(sha256);
}

QImage ThumbnailCache::tile(const Attachment &a, const QImage &frame, qint64 durationMs)
{
    QImage image(kEdge, kEdge * 3 / 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0x37, 0x47, 0x4f));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    if (!frame.isNull()) {
        const QImage scaled = frame.scaled(image.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage((image.width() - scaled.width()) / 2, (image.height() - scaled.height()) / 2, scaled);
    }
    QFont font = p.font();
    font.setPixelSize(kEdge / 4);
    p.setFont(font);
    p.setPen(Qt::white);
    const QString mark = a.kind == MediaKind::Audio ? QStringLiteral("♪") : QStringLiteral("▶");
    p.drawText(image.rect().adjusted(0, 0, 0, -kEdge / 8), Qt::AlignCenter, mark);
    const QString length = formatDuration(durationMs);
    if (!length.isEmpty()) {
        font.setPixelSize(kEdge / 8);
        p.setFont(font);
        const QRect band(0, image.height() - kEdge / 6, image.width(), kEdge / 6);
        p.fillRect(band, QColor(0, 0, 0, 150));
        p.drawText(band.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, length);
    }
    return image;
}

QImage ThumbnailCache::thumbnail(const Attachment &a)
{
    if (a.isReference() || a.sha256.isEmpty())
        return {};
    const auto found = m_images.constFind(a.sha256);
    if (found != m_images.cend())
        return *found;
    if (m_pending.contains(a.sha256))
        return {};
    m_pending.insert(a.sha256);
    if (a.kind == MediaKind::Image) {
        const QString path = a.filePath, sha = a.sha256;
        QPointer<ThumbnailCache> self(this);
        QThreadPool::globalInstance()->start([self, path, sha] {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid())
                reader.setScaledSize(size.scaled(kEdge, kEdge, Qt::KeepAspectRatio));
            const QImage image = reader.read();
            QMetaObject::invokeMethod(
                self.data(),
                [self, sha, image] {
                    if (self)
                        self->store(sha, image, -1);
                },
                Qt::QueuedConnection);
        });
        return {};
    }
    auto *probe = new MediaProbe(a, this);
    connect(probe, &MediaProbe::finished, this, [this, probe, a](qint64 durationMs, const QImage &frame) {
        probe->deleteLater();
        store(a.sha256, tile(a, frame, durationMs >= 0 ? durationMs : a.durationMs), durationMs);
    });
    probe->start();
    return {};
}
