// ModelCatalog against two simulators standing for two profiles: each profile's list comes from
// its own server with its own key (from the real keychain in tools/test.sh's session), a server
// that is down gives a reason instead of a list, and a changed profile is asked again.

#include "keychaintest.h"
#include "profilefixture.h"
#include "settings/modelcatalog.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
constexpr int kWaitMs = 30000;

SimOptions serving(const QString &key, const QString &model)
{
    SimOptions options;
    options.apiKey = key;
    options.models = {{model, QStringLiteral("/models/") + model, QString(), 8192, false}};
    return options;
}
} // namespace

class TestModelCatalog final : public QObject {
    Q_OBJECT

    std::unique_ptr<ProfileFixture> m_fixture;

    QString addProfile(const QString &name, const QUrl &url, const QString &key)
    {
        const QString id = m_fixture->add(name, url, key);
        [&] { QVERIFY(!id.isEmpty()); }();
        return id;
    }

private slots:
    void init() { m_fixture = std::make_unique<ProfileFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void eachProfileListsItsOwnServer()
    {
        const QString keyA = KeychainTest::randomKey();
        const QString keyB = KeychainTest::randomKey();
        SimFixture a(serving(keyA, QStringLiteral("model-a")));
        SimFixture b(serving(keyB, QStringLiteral("model-b")));
        const QString idA = addProfile(QStringLiteral("A"), a.sim().baseUrl(), keyA);
        const QString idB = addProfile(QStringLiteral("B"), b.sim().baseUrl(), keyB);
        QNetworkAccessManager network;
        ModelCatalog catalog(&m_fixture->directory(), &network);
        QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
        catalog.request(idA);
        catalog.request(idB);
        QVERIFY(catalog.isLoading(idA) && catalog.isLoading(idB)); // asked, not answered inside the call
        QTRY_VERIFY_WITH_TIMEOUT(catalog.isKnown(idA) && catalog.isKnown(idB), kWaitMs);
        QCOMPARE(catalog.modelIds(idA), QStringList{QStringLiteral("model-a")});
        QCOMPARE(catalog.modelIds(idB), QStringList{QStringLiteral("model-b")});
        QVERIFY(catalog.problem(idA).isEmpty() && catalog.problem(idB).isEmpty());
        for (const SimRequestRecord &r : a.sim().requests())
            QCOMPARE(r.header("authorization"), "Bearer " + keyA.toUtf8());
        for (const SimRequestRecord &r : b.sim().requests())
            QCOMPARE(r.header("authorization"), "Bearer " + keyB.toUtf8());

        // Known lists are not asked again; a changed profile is.
        const qsizetype seen = a.sim().requests().size();
        catalog.request(idA);
        QVERIFY(!catalog.isLoading(idA));
        ServerProfile moved = *m_fixture->profiles().find(idA);
        moved.baseUrl = b.sim().baseUrl(); // now A points at B's server, with A's key: refused there
        QVERIFY(m_fixture->profiles().update(moved));
        QTRY_VERIFY_WITH_TIMEOUT(!catalog.isLoading(idA) && !catalog.problem(idA).isEmpty(), kWaitMs);
        QVERIFY(catalog.modelIds(idA).isEmpty());
        QCOMPARE(a.sim().requests().size(), seen);
    }

    void aServerThatIsDownGivesAReason()
    {
        QUrl down(QStringLiteral("http://127.0.0.1/v1"));
        down.setPort(SimFixture::closedPort());
        const QString id = addProfile(QStringLiteral("Down"), down, QStringLiteral("k"));
        QNetworkAccessManager network;
        ModelCatalog catalog(&m_fixture->directory(), &network);
        catalog.request(id);
        QTRY_VERIFY_WITH_TIMEOUT(catalog.isKnown(id), kWaitMs);
        QVERIFY(catalog.models(id).isEmpty());
        QVERIFY(!catalog.problem(id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
