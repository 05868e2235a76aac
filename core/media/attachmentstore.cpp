#include "attachmentstore.h"

#include "store/datadir.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace {

constexpr qint64 kChunk = 1024 * 1024;

bool isDigest(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

AttachmentStore::AttachmentStore(const QString &root)
    : m_root(root)
{}

QString AttachmentStore::defaultRoot()
{
    // The conversation store's own data folder, so the files sit beside history.db (where
    // ConversationStore::attachmentRoot() looks for them).
    return QDir(DataDir::resolve({})).filePath(QStringLiteral("attachments"));
}

QString AttachmentStore::pathFor(const QString &sha256, const QString &format) const
{
    return QStringLiteral("%1/%2/%3.%4").arg(m_root, sha256.left(2), sha256, format);
}

bool AttachmentStore::contains(const QString &sha256, const QString &format) const
{
    return QFileInfo(pathFor(sha256, format)).isFile();
}

QString AttachmentStore::find(const QString &sha256) const
{
    if (sha256.size() != 64)
        return {};
    const QDir folder(QStringLiteral("%1/%2").arg(m_root, sha256.left(2)));
    const QStringList names = folder.entryList({sha256 + QStringLiteral(".*")}, QDir::Files);
    return names.isEmpty() ? QString() : folder.filePath(names.first());
}

QString AttachmentStore::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool AttachmentStore::putFile(const QString &source, const QString &format, QString *sha256,
                              QString *error) const
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    return putDevice(&in, format, sha256, error);
}

bool AttachmentStore::putBytes(const QByteArray &bytes, const QString &format, QString *sha256,
                               QString *error) const
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return putDevice(&buffer, format, sha256, error);
}

bool AttachmentStore::putDevice(QIODevice *source, const QString &format, QString *sha256,
                                QString *error) const
{
    if (!QDir().mkpath(m_root)) {
        *error = tr("cannot create the folder %1").arg(m_root);
        return false;
    }
    // Written under a temporary name in the root, then moved to its digest's name.
    QTemporaryFile out(m_root + QStringLiteral("/incoming-XXXXXX.part"));
    if (!out.open()) {
        *error = out.errorString();
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    while (!source->atEnd()) {
        chunk = source->read(kChunk);
        if (chunk.isEmpty()) {
            *error = source->errorString();
            return false;
        }
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            *error = out.errorString(); // a full disk ends here
            return false;
        }
    }
    if (!out.flush()) {
        *error = out.errorString();
        return false;
    }
    const QString digest = QString::fromLatin1(hash.result().toHex());
    const QString target = pathFor(digest, format);
    *sha256 = digest;
    if (QFileInfo(target).isFile())
        return true; // the same bytes are already stored; the temporary file goes
    QDir().mkpath(QFileInfo(target).path());
    if (!out.rename(target) && !QFileInfo(target).isFile()) {
        *error = tr("cannot move the file into %1: %2").arg(QFileInfo(target).path(), out.errorString());
        return false;
    }
    out.setAutoRemove(false);
    return true;
}

bool AttachmentStore::remove(const QString &sha256, const QString &format) const
{
    return QFile::remove(pathFor(sha256, format));
}

int AttachmentStore::removeUnreferenced(const QSet<QString> &referenced) const
{
    int removed = 0;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString digest = info.completeBaseName();
        if (isDigest(digest) && !referenced.contains(digest) && QFile::remove(info.filePath()))
            ++removed;
    }
    return removed;
}
