#include "simmedia.h"

#include "simhttp.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// vLLM's own default for every modality since 2025-04.
constexpr int kDefaultLimit = 999;

const QStringList kSupportedTypes = {
    QStringLiteral("audio_embeds"),  QStringLiteral("audio_url"),      QStringLiteral("image_embeds"),
    QStringLiteral("image_pil"),     QStringLiteral("image_url"),      QStringLiteral("input_audio"),
    QStringLiteral("input_image"),   QStringLiteral("input_text"),     QStringLiteral("output_text"),
    QStringLiteral("prompt_embeds"), QStringLiteral("refusal"),        QStringLiteral("text"),
    QStringLiteral("thinking"),      QStringLiteral("tool_reference"), QStringLiteral("video_url"),
};

SimResponse badRequest(const SimOptions &options, const QString &message, const QJsonValue &param = {})
{
    return SimHttp::error(options.dialect, 400, message, QStringLiteral("BadRequestError"),
                          param.isUndefined() ? QJsonValue(QJsonValue::Null) : param);
}

// Python's base64.b64decode(validate=True): the standard alphabet only, padding exact.
std::optional<QByteArray> strictBase64(const QByteArray &text, QString *error)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '+' || c == '/' || c == '=';
        if (!ok) {
            *error = QStringLiteral("Non-base64 digit found");
            return std::nullopt;
        }
    }
    const qsizetype pad = text.indexOf('=');
    if (text.size() % 4 != 0 ||
        (pad >= 0 && (pad < text.size() - 2 || text.mid(pad) != QByteArray(text.size() - pad, '=')))) {
        *error = QStringLiteral("Incorrect padding");
        return std::nullopt;
    }
    return QByteArray::fromBase64(text);
}

QString hex(QRgb rgb)
{
    return QStringLiteral("#%1").arg(rgb & 0xffffff, 6, 16, QLatin1Char('0'));
}

quint32 be32(const QByteArray &b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) |
           (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | (quint32(quint8(b[at + 1])) << 8) | (quint32(quint8(b[at + 2])) << 16) |
           (quint32(quint8(b[at + 3])) << 24);
}

// The movie's duration from moov/mvhd of an ISO base media file; -1 when it is not there.
qint64 mp4DurationMs(const QByteArray &b)
{
    qsizetype at = 0;
    while (at + 8 <= b.size()) {
        const qint64 size = be32(b, at);
        const QByteArray type = b.mid(at + 4, 4);
        if (size < 8)
            return -1;
        if (type == "moov") {
            qsizetype in = at + 8;
            while (in + 8 <= at + size && in + 8 <= b.size()) {
                const qint64 inner = be32(b, in);
                if (inner < 8)
                    return -1;
                if (b.mid(in + 4, 4) == "mvhd" && in + 32 <= b.size()) {
                    const int version = quint8(b[in + 8]);
                    if (version == 0)
                        return qint64(be32(b, in + 24)) * 1000 / qMax<quint32>(1, be32(b, in + 20));
                    if (in + 44 <= b.size())
                        return (qint64(be32(b, in + 32)) << 32 | be32(b, in + 36)) * 1000 /
                               qMax<quint32>(1, be32(b, in + 28));
                    return -1;
                }
                in += inner;
            }
            return -1;
        }
        at += size;
    }
    return -1;
}

QString describeWav(const QByteArray &b)
{
    int channels = 0, rate = 0;
    qint64 byteRate = 0, dataBytes = -1;
    qsizetype at = 12;
    while (at + 8 <= b.size()) {
        const QByteArray id = b.mid(at, 4);
        const qint64 size = le32(b, at + 4);
        if (id == "fmt " && at + 24 <= b.size()) {
            channels = quint8(b[at + 10]) | (quint8(b[at + 11]) << 8);
            rate = int(le32(b, at + 12));
            byteRate = le32(b, at + 16);
        } else if (id == "data") {
            dataBytes = size;
        }
        at += 8 + size + (size & 1);
    }
    const qint64 ms = byteRate > 0 && dataBytes >= 0 ? dataBytes * 1000 / byteRate : -1;
    return QStringLiteral("WAV %1 Hz, %2 channel(s), %3 ms").arg(rate).arg(channels).arg(ms);
}

QString describeBytes(const SimMedia::Item &item)
{
    const QByteArray &b = item.data;
    if (item.modality == QLatin1String("image")) {
        const QImage image = QImage::fromData(b);
        const char *format = b.startsWith("\x89PNG")    ? "PNG"
                             : b.startsWith("\xFF\xD8") ? "JPEG"
                             : b.startsWith("GIF8")     ? "GIF"
                             : b.startsWith("BM")       ? "BMP"
                             : b.mid(8, 4) == "WEBP"    ? "WebP"
                                                        : "unknown";
        const int w = image.width(), h = image.height();
        return QStringLiteral("%1 %2x%3, corners %4 %5 %6 %7")
            .arg(QLatin1String(format))
            .arg(w)
            .arg(h)
            .arg(hex(image.pixel(0, 0)), hex(image.pixel(w - 1, 0)), hex(image.pixel(0, h - 1)),
                 hex(image.pixel(w - 1, h - 1)));
    }
    if (b.startsWith("RIFF") && b.mid(8, 4) == "WAVE")
        return describeWav(b);
    if (b.mid(4, 4) == "ftyp")
        return QStringLiteral("%1 %2 ms")
            .arg(b.mid(8, 4) == "qt  " ? QStringLiteral("QuickTime") : QStringLiteral("MP4"))
            .arg(mp4DurationMs(b));
    if (b.startsWith("\x1A\x45\xDF\xA3"))
        return b.left(64).contains("webm") ? QStringLiteral("WebM") : QStringLiteral("Matroska");
    if (b.startsWith("fLaC"))
        return QStringLiteral("FLAC");
    if (b.startsWith("OggS"))
        return QStringLiteral("Ogg");
    if (b.startsWith("ID3") || (b.size() > 1 && quint8(b[0]) == 0xFF && (quint8(b[1]) & 0xE0) == 0xE0))
        return QStringLiteral("MP3");
    return QStringLiteral("unknown");
}

// A data: URL split as vLLM does: "data:<media type>[;base64],<data>".
std::optional<SimResponse> parseDataUrl(const SimOptions &options, const QString &url, SimMedia::Item *item)
{
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    const QString header = url.mid(5, comma < 0 ? -1 : comma - 5);
    const qsizetype semicolon = header.indexOf(QLatin1Char(';'));
    if (semicolon < 0 || comma < 0)
        return badRequest(options, QStringLiteral("not enough values to unpack (expected 2, got 1)"));
    if (header.mid(semicolon + 1) != QLatin1String("base64"))
        return SimHttp::error(options.dialect, 501,
                              QStringLiteral("Only base64 data URLs are supported for now."),
                              QStringLiteral("NotImplementedError"));
    item->mimeType = header.left(semicolon);
    QString error;
    const std::optional<QByteArray> data = strictBase64(url.mid(comma + 1).toLatin1(), &error);
    if (!data)
        return badRequest(options, error);
    item->data = *data;
    return std::nullopt;
}

std::optional<SimResponse> readUrl(const SimOptions &options, const QJsonValue &value, SimMedia::Item *item)
{
    if (!value.isObject())
        return badRequest(options,
                          QStringLiteral("1 validation error:\n  {'type': 'model_type', 'loc': ('body', "
                                         "'messages'), 'msg': 'Input should be a valid dictionary'}"));
    const QString url = value.toObject().value(QLatin1String("url")).toString();
    if (url.startsWith(QLatin1String("data:")))
        return parseDataUrl(options, url, item);
    if (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))) {
        item->url = url;
        return std::nullopt;
    }
    if (url.startsWith(QLatin1String("file:")))
        return SimHttp::error(options.dialect, 500,
                              QStringLiteral("Cannot load local files without `--allowed-local-media-path`."),
                              QStringLiteral("InternalServerError"));
    return badRequest(options, QStringLiteral("The URL must be either a HTTP, data or file URL."));
}

} // namespace

int SimMedia::limitFor(const SimOptions &options, const SimModelCard &card, const QString &modality)
{
    if (!card.modalities.contains(modality))
        return 0;
    return qMin(card.maxMediaItems, options.mmLimits.value(modality, kDefaultLimit));
}

bool SimMedia::parseLimits(const QString &text, QMap<QString, int> *limits)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isDouble() || it.value().toInt() < 0)
                return false;
            limits->insert(it.key(), it.value().toInt());
        }
        return true;
    }
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = pair.split(QLatin1Char('='));
        bool ok = false;
        const int n = kv.value(1).toInt(&ok);
        if (kv.size() != 2 || !ok || n < 0)
            return false;
        limits->insert(kv.at(0).trimmed(), n);
    }
    return !limits->isEmpty();
}

SimMedia::Result SimMedia::collect(const QJsonObject &body, const SimOptions &options,
                                   const SimModelCard &card)
{
    Result result;
    QMap<QString, int> counts;
    for (const QJsonValue &m : body.value(QLatin1String("messages")).toArray()) {
        const QJsonValue content = m.toObject().value(QLatin1String("content"));
        if (!content.isArray())
            continue;
        for (const QJsonValue &p : content.toArray()) {
            if (p.isString())
                continue;
            const QJsonObject part = p.toObject();
            const QString type = part.value(QLatin1String("type")).toString();
            if (!kSupportedTypes.contains(type)) {
                result.error = badRequest(
                    options,
                    QStringLiteral("Unsupported chat content part type: '%1'. Supported types: %2. "
                                   "(parameter=type, value=%1)")
                        .arg(type, kSupportedTypes.join(QLatin1String(", "))),
                    QStringLiteral("type"));
                return result;
            }
            Item item;
            item.partType = type;
            std::optional<SimResponse> error;
            if (type == QLatin1String("image_url")) {
                item.modality = QStringLiteral("image");
                error = readUrl(options, part.value(QLatin1String("image_url")), &item);
            } else if (type == QLatin1String("video_url")) {
                item.modality = QStringLiteral("video");
                error = readUrl(options, part.value(QLatin1String("video_url")), &item);
            } else if (type == QLatin1String("audio_url")) {
                item.modality = QStringLiteral("audio");
                error = readUrl(options, part.value(QLatin1String("audio_url")), &item);
            } else if (type == QLatin1String("input_audio")) {
                item.modality = QStringLiteral("audio");
                const QJsonObject audio = part.value(QLatin1String("input_audio")).toObject();
                item.mimeType = QStringLiteral("audio/") + audio.value(QLatin1String("format")).toString();
                QString why;
                const std::optional<QByteArray> data =
                    strictBase64(audio.value(QLatin1String("data")).toString().toLatin1(), &why);
                if (!data)
                    error = badRequest(options, why);
                else
                    item.data = *data;
            } else {
                continue; // text and the other non-media parts
            }
            if (error) {
                result.error = error;
                return result;
            }
            if (card.modalities.isEmpty()) {
                result.error =
                    badRequest(options, QStringLiteral("%1 is not a multimodal model").arg(card.id));
                return result;
            }
            const int count = ++counts[item.modality];
            const int limit = limitFor(options, card, item.modality);
            if (count > limit) {
                QString message = QStringLiteral("At most %1 %2(s) may be provided in one prompt.")
                                      .arg(limit)
                                      .arg(item.modality);
                if (card.modalities.contains(item.modality) && card.maxMediaItems > limit)
                    message += QStringLiteral(" Set `--limit-mm-per-prompt` to increase this limit.");
                result.error = badRequest(options, message);
                return result;
            }
            if (item.modality == QLatin1String("image") && item.url.isEmpty() &&
                QImage::fromData(item.data).isNull()) {
                result.error =
                    badRequest(options, QStringLiteral("cannot identify image file <_io.BytesIO object>"));
                return result;
            }
            result.items.append(item);
        }
    }
    return result;
}

QString SimMedia::describe(const QList<Item> &items)
{
    QString text = QStringLiteral("I received %1 media item(s).\n\n").arg(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        text += QStringLiteral("%1. %2 via %3").arg(i + 1).arg(item.modality, item.partType);
        if (!item.url.isEmpty()) {
            text += QStringLiteral(" from %1 (not fetched)\n").arg(item.url);
            continue;
        }
        text += QStringLiteral(" (%1): %2, %3 bytes, sha256 %4\n")
                    .arg(item.mimeType, describeBytes(item))
                    .arg(item.data.size())
                    .arg(QString::fromLatin1(
                        QCryptographicHash::hash(item.data, QCryptographicHash::Sha256).toHex()));
    }
    return text;
}
