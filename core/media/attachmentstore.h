#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

class QIODevice;

// Attachments on disk, stored once and named by the SHA-256 of their bytes:
// <root>/<first two hex digits>/<digest>.<format>. Putting the same bytes twice stores them once;
// files are written to a temporary name and renamed, so a half-written file never has a digest's
// name. Safe to use from worker threads (it keeps no state beyond the root).
class AttachmentStore final {
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(const QString &root);

    // <data dir>/attachments (DataDir: LOQUAT_DATA_DIR, else ~/.local/share/loquat), beside history.db.
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    QString pathFor(const QString &sha256, const QString &format) const;
    bool contains(const QString &sha256, const QString &format) const;
    // The stored file with this digest, whatever its format; empty when there is none.
    QString find(const QString &sha256) const;

    // Copies `source` in (reading it once, hashing as it goes). Sets the digest, or `error`.
    bool putFile(const QString &source, const QString &format, QString *sha256, QString *error) const;
    bool putDevice(QIODevice *source, const QString &format, QString *sha256, QString *error) const;
    bool putBytes(const QByteArray &bytes, const QString &format, QString *sha256, QString *error) const;
    bool remove(const QString &sha256, const QString &format) const;
    // Deletes every stored file whose digest is not in `referenced`; returns how many went.
    int removeUnreferenced(const QSet<QString> &referenced) const;

    static QString sha256Of(const QByteArray &bytes);

private:
    QString m_root;
};
