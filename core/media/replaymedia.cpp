#include "replaymedia.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

QList<ContentParts::RecordedFile> ReplayMedia::recordedFiles(const QJsonArray &rawMessages)
{
    QList<ContentParts::RecordedFile> files;
    for (const QJsonValue &message : rawMessages) {
        for (const QJsonValue &part : message.toObject().value(QLatin1String("content")).toArray()) {
            if (const auto recorded = ContentParts::recordedFile(part.toObject()))
                files.append(*recorded);
        }
    }
    return files;
}

ReplayMedia::Resolution ReplayMedia::resolve(const QJsonArray &rawMessages, const AttachmentStore &store)
{
    Resolution resolution;
    QSet<QString> missing;
    for (const ContentParts::RecordedFile &file : recordedFiles(rawMessages)) {
        if (resolution.files.contains(file.sha256) || missing.contains(file.sha256))
            continue;
        const QString path = store.find(file.sha256);
        // A file of another size is not the one recorded (the digest names the bytes).
        if (!path.isEmpty() && QFileInfo(path).size() == file.bytes) {
            resolution.files.insert(file.sha256, path);
        } else {
            missing.insert(file.sha256);
            resolution.missing.append(file);
        }
    }
    return resolution;
}

namespace {
QString kindOf(const ContentParts::RecordedFile &file)
{
    return file.mimeType.isEmpty() ? QStringLiteral("audio/%1").arg(file.format) : file.mimeType;
}
} // namespace

QString ReplayMedia::missingMessage(const QList<ContentParts::RecordedFile> &missing)
{
    if (missing.isEmpty())
        return {};
    const QLocale locale;
    const ContentParts::RecordedFile &first = missing.first();
    const QString what =
        QCoreApplication::translate("ReplayMedia", "the %1 attachment of %2 (sha256 %3…)")
            .arg(kindOf(first), locale.formattedDataSize(first.bytes), first.sha256.left(12));
    if (missing.size() == 1)
        return QCoreApplication::translate("ReplayMedia",
                                           "Not sent: %1 is no longer in the attachment store, so this "
                                           "request cannot be replayed as it was. Attach the file again "
                                           "and send a new message instead.")
            .arg(what);
    const int count = int(missing.size());
    return QCoreApplication::translate("ReplayMedia",
                                       "Not sent: %n attachment(s) of this request, %1 among them, are no "
                                       "longer in the attachment store, so it cannot be replayed as it was.",
                                       nullptr, count)
        .arg(what);
}

QString ReplayMedia::summary(const QList<ContentParts::RecordedFile> &files)
{
    qint64 bytes = 0;
    for (const ContentParts::RecordedFile &file : files)
        bytes += file.bytes;
    const int count = int(files.size());
    return QCoreApplication::translate("ReplayMedia", "%n attachment(s) (%1)", nullptr, count)
        .arg(QLocale().formattedDataSize(bytes));
}
