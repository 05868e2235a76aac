#include "contentparts.h"

namespace {

QString dataUrl(const Attachment &a, const QString &payload)
{
    return QStringLiteral("data:%1;base64,%2").arg(a.mimeType, payload);
}

QJsonObject urlPart(const char *type, const QString &url)
{
    const QString key = QString::fromLatin1(type);
    return QJsonObject{{QStringLiteral("type"), key}, {key, QJsonObject{{QStringLiteral("url"), url}}}};
}

} // namespace

QJsonObject ContentParts::text(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

bool ContentParts::isInputAudio(const Attachment &a)
{
    return a.kind == MediaKind::Audio && !a.isReference() &&
           (a.format == QLatin1String("wav") || a.format == QLatin1String("mp3"));
}

QJsonObject ContentParts::media(const Attachment &a, const QString &payload)
{
    const QString url = a.isReference() ? a.url.toString(QUrl::FullyEncoded) : dataUrl(a, payload);
    switch (a.kind) {
    case MediaKind::Image:
        return urlPart("image_url", url);
    case MediaKind::Video:
        return urlPart("video_url", url);
    case MediaKind::Audio:
        if (isInputAudio(a))
            return QJsonObject{
                {QStringLiteral("type"), QStringLiteral("input_audio")},
                {QStringLiteral("input_audio"),
                 QJsonObject{{QStringLiteral("data"), payload}, {QStringLiteral("format"), a.format}}}};
        return urlPart("audio_url", url);
    }
    return {};
}

QString ContentParts::recordPayload(const Attachment &a)
{
    return QStringLiteral("<attachment sha256=%1 bytes=%2>").arg(a.sha256).arg(a.bytes);
}
