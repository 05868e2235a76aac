// Compare lanes on different server profiles (LaneServers, with CompareRun and CompareExport):
// two simulators on two loopback ports stand for two profiles with two keys, kept in the real OS
// keychain (tools/test.sh's private gnome-keyring; memory elsewhere). Each lane reaches its own
// server with its own key and never the other's, both stream at the same time, the export names
// each lane's profile and address but no key, and a lane whose profile is gone, whose key cannot
// be read or whose server is down fails alone with the reason.

#include "compare/compareexport.h"
#include "compare/comparerun.h"
#include "compare/laneservers.h"
#include "compare/paramdiff.h"
#include "compare/sweep.h"
#include "keychaintest.h"
#include "profilefixture.h"
#include "settings/memorysecretstore.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

constexpr int kWaitMs = 30000;

SimOptions keyed(const QString &key, const QString &model, int tokenDelayMs = 0)
{
    SimOptions options;
    options.apiKey = key;
    options.tokenDelayMs = tokenDelayMs;
    options.models = {{model, QStringLiteral("/models/") + model, QString(), 8192, false}};
    return options;
}

// The Authorization headers a simulator received on its /v1 routes.
QList<QByteArray> authorizations(SimServer &sim)
{
    QList<QByteArray> out;
    for (const SimRequestRecord &r : sim.requests()) {
        if (r.path.startsWith("/v1/"))
            out.append(r.header("authorization"));
    }
    return out;
}

int chatRequests(SimServer &sim)
{
    int n = 0;
    for (const SimRequestRecord &r : sim.requests())
        n += r.path == "/v1/chat/completions" ? 1 : 0;
    return n;
}

LaneSpec laneOn(const QString &profileId, const QString &model, double temperature = 0.5)
{
    LaneSpec lane;
    lane.profileId = profileId;
    lane.model = model;
    lane.params = {{QStringLiteral("temperature"), temperature},
                   {QStringLiteral("max_completion_tokens"), 40}};
    return lane;
}

} // namespace

class TestLaneServers final : public QObject {
    Q_OBJECT

    std::unique_ptr<ProfileFixture> m_fixture;
    QString m_keyA, m_keyB;

    QString addProfile(const QString &name, const QUrl &url, const QString &key)
    {
        const QString id = m_fixture->add(name, url, key);
        [&] { QVERIFY(!id.isEmpty()); }();
        return id;
    }

    QList<LaneSpec> resolved(const QList<LaneSpec> &lanes)
    {
        QList<LaneSpec> out;
        bool done = false;
        LaneServers::resolve(&m_fixture->directory(), lanes, this, [&](const QList<LaneSpec> &r) {
            out = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs); }();
        return out;
    }

    // Runs the lanes and waits for them all.
    void runToEnd(CompareRun &run, const QList<LaneSpec> &lanes)
    {
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(QStringLiteral("Hello from a lane"), lanes));
        QVERIFY(finished.count() > 0 || finished.wait(kWaitMs));
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<ProfileFixture>();
        m_keyA = KeychainTest::randomKey();
        m_keyB = KeychainTest::randomKey();
    }

    void cleanup() { m_fixture.reset(); }

    void eachLaneReachesItsOwnServerWithItsOwnKey()
    {
        SimFixture a(keyed(m_keyA, QStringLiteral("model-a"), 4));
        SimFixture b(keyed(m_keyB, QStringLiteral("model-b"), 4));
        QVERIFY(a.isListening() && b.isListening());
        const QString idA = addProfile(QStringLiteral("Workstation"), a.sim().baseUrl(), m_keyA);
        const QString idB = addProfile(QStringLiteral("Lab box"), b.sim().baseUrl(), m_keyB);

        const QList<LaneSpec> lanes =
            resolved({laneOn(idA, QStringLiteral("model-a")), laneOn(idB, QStringLiteral("model-b")),
                      laneOn(idA, QStringLiteral("model-a"), 1.0)});
        QCOMPARE(lanes.size(), 3);
        QVERIFY(lanes[0].hasServer && lanes[1].hasServer);
        QCOMPARE(lanes[0].serverName, QStringLiteral("Workstation"));
        QCOMPARE(lanes[1].serverName, QStringLiteral("Lab box"));
        QCOMPARE(lanes[1].server.baseUrl, b.sim().baseUrl());
        QVERIFY(lanes[0].unavailable.isEmpty() && lanes[1].unavailable.isEmpty());

        CompareRun run;
        run.setDefaultModel(QStringLiteral("model-a"));
        runToEnd(run, lanes);
        for (int i = 0; i < run.laneCount(); ++i)
            QVERIFY2(run.answer(i).state == MessageState::Complete, qPrintable(run.answer(i).errorText));
        QCOMPARE(chatRequests(a.sim()), 2);
        QCOMPARE(chatRequests(b.sim()), 1);
        // Each server saw only its own profile's key.
        const QByteArray bearerA = "Bearer " + m_keyA.toUtf8();
        const QByteArray bearerB = "Bearer " + m_keyB.toUtf8();
        for (const QByteArray &header : authorizations(a.sim()))
            QCOMPARE(header, bearerA);
        for (const QByteArray &header : authorizations(b.sim()))
            QCOMPARE(header, bearerB);
        // Lanes on different servers ran at the same time.
        QVERIFY(run.startedAtMs(1) < run.endedAtMs(0) && run.startedAtMs(0) < run.endedAtMs(1));
        QCOMPARE(run.serverNameOf(1), QStringLiteral("Lab box"));

        // What lane 2 changes: its profile and its model.
        const QStringList differs = ParamDiff::between(run.lane(0), run.lane(1));
        QVERIFY2(differs.contains(QStringLiteral("profile: Workstation → Lab box")),
                 qPrintable(differs.join(QLatin1Char('|'))));
        QVERIFY(differs.contains(QStringLiteral("model: model-a → model-b")));
        QVERIFY(run.lane(1).label().contains(QStringLiteral("Lab box")));

        // The export names every lane's profile and address, never a key.
        const QJsonObject json = CompareExport::toJson(run);
        const QJsonArray jsonLanes = json[QStringLiteral("lanes")].toArray();
        QCOMPARE(jsonLanes[0][QStringLiteral("profile")].toString(), QStringLiteral("Workstation"));
        QCOMPARE(jsonLanes[1][QStringLiteral("profile")].toString(), QStringLiteral("Lab box"));
        QCOMPARE(jsonLanes[1][QStringLiteral("server")].toString(), b.sim().baseUrl().toString());
        QCOMPARE(jsonLanes[0][QStringLiteral("server")].toString(), a.sim().baseUrl().toString());
        const QString markdown = CompareExport::toMarkdown(run);
        QVERIFY2(
            markdown.contains(QStringLiteral("on profile Lab box (%1)").arg(b.sim().baseUrl().toString())),
            qPrintable(markdown));
        QVERIFY(markdown.contains(
            QStringLiteral("on profile Workstation (%1)").arg(a.sim().baseUrl().toString())));
        const QByteArray jsonBytes = QJsonDocument(json).toJson();
        for (const QString &key : {m_keyA, m_keyB}) {
            QVERIFY(!jsonBytes.contains(key.toUtf8()));
            QVERIFY(!markdown.contains(key));
        }
    }

    void unreachableProfilesFailAlone()
    {
        SimFixture a(keyed(m_keyA, QStringLiteral("model-a")));
        QVERIFY(a.isListening());
        const QString idA = addProfile(QStringLiteral("Workstation"), a.sim().baseUrl(), m_keyA);
        QUrl down(QStringLiteral("http://127.0.0.1/v1"));
        down.setPort(SimFixture::closedPort());
        const QString idDown = addProfile(QStringLiteral("Switched off"), down, m_keyB);
        const QString idGone = addProfile(QStringLiteral("Removed"), a.sim().baseUrl(), {});
        QVERIFY(m_fixture->profiles().remove(idGone));

        const QList<LaneSpec> lanes =
            resolved({laneOn(idA, QStringLiteral("model-a")), laneOn(idDown, QStringLiteral("model-a")),
                      laneOn(idGone, QStringLiteral("model-a"))});
        QVERIFY(!lanes[2].unavailable.isEmpty());
        CompareRun run;
        runToEnd(run, lanes);
        QCOMPARE(run.answer(0).state, MessageState::Complete);
        QCOMPARE(run.answer(1).state, MessageState::Failed);
        QVERIFY(!run.answer(1).errorText.isEmpty());
        QCOMPARE(run.answer(2).state, MessageState::Failed);
        QVERIFY2(run.answer(2).errorText.contains(QStringLiteral("no longer exists")),
                 qPrintable(run.answer(2).errorText));
        // The removed profile's lane was never sent, so the working server saw one chat only.
        QCOMPARE(chatRequests(a.sim()), 1);
    }

    void unreadableKeyFailsTheLaneUnsent()
    {
        // A keychain that refuses: the lane says why and nothing is sent keyless.
        SimFixture a(keyed(m_keyA, QStringLiteral("model-a")));
        QVERIFY(a.isListening());
        MemorySecretStore refusing;
        ApiKeyVault vault(&refusing);
        ProfileModel profiles(nullptr);
        ServerDirectory directory(&profiles, &vault);
        ServerProfile profile;
        profile.name = QStringLiteral("Locked");
        profile.baseUrl = a.sim().baseUrl();
        const QString id = profiles.add(profile);
        refusing.failWith(SecretResult::Status::Denied, QStringLiteral("the user said no"));
        QList<LaneSpec> lanes;
        bool done = false;
        LaneServers::resolve(&directory, {laneOn(id, QStringLiteral("model-a"))}, this,
                             [&](const QList<LaneSpec> &r) {
                                 lanes = r;
                                 done = true;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QVERIFY2(lanes[0].unavailable.contains(QStringLiteral("Locked")), qPrintable(lanes[0].unavailable));
        CompareRun run;
        runToEnd(run, lanes);
        QCOMPARE(run.answer(0).state, MessageState::Failed);
        QVERIFY(run.answer(0).errorText.startsWith(QStringLiteral("Not sent:")));
        QCOMPARE(chatRequests(a.sim()), 0);
    }

    void sweepsKeepTheProfileOfTheirLane()
    {
        LaneSpec base = laneOn(QStringLiteral("profile-b"), QStringLiteral("model-b"));
        const QList<LaneSpec> lanes = Sweep::repeat(
            Sweep::vary(base, QStringLiteral("temperature"), {QJsonValue(0.0), QJsonValue(0.8)}), 2);
        QCOMPARE(lanes.size(), 4);
        for (const LaneSpec &lane : lanes)
            QCOMPARE(lane.profileId, QStringLiteral("profile-b"));
    }

    void lanesWithoutProfileAreLeftAlone()
    {
        LaneSpec plain;
        plain.model = QStringLiteral("sim-chat");
        const QList<LaneSpec> lanes = resolved({plain});
        QCOMPARE(lanes.size(), 1);
        QVERIFY(!lanes[0].hasServer);
        QVERIFY(lanes[0].unavailable.isEmpty());
    }

    void laneTextNamesAProfile()
    {
        LaneSpec lane;
        QString error;
        QVERIFY(LaneSpec::fromText(QStringLiteral("profile=Lab box, model=M, temperature=0.3"), nullptr,
                                   &lane, &error));
        QCOMPARE(lane.serverName, QStringLiteral("Lab box"));
        QCOMPARE(lane.model, QStringLiteral("M"));
        QCOMPARE(lane.params.value(QStringLiteral("temperature")).toDouble(), 0.3);
        QCOMPARE(LaneSpec::valueIn(QStringLiteral("temperature=1,profile=Lab"), QStringLiteral("profile")),
                 QStringLiteral("Lab"));
        QVERIFY(LaneSpec::valueIn(QStringLiteral("temperature=1"), QStringLiteral("profile")).isEmpty());
        QVERIFY(!LaneSpec::fromText(QStringLiteral("profile="), nullptr, &lane, &error));
        QVERIFY(error.contains(QStringLiteral("profile")));
    }
};

QTEST_GUILESS_MAIN(TestLaneServers)
#include "tst_laneservers.moc"
