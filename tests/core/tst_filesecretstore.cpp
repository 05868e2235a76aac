#include "settings/filesecretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    start([&result](const SecretResult &r) { result = r; });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    return result.value_or(
        SecretResult::failure(SecretResult::Status::Unavailable, QStringLiteral("timeout")));
}
} // namespace

// The unencrypted key file a user may opt into: owner-only, atomic, gone with its last key.
class TestFileSecretStore final : public QObject {
    Q_OBJECT

private slots:
    void roundTripWithOwnerOnlyPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/keys.json"));
        FileSecretStore store(path);
        QVERIFY(store.isPersistent());
        QVERIFY(wait([&](auto d) { store.read(QStringLiteral("a"), this, d); }).value.isEmpty());
        QVERIFY(!QFile::exists(path)); // reading creates nothing
        QVERIFY(
            wait([&](auto d) { store.write(QStringLiteral("a"), QStringLiteral("sk-a"), this, d); }).ok());
        QVERIFY(
            wait([&](auto d) { store.write(QStringLiteral("b"), QStringLiteral("sk-b"), this, d); }).ok());
        // Owner read/write only (Qt also reports the *User bits, which mean the owner here).
        const QFileDevice::Permissions permissions = QFile::permissions(path);
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther |
                                QFileDevice::ExeOwner),
                 QFileDevice::Permissions());
        FileSecretStore again(path);
        QCOMPARE(wait([&](auto d) { again.read(QStringLiteral("a"), this, d); }).value,
                 QStringLiteral("sk-a"));
        QVERIFY(wait([&](auto d) { again.remove(QStringLiteral("a"), this, d); }).ok());
        QVERIFY(QFile::exists(path));
        QCOMPARE(wait([&](auto d) { store.read(QStringLiteral("b"), this, d); }).value,
                 QStringLiteral("sk-b"));
        QVERIFY(wait([&](auto d) { store.remove(QStringLiteral("b"), this, d); }).ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(wait([&](auto d) { store.remove(QStringLiteral("b"), this, d); }).ok());
    }

    void operationsKeepTheirOrder()
    {
        QTemporaryDir dir;
        FileSecretStore store(dir.filePath(QStringLiteral("keys.json")));
        QStringList seen;
        for (int i = 0; i < 20; ++i)
            store.write(QStringLiteral("k"), QString::number(i), this, {});
        store.read(QStringLiteral("k"), this, [&](const SecretResult &r) { seen << r.value; });
        QTRY_COMPARE(seen, QStringList{QStringLiteral("19")});
    }

    void aDamagedFileIsAnErrorNotAnEmptyStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        FileSecretStore store(path);
        const SecretResult r = wait([&](auto d) { store.read(QStringLiteral("a"), this, d); });
        QCOMPARE(r.status, SecretResult::Status::Unavailable);
        QVERIFY(!r.message.isEmpty());
        // Writing must not throw away whatever the file held.
        QVERIFY(!wait([&](auto d) { store.write(QStringLiteral("a"), QStringLiteral("x"), this, d); }).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not json"));
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
