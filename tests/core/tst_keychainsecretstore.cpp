#include "keychaintest.h"
#include "settings/keychainsecretstore.h"

#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int kWaitMs = 15000;

// Runs one operation and waits for its callback.
SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return SecretResult::failure(SecretResult::Status::Unavailable, QStringLiteral("no answer in time"));
    return *result;
}
} // namespace

// The real OS keychain (the Secret Service of tools/test.sh's private gnome-keyring).
class TestKeychainSecretStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!KeychainTest::hasPrivateSession())
            QSKIP("needs the private D-Bus session and keyring of tools/test.sh");
    }

    void setReadChangeDelete()
    {
        KeychainSecretStore store(KeychainTest::uniqueService());
        const QString name = QStringLiteral("api-key:profile-1");
        const QString key = KeychainTest::randomKey();

        SecretResult r = wait([&](auto done) { store.read(name, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message)); // never stored: not found is an empty value
        QVERIFY(r.value.isEmpty());

        r = wait([&](auto done) { store.write(name, key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([&](auto done) { store.read(name, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.value, key);

        // A second store object (a second run of the app) finds it.
        KeychainSecretStore again(store.service());
        r = wait([&](auto done) { again.read(name, this, done); });
        QCOMPARE(r.value, key);

        const QString changed = KeychainTest::randomKey();
        r = wait([&](auto done) { store.write(name, changed, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([&](auto done) { again.read(name, this, done); });
        QCOMPARE(r.value, changed);

        r = wait([&](auto done) { store.remove(name, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = wait([&](auto done) { again.read(name, this, done); });
        QVERIFY(r.ok());
        QVERIFY(r.value.isEmpty());
        // Deleting what is not there is not an error.
        r = wait([&](auto done) { store.remove(name, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    void entriesAreSeparateByNameAndService()
    {
        KeychainSecretStore store(KeychainTest::uniqueService());
        KeychainSecretStore other(KeychainTest::uniqueService());
        QVERIFY(wait([&](auto done) {
                    store.write(QStringLiteral("a"), QStringLiteral("key-a"), this, done);
                }).ok());
        QVERIFY(wait([&](auto done) {
                    store.write(QStringLiteral("b"), QStringLiteral("key-b"), this, done);
                }).ok());
        QCOMPARE(wait([&](auto done) { store.read(QStringLiteral("a"), this, done); }).value,
                 QStringLiteral("key-a"));
        QCOMPARE(wait([&](auto done) { store.read(QStringLiteral("b"), this, done); }).value,
                 QStringLiteral("key-b"));
        QVERIFY(wait([&](auto done) { other.read(QStringLiteral("a"), this, done); }).value.isEmpty());
        wait([&](auto done) { store.remove(QStringLiteral("a"), this, done); });
        wait([&](auto done) { store.remove(QStringLiteral("b"), this, done); });
    }

    void queuedOperationsRunInOrderOneAtATime()
    {
        KeychainSecretStore store(KeychainTest::uniqueService());
        const QString name = QStringLiteral("queued");
        QStringList order;
        QString readBetween;
        QString readAfter;
        // Asked for all at once: write, read, overwrite, read, delete, read.
        store.write(name, QStringLiteral("first"), this,
                    [&](const SecretResult &) { order << QStringLiteral("w1"); });
        store.read(name, this, [&](const SecretResult &r) {
            order << QStringLiteral("r1");
            readBetween = r.value;
        });
        store.write(name, QStringLiteral("second"), this,
                    [&](const SecretResult &) { order << QStringLiteral("w2"); });
        store.read(name, this, [&](const SecretResult &r) {
            order << QStringLiteral("r2");
            readAfter = r.value;
        });
        store.remove(name, this, [&](const SecretResult &) { order << QStringLiteral("d"); });
        bool emptyAtEnd = false;
        store.read(name, this, [&](const SecretResult &r) {
            order << QStringLiteral("r3");
            emptyAtEnd = r.ok() && r.value.isEmpty();
        });
        QVERIFY(store.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 6, kWaitMs);
        QCOMPARE(order.join(u','), QStringLiteral("w1,r1,w2,r2,d,r3"));
        QCOMPARE(readBetween, QStringLiteral("first"));
        QCOMPARE(readAfter, QStringLiteral("second"));
        QVERIFY(emptyAtEnd);
        QVERIFY(!store.isBusy());
    }

    void anOperationAskedForFromACallbackRuns()
    {
        // The callback runs inside the job's finished signal; the next job must still start
        // (from the event loop) and finish.
        KeychainSecretStore store(KeychainTest::uniqueService());
        QString chained;
        store.write(QStringLiteral("chain"), QStringLiteral("value"), this, [&](const SecretResult &) {
            store.read(QStringLiteral("chain"), this, [&](const SecretResult &r) {
                chained = r.value;
                store.remove(QStringLiteral("chain"), this, {});
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(chained, QStringLiteral("value"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!store.isBusy(), kWaitMs);
    }

    void aDestroyedContextGetsNoCallback()
    {
        KeychainSecretStore store(KeychainTest::uniqueService());
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("x"), context, [&](const SecretResult &) { called = true; });
        delete context;
        bool after = false;
        store.read(QStringLiteral("x"), this, [&](const SecretResult &) { after = true; });
        QTRY_VERIFY_WITH_TIMEOUT(after, kWaitMs);
        QVERIFY(!called);
    }

    void unicodeKeysSurvive()
    {
        KeychainSecretStore store(KeychainTest::uniqueService());
        const QString key = QStringLiteral("clé-ключ-🔑-") + KeychainTest::randomKey();
        QVERIFY(wait([&](auto done) { store.write(QStringLiteral("u"), key, this, done); }).ok());
        QCOMPARE(wait([&](auto done) { store.read(QStringLiteral("u"), this, done); }).value, key);
        wait([&](auto done) { store.remove(QStringLiteral("u"), this, done); });
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
