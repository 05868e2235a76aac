#include "attachment.h"

namespace {

QJsonValue sizeJson(const QSize &size)
{
    if (!size.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("width"), size.width()}, {QStringLiteral("height"), size.height()}};
}

QSize sizeFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    if (!o.contains(QLatin1String("width")))
        return {};
    return {o.value(QLatin1String("width")).toInt(), o.value(QLatin1String("height")).toInt()};
}

} // namespace

QJsonObject Attachment::toJson() const
{
    QJsonObject o{
        {QStringLiteral("kind"), MediaFormats::kindName(kind)},
        {QStringLiteral("format"), format},
        {QStringLiteral("mime_type"), mimeType},
        {QStringLiteral("name"), name},
        {QStringLiteral("bytes"), bytes},
        {QStringLiteral("original_bytes"), originalBytes},
        {QStringLiteral("pixel_size"), sizeJson(pixelSize)},
        {QStringLiteral("original_pixel_size"), sizeJson(originalPixelSize)},
        {QStringLiteral("duration_ms"), durationMs},
    };
    if (!sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), sha256);
    if (!url.isEmpty())
        o.insert(QStringLiteral("url"), url.toString());
    return o;
}

Attachment Attachment::fromJson(const QJsonObject &o)
{
    Attachment a;
    const QString kind = o.value(QLatin1String("kind")).toString();
    a.kind = kind == QLatin1String("video")   ? MediaKind::Video
             : kind == QLatin1String("audio") ? MediaKind::Audio
                                              : MediaKind::Image;
    a.format = o.value(QLatin1String("format")).toString();
    a.mimeType = o.value(QLatin1String("mime_type")).toString();
    a.name = o.value(QLatin1String("name")).toString();
    a.sha256 = o.value(QLatin1String("sha256")).toString();
    a.url = QUrl(o.value(QLatin1String("url")).toString());
    a.bytes = o.value(QLatin1String("bytes")).toInteger();
    a.originalBytes = o.value(QLatin1String("original_bytes")).toInteger();
    a.pixelSize = sizeFrom(o.value(QLatin1String("pixel_size")));
    a.originalPixelSize = sizeFrom(o.value(QLatin1String("original_pixel_size")));
    a.durationMs = o.value(QLatin1String("duration_ms")).toInteger(-1);
    return a;
}
