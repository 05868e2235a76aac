#include "markdownexport.h"

#include "conversationexport.h"
#include "conversationstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace {

constexpr qint64 kChunkBytes = 1 << 20;

// A file name that is safe on every desktop system and inside a Markdown link: the attachment's
// own name where possible, its format's suffix when it has none.
QString safeName(const Attachment &a)
{
    QString name = QFileInfo(a.name).fileName();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|#%\\[\\]\\x00-\\x1f]+"));
    name.replace(unsafe, QStringLiteral("_"));
    name = name.simplified();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("attachment");
    if (QFileInfo(name).suffix().isEmpty() && !a.format.isEmpty())
        name += QLatin1Char('.') + a.format;
    return name.left(120);
}

// "photo.png" taken by other bytes → "photo (2).png", "photo (3).png", …
QString freeName(const QString &name, const QSet<QString> &taken)
{
    if (!taken.contains(name.toLower()))
        return name;
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (!taken.contains(candidate.toLower()))
            return candidate;
    }
}

enum class Copy { Done, SourceUnreadable, TargetFailed };

Copy copyFile(const QString &source, const QString &target, QString *error)
{
    QFile in(source);
    if (source.isEmpty() || !in.open(QIODevice::ReadOnly))
        return Copy::SourceUnreadable;
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return Copy::TargetFailed;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunkBytes);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            out.cancelWriting();
            return Copy::SourceUnreadable;
        }
        if (out.write(chunk) != chunk.size()) {
            *error = out.errorString();
            out.cancelWriting();
            return Copy::TargetFailed;
        }
    }
    if (!out.commit()) {
        *error = out.errorString();
        return Copy::TargetFailed;
    }
    return Copy::Done;
}

} // namespace

QString MarkdownExport::filesFolderName(const QString &path)
{
    return QFileInfo(path).completeBaseName() + QStringLiteral("_files");
}

MarkdownExport::Result MarkdownExport::write(ConversationStore &store, const QStringList &uids,
                                             const QString &path)
{
    Result result;
    const std::optional<QList<ConversationExport::Conversation>> conversations =
        ConversationExport::readAll(store, uids, &result.error);
    if (!conversations)
        return result;
    QList<std::pair<ConversationInfo, QList<Message>>> transcripts;
    for (const ConversationExport::Conversation &c : *conversations)
        transcripts.append({c.info, ConversationExport::activeBranch(c.messages)});

    const QDir beside = QFileInfo(path).absoluteDir();
    const QString folderName = filesFolderName(path);
    const QString folder = beside.filePath(folderName);
    QHash<QString, QString> links; // sha256 → "<folder>/<name>", or "" when not copied
    QSet<QString> taken;           // names used in the folder (lower case: macOS and Windows fold case)
    QStringList written;           // to remove again when a later write fails
    bool folderMade = false;
    const auto undo = [&] {
        for (const QString &file : std::as_const(written))
            QFile::remove(file);
        if (folderMade)
            beside.rmdir(folderName); // only when empty: it may hold the user's own files too
    };
    for (const auto &[info, branch] : std::as_const(transcripts)) {
        for (const Message &m : branch) {
            for (const Attachment &a : m.attachments) {
                if (a.isReference() || a.sha256.isEmpty() || links.contains(a.sha256))
                    continue;
                if (!QFileInfo(a.filePath).isReadable()) {
                    links.insert(a.sha256, QString());
                    result.missing << a.name;
                    continue;
                }
                if (!folderMade && !QFileInfo(folder).isDir()) {
                    if (!beside.mkdir(folderName)) {
                        result.error = tr("Could not create the folder %1 for the attachments; nothing was "
                                          "exported.")
                                           .arg(QDir::toNativeSeparators(folder));
                        return result;
                    }
                    folderMade = true;
                }
                const QString name = freeName(safeName(a), taken);
                const QString target = QDir(folder).filePath(name);
                const bool existed = QFileInfo::exists(target); // this .md's earlier export
                QString why;
                switch (copyFile(a.filePath, target, &why)) {
                case Copy::Done:
                    taken.insert(name.toLower());
                    if (!existed)
                        written << target;
                    links.insert(a.sha256, folderName + QLatin1Char('/') + name);
                    ++result.filesWritten;
                    break;
                case Copy::SourceUnreadable:
                    links.insert(a.sha256, QString());
                    result.missing << a.name;
                    break;
                case Copy::TargetFailed:
                    undo();
                    result.error = tr("Could not write %1 (%2); nothing was exported.")
                                       .arg(QDir::toNativeSeparators(target), why);
                    return result;
                }
            }
        }
    }
    QString error;
    if (!ConversationExport::save(path, ConversationExport::toMarkdownFile(transcripts, &links).toUtf8(),
                                  &error)) {
        undo();
        result.error = tr("%1; nothing was exported.").arg(error);
        return result;
    }
    result.ok = true;
    return result;
}

QString MarkdownExport::summary(const Result &result, const QString &path)
{
    if (!result.ok)
        return result.error;
    const int written = result.filesWritten;
    const int missing = int(result.missing.size());
    QString text = written == 0 ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                : tr("Exported to %1 with %n attachment(s) in %2.", nullptr, written)
                                      .arg(QDir::toNativeSeparators(path), filesFolderName(path));
    if (missing > 0)
        text += QLatin1Char(' ') + tr("%n attachment(s) could not be copied (no longer stored): %1 — the "
                                      "transcript says so where they were.",
                                      nullptr, missing)
                                       .arg(result.missing.join(QStringLiteral(", ")));
    return text;
}
