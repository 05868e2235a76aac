#include "storeschema.h"

#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Every released step, in order. Version N is the file after steps[0..N). Times are
// milliseconds since the epoch (UTC); JSON columns hold compact JSON text.
QList<StoreSchema::Step> makeSteps()
{
    return {
        {QStringLiteral("conversations and messages as a tree of branches"),
         {
             // active_child: the message the conversation's first turn shows (NULL: the newest).
             // title_set: the user named it, so it is no longer taken from the first message.
             // deleted_ms: deleted with undo pending; purged later.
             QStringLiteral("CREATE TABLE conversations ("
                            " id INTEGER PRIMARY KEY,"
                            " uid TEXT NOT NULL UNIQUE,"
                            " title TEXT NOT NULL DEFAULT '',"
                            " title_set INTEGER NOT NULL DEFAULT 0,"
                            " created_ms INTEGER NOT NULL,"
                            " updated_ms INTEGER NOT NULL,"
                            " pinned INTEGER NOT NULL DEFAULT 0,"
                            " system_prompt TEXT NOT NULL DEFAULT '',"
                            " profile_id TEXT NOT NULL DEFAULT '',"
                            " server_url TEXT NOT NULL DEFAULT '',"
                            " model TEXT NOT NULL DEFAULT '',"
                            " params TEXT NOT NULL DEFAULT '{}',"
                            " preset TEXT NOT NULL DEFAULT '',"
                            " active_child INTEGER,"
                            " deleted_ms INTEGER)"),
             QStringLiteral("CREATE INDEX conversations_by_time ON conversations(pinned, updated_ms)"),
             // A message's parent is the turn before it (NULL: the first turn); its siblings are the
             // other versions of its turn; active_child is the version shown after it.
             // writer_pid: the process streaming it, while state is 'streaming'.
             QStringLiteral(
                 "CREATE TABLE messages ("
                 " id INTEGER PRIMARY KEY,"
                 " uid TEXT NOT NULL UNIQUE,"
                 " conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
                 " parent_id INTEGER REFERENCES messages(id),"
                 " active_child INTEGER,"
                 " role TEXT NOT NULL,"
                 " content TEXT NOT NULL DEFAULT '',"
                 " reasoning TEXT NOT NULL DEFAULT '',"
                 " tool_calls TEXT,"
                 " alternatives TEXT,"
                 " state TEXT NOT NULL DEFAULT 'complete',"
                 " error_text TEXT NOT NULL DEFAULT '',"
                 " finish_reason TEXT NOT NULL DEFAULT '',"
                 " model TEXT NOT NULL DEFAULT '',"
                 " metrics TEXT,"
                 " request TEXT,"
                 " created_ms INTEGER NOT NULL,"
                 " updated_ms INTEGER NOT NULL,"
                 " writer_pid INTEGER)"),
             QStringLiteral("CREATE INDEX messages_by_conversation ON messages(conversation_id, parent_id)"),
             QStringLiteral("CREATE INDEX messages_by_parent ON messages(parent_id)"),
         }},
        {QStringLiteral("media attachments of messages"),
         {
             // One row per attachment of a message, in the order sent. The bytes are files in
             // <data-dir>/attachments named by sha256 (AttachmentStore); '' for a web reference.
             // meta: Attachment::toJson (name, kind, MIME type, sizes, length, url).
             QStringLiteral("CREATE TABLE attachments ("
                            " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " sha256 TEXT NOT NULL DEFAULT '',"
                            " format TEXT NOT NULL DEFAULT '',"
                            " meta TEXT NOT NULL DEFAULT '{}',"
                            " PRIMARY KEY (message_id, position))"),
             QStringLiteral("CREATE INDEX attachments_by_sha ON attachments(sha256)"),
         }},
        {QStringLiteral("the tree's shape in one index (opening a long conversation reads only it first)"),
         {
             QStringLiteral(
                 "CREATE INDEX messages_tree ON messages(conversation_id, id, parent_id, active_child)"),
         }},
        {QStringLiteral("the server's version and the token log probabilities of answers"),
         {
             // server_version: GET /version when the answer was asked for ('' when not served).
             // logprobs: LogprobBlob (compressed binary; 4,000 tokens with top-5 take ~100 kB).
             QStringLiteral("ALTER TABLE messages ADD COLUMN server_version TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN logprobs BLOB"),
         }},
    };
}

bool run(QSqlDatabase &db, const QString &sql, StoreError *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = StoreError::fromSql(query.lastError());
    return false;
}

} // namespace

const QList<StoreSchema::Step> &StoreSchema::steps()
{
    static const QList<Step> list = makeSteps();
    return list;
}

int StoreSchema::latestVersion()
{
    return static_cast<int>(steps().size());
}

int StoreSchema::version(QSqlDatabase &db, StoreError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = StoreError::fromSql(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool StoreSchema::migrate(QSqlDatabase &db, int from, int to, StoreError *error)
{
    const QList<Step> &all = steps();
    if (to < 0 || to > all.size())
        to = static_cast<int>(all.size());
    for (int index = from; index < to; ++index) {
        if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        // Another process (the CLI, a second window) may have applied it while we waited for
        // the lock: the version read inside the transaction is the one that counts.
        if (version(db, error) > index) {
            if (!run(db, QStringLiteral("COMMIT"), error))
                return false;
            continue;
        }
        bool ok = true;
        for (const QString &sql : all.at(index).sql) {
            if (!(ok = run(db, sql, error)))
                break;
        }
        // PRAGMA takes no bound values; the number is ours.
        if (ok)
            ok = run(db, QStringLiteral("PRAGMA user_version = %1").arg(index + 1), error);
        if (ok)
            ok = run(db, QStringLiteral("COMMIT"), error);
        if (!ok) {
            run(db, QStringLiteral("ROLLBACK"), nullptr);
            if (error)
                error->detail = QStringLiteral("schema step %1 (%2): %3")
                                    .arg(index + 1)
                                    .arg(all.at(index).what, error->detail);
            return false;
        }
    }
    return true;
}

bool StoreSchema::hasFts5(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.loquat_fts5_probe USING fts5(x)")))
        return false;
    query.exec(QStringLiteral("DROP TABLE temp.loquat_fts5_probe"));
    return true;
}

bool StoreSchema::ensureSearchIndex(QSqlDatabase &db, StoreError *error)
{
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    QSqlQuery exists(db);
    exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'messages_fts'"));
    const bool present = exists.next();
    exists.finish();
    if (present) // made by another process meanwhile
        return run(db, QStringLiteral("COMMIT"), error);
    // An external-content index over messages.content, kept in step by triggers; diacritics are
    // folded so that "cafe" finds "café".
    const QStringList sql = {
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                       " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, content)"
                       " VALUES ('delete', old.id, old.content); END"),
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages"
                       " WHEN old.content IS NOT new.content BEGIN"
                       " INSERT INTO messages_fts(messages_fts, rowid, content)"
                       " VALUES ('delete', old.id, old.content);"
                       " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"),
        QStringLiteral("COMMIT"),
    };
    for (const QString &statement : sql) {
        if (!run(db, statement, error)) {
            run(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return true;
}
