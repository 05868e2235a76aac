#include "attachmentpreparer.h"

#include "imagepreparer.h"
#include "media/attachmentstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

QString kindWord(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return AttachmentPreparer::tr("an image");
    case MediaKind::Video:
        return AttachmentPreparer::tr("a video");
    case MediaKind::Audio:
        return AttachmentPreparer::tr("an audio file");
    }
    return {};
}

AttachmentPreparer::Result refuse(const QString &name, const QString &why)
{
    AttachmentPreparer::Result result;
    //: %1 is a file name, %2 the reason (a sentence fragment)
    result.error = AttachmentPreparer::tr("Cannot attach “%1”: %2.").arg(name, why);
    return result;
}

} // namespace

QString AttachmentPreparer::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

AttachmentPreparer::Result AttachmentPreparer::prepareFile(const QString &path, const Options &options)
{
    Q_ASSERT(options.store);
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (info.isDir())
        return refuse(name, tr("it is a folder"));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(name, tr("it cannot be read (%1)").arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return refuse(name, tr("the file is empty"));

    const QByteArray head = file.peek(MediaFormats::kHeadBytes);
    const MediaFormat *named = MediaFormats::bySuffix(name);
    const MediaFormat *actual = MediaFormats::sniff(head);
    if (!actual) {
        if (named)
            return refuse(
                name,
                tr("the name says it is a %1, but its content is not").arg(MediaFormats::label(*named)));
        return refuse(name, tr("it is not a file Loquat can send (%1)").arg(MediaFormats::supportedList()));
    }
    if (named && named->family != actual->family)
        return refuse(name, tr("the name says it is a %1, but it is a %2")
                                .arg(MediaFormats::label(*named), MediaFormats::label(*actual)));
    // Within a container family the name decides how it is labelled (an .mp4 with a QuickTime
    // brand is still sent as video/mp4, which the server's decoder reads either way).
    const MediaFormat &format = named ? *named : *actual;
    const qint64 limit = options.limits.maxBytes(format.kind);
    if (limit > 0 && size > limit)
        return refuse(name, tr("it is %1, and the limit for %2 is %3")
                                .arg(formatBytes(size), kindWord(format.kind), formatBytes(limit)));

    Result result;
    Attachment &a = result.attachment;
    a.kind = format.kind;
    a.format = format.id;
    a.mimeType = format.mimeType;
    a.name = name;
    a.originalBytes = size;
    a.bytes = size;

    if (format.kind == MediaKind::Image) {
        const ImagePreparer::Result image =
            ImagePreparer::prepare(&file, format.id, options.limits.maxImageEdge, options.thumbnailEdge);
        if (!image.ok)
            return refuse(name, tr("the image cannot be decoded (%1)").arg(image.error));
        a.pixelSize = image.size;
        a.originalPixelSize = image.originalSize;
        result.thumbnail = image.thumbnail;
        if (image.reencoded) {
            const MediaFormat *sent = MediaFormats::byId(image.format);
            a.format = sent->id;
            a.mimeType = sent->mimeType;
            a.bytes = image.bytes.size();
            QString error;
            if (!options.store->putBytes(image.bytes, a.format, &a.sha256, &error))
                return refuse(name, tr("it could not be stored (%1)").arg(error));
            a.filePath = options.store->pathFor(a.sha256, a.format);
            result.ok = true;
            return result;
        }
        file.seek(0);
    }
    QString error;
    if (options.storeOriginals) {
        if (!options.store->putDevice(&file, a.format, &a.sha256, &error))
            return refuse(name, tr("it could not be stored (%1)").arg(error));
        a.filePath = options.store->pathFor(a.sha256, a.format);
    } else {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return refuse(name, tr("it cannot be read (%1)").arg(file.errorString()));
        a.sha256 = QString::fromLatin1(hash.result().toHex());
        a.filePath = info.absoluteFilePath();
    }
    result.ok = true;
    return result;
}

AttachmentPreparer::Result AttachmentPreparer::prepareImage(const QImage &image, const QString &name,
                                                            const Options &options)
{
    Q_ASSERT(options.store);
    const ImagePreparer::Result prepared =
        ImagePreparer::prepare(image, options.limits.maxImageEdge, options.thumbnailEdge);
    if (!prepared.ok)
        return refuse(name, tr("the image cannot be encoded (%1)").arg(prepared.error));
    Result result;
    Attachment &a = result.attachment;
    a.kind = MediaKind::Image;
    a.format = prepared.format;
    a.mimeType = MediaFormats::byId(a.format)->mimeType;
    a.name = name;
    a.bytes = prepared.bytes.size();
    a.originalBytes = a.bytes;
    a.pixelSize = prepared.size;
    a.originalPixelSize = prepared.originalSize;
    QString error;
    if (!options.store->putBytes(prepared.bytes, a.format, &a.sha256, &error))
        return refuse(name, tr("it could not be stored (%1)").arg(error));
    a.filePath = options.store->pathFor(a.sha256, a.format);
    result.thumbnail = prepared.thumbnail;
    result.ok = true;
    return result;
}

AttachmentPreparer::Result AttachmentPreparer::prepareUrl(const QUrl &url, std::optional<MediaKind> kind)
{
    const QString shown = url.toDisplayString();
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return refuse(shown, tr("only http and https addresses can be attached as a reference"));
    const MediaFormat *named = MediaFormats::bySuffix(url.path());
    Result result;
    Attachment &a = result.attachment;
    a.kind = kind ? *kind : named ? named->kind : MediaKind::Image;
    if (named && named->kind == a.kind) {
        a.format = named->id;
        a.mimeType = named->mimeType;
    }
    a.name = shown;
    a.url = url;
    a.bytes = 0;
    result.ok = true;
    return result;
}
