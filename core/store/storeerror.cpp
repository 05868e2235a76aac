#include "storeerror.h"

#include <QSqlError>

namespace {
// SQLite's primary result codes (the low byte of an extended code).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;
// SQLITE_IOERR_WRITE and friends can also mean "no space" on some file systems; only these
// extended codes are certain about it.
constexpr int kSqliteIoErrWrite = 778;
} // namespace

StoreError StoreError::make(Kind kind, const QString &detail)
{
    return StoreError{kind, sentence(kind), detail};
}

StoreError StoreError::fromSql(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.text();
    if (!ok)
        return make(Kind::Other, detail);
    switch (code & 0xff) {
    case kSqliteFull:
        return make(Kind::DiskFull, detail);
    case kSqliteReadOnly:
        return make(Kind::ReadOnly, detail);
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return make(Kind::Corrupt, detail);
    case kSqliteBusy:
    case kSqliteLocked:
        return make(Kind::Busy, detail);
    case kSqliteCantOpen:
        return make(Kind::CannotOpen, detail);
    case kSqliteIoErr:
        // A write refused by the file system: most often a full disk or a quota.
        return make(code == kSqliteIoErrWrite ? Kind::DiskFull : Kind::Other, detail);
    default:
        return make(Kind::Other, detail);
    }
}

QString StoreError::sentence(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DiskFull:
        return tr("The disk is full: the conversation is kept on screen but cannot be saved until "
                  "space is freed.");
    case Kind::ReadOnly:
        return tr("The history cannot be written (the file or its folder is read-only): new "
                  "messages are not saved.");
    case Kind::Corrupt:
        return tr("The history file is damaged.");
    case Kind::NewerVersion:
        return tr("The history was written by a newer version of Loquat: it is shown read-only "
                  "and nothing in it is changed.");
    case Kind::Busy:
        return tr("The history is busy in another program; the change will be tried again.");
    case Kind::CannotOpen:
        return tr("The history file could not be opened.");
    case Kind::NoSearch:
        return tr("Full-text search is not available (this SQLite has no FTS5): search matches "
                  "plain text instead, more slowly and without ranking.");
    case Kind::NotFound:
        return tr("That conversation is not in the history.");
    case Kind::Invalid:
        return tr("That is not a conversation Loquat can import.");
    case Kind::Other:
        return tr("The history could not be saved.");
    }
    return {};
}
