// CompareRun (core/compare) against the simulator over loopback: lanes stream at the same time
// (overlapping, beyond Qt's six connections per host), one lane's failure leaves the others
// complete, invalid lanes are never sent, one lane stops alone, and the answers carry their
// request bodies, figures, log probabilities and their server's version.

#include "chat/conversationmodel.h"
#include "compare/compareexport.h"
#include "compare/comparerun.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

SimOptions slowOptions(int delayMs)
{
    SimOptions options;
    options.tokenDelayMs = delayMs;
    return options;
}

LaneSpec lane(const QJsonObject &params, const QString &model = {})
{
    LaneSpec spec;
    spec.params = params;
    spec.model = model;
    return spec;
}

} // namespace

class TestCompareRun final : public QObject {
    Q_OBJECT

private:
    void setUp(CompareRun &run, SimFixture &fixture)
    {
        run.setDefaultServer(fixture.config());
        run.setDefaultModel(QStringLiteral("sim-chat"));
    }

private slots:
    void eightLanesOverlap()
    {
        SimFixture fixture(slowOptions(3));
        QVERIFY(fixture.isListening());
        CompareRun run;
        setUp(run, fixture);
        QList<LaneSpec> lanes;
        for (int i = 0; i < CompareRun::kMaxLanes; ++i)
            lanes.append(lane(
                {{QStringLiteral("temperature"), 0.1 * i}, {QStringLiteral("max_completion_tokens"), 60}}));
        // The most responses the simulator had open at once.
        int peak = 0;
        QTimer sampler;
        sampler.setInterval(2);
        connect(&sampler, &QTimer::timeout, this,
                [&] { peak = std::max(peak, fixture.sim().activeResponses()); });
        sampler.start();
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(QStringLiteral("Compare these"), lanes));
        QVERIFY(run.isRunning());
        QCOMPARE(run.runningCount(), 8);
        QVERIFY(finished.wait(30000));
        sampler.stop();
        QCOMPARE(peak, 8);
        qint64 lastStart = 0;
        qint64 firstEnd = std::numeric_limits<qint64>::max();
        for (int i = 0; i < run.laneCount(); ++i) {
            const Message &m = run.answer(i);
            QCOMPARE(m.state, MessageState::Complete);
            QCOMPARE(m.finishReason, QStringLiteral("length"));
            QCOMPARE(m.metrics.completionTokens, 60);
            QVERIFY(m.metrics.ttftMs >= 0);
            QVERIFY(m.metrics.wallMs >= m.metrics.ttftMs);
            QVERIFY(!m.content.isEmpty());
            lastStart = std::max(lastStart, run.startedAtMs(i));
            firstEnd = std::min(firstEnd, run.endedAtMs(i));
        }
        // Every lane was sent before any had ended.
        QVERIFY2(lastStart < firstEnd, qPrintable(QStringLiteral("%1 vs %2").arg(lastStart).arg(firstEnd)));
        // Different temperatures draw different answers; the greedy lane is lane 1.
        QVERIFY(run.answer(0).content != run.answer(1).content);
        QCOMPARE(fixture.sim().chatRequestCount(), 8);
    }

    void oneFailureLeavesTheOthersComplete()
    {
        SimFixture fixture(slowOptions(2));
        CompareRun run;
        setUp(run, fixture);
        QSignalSpy laneFinished(&run, &CompareRun::laneFinished);
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(QStringLiteral("Hello"),
                          {lane({{QStringLiteral("temperature"), 0.5}}),
                           lane({}, QStringLiteral("no-such-model")),
                           lane({{QStringLiteral("top_p"), 1.5}}), // caught here, never sent
                           lane({{QStringLiteral("logprobs"), true}, {QStringLiteral("top_logprobs"), 30}}),
                           lane({{QStringLiteral("seed"), 7}})}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(laneFinished.count(), 5);
        QCOMPARE(run.answer(0).state, MessageState::Complete);
        QCOMPARE(run.answer(1).state, MessageState::Failed);
        QCOMPARE(run.answer(1).errorText,
                 QStringLiteral(
                     "The server refused the request (HTTP 404): The model `no-such-model` does not exist."));
        QCOMPARE(run.answer(2).state, MessageState::Failed);
        QCOMPARE(run.answer(2).errorText, QStringLiteral("Not sent: Top p must be in (0, 1], not 1.5."));
        // Accepted by the form (20 is the default limit, the server may allow more), refused by the
        // engine inside the stream: vLLM's own words on that lane.
        QCOMPARE(run.answer(3).state, MessageState::Failed);
        QVERIFY2(run.answer(3).errorText.contains(QStringLiteral(
                     "Requested sample logprobs of 30, which is greater than max allowed: 20")),
                 qPrintable(run.answer(3).errorText));
        QCOMPARE(run.answer(4).state, MessageState::Complete);
        QCOMPARE(fixture.sim().chatRequestCount(), 4);
        QVERIFY(!run.isRunning());
        // Each answer keeps the exact body it was asked with.
        QCOMPARE(run.answer(4).request.value(QLatin1String("seed")), QJsonValue(7));
        QCOMPARE(run.answer(4).request.value(QLatin1String("model")), QJsonValue(QStringLiteral("sim-chat")));
        QCOMPARE(run.answer(1).request.value(QLatin1String("model")),
                 QJsonValue(QStringLiteral("no-such-model")));
    }

    void answersRecordTheirServersVersion()
    {
        // Each lane asks its own server: two simulators, one vLLM and one llama.cpp (which has no
        // GET /version, so its answers say nothing of a version rather than something wrong).
        SimOptions vllm = slowOptions(1);
        vllm.version = QStringLiteral("0.21.1");
        SimFixture fixture(vllm);
        SimOptions llama = slowOptions(1);
        llama.dialect = SimDialect::LlamaCpp;
        SimFixture llamaFixture(llama);
        QVERIFY(fixture.isListening() && llamaFixture.isListening());
        CompareRun run;
        setUp(run, fixture);
        LaneSpec onLlama = lane({{QStringLiteral("max_completion_tokens"), 20}});
        onLlama.hasServer = true;
        onLlama.server = llamaFixture.config();
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(QStringLiteral("Hello"),
                          {lane({{QStringLiteral("max_completion_tokens"), 20}}), onLlama}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.answer(0).state, MessageState::Complete);
        QCOMPARE(run.answer(1).state, MessageState::Complete);
        QTRY_COMPARE(run.answer(0).serverVersion, QStringLiteral("0.21.1"));
        QVERIFY(run.answer(1).serverVersion.isEmpty());
        // A lane continued in the chat keeps it, and the export says it.
        QCOMPARE(run.conversationFrom(0).last().serverVersion, QStringLiteral("0.21.1"));
        const QJsonArray exported = CompareExport::toJson(run).value(QLatin1String("lanes")).toArray();
        QCOMPARE(exported.at(0).toObject().value(QLatin1String("server_version")).toString(),
                 QStringLiteral("0.21.1"));
        QVERIFY(exported.at(1).toObject().value(QLatin1String("server_version")).isNull());
        QCOMPARE(CompareExport::toMarkdown(run).count(QStringLiteral("Server version 0.21.1.")), 1);
    }

    void stopOneLane()
    {
        SimFixture fixture(slowOptions(5));
        CompareRun run;
        setUp(run, fixture);
        QSignalSpy finished(&run, &CompareRun::finished);
        QSignalSpy changed(&run, &CompareRun::laneChanged);
        QVERIFY(run.start(QStringLiteral("Hello"), {lane({{QStringLiteral("max_completion_tokens"), 80}}),
                                                    lane({{QStringLiteral("max_completion_tokens"), 80},
                                                          {QStringLiteral("seed"), 1}})}));
        QTRY_VERIFY(!run.answer(0).content.isEmpty());
        run.stop(0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.answer(0).state, MessageState::Stopped);
        QVERIFY(!run.answer(0).content.isEmpty()); // what arrived is kept
        QCOMPARE(run.answer(1).state, MessageState::Complete);
        QCOMPARE(run.answer(1).metrics.completionTokens, 80);
        QVERIFY(changed.count() >= 2);
        QTRY_COMPARE(fixture.sim().disconnectCount(), 1);
    }

    void stopAllAndRestart()
    {
        SimFixture fixture(slowOptions(5));
        CompareRun run;
        setUp(run, fixture);
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(QStringLiteral("Hello"), {lane({}), lane({{QStringLiteral("seed"), 2}})}));
        QVERIFY(!run.start(QStringLiteral("Again"), {lane({})})); // one run at a time
        QTRY_VERIFY(!run.answer(1).content.isEmpty());
        run.stopAll(); // cancelling ends a stream at once: finished() may come before stopAll() returns
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(run.answer(0).state, MessageState::Stopped);
        QCOMPARE(run.answer(1).state, MessageState::Stopped);
        QVERIFY(!run.start(QStringLiteral("  "), {lane({})}));
        QVERIFY(!run.start(QStringLiteral("Again"), {}));
        QVERIFY(run.start(QStringLiteral("Again"), {lane({{QStringLiteral("max_completion_tokens"), 5}})}));
        QCOMPARE(run.laneCount(), 1);
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.answer(0).state, MessageState::Complete);
        QCOMPARE(run.prompt(), QStringLiteral("Again"));
    }

    void historyAndContinuation()
    {
        SimFixture fixture;
        CompareRun run;
        setUp(run, fixture);
        run.setHistory({ChatMessage{QStringLiteral("system"), QStringLiteral("Be brief."), {}, {}, {}},
                        ChatMessage{QStringLiteral("user"), QStringLiteral("Hi"), {}, {}, {}},
                        ChatMessage{QStringLiteral("assistant"), QStringLiteral("Hello!"), {}, {}, {}}});
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(QStringLiteral("And now?"), {lane({{QStringLiteral("max_completion_tokens"), 12}}),
                                                       lane({{QStringLiteral("max_completion_tokens"), 12},
                                                             {QStringLiteral("temperature"), 1.3}})}));
        QVERIFY(finished.wait(10000));
        const QJsonArray sent = fixture.sim().lastChatBody().value(QLatin1String("messages")).toArray();
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent.at(3).toObject().value(QLatin1String("content")),
                 QJsonValue(QStringLiteral("And now?")));
        const QList<Message> chat = run.conversationFrom(1);
        QCOMPARE(chat.size(), 5);
        QCOMPARE(chat.at(3).content, QStringLiteral("And now?"));
        QCOMPARE(chat.at(4).content, run.answer(1).content);
        QCOMPARE(chat.at(4).request, run.answer(1).request);
        QCOMPARE(chat.at(4).role, QStringLiteral("assistant"));
        QCOMPARE(run.requestFor(1).toJson().value(QLatin1String("temperature")), QJsonValue(1.3));
    }

    void answersCarryLogprobs()
    {
        SimFixture fixture;
        CompareRun run;
        setUp(run, fixture);
        QSignalSpy finished(&run, &CompareRun::finished);
        QVERIFY(run.start(QStringLiteral("Hello"), {lane({{QStringLiteral("logprobs"), true},
                                                          {QStringLiteral("top_logprobs"), 3},
                                                          {QStringLiteral("max_completion_tokens"), 20}})}));
        QVERIFY(finished.wait(10000));
        const Message &m = run.answer(0);
        QCOMPARE(m.logprobs.size(), 20);
        QString joined;
        for (const TokenLogprob &t : m.logprobs) {
            joined += t.token;
            QVERIFY(t.logprob <= 0);
            QCOMPARE(t.top.size(), 3);
        }
        QCOMPARE(joined, m.content);
        QCOMPARE(run.laneModel(0)->rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCompareRun)
#include "tst_comparerun.moc"
