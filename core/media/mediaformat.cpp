#include "mediaformat.h"

#include <QCoreApplication>

#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MediaFormats", text);
}

QList<MediaFormat> makeFormats()
{
    const auto f = [](MediaKind kind, const char *id, const char *mime, QStringList suffixes,
                      const char *family, const char *label) {
        return MediaFormat{kind,
                           QString::fromLatin1(id),
                           QString::fromLatin1(mime),
                           std::move(suffixes),
                           QString::fromLatin1(family),
                           QString::fromLatin1(label)};
    };
    using K = MediaKind;
    // clang-format off
    return {
        f(K::Image, "png", "image/png", {QStringLiteral("png")}, "png", QT_TRANSLATE_NOOP("MediaFormats", "PNG image")),
        f(K::Image, "jpeg", "image/jpeg", {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("jfif")}, "jpeg", QT_TRANSLATE_NOOP("MediaFormats", "JPEG image")),
        f(K::Image, "webp", "image/webp", {QStringLiteral("webp")}, "webp", QT_TRANSLATE_NOOP("MediaFormats", "WebP image")),
        f(K::Image, "gif", "image/gif", {QStringLiteral("gif")}, "gif", QT_TRANSLATE_NOOP("MediaFormats", "GIF image")),
        f(K::Image, "bmp", "image/bmp", {QStringLiteral("bmp"), QStringLiteral("dib")}, "bmp", QT_TRANSLATE_NOOP("MediaFormats", "BMP image")),
        f(K::Video, "mp4", "video/mp4", {QStringLiteral("mp4"), QStringLiteral("m4v")}, "isobmff", QT_TRANSLATE_NOOP("MediaFormats", "MP4 video")),
        f(K::Video, "mov", "video/quicktime", {QStringLiteral("mov"), QStringLiteral("qt")}, "isobmff", QT_TRANSLATE_NOOP("MediaFormats", "QuickTime video")),
        f(K::Video, "webm", "video/webm", {QStringLiteral("webm")}, "matroska", QT_TRANSLATE_NOOP("MediaFormats", "WebM video")),
        f(K::Video, "mkv", "video/x-matroska", {QStringLiteral("mkv")}, "matroska", QT_TRANSLATE_NOOP("MediaFormats", "Matroska video")),
        f(K::Audio, "wav", "audio/wav", {QStringLiteral("wav"), QStringLiteral("wave")}, "wav", QT_TRANSLATE_NOOP("MediaFormats", "WAV audio file")),
        f(K::Audio, "mp3", "audio/mpeg", {QStringLiteral("mp3")}, "mp3", QT_TRANSLATE_NOOP("MediaFormats", "MP3 audio file")),
        f(K::Audio, "flac", "audio/flac", {QStringLiteral("flac")}, "flac", QT_TRANSLATE_NOOP("MediaFormats", "FLAC audio file")),
        f(K::Audio, "ogg", "audio/ogg", {QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus")}, "ogg", QT_TRANSLATE_NOOP("MediaFormats", "Ogg audio file")),
    };
    // clang-format on
}

bool at(QByteArrayView head, qsizetype offset, QByteArrayView magic)
{
    return head.size() >= offset + magic.size() && head.sliced(offset, magic.size()) == magic;
}

quint32 le32(QByteArrayView head, qsizetype offset)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(head[offset + i]);
    return v;
}

// An MPEG audio frame header: 11 sync bits, a valid version, layer III (or II/I), a usable bitrate
// and sample-rate index. Raw MP3s without an ID3 tag start with one.
bool isMpegAudioFrame(QByteArrayView head)
{
    if (head.size() < 4)
        return false;
    const quint8 b1 = quint8(head[0]), b2 = quint8(head[1]), b3 = quint8(head[2]);
    if (b1 != 0xFF || (b2 & 0xE0) != 0xE0)
        return false;
    const int version = (b2 >> 3) & 3, layer = (b2 >> 1) & 3;
    const int bitrate = b3 >> 4, rate = (b3 >> 2) & 3;
    return version != 1 && layer != 0 && bitrate != 0 && bitrate != 15 && rate != 3;
}

const char *isobmffFormat(QByteArrayView head)
{
    // An ISO base media file starts with a box: size, then the type. `ftyp` names the brand;
    // old QuickTime files start straight with moov/mdat/wide/free.
    if (at(head, 4, "ftyp"))
        return at(head, 8, "qt  ") ? "mov" : "mp4";
    for (const char *box : {"moov", "mdat", "wide", "free", "skip", "pnot"}) {
        if (at(head, 4, box))
            return "mov";
    }
    return nullptr;
}

} // namespace

const QList<MediaFormat> &MediaFormats::all()
{
    static const QList<MediaFormat> formats = makeFormats();
    return formats;
}

const MediaFormat *MediaFormats::byId(QStringView id)
{
    for (const MediaFormat &format : all()) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

const MediaFormat *MediaFormats::bySuffix(QStringView fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return nullptr;
    const QStringView suffix = fileName.mid(dot + 1);
    for (const MediaFormat &format : all()) {
        for (const QString &s : format.suffixes) {
            if (suffix.compare(s, Qt::CaseInsensitive) == 0)
                return &format;
        }
    }
    return nullptr;
}

const MediaFormat *MediaFormats::sniff(QByteArrayView head)
{
    const char *id = nullptr;
    if (at(head, 0, "\x89PNG\r\n\x1a\n"))
        id = "png";
    else if (at(head, 0, "\xFF\xD8\xFF"))
        id = "jpeg";
    else if (at(head, 0, "GIF87a") || at(head, 0, "GIF89a"))
        id = "gif";
    else if (at(head, 0, "RIFF") && at(head, 8, "WEBP"))
        id = "webp";
    else if (at(head, 0, "RIFF") && at(head, 8, "WAVE"))
        id = "wav";
    else if (at(head, 0, "BM") && head.size() >= 18) {
        // The DIB header sizes Windows, OS/2 and the later versions use.
        const quint32 dib = le32(head, 14);
        if (dib == 12 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108 || dib == 124)
            id = "bmp";
    } else if (at(head, 0, "\x1A\x45\xDF\xA3")) {
        // EBML: the DocType element says webm or matroska.
        id = head.indexOf(QByteArrayView("webm")) >= 0 ? "webm" : "mkv";
    } else if (at(head, 0, "fLaC"))
        id = "flac";
    else if (at(head, 0, "OggS"))
        id = "ogg";
    else if (at(head, 0, "ID3") || isMpegAudioFrame(head))
        id = "mp3";
    else
        id = isobmffFormat(head);
    return id ? byId(QString::fromLatin1(id)) : nullptr;
}

QString MediaFormats::kindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return QStringLiteral("image");
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Audio:
        return QStringLiteral("audio");
    }
    return {};
}

QString MediaFormats::label(const MediaFormat &format)
{
    return QCoreApplication::translate("MediaFormats", format.label.toLatin1().constData());
}

namespace {

QString patterns(std::optional<MediaKind> kind)
{
    QStringList list;
    for (const MediaFormat &format : MediaFormats::all()) {
        if (kind && format.kind != *kind)
            continue;
        for (const QString &s : format.suffixes)
            list.append(QStringLiteral("*.") + s);
    }
    return list.join(QLatin1Char(' '));
}

} // namespace

QString MediaFormats::dialogFilter(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return tr("Images (%1)").arg(patterns(kind));
    case MediaKind::Video:
        return tr("Videos (%1)").arg(patterns(kind));
    case MediaKind::Audio:
        return tr("Audio (%1)").arg(patterns(kind));
    }
    return {};
}

QString MediaFormats::allFilesFilter()
{
    return tr("Images, video and audio (%1)").arg(patterns(std::nullopt));
}

QString MediaFormats::supportedList()
{
    return tr("images PNG, JPEG, WebP, GIF, BMP; video MP4, WebM, MOV, MKV; audio WAV, MP3, FLAC, OGG");
}
