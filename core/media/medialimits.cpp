#include "medialimits.h"

qint64 MediaLimits::maxBytes(MediaKind kind) const
{
    switch (kind) {
    case MediaKind::Image:
        return maxImageBytes;
    case MediaKind::Video:
        return maxVideoBytes;
    case MediaKind::Audio:
        return maxAudioBytes;
    }
    return 0;
}

void MediaLimits::setMaxBytes(MediaKind kind, qint64 bytes)
{
    switch (kind) {
    case MediaKind::Image:
        maxImageBytes = bytes;
        break;
    case MediaKind::Video:
        maxVideoBytes = bytes;
        break;
    case MediaKind::Audio:
        maxAudioBytes = bytes;
        break;
    }
}

QString MediaLimits::edgeText(int edge)
{
    return edge > 0 ? QString::number(edge) : QStringLiteral("off");
}

bool MediaLimits::parseEdge(const QString &text, int *edge)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        *edge = 0;
        return true;
    }
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok || value < 0)
        return false;
    *edge = value;
    return true;
}
