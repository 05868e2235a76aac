#include "store/conversationstore.h"
#include "store/storeschema.h"
#include "storefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <unistd.h>

using namespace StoreFixture;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

// A small tmpfs of our own, for a disk that fills up or turns read-only. Needs root (CI runs
// the tests as root in its container); the tests that need it skip otherwise.
class TinyDisk {
public:
    explicit TinyDisk(const QString &path, const QString &size)
        : m_path(path)
    {
        QDir().mkpath(path);
        m_mounted =
            ::geteuid() == 0 &&
            run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=") + size, QStringLiteral("tmpfs"), path});
    }
    ~TinyDisk()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    Q_DISABLE_COPY_MOVE(TinyDisk)
    bool isMounted() const { return m_mounted; }
    bool makeReadOnly()
    {
        return run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path});
    }

private:
    QString m_path;
    bool m_mounted = false;
};

void fill(ConversationStore &store, int turns)
{
    conversationWithTurns(store, QStringLiteral("filled"), turns,
                          QStringLiteral("padding text to fill some pages ").repeated(20));
}

} // namespace

class TestStoreDatabase : public QObject {
    Q_OBJECT

private slots:
    void newFileIsWalAtTheLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/loquat.db")); // folders are made
        ConversationStore store(path);
        const StoreStatus &status = store.open();
        QVERIFY(status.open);
        QVERIFY(status.writable);
        QVERIFY(status.fullTextSearch);
        QVERIFY(status.notices().isEmpty());
        QCOMPARE(status.version, StoreSchema::latestVersion());
        QSqlQuery q(store.database().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void twoOpenersOfANewFileBothOpenIt()
    {
        // The app and the CLI (or a second window) starting on a profile with no store yet:
        // both must open the same file, writable, at the latest version, every time.
        for (int round = 0; round < 40; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("loquat.db"));
            StoreStatus first;
            StoreStatus second;
            std::thread other([&] {
                ConversationStore store(path);
                second = store.open();
            });
            {
                ConversationStore store(path);
                first = store.open();
            }
            other.join();
            for (const StoreStatus *status : {&first, &second}) {
                QVERIFY2(status->open && status->writable,
                         qPrintable(QStringLiteral("round %1: %2").arg(round).arg(status->error.detail)));
                QVERIFY2(!status->error.isError(), qPrintable(status->error.detail));
                QCOMPARE(status->version, StoreSchema::latestVersion());
                QVERIFY(status->keptAside.isEmpty());
                QVERIFY(status->backup.isEmpty()); // a fresh file has nothing to back up
            }
        }
    }

    void aFileThatIsNotADatabaseIsKeptAside()
    {
        QTemporaryDir dir;
        const QString path = databasePath(dir);
        const QByteArray junk = QByteArray("these are someone's notes, not a database\n").repeated(200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(junk);
        }
        ConversationStore store(path);
        const StoreStatus &status = store.open();
        QVERIFY(status.open);
        QVERIFY(status.writable);
        QVERIFY(!status.keptAside.isEmpty());
        QVERIFY(status.keptAside != path);
        QVERIFY(status.keptAside.contains(QStringLiteral("damaged")));
        QVERIFY(status.notices().join(u' ').contains(status.keptAside));
        QFile kept(status.keptAside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk); // every byte, untouched
        QVERIFY(store.conversations().isEmpty());
        QVERIFY(store.saveConversation(*std::make_unique<ConversationInfo>()));
    }

    void aDamagedDatabaseIsKeptAside()
    {
        QTemporaryDir dir;
        const QString path = databasePath(dir);
        {
            ConversationStore store(path);
            QVERIFY(store.open().open);
            fill(store, 60);
        } // closing checkpoints the WAL into the file
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QByteArray bytes;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 64 * 1024);
            // Pages 3 to 10 overwritten, as a bad sector or a half-written copy would leave them.
            file.seek(2 * 4096);
            file.write(QByteArray(8 * 4096, '\x55'));
            file.close();
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes = file.readAll();
        }
        QVERIFY(integrity(path) != QStringLiteral("ok"));

        ConversationStore store(path);
        const StoreStatus &status = store.open();
        QVERIFY(status.open);
        QVERIFY(status.writable);
        QVERIFY(!status.keptAside.isEmpty());
        QFile kept(status.keptAside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        QVERIFY(store.conversations().isEmpty());
        QCOMPARE(integrity(path), QStringLiteral("ok"));
    }

    void aNewerFileIsReadOnlyAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = databasePath(dir);
        {
            ConversationStore store(path);
            QVERIFY(store.open().open);
            fill(store, 2);
            QVERIFY(store.database().exec(
                QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::latestVersion() + 3)));
        }
        const QByteArray before = digest(path);
        {
            ConversationStore store(path);
            const StoreStatus &status = store.open();
            QVERIFY(status.open);
            QVERIFY(!status.writable);
            QCOMPARE(status.error.kind, StoreError::Kind::NewerVersion);
            QCOMPARE(status.version, StoreSchema::latestVersion() + 3);
            QVERIFY(status.notices().join(u' ').contains(QStringLiteral("newer version")));
            // What it holds can be read; nothing can be written.
            QCOMPARE(store.conversations().size(), 1);
            ConversationInfo info;
            QVERIFY(!store.saveConversation(info));
            QCOMPARE(store.lastError().kind, StoreError::Kind::NewerVersion);
            QVERIFY(!store.rename(store.conversations().first().uid, QStringLiteral("x")));
        }
        QCOMPARE(digest(path), before);
    }

    void aReadOnlyDiskIsReadButNotWritten()
    {
        QTemporaryDir dir;
        const QString mount = dir.filePath(QStringLiteral("disk"));
        TinyDisk disk(mount, QStringLiteral("4m"));
        if (!disk.isMounted())
            QSKIP("needs root to mount a tmpfs");
        const QString path = mount + QStringLiteral("/loquat.db");
        {
            ConversationStore store(path);
            QVERIFY(store.open().open);
            fill(store, 3);
        }
        QVERIFY(disk.makeReadOnly());
        const QByteArray before = digest(path);
        {
            ConversationStore store(path);
            const StoreStatus &status = store.open();
            QVERIFY2(status.open, qPrintable(status.error.detail));
            QVERIFY(!status.writable);
            QCOMPARE(status.error.kind, StoreError::Kind::ReadOnly);
            QVERIFY(status.notices().join(u' ').contains(QStringLiteral("read-only")));
            QCOMPARE(store.conversations().size(), 1);
            QCOMPARE(store.branch(store.conversations().first().uid).size(), 6);
            ConversationInfo info;
            QVERIFY(!store.saveConversation(info));
            QCOMPARE(store.lastError().kind, StoreError::Kind::ReadOnly);
            QCOMPARE(store.database().lastWriteError().kind, StoreError::Kind::ReadOnly);
        }
        QCOMPARE(digest(path), before);
    }

    void aFullDatabaseSaysSoAndKeepsWhatItHas()
    {
        // SQLite's own size limit: the same SQLITE_FULL a full disk gives, on any machine.
        QTemporaryDir dir;
        ConversationStore store(databasePath(dir));
        QVERIFY(store.open().open);
        ConversationInfo info = conversationWithTurns(store, QStringLiteral("kept"), 2);
        QSqlQuery pages(store.database().db());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int count = pages.value(0).toInt();
        pages.finish();
        QVERIFY(store.database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(count + 2)));

        const Message big = message(QStringLiteral("user"), QStringLiteral("x").repeated(512 * 1024));
        QVERIFY(!store.saveMessage(info.uid, big, store.branch(info.uid).last().uid));
        QCOMPARE(store.lastError().kind, StoreError::Kind::DiskFull);
        QCOMPARE(store.database().lastWriteError().kind, StoreError::Kind::DiskFull);
        QVERIFY(store.lastError().message.contains(QStringLiteral("disk is full")));
        QCOMPARE(store.branch(info.uid).size(), 4); // nothing half-written

        // Space again: the same write goes through and the problem clears.
        QVERIFY(store.database().exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY(store.saveMessage(info.uid, big, store.branch(info.uid).last().uid));
        QVERIFY(!store.database().lastWriteError().isError());
        QCOMPARE(store.branch(info.uid).size(), 5);
        QCOMPARE(integrity(databasePath(dir)), QStringLiteral("ok"));
    }

    void aFullDiskSaysSoAndKeepsWhatItHas()
    {
        QTemporaryDir dir;
        const QString mount = dir.filePath(QStringLiteral("disk"));
        TinyDisk disk(mount, QStringLiteral("1m")); // room for the schema, its indexes and a few messages
        if (!disk.isMounted())
            QSKIP("needs root to mount a tmpfs");
        const QString path = mount + QStringLiteral("/loquat.db");
        int written = 0;
        StoreError failure;
        QString conversationUid;
        {
            ConversationStore store(path);
            QVERIFY(store.open().open);
            ConversationInfo info;
            QVERIFY(store.saveConversation(info));
            conversationUid = info.uid;
            QString parent;
            for (int i = 0; i < 200; ++i) {
                const Message m = message(QStringLiteral("user"),
                                          QStringLiteral("%1 ").arg(i) + QStringLiteral("y").repeated(8000));
                if (!store.saveMessage(info.uid, m, parent)) {
                    failure = store.lastError();
                    break;
                }
                parent = m.uid;
                ++written;
            }
            QVERIFY(written > 3);
            QCOMPARE(failure.kind, StoreError::Kind::DiskFull);
            // Still readable while full.
            QCOMPARE(store.branch(info.uid).size(), written);
        }
        // What was written before the disk filled is all there, and the file is sound.
        ConversationStore store(path);
        StoreDatabase::Options options;
        const StoreStatus &status = store.open(options);
        QVERIFY(status.open);
        QCOMPARE(store.branch(conversationUid).size(), written);
        QCOMPARE(integrity(path), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_storedatabase.moc"
