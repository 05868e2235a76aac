#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;

// Turns an image file into what is sent: decoded with its EXIF orientation applied, scaled so its
// longest side is at most `maxEdge` (0 = never scaled), and re-encoded only when either changed
// something. Re-encoding keeps the format's nature: JPEG stays JPEG, lossless WebP stays
// lossless, PNG stays PNG, and GIF and BMP (which Qt cannot write well or at all) become PNG,
// which is lossless too. A GIF's first frame is what vLLM reads, so that is what is kept.
class ImagePreparer final {
    Q_DECLARE_TR_FUNCTIONS(ImagePreparer)

public:
    static constexpr int kJpegQuality = 92;
    static constexpr int kWebpQuality = 90;

    struct Result {
        bool ok = false;
        QString error; // why it cannot be read, when !ok
        bool reencoded = false;
        QByteArray bytes;   // the new file when reencoded (else the original bytes are sent)
        QString format;     // MediaFormat id of what is sent
        QSize size;         // pixels as sent
        QSize originalSize; // pixels as attached, after the orientation
        QImage thumbnail;   // at most thumbnailEdge on its longest side (when asked for)
    };

    // `format` is the sniffed MediaFormat id of the device's bytes.
    static Result prepare(QIODevice *device, const QString &format, int maxEdge, int thumbnailEdge = 0);
    // An image that is not a file yet (pasted from the clipboard): PNG, scaled like the others.
    static Result prepare(const QImage &image, int maxEdge, int thumbnailEdge = 0);

    // The size an image of `size` is sent at under `maxEdge`.
    static QSize scaledSize(const QSize &size, int maxEdge);
};
