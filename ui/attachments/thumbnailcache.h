#pragma once

#include "media/attachment.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

// Small pictures of attachments, made once per content digest and shared by the composer's strip
// and the conversation: images are decoded at thumbnail size on a worker thread, video shows a
// frame with a play mark and its length (MediaProbe), audio a tile with its length. Durations
// learnt on the way are kept too. ready() tells when a thumbnail (or duration) has arrived.
class ThumbnailCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    static constexpr int kEdge = 112;

    explicit ThumbnailCache(QObject *parent = nullptr);
    // The application's one cache (parented to the application object).
    static ThumbnailCache *shared();

    // The thumbnail, or a null image while it is being made (ready() follows).
    QImage thumbnail(const Attachment &attachment);
    // The length the probe found, else the attachment's own, else -1.
    qint64 durationMs(const Attachment &attachment) const;
    // A thumbnail already at hand (the preparer makes one while it decodes the image anyway).
    void insert(const QString &sha256, const QImage &image);

    // "1:05", "0:03", "1:02:09".
    static QString formatDuration(qint64 ms);

signals:
    void ready(const QString &sha256);

private:
    void store(const QString &sha256, const QImage &image, qint64 durationMs);
    static QImage tile(const Attachment &attachment, const QImage &frame, qint64 durationMs);

    QHash<QString, QImage> m_images;
    QHash<QString, qint64> m_durations;
    QSet<QString> m_pending;
};
