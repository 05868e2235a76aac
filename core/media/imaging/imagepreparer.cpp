#include "imagepreparer.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>

namespace {

// WebP's lossless coding is the VP8L chunk; lossy files carry VP8 (or VP8X with VP8 inside).
bool isLosslessWebp(QIODevice *device)
{
    const QByteArray head = device->peek(64);
    if (head.mid(12, 4) == "VP8L")
        return true;
    return head.mid(12, 4) == "VP8X" && head.indexOf("VP8L") >= 0 && head.indexOf("VP8 ") < 0;
}

QByteArray encode(const QImage &image, const QString &format, bool losslessWebp, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format.toLatin1());
    if (format == QLatin1String("jpeg"))
        writer.setQuality(ImagePreparer::kJpegQuality);
    else if (format == QLatin1String("webp"))
        writer.setQuality(losslessWebp ? 100 : ImagePreparer::kWebpQuality); // 100 is lossless in Qt's plugin
    if (!writer.write(image)) {
        *error = writer.errorString();
        return {};
    }
    return bytes;
}

// Qt's decoders mostly say only "Unknown error" for a damaged file.
QString readError(const QImageReader &reader)
{
    return reader.error() == QImageReader::UnknownError
               ? ImagePreparer::tr("its data is damaged or incomplete")
               : reader.errorString();
}

QImage thumbnailOf(const QImage &image, int edge)
{
    if (edge <= 0 || image.isNull())
        return {};
    const QSize size = ImagePreparer::scaledSize(image.size(), edge);
    return size == image.size() ? image : image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

QSize ImagePreparer::scaledSize(const QSize &size, int maxEdge)
{
    const int longest = qMax(size.width(), size.height());
    if (maxEdge <= 0 || longest <= maxEdge)
        return size;
    const double factor = double(maxEdge) / longest;
    return QSize(qMax(1, qRound(size.width() * factor)), qMax(1, qRound(size.height() * factor)));
}

ImagePreparer::Result ImagePreparer::prepare(QIODevice *device, const QString &format, int maxEdge,
                                             int thumbnailEdge)
{
    Result result;
    const bool losslessWebp = format == QLatin1String("webp") && isLosslessWebp(device);
    QImageReader reader(device, format.toLatin1());
    reader.setAutoTransform(true); // EXIF orientation: the server sees what the user sees
    const QSize rawSize = reader.size();
    if (!rawSize.isValid()) {
        result.error = readError(reader);
        return result;
    }
    const QImageIOHandler::Transformations transform = reader.transformation();
    const bool turned = transform & QImageIOHandler::TransformationRotate90;
    result.originalSize = turned ? rawSize.transposed() : rawSize;
    const QSize rawTarget = scaledSize(rawSize, maxEdge);
    const bool scale = rawTarget != rawSize;
    if (scale) {
        // Decoders that can (JPEG) decode straight at a fraction of the size, which is most of
        // the speed for a 24 MP photo; the rest is a smooth scale.
        reader.setScaledSize(rawTarget);
        reader.setQuality(100);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = readError(reader);
        return result;
    }
    result.size = image.size();
    result.thumbnail = thumbnailOf(image, thumbnailEdge);
    result.ok = true;
    if (!scale && transform == QImageIOHandler::TransformationNone) {
        result.format = format; // sent exactly as attached
        return result;
    }
    result.reencoded = true;
    result.format =
        (format == QLatin1String("jpeg") || format == QLatin1String("webp")) ? format : QStringLiteral("png");
    result.bytes = encode(image, result.format, losslessWebp, &result.error);
    result.ok = !result.bytes.isEmpty();
    return result;
}

ImagePreparer::Result ImagePreparer::prepare(const QImage &image, int maxEdge, int thumbnailEdge)
{
    Result result;
    if (image.isNull()) {
        result.error = tr("the image is empty");
        return result;
    }
    result.originalSize = image.size();
    const QSize target = scaledSize(image.size(), maxEdge);
    const QImage sent = target == image.size()
                            ? image
                            : image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    result.size = sent.size();
    result.thumbnail = thumbnailOf(sent, thumbnailEdge);
    result.reencoded = true;
    result.format = QStringLiteral("png");
    result.bytes = encode(sent, result.format, false, &result.error);
    result.ok = !result.bytes.isEmpty();
    return result;
}
