#include "settings/apikeyvault.h"
#include "settings/filesecretstore.h"
#include "settings/memorysecretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kWaitMs = 5000;
using Where = ApiKeyVault::Where;

struct ReadResult {
    QString key;
    ApiKeyVault::Outcome outcome;
};

ReadResult readKey(ApiKeyVault &vault, const QString &id)
{
    std::optional<ReadResult> result;
    vault.read(id, nullptr, [&](const QString &key, const ApiKeyVault::Outcome &o) {
        result = ReadResult{key, o};
    });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    return result.value_or(ReadResult{QStringLiteral("<no answer>"), {false, Where::Nowhere, {}}});
}

ApiKeyVault::Outcome storeKey(ApiKeyVault &vault, const QString &id, const QString &key)
{
    std::optional<ApiKeyVault::Outcome> result;
    vault.store(id, key, nullptr, [&](const ApiKeyVault::Outcome &o) { result = o; });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    return result.value_or(ApiKeyVault::Outcome{false, Where::Nowhere, QStringLiteral("<no answer>")});
}

ApiKeyVault::Outcome forgetKey(ApiKeyVault &vault, const QString &id)
{
    std::optional<ApiKeyVault::Outcome> result;
    vault.forget(id, nullptr, [&](const ApiKeyVault::Outcome &o) { result = o; });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    return result.value_or(ApiKeyVault::Outcome{false, Where::Nowhere, QStringLiteral("<no answer>")});
}
} // namespace

// The key policy: keychain first, memory for the run when it is unavailable, a file only when
// chosen, the environment's override above all; against in-memory and file stores.
class TestApiKeyVault final : public QObject {
    Q_OBJECT

private slots:
    void keysGoToTheKeychainAndAreCached()
    {
        MemorySecretStore keychain;
        ApiKeyVault vault(&keychain);
        QSignalSpy changed(&vault, &ApiKeyVault::keyChanged);
        QCOMPARE(readKey(vault, QStringLiteral("p1")).key, QString());
        QCOMPARE(vault.where(QStringLiteral("p1")), Where::Nowhere);

        const ApiKeyVault::Outcome stored = storeKey(vault, QStringLiteral("p1"), QStringLiteral("sk-one"));
        QVERIFY(stored.ok);
        QCOMPARE(stored.where, Where::Keychain);
        QVERIFY(stored.message.isEmpty());
        QVERIFY(keychain.contains(ApiKeyVault::entryName(QStringLiteral("p1"))));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(vault.cached(QStringLiteral("p1")).value_or(QString()), QStringLiteral("sk-one"));

        // A second read is served from memory: the keychain is not asked again.
        const int operations = keychain.operationCount();
        const ReadResult again = readKey(vault, QStringLiteral("p1"));
        QCOMPARE(again.key, QStringLiteral("sk-one"));
        QCOMPARE(again.outcome.where, Where::Keychain);
        QCOMPARE(keychain.operationCount(), operations);

        // A fresh vault (the next run) reads it from the keychain.
        ApiKeyVault nextRun(&keychain);
        QVERIFY(!nextRun.cached(QStringLiteral("p1")).has_value());
        QCOMPARE(readKey(nextRun, QStringLiteral("p1")).key, QStringLiteral("sk-one"));
    }

    void forgetRemovesEverywhere()
    {
        MemorySecretStore keychain;
        ApiKeyVault vault(&keychain);
        storeKey(vault, QStringLiteral("p"), QStringLiteral("sk-gone"));
        const ApiKeyVault::Outcome forgotten = forgetKey(vault, QStringLiteral("p"));
        QVERIFY(forgotten.ok);
        QVERIFY(!keychain.contains(ApiKeyVault::entryName(QStringLiteral("p"))));
        QCOMPARE(readKey(vault, QStringLiteral("p")).key, QString());
        ApiKeyVault nextRun(&keychain);
        QCOMPARE(readKey(nextRun, QStringLiteral("p")).key, QString());
        // Storing an empty key is forgetting it.
        storeKey(vault, QStringLiteral("p"), QStringLiteral("sk-back"));
        storeKey(vault, QStringLiteral("p"), QString());
        QVERIFY(!keychain.contains(ApiKeyVault::entryName(QStringLiteral("p"))));
    }

    void unavailableKeychainKeepsTheKeyForThisRunAndSaysSo()
    {
        MemorySecretStore keychain;
        keychain.failWith(SecretResult::Status::Unavailable,
                          QStringLiteral("The name org.freedesktop.secrets was not provided"));
        ApiKeyVault vault(&keychain);
        QSignalSpy problem(&vault, &ApiKeyVault::keychainProblemChanged);
        const ApiKeyVault::Outcome stored = storeKey(vault, QStringLiteral("p"), QStringLiteral("sk-memory"));
        QVERIFY(stored.ok); // usable, but:
        QCOMPARE(stored.where, Where::ThisRunOnly);
        QVERIFY2(stored.message.contains(QStringLiteral("unavailable")), qPrintable(stored.message));
        QVERIFY(stored.message.contains(QStringLiteral("this run only")));
        QVERIFY(stored.message.contains(QStringLiteral("org.freedesktop.secrets")));
        QVERIFY(!stored.message.contains(QStringLiteral("sk-memory")));
        QCOMPARE(problem.count(), 1);
        QVERIFY(!vault.isKeychainAvailable());

        // It works for the rest of the run, without asking the broken keychain again.
        const int operations = keychain.operationCount();
        QCOMPARE(readKey(vault, QStringLiteral("p")).key, QStringLiteral("sk-memory"));
        QCOMPARE(vault.where(QStringLiteral("p")), Where::ThisRunOnly);
        QCOMPARE(keychain.operationCount(), operations);

        // The next run has nothing: it was never written anywhere.
        keychain.failWith(SecretResult::Status::Ok);
        ApiKeyVault nextRun(&keychain);
        QCOMPARE(readKey(nextRun, QStringLiteral("p")).key, QString());
    }

    void aReadFailureIsReportedOnce()
    {
        MemorySecretStore keychain;
        keychain.failWith(SecretResult::Status::Denied, QStringLiteral("dismissed"));
        ApiKeyVault vault(&keychain);
        QSignalSpy problem(&vault, &ApiKeyVault::keychainProblemChanged);
        const ReadResult r = readKey(vault, QStringLiteral("p"));
        QVERIFY(!r.outcome.ok);
        QVERIFY(r.key.isEmpty());
        QVERIFY2(r.outcome.message.contains(QStringLiteral("refused")), qPrintable(r.outcome.message));
        readKey(vault, QStringLiteral("q"));
        QCOMPARE(problem.count(), 1);

        // Once the user fixed it, retrying uses the keychain again.
        keychain.failWith(SecretResult::Status::Ok);
        vault.retryKeychain();
        QVERIFY(vault.isKeychainAvailable());
        QCOMPARE(problem.count(), 2);
        QCOMPARE(storeKey(vault, QStringLiteral("p"), QStringLiteral("sk-late")).where, Where::Keychain);
    }

    void theFileIsUsedOnlyWhenChosen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.json"));
        MemorySecretStore keychain;
        keychain.failWith(SecretResult::Status::Unavailable, QStringLiteral("no keychain"));
        ApiKeyVault vault(&keychain);
        storeKey(vault, QStringLiteral("p"), QStringLiteral("sk-not-in-a-file"));
        QVERIFY(!QFile::exists(path));

        FileSecretStore file(path);
        vault.setFileStore(&file);
        const ApiKeyVault::Outcome stored =
            storeKey(vault, QStringLiteral("p"), QStringLiteral("sk-in-the-file"));
        QVERIFY(stored.ok);
        QCOMPARE(stored.where, Where::File);
        QVERIFY(QFile::exists(path));

        // The next run, still without a keychain, finds it in the file.
        ApiKeyVault nextRun(&keychain);
        FileSecretStore nextFile(path);
        nextRun.setFileStore(&nextFile);
        const ReadResult r = readKey(nextRun, QStringLiteral("p"));
        QCOMPARE(r.key, QStringLiteral("sk-in-the-file"));
        QCOMPARE(r.outcome.where, Where::File);

        // Once the keychain works, storing moves the key there and out of the file.
        keychain.failWith(SecretResult::Status::Ok);
        ApiKeyVault fixed(&keychain);
        FileSecretStore fixedFile(path);
        fixed.setFileStore(&fixedFile);
        QCOMPARE(readKey(fixed, QStringLiteral("p")).key,
                 QStringLiteral("sk-in-the-file")); // keychain empty: the file
        QCOMPARE(storeKey(fixed, QStringLiteral("p"), QStringLiteral("sk-moved")).where, Where::Keychain);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), kWaitMs); // its only key left: the file is gone
    }

    void theOverrideWinsAndIsNeverStored()
    {
        MemorySecretStore keychain;
        ApiKeyVault vault(&keychain);
        storeKey(vault, QStringLiteral("p"), QStringLiteral("sk-stored"));
        vault.setOverride(QStringLiteral("p"), QStringLiteral("sk-from-env"));
        QVERIFY(vault.hasOverride(QStringLiteral("p")));
        const ReadResult r = readKey(vault, QStringLiteral("p"));
        QCOMPARE(r.key, QStringLiteral("sk-from-env"));
        QCOMPARE(r.outcome.where, Where::Override);
        QCOMPARE(readKey(vault, QStringLiteral("other")).key, QString()); // only for its profile
        ApiKeyVault nextRun(&keychain);
        QCOMPARE(readKey(nextRun, QStringLiteral("p")).key, QStringLiteral("sk-stored"));
    }

    void aStoreWhileAReadIsPendingWins()
    {
        MemorySecretStore keychain;
        ApiKeyVault seed(&keychain);
        storeKey(seed, QStringLiteral("p"), QStringLiteral("sk-old"));
        ApiKeyVault vault(&keychain);
        QString readValue;
        bool readDone = false;
        vault.read(QStringLiteral("p"), nullptr, [&](const QString &key, const ApiKeyVault::Outcome &) {
            readValue = key;
            readDone = true;
        });
        storeKey(vault, QStringLiteral("p"), QStringLiteral("sk-new"));
        QTRY_VERIFY(readDone);
        QCOMPARE(vault.cached(QStringLiteral("p")).value_or(QString()), QStringLiteral("sk-new"));
        QCOMPARE(readKey(vault, QStringLiteral("p")).key, QStringLiteral("sk-new"));
    }

    void callbacksAreSkippedForADestroyedContext()
    {
        MemorySecretStore keychain;
        ApiKeyVault vault(&keychain);
        bool called = false;
        auto *context = new QObject;
        vault.read(QStringLiteral("p"), context,
                   [&](const QString &, const ApiKeyVault::Outcome &) { called = true; });
        vault.store(QStringLiteral("p"), QStringLiteral("k"), context,
                    [&](const ApiKeyVault::Outcome &) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyVault)
#include "tst_apikeyvault.moc"
