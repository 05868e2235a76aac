// The Compare view with server profiles: a lane picks another profile, its model list comes from
// that profile's server, and on Run every lane reaches its own server with its own key (two
// simulators on two loopback ports, keys in the real keychain of tools/test.sh's session). Each
// lane's header names its profile, lane 2's differences include it, the export names profiles and
// addresses but no key, and a lane whose server is down fails alone.

#include "api/vllmclient.h"
#include "chat/conversationmodel.h"
#include "compare/comparepane.h"
#include "compare/comparerun.h"
#include "compare/compareview.h"
#include "compare/laneeditor.h"
#include "keychaintest.h"
#include "profilefixture.h"
#include "sampling/presetstore.h"
#include "settings/modelcatalog.h"
#include "simfixture.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int kWaitMs = 30000;

SimOptions serving(const QString &key, const QString &model)
{
    SimOptions options;
    options.apiKey = key;
    options.tokenDelayMs = 2;
    options.models = {{model, QStringLiteral("/models/") + model, QString(), 8192, false}};
    return options;
}

int chats(SimServer &sim, QList<QByteArray> *authorizations)
{
    int n = 0;
    for (const SimRequestRecord &r : sim.requests()) {
        if (r.path.startsWith("/v1/"))
            authorizations->append(r.header("authorization"));
        n += r.path == "/v1/chat/completions" ? 1 : 0;
    }
    return n;
}

// Whether some label inside `widget` shows `text`.
bool showsText(QWidget *widget, const QString &text)
{
    for (QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->text().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestCompareProfiles final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keyA, m_keyB;
    std::unique_ptr<SimFixture> m_a, m_b;
    std::unique_ptr<ProfileFixture> m_profiles;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_conversation;
    std::unique_ptr<PresetStore> m_presets;
    std::unique_ptr<CompareView> m_view;
    QString m_idA, m_idB;

    void finish()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isPreparing() && !m_view->run()->isRunning() &&
                                     m_view->runButton()->isEnabled(),
                                 kWaitMs);
    }

private slots:
    void init()
    {
        m_keyA = KeychainTest::randomKey();
        m_keyB = KeychainTest::randomKey();
        m_a = std::make_unique<SimFixture>(serving(m_keyA, QStringLiteral("model-a")));
        m_b = std::make_unique<SimFixture>(serving(m_keyB, QStringLiteral("model-b")));
        QVERIFY(m_a->isListening() && m_b->isListening());
        m_profiles = std::make_unique<ProfileFixture>();
        m_idA = m_profiles->add(QStringLiteral("Workstation"), m_a->sim().baseUrl(), m_keyA);
        m_idB = m_profiles->add(QStringLiteral("Lab box"), m_b->sim().baseUrl(), m_keyB);
        QVERIFY(!m_idA.isEmpty() && !m_idB.isEmpty());
        QCOMPARE(m_profiles->profiles().activeId(), m_idA);

        // The window's client on the active profile, as MainWindow leaves it.
        m_client = std::make_unique<VllmClient>(&m_a->network());
        m_client->setServer(m_profiles->profiles().active()->serverConfig(m_keyA));
        m_conversation = std::make_unique<ConversationModel>();
        m_presets = std::make_unique<PresetStore>(m_dir.filePath(QStringLiteral("presets.json")));
        m_view = std::make_unique<CompareView>(m_client.get(), m_conversation.get(), m_presets.get());
        m_view->setServerDirectory(&m_profiles->directory());
        m_view->resize(1400, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_view->laneEditor(0)->modelPicker()->findText(QStringLiteral("model-a")) >= 0, kWaitMs);
    }

    void cleanup()
    {
        m_view.reset();
        m_presets.reset();
        m_conversation.reset();
        m_client.reset();
        m_profiles.reset();
        m_a.reset();
        m_b.reset();
    }

    void lanesOnTwoProfilesReachTheirOwnServers()
    {
        LaneEditor *second = m_view->laneEditor(1);
        QComboBox *profiles = second->profilePicker();
        QVERIFY(profiles->isVisibleTo(m_view.get()));
        QCOMPARE(profiles->count(), 3); // the window's, Workstation, Lab box
        QVERIFY(profiles->itemText(0).contains(QStringLiteral("Workstation")));
        // The user picks the lab box for lane 2: its models are the lab box's.
        const int lab = profiles->findData(m_idB);
        QVERIFY(lab > 0);
        profiles->setCurrentIndex(lab);
        emit profiles->activated(lab);
        QTRY_COMPARE_WITH_TIMEOUT(second->modelPicker()->currentText(), QStringLiteral("model-b"), kWaitMs);
        QCOMPARE(second->modelPicker()->findText(QStringLiteral("model-a")), -1);
        QCOMPARE(m_view->modelCatalog()->modelIds(m_idB), QStringList{QStringLiteral("model-b")});

        m_view->promptEdit()->setPlainText(QStringLiteral("Which server are you?"));
        QVERIFY(m_view->start());
        finish();
        CompareRun *run = m_view->run();
        QCOMPARE(run->laneCount(), 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(run->answer(i).state == MessageState::Complete, qPrintable(run->answer(i).errorText));
        QList<QByteArray> seenA, seenB;
        QCOMPARE(chats(m_a->sim(), &seenA), 1);
        QCOMPARE(chats(m_b->sim(), &seenB), 1);
        for (const QByteArray &header : seenA)
            QCOMPARE(header, "Bearer " + m_keyA.toUtf8());
        for (const QByteArray &header : seenB)
            QCOMPARE(header, "Bearer " + m_keyB.toUtf8()); // A's key never went to B's server

        // Each header names its profile; lane 2 says it differs in profile and model.
        QVERIFY(showsText(m_view->pane(0), QStringLiteral("Workstation")));
        QVERIFY(showsText(m_view->pane(1), QStringLiteral("Lab box")));
        QVERIFY(showsText(m_view->pane(1), QStringLiteral("profile: Workstation → Lab box")));
        QVERIFY(showsText(m_view->pane(1), QStringLiteral("model: model-a → model-b")));

        const QJsonArray lanes = m_view->exportJson()[QStringLiteral("lanes")].toArray();
        QCOMPARE(lanes[0][QStringLiteral("profile")].toString(), QStringLiteral("Workstation"));
        QCOMPARE(lanes[1][QStringLiteral("profile")].toString(), QStringLiteral("Lab box"));
        QCOMPARE(lanes[1][QStringLiteral("server")].toString(), m_b->sim().baseUrl().toString());
        const QString markdown = m_view->exportMarkdown();
        QVERIFY(markdown.contains(QStringLiteral("Lab box")));
        QVERIFY(markdown.contains(m_b->sim().baseUrl().toString()));
        const QByteArray json = QJsonDocument(m_view->exportJson()).toJson();
        for (const QString &key : {m_keyA, m_keyB})
            QVERIFY(!json.contains(key.toUtf8()) && !markdown.contains(key));

        // Continuing from lane 2 goes on at the lab box.
        QSignalSpy continued(m_view.get(), &CompareView::continueInChat);
        QMetaObject::invokeMethod(m_view->pane(1), "continueRequested", Q_ARG(int, 1));
        QCOMPARE(continued.count(), 1);
        QCOMPARE(continued.first().at(1).toString(), QStringLiteral("model-b"));
        QCOMPARE(continued.first().at(3).toString(), m_idB);

        // A sweep from lane 1 copies its profile: set lanes from a lane on the lab box.
        LaneSpec onLab;
        QString error;
        QVERIFY(second->spec(&onLab, &error));
        QCOMPARE(onLab.profileId, m_idB);
        QVERIFY(m_view->setLanes({onLab, onLab}));
        QCOMPARE(m_view->laneEditor(1)->profileId(), m_idB);
    }

    void aLaneWhoseServerIsDownFailsAlone()
    {
        m_b.reset(); // the lab box is switched off
        LaneEditor *second = m_view->laneEditor(1);
        const int lab = second->profilePicker()->findData(m_idB);
        second->profilePicker()->setCurrentIndex(lab);
        emit second->profilePicker()->activated(lab);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->modelCatalog()->isKnown(m_idB), kWaitMs);
        QVERIFY(!m_view->modelCatalog()->problem(m_idB).isEmpty());
        QVERIFY(m_view->messageLabel()->text().contains(QStringLiteral("Lab box")));
        second->modelPicker()->setCurrentText(QStringLiteral("model-b"));
        m_view->promptEdit()->setPlainText(QStringLiteral("Anyone there?"));
        QVERIFY(m_view->start());
        finish();
        QCOMPARE(m_view->run()->answer(0).state, MessageState::Complete);
        QCOMPARE(m_view->run()->answer(1).state, MessageState::Failed);
        QVERIFY(!m_view->run()->answer(1).errorText.isEmpty());
    }
};

QTEST_MAIN(TestCompareProfiles)
#include "tst_compareprofiles.moc"
