#include "contentparts.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

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

QString ContentParts::textOf(const QJsonValue &content)
{
    if (!content.isArray())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject object = part.toObject();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("text"))
            parts << object.value(QLatin1String("text")).toString();
    }
    return parts.join(QLatin1Char('\n'));
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

namespace {

const char *const kUrlParts[] = {"image_url", "video_url", "audio_url"};

std::optional<std::pair<QString, qint64>> parsePayload(const QString &payload)
{
    static const QRegularExpression pattern(
        QStringLiteral("^<attachment sha256=([0-9a-f]{64}) bytes=(\\d+)>$"));
    const QRegularExpressionMatch match = pattern.match(payload);
    if (!match.hasMatch())
        return std::nullopt;
    return std::make_pair(match.captured(1), match.captured(2).toLongLong());
}

} // namespace

std::optional<ContentParts::RecordedFile> ContentParts::recordedFile(const QJsonObject &part)
{
    const QString type = part.value(QLatin1String("type")).toString();
    if (type == QLatin1String("input_audio")) {
        const QJsonObject audio = part.value(QLatin1String("input_audio")).toObject();
        const auto payload = parsePayload(audio.value(QLatin1String("data")).toString());
        if (!payload)
            return std::nullopt;
        return RecordedFile{
            payload->first, payload->second, {}, audio.value(QLatin1String("format")).toString()};
    }
    for (const char *key : kUrlParts) {
        if (type != QLatin1String(key))
            continue;
        const QString url = part.value(type).toObject().value(QLatin1String("url")).toString();
        const qsizetype comma = url.indexOf(QLatin1String(";base64,"));
        if (!url.startsWith(QLatin1String("data:")) || comma < 0)
            return std::nullopt;
        const auto payload = parsePayload(url.mid(comma + 8));
        if (!payload)
            return std::nullopt;
        return RecordedFile{payload->first, payload->second, url.mid(5, comma - 5), {}};
    }
    return std::nullopt;
}

QJsonObject ContentParts::withPayload(const QJsonObject &part, const QString &payload)
{
    QJsonObject out = part;
    const QString type = part.value(QLatin1String("type")).toString();
    QJsonObject inner = part.value(type).toObject();
    if (type == QLatin1String("input_audio")) {
        inner.insert(QLatin1String("data"), payload);
    } else {
        const QString url = inner.value(QLatin1String("url")).toString();
        inner.insert(QLatin1String("url"), url.left(url.indexOf(QLatin1String(";base64,")) + 8) + payload);
    }
    out.insert(type, inner);
    return out;
}
