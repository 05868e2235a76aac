#include "store/asyncstore.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace StoreFixture;

class TestAsyncStore : public QObject {
    Q_OBJECT

private slots:
    void opensAndRunsJobsInOrderOffTheUiThread()
    {
        QTemporaryDir dir;
        AsyncStore store(databasePath(dir), {});
        QSignalSpy opened(&store, &AsyncStore::opened);
        QVERIFY(opened.wait(5000));
        QVERIFY(store.isReady());
        QVERIFY(store.status().writable);

        QThread *ui = QThread::currentThread();
        QList<int> order;
        QThread *jobThread = nullptr;
        QThread *doneThread = nullptr;
        for (int i = 0; i < 20; ++i) {
            store.call<int>(
                this,
                [i, &jobThread](ConversationStore &) {
                    jobThread = QThread::currentThread();
                    return i;
                },
                [&](int value, const StoreError &) {
                    doneThread = QThread::currentThread();
                    order << value;
                });
        }
        QTRY_COMPARE(order.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(order.at(i), i);
        QVERIFY(jobThread != ui);
        QCOMPARE(doneThread, ui);
    }

    void resultsCarryTheStoreError()
    {
        QTemporaryDir dir;
        AsyncStore store(databasePath(dir), {});
        StoreError seen;
        bool called = false;
        store.call<bool>(
            this,
            [](ConversationStore &s) { return s.rename(QStringLiteral("missing"), QStringLiteral("x")); },
            [&](bool ok, const StoreError &error) {
                called = true;
                QVERIFY(!ok);
                seen = error;
            });
        QTRY_VERIFY(called);
        QCOMPARE(seen.kind, StoreError::Kind::NotFound);
        // A missing row is not a problem with saving.
        QVERIFY(!store.saveProblem().isError());
    }

    void callbacksOfAGoneContextAreSkipped()
    {
        QTemporaryDir dir;
        AsyncStore store(databasePath(dir), {});
        bool called = false;
        auto *context = new QObject;
        store.call<int>(
            context,
            [](ConversationStore &) {
                QThread::msleep(50);
                return 1;
            },
            [&](int, const StoreError &) { called = true; });
        delete context;
        bool after = false;
        store.call<int>(
            this, [](ConversationStore &) { return 2; }, [&](int, const StoreError &) { after = true; });
        QTRY_VERIFY(after);
        QVERIFY(!called);
    }

    void destroyingRunsEveryJobAlreadyGiven()
    {
        QTemporaryDir dir;
        QString uid;
        {
            AsyncStore store(databasePath(dir), {});
            for (int i = 0; i < 50; ++i) {
                store.post([i, &uid](ConversationStore &s) {
                    if (i == 0) {
                        ConversationInfo info;
                        s.saveConversation(info);
                        uid = info.uid;
                    }
                    s.saveMessage(uid, message(QStringLiteral("user"), QString::number(i)), {});
                });
            }
        } // no waiting in between: the destructor drains
        ConversationStore check(databasePath(dir));
        QVERIFY(check.open().open);
        QCOMPARE(check.tree(uid).size(), 50);
    }

    void reportsASaveProblemAndItsEnd()
    {
        QTemporaryDir dir;
        AsyncStore store(databasePath(dir), {});
        QSignalSpy problems(&store, &AsyncStore::saveProblemChanged);
        QString uid;
        store.post([&uid](ConversationStore &s) {
            ConversationInfo info;
            s.saveConversation(info);
            uid = info.uid;
            s.database().exec(QStringLiteral("PRAGMA max_page_count = 1")); // "full"
            s.saveMessage(uid, message(QStringLiteral("user"), QStringLiteral("x").repeated(100000)), {});
        });
        QVERIFY(problems.wait(5000));
        QCOMPARE(problems.last().at(0).value<StoreError>().kind, StoreError::Kind::DiskFull);
        QCOMPARE(store.saveProblem().kind, StoreError::Kind::DiskFull);
        store.post([&uid](ConversationStore &s) {
            s.database().exec(QStringLiteral("PRAGMA max_page_count = 1000000"));
            s.saveMessage(uid, message(QStringLiteral("user"), QStringLiteral("fits")), {});
        });
        QVERIFY(problems.wait(5000));
        QVERIFY(!problems.last().at(0).value<StoreError>().isError());
        QVERIFY(!store.saveProblem().isError());
    }

    void noticesWritesFromAnotherConnection()
    {
        QTemporaryDir dir;
        AsyncStore store(databasePath(dir), {});
        QSignalSpy opened(&store, &AsyncStore::opened);
        QVERIFY(opened.wait(5000));
        QSignalSpy changed(&store, &AsyncStore::changedElsewhere);
        // Our own writes are not news.
        store.post([](ConversationStore &s) {
            ConversationInfo info;
            s.saveConversation(info);
        });
        QVERIFY(!changed.wait(AsyncStore::kExternalCheckMs + 700));
        {
            ConversationStore other(databasePath(dir));
            QVERIFY(other.open().open);
            ConversationInfo info;
            QVERIFY(other.saveConversation(info));
        }
        QVERIFY(changed.wait(AsyncStore::kExternalCheckMs * 2 + 1000));
    }
};

QTEST_GUILESS_MAIN(TestAsyncStore)
#include "tst_asyncstore.moc"
