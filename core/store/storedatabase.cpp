#include "storedatabase.h"

#include "storeschema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("loquat-store-%1").arg(++counter);
}

// "loquat.db" -> "loquat.damaged-20250101-120000.db" (or .v1-backup-...), beside the original.
QString sidePath(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = info.dir().filePath(
        QStringLiteral("%1.%2-%3.%4").arg(info.completeBaseName(), what, stamp, info.suffix()));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = info.dir().filePath(QStringLiteral("%1.%2-%3-%4.%5")
                                            .arg(info.completeBaseName(), what, stamp)
                                            .arg(n)
                                            .arg(info.suffix()));
    return candidate;
}

} // namespace

StoreDatabase::StoreDatabase(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connection(nextConnectionName())
{
    m_status.path = m_path;
}

StoreDatabase::~StoreDatabase()
{
    disconnect();
}

bool StoreDatabase::connect(bool readOnly, bool immutable)
{
    disconnect();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // A WAL file on read-only media cannot get its -shm: read it as a file nobody changes.
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        QUrl url = QUrl::fromLocalFile(m_path);
        url.setQuery(QStringLiteral("immutable=1"));
        m_db.setDatabaseName(url.toString());
    } else {
        m_db.setDatabaseName(m_path);
    }
    m_db.setConnectOptions(options);
    if (m_db.open())
        return true;
    m_lastError = StoreError::fromSql(m_db.lastError());
    return false;
}

void StoreDatabase::disconnect()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool StoreDatabase::exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql)) {
        m_lastError = StoreError::fromSql(query.lastError());
        return false;
    }
    // A null QString would be bound as NULL: text columns get '' for it. NULL is a null
    // QVariant (QVariant(), or a NULL read back from a column).
    for (const QVariant &value : values) {
        if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() &&
            value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        m_lastError = StoreError::fromSql(query.lastError());
        return false;
    }
    return true;
}

bool StoreDatabase::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (values.isEmpty()) {
        // Unprepared: PRAGMAs and transaction control.
        if (query.exec(sql))
            return true;
        m_lastError = StoreError::fromSql(query.lastError());
        return false;
    }
    return exec(query, sql, values);
}

bool StoreDatabase::write(const std::function<bool()> &work)
{
    if (!isWritable()) {
        m_lastError =
            m_status.error.isError() ? m_status.error : StoreError::make(StoreError::Kind::ReadOnly);
        m_lastWriteError = m_lastError;
        return false;
    }
    m_lastError = {};
    if (exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (work() && exec(QStringLiteral("COMMIT"))) {
            m_lastWriteError = {};
            return true;
        }
        const StoreError cause = m_lastError;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")); // SQLite may have rolled back already
        m_lastError = cause;
    }
    // A missing row is the caller's mistake, not a problem with the disk.
    if (m_lastError.kind != StoreError::Kind::NotFound && m_lastError.kind != StoreError::Kind::Invalid)
        m_lastWriteError = m_lastError;
    return false;
}

bool StoreDatabase::probe()
{
    // The first read of the schema is where "file is not a database" shows.
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
        return true;
    m_lastError = StoreError::fromSql(query.lastError());
    return false;
}

bool StoreDatabase::setAside()
{
    disconnect();
    const QString target = sidePath(m_path, QStringLiteral("damaged"));
    if (!QFile::rename(m_path, target)) {
        m_lastError = StoreError::make(StoreError::Kind::Corrupt,
                                       tr("%1 is damaged and could not be moved aside").arg(m_path));
        return false;
    }
    // The journal belongs with its database: keep them together.
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_status.keptAside = target;
    return true;
}

bool StoreDatabase::applyPragmas()
{
    // WAL: readers never wait for the writer, and a crash leaves a consistent file.
    // synchronous=FULL: every commit reaches the disk; we commit about once a second at most.
    QSqlQuery wal(m_db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        m_lastError = StoreError::fromSql(wal.lastError());
        return false;
    }
    wal.finish();
    return exec(QStringLiteral("PRAGMA synchronous=FULL")) && exec(QStringLiteral("PRAGMA foreign_keys=ON"));
}

bool StoreDatabase::migrate(int from)
{
    if (from > 0) {
        // Insurance beyond the per-step transactions: a copy of the old file, kept.
        const QString copy = sidePath(m_path, QStringLiteral("v%1-backup").arg(from));
        // The target is an expression: bound, so no path can break the statement.
        if (!exec(QStringLiteral("VACUUM INTO ?"), {copy}))
            return false;
        m_status.backup = copy;
    }
    StoreError error;
    if (!StoreSchema::migrate(m_db, from, -1, &error)) {
        m_lastError = error;
        return false;
    }
    return true;
}

const StoreStatus &StoreDatabase::open(const Options &options)
{
    // Two processes (the app and the CLI, two windows) starting at once on a profile with no
    // store yet, or with one to migrate, would race through creating it, switching it to WAL
    // and migrating: SQLite answers "database is locked" to one of them, or it takes the other's
    // half-migrated file for an old one and backs it up. A lock file beside the database makes
    // them open one after the other. Where none can be made (a read-only folder) nobody can be
    // changing the file either, and opening goes on without it.
    if (!options.readOnly)
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // a long migration is not stale; a lock whose process died is
    lock.tryLock(kOpenLockWaitMs);
    return openLocked(options);
}

const StoreStatus &StoreDatabase::openLocked(const Options &options)
{
    m_status = StoreStatus{};
    m_status.path = m_path;
    m_lastError = {};
    const QFileInfo info(m_path);
    if (!options.readOnly && !QDir().mkpath(info.absolutePath())) {
        m_status.error = StoreError::make(StoreError::Kind::CannotOpen,
                                          tr("the folder %1 could not be created").arg(info.absolutePath()));
        return m_status;
    }
    if (options.readOnly && !info.exists()) {
        m_status.error = StoreError::make(StoreError::Kind::NotFound, m_path);
        return m_status;
    }

    // Opened when the first read works: a WAL file on a read-only disk opens, then cannot be
    // read for want of its -shm. Read-write first, then read-only, then as an immutable file.
    const auto attempt = [this](bool ro, bool immutable) { return connect(ro, immutable) && probe(); };
    bool readOnly = options.readOnly;
    bool opened = !readOnly && attempt(false, false);
    if (!opened && !readOnly && m_lastError.kind == StoreError::Kind::Corrupt) {
        // Not a database (or its header is damaged): keep it, start anew.
        opened = setAside() && attempt(false, false);
        if (!opened) {
            m_status.error = m_lastError;
            disconnect();
            return m_status;
        }
    }
    if (!opened && QFileInfo::exists(m_path) && m_lastError.kind != StoreError::Kind::Corrupt) {
        readOnly = true;
        opened = attempt(true, false) || attempt(true, true);
    }
    if (!opened) {
        m_status.error = m_lastError.isError() ? m_lastError : StoreError::make(StoreError::Kind::CannotOpen);
        disconnect();
        return m_status;
    }

    StoreError error;
    int version = StoreSchema::version(m_db, &error);
    if (version < 0) {
        m_status.error = error;
        disconnect();
        return m_status;
    }
    if (version > StoreSchema::latestVersion()) {
        // Nothing of it is ours to change: read what can be read, write nothing.
        if (!readOnly)
            readOnly = attempt(true, false) || attempt(true, true);
        m_status.open = readOnly;
        m_status.writable = false;
        m_status.version = version;
        m_status.error = StoreError::make(StoreError::Kind::NewerVersion,
                                          tr("schema version %1; this Loquat knows up to %2")
                                              .arg(version)
                                              .arg(StoreSchema::latestVersion()));
        return m_status;
    }

    if (!readOnly && !applyPragmas()) {
        if (m_lastError.kind != StoreError::Kind::ReadOnly) {
            m_status.error = m_lastError;
            disconnect();
            return m_status;
        }
        readOnly = true;
        if (!attempt(true, false) && !attempt(true, true)) {
            m_status.error = m_lastError;
            disconnect();
            return m_status;
        }
    }
    if (readOnly && !options.readOnly)
        m_status.error = StoreError::make(StoreError::Kind::ReadOnly, m_path);

    if (options.checkIntegrity && version > 0) {
        QSqlQuery check(m_db);
        const bool ran = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next();
        const QString verdict = ran ? check.value(0).toString() : check.lastError().text();
        check.finish();
        if (verdict != QLatin1String("ok")) {
            if (readOnly) {
                m_status.error = StoreError::make(StoreError::Kind::Corrupt, verdict);
                disconnect();
                return m_status;
            }
            if (!setAside() || !connect(false, false) || !applyPragmas()) {
                m_status.error = m_lastError;
                disconnect();
                return m_status;
            }
            version = 0;
        }
    }

    if (version < StoreSchema::latestVersion()) {
        if (readOnly) {
            m_status.error = StoreError::make(StoreError::Kind::ReadOnly,
                                              tr("%1 needs updating but cannot be written").arg(m_path));
            disconnect();
            return m_status;
        }
        if (!migrate(version)) {
            m_status.error = m_lastError;
            disconnect();
            return m_status;
        }
        version = StoreSchema::latestVersion();
    }
    m_status.version = version;
    m_status.open = true;
    m_status.writable = !readOnly;

    // Search is a convenience: without FTS5 everything else works, and the user is told.
    QSqlQuery hasIndex(m_db);
    hasIndex.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'messages_fts'"));
    m_status.fullTextSearch = hasIndex.next();
    hasIndex.finish();
    if (!options.fullTextSearch)
        m_status.fullTextSearch = false;
    else if (!m_status.fullTextSearch && m_status.writable) {
        if (StoreSchema::hasFts5(m_db)) {
            m_status.fullTextSearch = StoreSchema::ensureSearchIndex(m_db, &error);
            if (!m_status.fullTextSearch)
                m_status.error = error;
        }
    }
    m_status.searchMissing = !m_status.fullTextSearch;
    m_lastError = {};
    return m_status;
}
