// The Embeddings page with server profiles: it picks one of the window's profiles (the key from
// the real keychain of tools/test.sh's session), talks to that server with that key, records the
// profile in a saved set, and when a set made with another profile is reopened it says so and
// offers to switch. Two embedding simulators with two keys on two loopback ports.

#include "api/vllmclient.h"
#include "embeddings/embeddingsetfile.h"
#include "embeddings/embeddingsetmodel.h"
#include "embeddings/embeddingspanel.h"
#include "embeddings/serverpicker.h"
#include "keychaintest.h"
#include "profilefixture.h"
#include "simfixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int kWaitMs = 30000;

SimOptions embedding(const QString &key)
{
    SimOptions options = SimOptions::forTask(SimTask::Embed);
    options.apiKey = key;
    return options;
}

int embeddingRequests(SimServer &sim, const QByteArray &expectedAuthorization, bool *otherKey)
{
    int n = 0;
    for (const SimRequestRecord &r : sim.requests()) {
        if (!r.path.startsWith("/v1/"))
            continue;
        if (r.header("authorization") != expectedAuthorization)
            *otherKey = true;
        n += r.path == "/v1/embeddings" ? 1 : 0;
    }
    return n;
}
} // namespace

class TestEmbeddingProfiles final : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QString m_keyA, m_keyB;
    std::unique_ptr<SimFixture> m_a, m_b;
    std::unique_ptr<ProfileFixture> m_profiles;
    QString m_idA, m_idB;

    // A panel as main.cpp makes it: the environment's (here: no) key for "Other address".
    std::unique_ptr<EmbeddingsPanel> makePanel()
    {
        ServerConfig adHoc = m_a->config();
        adHoc.apiKey.clear();
        auto panel = std::make_unique<EmbeddingsPanel>(&m_a->network(), adHoc);
        panel->setServerDirectory(&m_profiles->directory());
        panel->resize(1200, 800);
        return panel;
    }

    bool computeAll(EmbeddingsPanel &panel)
    {
        QSignalSpy finished(&panel, &EmbeddingsPanel::computeFinished);
        panel.compute();
        return finished.wait(kWaitMs);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LoquatEmbeddingProfilesTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        m_keyA = KeychainTest::randomKey();
        m_keyB = KeychainTest::randomKey();
        m_a = std::make_unique<SimFixture>(embedding(m_keyA));
        m_b = std::make_unique<SimFixture>(embedding(m_keyB));
        QVERIFY(m_a->isListening() && m_b->isListening());
        m_profiles = std::make_unique<ProfileFixture>();
        m_idA = m_profiles->add(QStringLiteral("Workstation"), m_a->sim().baseUrl(), m_keyA);
        m_idB = m_profiles->add(QStringLiteral("Embedder"), m_b->sim().baseUrl(), m_keyB);
        QVERIFY(!m_idA.isEmpty() && !m_idB.isEmpty());
    }

    void cleanup()
    {
        m_profiles.reset();
        m_a.reset();
        m_b.reset();
    }

    void usesTheChosenProfilesServerAndKey()
    {
        auto panel = makePanel();
        ServerPicker *picker = panel->serverPicker();
        // First run: the window's active profile, loaded only once the page is seen.
        QCOMPARE(picker->profileId(), m_idA);
        QVERIFY(picker->profilePicker()->isVisibleTo(panel.get()));
        QCOMPARE(m_a->sim().requests().size(), 0);
        panel->show();
        QTRY_COMPARE_WITH_TIMEOUT(picker->currentModel(), QStringLiteral("sim-embed"), kWaitMs);

        // The user picks the other profile: its address, its key.
        const int embedder = picker->profilePicker()->findData(m_idB);
        picker->profilePicker()->setCurrentIndex(embedder);
        emit picker->profilePicker()->activated(embedder);
        QTRY_COMPARE_WITH_TIMEOUT(panel->client()->server().baseUrl, m_b->sim().baseUrl(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(picker->currentModel(), QStringLiteral("sim-embed"), kWaitMs);
        QCOMPARE(picker->urlEdit()->text(), m_b->sim().baseUrl().toString());
        QVERIFY(picker->urlEdit()->isReadOnly());
        QCOMPARE(QSettings().value(QStringLiteral("embeddings/profileId")).toString(), m_idB);

        bool wrongKey = false;
        // Only the first profile's probe (one tiny request) went to A, with A's key.
        const int probesOfA = embeddingRequests(m_a->sim(), "Bearer " + m_keyA.toUtf8(), &wrongKey);
        QVERIFY(probesOfA <= 1);
        const int beforeB = embeddingRequests(m_b->sim(), "Bearer " + m_keyB.toUtf8(), &wrongKey);
        panel->addTexts({QStringLiteral("one text"), QStringLiteral("another text")});
        QVERIFY(computeAll(*panel));
        QCOMPARE(panel->model()->vectorCount(), 2);
        QCOMPARE(panel->model()->settings().profileName, QStringLiteral("Embedder"));
        QVERIFY(embeddingRequests(m_b->sim(), "Bearer " + m_keyB.toUtf8(), &wrongKey) > beforeB);
        QVERIFY(!wrongKey);
        QCOMPARE(embeddingRequests(m_a->sim(), "Bearer " + m_keyA.toUtf8(), &wrongKey), probesOfA);
        QVERIFY(!wrongKey); // B's key never went to A, nor A's to B

        // "Other address": the profile's key stays behind.
        QVERIFY(panel->connectTo(m_a->sim().baseUrl().toString()));
        QCOMPARE(picker->profileId(), QString());
        QVERIFY(panel->client()->server().apiKey.isEmpty());
        QVERIFY(!picker->urlEdit()->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!picker->statusText().isEmpty(), kWaitMs); // A refuses without its key
    }

    void theSetRemembersItsProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("set.loquat-embeddings.json"));
        {
            auto panel = makePanel();
            panel->show();
            ServerPicker *picker = panel->serverPicker();
            QVERIFY(picker->useProfile(m_idB));
            QTRY_COMPARE_WITH_TIMEOUT(picker->currentModel(), QStringLiteral("sim-embed"), kWaitMs);
            QTRY_COMPARE_WITH_TIMEOUT(panel->client()->server().baseUrl, m_b->sim().baseUrl(), kWaitMs);
            panel->addTexts({QStringLiteral("alpha"), QStringLiteral("beta")});
            QVERIFY(computeAll(*panel));
            QSignalSpy saved(panel.get(), &EmbeddingsPanel::fileFinished);
            panel->saveSet(path);
            QVERIFY(saved.wait(kWaitMs));
            QVERIFY(saved.last().at(0).toBool());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(m_keyB.toUtf8()) && !bytes.contains(m_keyA.toUtf8()));
        EmbeddingSetFile::Contents contents;
        QString error;
        QVERIFY2(EmbeddingSetFile::read(bytes, contents, &error), qPrintable(error));
        QCOMPARE(contents.settings.profileName, QStringLiteral("Embedder"));
        QCOMPARE(contents.settings.server, m_b->sim().baseUrl());
        QCOMPARE(EmbeddingSetFile::write(contents), bytes); // round trip

        // Reopened on the other profile: it says where the set came from and offers to switch.
        QSettings().setValue(QStringLiteral("embeddings/profileId"), m_idA);
        auto panel = makePanel();
        panel->show();
        QCOMPARE(panel->serverPicker()->profileId(), m_idA);
        QSignalSpy opened(panel.get(), &EmbeddingsPanel::fileFinished);
        panel->openSet(path);
        QVERIFY(opened.wait(kWaitMs));
        QVERIFY(opened.last().at(0).toBool());
        QVERIFY2(panel->messageLabel()->text().contains(QStringLiteral("Embedder")),
                 qPrintable(panel->messageLabel()->text()));
        QVERIFY(panel->useSetProfileButton()->isVisibleTo(panel.get()));
        QVERIFY(panel->useSetProfileButton()->text().contains(QStringLiteral("Embedder")));
        QCOMPARE(panel->serverPicker()->profileId(), m_idA); // offered, not done
        panel->useSetProfileButton()->click();
        QCOMPARE(panel->serverPicker()->profileId(), m_idB);
        QTRY_COMPARE_WITH_TIMEOUT(panel->client()->server().baseUrl, m_b->sim().baseUrl(), kWaitMs);
        QVERIFY(!panel->useSetProfileButton()->isVisibleTo(panel.get()));

        // A profile that is gone is named as such.
        QVERIFY(m_profiles->directory().removeProfile(m_idB));
        auto later = makePanel();
        later->show();
        QSignalSpy reopened(later.get(), &EmbeddingsPanel::fileFinished);
        later->openSet(path);
        QVERIFY(reopened.wait(kWaitMs));
        QVERIFY2(later->messageLabel()->text().contains(QStringLiteral("not one of your profiles")),
                 qPrintable(later->messageLabel()->text()));
    }
};

QTEST_MAIN(TestEmbeddingProfiles)
#include "tst_embeddingprofiles.moc"
