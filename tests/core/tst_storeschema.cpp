#include "store/conversationstore.h"
#include "store/logprobblob.h"
#include "store/storeschema.h"
#include "storefixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreFixture;

namespace {

// What a file of each schema version holds: rows written as that version's Loquat wrote them.
// When you add a schema step, add its version's seed here (the test fails until you do); keep
// the older seeds as they are, they are the files users have.
struct Seed {
    QStringList sql;
    QString conversationUid;
    QString title;
    QStringList branch; // the contents the branch must show after migrating
    QString searchWord; // found after migrating (the index is built from the old rows)
};

TokenLogprobList seedLogprobs()
{
    return {TokenLogprob{QStringLiteral("Yes"), -0.25, {TopLogprob{QStringLiteral("No"), -1.75}}}};
}

QList<Seed> seeds()
{
    return {
        // Version 1: conversations and messages as a tree.
        {{QStringLiteral(
              "INSERT INTO conversations (id, uid, title, title_set, created_ms, updated_ms, pinned, "
              "system_prompt, server_url, model, params, active_child) VALUES (7, 'seed-v1', "
              "'Seeded v1', 1, 1700000000000, 1700000001000, 1, 'Be brief.', 'http://gpu:8000/v1', "
              "'sim-chat', '{\"temperature\":0.5}', NULL)"),
          QStringLiteral("INSERT INTO messages (id, uid, conversation_id, parent_id, role, content, state, "
                         "created_ms, updated_ms) VALUES (1, 'v1-q', 7, NULL, 'user', 'Hello marmalade', "
                         "'complete', 1700000000000, 1700000000000)"),
          QStringLiteral("INSERT INTO messages (id, uid, conversation_id, parent_id, role, content, state, "
                         "metrics, request, created_ms, updated_ms) VALUES (2, 'v1-a', 7, 1, 'assistant', "
                         "'First answer', 'complete', '{\"ttft_ms\":50}', '{\"model\":\"sim-chat\"}', "
                         "1700000000500, 1700000000500)"),
          QStringLiteral("INSERT INTO messages (id, uid, conversation_id, parent_id, role, content, state, "
                         "created_ms, updated_ms) VALUES (3, 'v1-b', 7, 1, 'assistant', 'Second answer', "
                         "'stopped', 1700000000900, 1700000000900)"),
          QStringLiteral("UPDATE messages SET active_child = 2 WHERE id = 1")},
         QStringLiteral("seed-v1"),
         QStringLiteral("Seeded v1"),
         {QStringLiteral("Hello marmalade"), QStringLiteral("First answer")},
         QStringLiteral("marmalade")},
        // Version 2: attachments of messages.
        {{QStringLiteral(
              "INSERT INTO conversations (id, uid, title, title_set, created_ms, updated_ms, pinned, "
              "system_prompt, server_url, model, params, active_child) VALUES (8, 'seed-v2', "
              "'Seeded v2', 1, 1700000002000, 1700000003000, 0, '', 'http://gpu:8000/v1', "
              "'sim-vision', '{}', NULL)"),
          QStringLiteral("INSERT INTO messages (id, uid, conversation_id, parent_id, role, content, state, "
                         "created_ms, updated_ms) VALUES (10, 'v2-q', 8, NULL, 'user', 'Describe quince', "
                         "'complete', 1700000002000, 1700000002000)"),
          QStringLiteral(
              "INSERT INTO attachments (message_id, position, sha256, format, meta) VALUES (10, 0, "
              "'2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', 'png', "
              "'{\"kind\":\"image\",\"name\":\"q.png\",\"mime_type\":\"image/png\",\"bytes\":5}')")},
         QStringLiteral("seed-v2"),
         QStringLiteral("Seeded v2"),
         {QStringLiteral("Describe quince")},
         QStringLiteral("quince")},
        // Version 3: an index only; rows as version 2 wrote them (the first version of the first
        // turn shown, though a newer one exists).
        {{QStringLiteral(
              "INSERT INTO conversations (id, uid, title, title_set, created_ms, updated_ms, active_child) "
              "VALUES (9, 'seed-v3', 'Seeded v3', 0, 1700000100000, 1700000100000, 12)"),
          QStringLiteral(
              "INSERT INTO messages (id, uid, conversation_id, parent_id, role, content, created_ms, "
              "updated_ms) VALUES (12, 'v3-q', 9, NULL, 'user', 'Medlar jam', 1700000100000, "
              "1700000100000)"),
          QStringLiteral(
              "INSERT INTO messages (id, uid, conversation_id, parent_id, role, content, created_ms, "
              "updated_ms) VALUES (13, 'v3-q2', 9, NULL, 'user', 'Medlar jelly', 1700000100001, "
              "1700000100001)")},
         QStringLiteral("seed-v3"),
         QStringLiteral("Seeded v3"),
         {QStringLiteral("Medlar jam")},
         QStringLiteral("medlar")},
        // Version 4: the server's version and the token log probabilities of an answer.
        {{QStringLiteral("INSERT INTO conversations (id, uid, title, title_set, created_ms, updated_ms) "
                         "VALUES (10, 'seed-v4', 'Seeded v4', 1, 1700000200000, 1700000200000)"),
          QStringLiteral(
              "INSERT INTO messages (id, uid, conversation_id, parent_id, role, content, created_ms, "
              "updated_ms) VALUES (20, 'v4-q', 10, NULL, 'user', 'Loquat tart', 1700000200000, "
              "1700000200000)"),
          QStringLiteral(
              "INSERT INTO messages (id, uid, conversation_id, parent_id, role, content, created_ms, "
              "updated_ms, server_version, logprobs) VALUES (21, 'v4-a', 10, 20, 'assistant', "
              "'Yes', 1700000200001, 1700000200001, '0.21.1', X'%1')")
              .arg(QString::fromLatin1(LogprobBlob::encode(seedLogprobs()).toHex())),
          QStringLiteral("UPDATE messages SET active_child = 21 WHERE id = 20")},
         QStringLiteral("seed-v4"),
         QStringLiteral("Seeded v4"),
         {QStringLiteral("Loquat tart"), QStringLiteral("Yes")},
         QStringLiteral("loquat")},
    };
}

QString schemaOf(const QString &path)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-dump"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        while (q.next())
            lines << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                         q.value(2).toString();
        q.exec(QStringLiteral("PRAGMA user_version"));
        q.next();
        lines << QStringLiteral("user_version %1").arg(q.value(0).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-dump"));
    return lines.join(QLatin1Char('\n'));
}

// A file at `version`, holding the seeds of every version up to it (each seed written when the
// file was at that seed's version, as it would have happened).
bool makeFileAt(const QString &path, int version)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-file"));
        db.setDatabaseName(path);
        ok = db.open();
        const QList<Seed> all = seeds();
        for (int v = 1; ok && v <= version; ++v) {
            StoreError error;
            ok = StoreSchema::migrate(db, v - 1, v, &error);
            if (!ok)
                qWarning() << error.detail;
            for (const QString &sql : all.at(v - 1).sql) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-file"));
    return ok;
}

} // namespace

class TestStoreSchema : public QObject {
    Q_OBJECT

private slots:
    void everyVersionHasASeed()
    {
        QCOMPARE(seeds().size(), StoreSchema::latestVersion());
        for (const StoreSchema::Step &step : StoreSchema::steps()) {
            QVERIFY(!step.what.isEmpty());
            QVERIFY(!step.sql.isEmpty());
        }
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v <= StoreSchema::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
        {
            ConversationStore store(fresh);
            QVERIFY(store.open().open);
        }
        const QString old = dir.filePath(QStringLiteral("loquat.db"));
        QVERIFY(makeFileAt(old, from));

        {
            ConversationStore store(old);
            const StoreStatus &status = store.open();
            QVERIFY2(status.open && status.writable, qPrintable(status.error.detail));
            QCOMPARE(status.version, StoreSchema::latestVersion());
            QCOMPARE(status.backup.isEmpty(), from == 0 || from == StoreSchema::latestVersion());
            if (!status.backup.isEmpty())
                QCOMPARE(schemaOf(status.backup).section(QLatin1Char('\n'), -1),
                         QStringLiteral("user_version %1").arg(from));

            // Every older version's rows read back as they were written.
            const QList<Seed> all = seeds();
            for (int v = 1; v <= from; ++v) {
                const Seed &seed = all.at(v - 1);
                const auto info = store.conversation(seed.conversationUid);
                QVERIFY2(info, qPrintable(seed.conversationUid));
                QCOMPARE(info->title, seed.title);
                QStringList branch;
                for (const Message &m : store.branch(seed.conversationUid))
                    branch << m.content;
                QCOMPARE(branch, seed.branch);
                QVERIFY(!store.search(seed.searchWord, 5).isEmpty());
            }
            // And the migrated file takes new writes.
            ConversationInfo added;
            QVERIFY(store.saveConversation(added));
            QVERIFY(store.saveMessage(added.uid, message(QStringLiteral("user"), QStringLiteral("new")), {}));
        }
        // The same schema as a file created new.
        QString migrated = schemaOf(old);
        QCOMPARE(migrated, schemaOf(fresh));
        QCOMPARE(integrity(old), QStringLiteral("ok"));
    }

    void seededVersionOneReadsEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loquat.db"));
        QVERIFY(makeFileAt(path, 1));
        ConversationStore store(path);
        QVERIFY(store.open().open);
        const auto info = store.conversation(QStringLiteral("seed-v1"));
        QVERIFY(info);
        QCOMPARE(info->id, 7);
        QVERIFY(info->pinned);
        QCOMPARE(info->systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(info->serverUrl, QStringLiteral("http://gpu:8000/v1"));
        QCOMPARE(info->params.value(QStringLiteral("temperature")).toDouble(), 0.5);
        const QList<Message> branch = store.branch(QStringLiteral("seed-v1"));
        QCOMPARE(branch.at(1).siblingCount, 2);
        QCOMPARE(branch.at(1).metrics.ttftMs, 50);
        QCOMPARE(store.request(QStringLiteral("v1-a")).value(QStringLiteral("model")).toString(),
                 QStringLiteral("sim-chat"));
        QCOMPARE(branch.at(0).created.toMSecsSinceEpoch(), 1700000000000);
    }

    void versionThreeAnswersGainEmptyVersionAndLogprobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loquat.db"));
        QVERIFY(makeFileAt(path, 3));
        ConversationStore store(path);
        QVERIFY(store.open().open);
        // Answers from before the step: nothing known, nothing made up.
        const QList<Message> old = store.branch(QStringLiteral("seed-v1"));
        QCOMPARE(old.size(), 2);
        QVERIFY(old.at(1).serverVersion.isEmpty());
        QVERIFY(old.at(1).logprobs.isEmpty());
        QVERIFY(old.at(1).requestStored);
        // The migrated file keeps both for new answers.
        Message answer = message(QStringLiteral("assistant"), QStringLiteral("after"));
        answer.serverVersion = QStringLiteral("0.22.0");
        answer.logprobs = seedLogprobs();
        QVERIFY(store.saveMessage(QStringLiteral("seed-v1"), answer, QStringLiteral("v1-a")));
        const QList<Message> branch = store.branch(QStringLiteral("seed-v1"));
        QCOMPARE(branch.last().serverVersion, QStringLiteral("0.22.0"));
        QCOMPARE(branch.last().logprobs, seedLogprobs());
    }

    void seededVersionFourReadsVersionAndLogprobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loquat.db"));
        QVERIFY(makeFileAt(path, 4));
        ConversationStore store(path);
        QVERIFY(store.open().open);
        const QList<Message> branch = store.branch(QStringLiteral("seed-v4"));
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(1).serverVersion, QStringLiteral("0.21.1"));
        QCOMPARE(branch.at(1).logprobs, seedLogprobs());
    }

    void aFailedStepChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loquat.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            // Something already named like a table the first step creates.
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE messages (x)")));
            StoreError error;
            QVERIFY(!StoreSchema::migrate(db, 0, -1, &error));
            QVERIFY(error.isError());
            QVERIFY2(error.detail.contains(QStringLiteral("schema step 1")), qPrintable(error.detail));
            QCOMPARE(StoreSchema::version(db, &error), 0);
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'conversations'"));
            q.next();
            QCOMPARE(q.value(0).toInt(), 0); // rolled back with the step
        }
        QSqlDatabase::removeDatabase(QStringLiteral("clash"));
        // Opening it says so and writes nothing over it.
        ConversationStore store(path);
        const StoreStatus &status = store.open();
        QVERIFY(!status.open);
        QVERIFY(status.error.isError());
        QVERIFY(!status.notices().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
