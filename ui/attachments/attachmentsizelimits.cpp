#include "attachmentsizelimits.h"

#include <QSettings>

QString AttachmentSizeLimits::settingsKey(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return QStringLiteral("attachments/maxImageMB");
    case MediaKind::Video:
        return QStringLiteral("attachments/maxVideoMB");
    case MediaKind::Audio:
        return QStringLiteral("attachments/maxAudioMB");
    }
    return {};
}

int AttachmentSizeLimits::defaultMB(MediaKind kind)
{
    return int(MediaLimits().maxBytes(kind) / MediaLimits::kMiB);
}

int AttachmentSizeLimits::maxMB(MediaKind kind)
{
    // Every attachment travels base64-encoded (a third larger) inside one JSON request body,
    // which the app holds in memory: a few GB is the most that can work at all.
    switch (kind) {
    case MediaKind::Image:
        return 500;
    case MediaKind::Video:
        return 2048;
    case MediaKind::Audio:
        return 1024;
    }
    return kMinMB;
}

int AttachmentSizeLimits::megabytes(MediaKind kind)
{
    bool ok = false;
    const int value = QSettings().value(settingsKey(kind)).toInt(&ok);
    if (!ok || value < kMinMB || value > maxMB(kind))
        return defaultMB(kind);
    return value;
}

void AttachmentSizeLimits::setMegabytes(MediaKind kind, int megabytes)
{
    const int value = qBound(kMinMB, megabytes, maxMB(kind));
    QSettings settings;
    if (value == defaultMB(kind))
        settings.remove(settingsKey(kind));
    else
        settings.setValue(settingsKey(kind), value);
}

void AttachmentSizeLimits::applyTo(MediaLimits &limits)
{
    for (const MediaKind kind : {MediaKind::Image, MediaKind::Video, MediaKind::Audio})
        limits.setMaxBytes(kind, qint64(megabytes(kind)) * MediaLimits::kMiB);
}
