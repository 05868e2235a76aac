#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// What a piece of media is to the server: vLLM takes each kind in its own content part.
enum class MediaKind { Image, Video, Audio };

// One file format Loquat sends. `family` groups formats that share a container, so that a file
// whose name and bytes disagree only within a family (an .mp4 that is a QuickTime file, a .webm
// that is plain Matroska) is not called a fake.
struct MediaFormat {
    MediaKind kind = MediaKind::Image;
    QString id;       // "png", "jpeg", "webp", "gif", "bmp", "mp4", "mov", "webm", "mkv", "wav", ...
    QString mimeType; // what the data: URL carries
    QStringList suffixes;
    QString family; // "isobmff" (mp4/mov), "matroska" (webm/mkv), else the id
    QString label;  // "PNG image", "MP4 video", ... (translated on use)
};

namespace MediaFormats {

const QList<MediaFormat> &all();
const MediaFormat *byId(QStringView id);
// The format a file name's suffix names (case-insensitive); nullptr for anything else.
const MediaFormat *bySuffix(QStringView fileName);
// The format the first bytes of a file show (kHeadBytes are enough); nullptr when none fits.
const MediaFormat *sniff(QByteArrayView head);
constexpr qsizetype kHeadBytes = 64;

// "image", "video", "audio": vLLM's own modality words (its error messages use them).
QString kindName(MediaKind kind);
// The translated label of a format ("PNG image").
QString label(const MediaFormat &format);
// A file dialog filter for one kind ("Images (*.png *.jpg …)"), and one for all supported files.
QString dialogFilter(MediaKind kind);
QString allFilesFilter();
// The supported formats, as a sentence fragment for error messages.
QString supportedList();

} // namespace MediaFormats
