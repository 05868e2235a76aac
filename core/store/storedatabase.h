#pragma once

#include "storeerror.h"
#include "storestatus.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>

class QSqlQuery;

// One connection to the store's SQLite file. A Qt Sql connection belongs to the thread that
// opened it: the app's writer thread, the CLI and each test open their own (WAL lets them read
// while another writes; writers queue behind SQLite's lock for up to kBusyTimeoutMs).
//
// open() never loses data: a file that is not a database or fails SQLite's check is renamed
// aside (with its -wal) before a new one is started; a file from a newer schema, or one that
// cannot be written, is opened read-only; an older file is copied (VACUUM INTO) and migrated.
// Opening is serialised across processes by a lock file beside the database (`<file>.lock`).
class StoreDatabase final {
    Q_DECLARE_TR_FUNCTIONS(StoreDatabase)

public:
    static constexpr int kBusyTimeoutMs = 5000;
    static constexpr int kOpenLockWaitMs = 60000; // another process creating or migrating the file

    struct Options {
        bool checkIntegrity = true; // PRAGMA quick_check on open (the app; the CLI skips it)
        bool readOnly = false;      // never write
        bool fullTextSearch = true; // false: behave as on an SQLite without FTS5 (tests)
    };

    explicit StoreDatabase(const QString &path);
    ~StoreDatabase();
    Q_DISABLE_COPY_MOVE(StoreDatabase)

    const StoreStatus &open(const Options &options);
    const StoreStatus &status() const { return m_status; }
    bool isOpen() const { return m_status.open; }
    bool isWritable() const { return m_status.open && m_status.writable; }
    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

    // A prepared query with `values` bound in order, executed. On failure lastError() says why.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    bool exec(const QString &sql, const QVariantList &values = {});
    // Runs `work` in BEGIN IMMEDIATE ... COMMIT (rolled back when it returns false or COMMIT
    // fails). Refused, with ReadOnly or NewerVersion, when the store is not writable.
    bool write(const std::function<bool()> &work);
    const StoreError &lastError() const { return m_lastError; }
    void setError(const StoreError &error) { m_lastError = error; }
    // How the last write() ended (None after a success): a full disk stays until a write works.
    const StoreError &lastWriteError() const { return m_lastWriteError; }

private:
    const StoreStatus &openLocked(const Options &options);
    bool connect(bool readOnly, bool immutable);
    void disconnect();
    bool probe();
    bool setAside();
    bool applyPragmas();
    bool migrate(int from);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    StoreStatus m_status;
    StoreError m_lastError;
    StoreError m_lastWriteError;
};
