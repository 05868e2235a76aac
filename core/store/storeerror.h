#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// Why the conversation store could not do something, as a kind the app can act on and one
// sentence a person can act on. `detail` keeps SQLite's own words for a tooltip or a log.
struct StoreError {
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        None,
        DiskFull,     // SQLITE_FULL: nothing more can be written until space is freed
        ReadOnly,     // the file or its folder cannot be written
        Corrupt,      // the file is damaged or is not a database
        NewerVersion, // written by a newer Loquat: opened read-only, nothing changed
        Busy,         // another process held the database longer than the busy time-out
        CannotOpen,   // the file or folder could not be opened or created
        NoSearch,     // this SQLite has no FTS5: search falls back to plain matching
        NotFound,     // no such conversation or message
        Invalid,      // input that cannot be a conversation (import)
        Other,
    };

    Kind kind = Kind::None;
    QString message; // one sentence for the user
    QString detail;  // SQLite's text, a path, ...

    bool isError() const { return kind != Kind::None; }
    static StoreError make(Kind kind, const QString &detail = {});
    // Classifies a Qt Sql error by SQLite's (extended) result code.
    static StoreError fromSql(const QSqlError &error);
    static QString sentence(Kind kind);
};
