// ChatSession against the in-process simulator: requests built from the history, answers
// streamed into the model (coalesced), how they end, and the branch operations (edit and resend,
// regenerate, replay).

#include "api/serverinsight.h"
#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
int versionRequests(const SimServer &sim)
{
    int count = 0;
    for (const SimRequestRecord &r : sim.requests())
        count += r.path == "/version" ? 1 : 0;
    return count;
}

QStringList rolesOf(const ChatRequest &request)
{
    QStringList roles;
    for (const ChatMessage &m : request.messages)
        roles << m.role;
    return roles;
}
} // namespace

class TestChatSession : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_model;
    std::unique_ptr<ChatSession> m_session;

    bool waitForAnswer(int timeoutMs = 15000)
    {
        QSignalSpy finished(m_session.get(), &ChatSession::answerFinished);
        return !m_session->isBusy() || finished.wait(timeoutMs);
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY(m_sim->isListening());
        m_client = std::make_unique<VllmClient>(&m_sim->network());
        m_client->setServer(m_sim->config());
        m_model = std::make_unique<ConversationModel>();
        m_session = std::make_unique<ChatSession>(m_client.get(), m_model.get());
        m_session->setModel(QStringLiteral("sim-chat"));
    }

    void cleanup()
    {
        m_session.reset();
        m_model.reset();
        m_client.reset();
        m_sim.reset();
    }

    void refusesWhatCannotBeSent()
    {
        QVERIFY(!m_session->send(QStringLiteral("   ")));
        m_session->setModel(QString());
        QVERIFY(!m_session->send(QStringLiteral("hello")));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_sim->sim().chatRequestCount(), 0);
    }

    void settingsChangedOnlyOnChange()
    {
        QSignalSpy changed(m_session.get(), &ChatSession::settingsChanged);
        m_session->setModel(QStringLiteral("sim-chat")); // the same
        QCOMPARE(changed.count(), 0);
        m_session->setModel(QStringLiteral("sim-reasoner"));
        m_session->setSystemPrompt(QStringLiteral("Be terse."));
        m_session->setParams(QJsonObject{{QStringLiteral("temperature"), 0.3}});
        m_session->setParams(QJsonObject{{QStringLiteral("temperature"), 0.3}});
        QCOMPARE(changed.count(), 3);
        QCOMPARE(m_session->systemPrompt(), QStringLiteral("Be terse."));
    }

    void sendStreamsTheAnswerIntoTheModel()
    {
        m_session->setSystemPrompt(QStringLiteral("Be terse."));
        m_session->setParams(QJsonObject{{QStringLiteral("temperature"), 0.3}, {QStringLiteral("seed"), 4}});
        QSignalSpy busy(m_session.get(), &ChatSession::busyChanged);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_session->send(QStringLiteral("Tell me about vLLM\n/sim tokens=300")));
        QVERIFY(m_session->isBusy());
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->message(0).role, QStringLiteral("user"));
        QCOMPARE(m_model->message(1).state, MessageState::Streaming);
        // A second send while busy is refused and changes nothing.
        QVERIFY(!m_session->send(QStringLiteral("again")));
        QVERIFY(waitForAnswer());

        const Message &answer = m_model->message(1);
        QCOMPARE(answer.state, MessageState::Complete);
        QVERIFY(answer.content.size() > 300);
        QCOMPARE(answer.model, QStringLiteral("sim-chat"));
        QCOMPARE(answer.finishReason, QStringLiteral("stop"));
        QVERIFY(answer.metrics.completionTokens > 0);
        QVERIFY(answer.metrics.ttftMs >= 0);
        // Coalesced: far fewer model updates than tokens.
        QVERIFY2(changed.count() < 150, qPrintable(QString::number(changed.count())));
        QCOMPARE(busy.count(), 2);

        // The exact request is kept with the answer and is what the server got.
        const QJsonObject body = m_sim->sim().lastChatBody();
        QCOMPARE(answer.request, body);
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.3);
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("system"));
    }

    void historyGoesWithTheNextRequest()
    {
        QVERIFY(m_session->send(QStringLiteral("first")));
        QVERIFY(waitForAnswer());
        const ChatRequest next = m_session->buildRequest(QStringLiteral("second"));
        QCOMPARE(rolesOf(next),
                 (QStringList{QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("user")}));
        QCOMPARE(next.messages.at(1).content, m_model->message(1).content);
        // Only the first rows, and no new message.
        const ChatRequest upTo = m_session->buildRequest(1, QString());
        QCOMPARE(rolesOf(upTo), QStringList{QStringLiteral("user")});
    }

    void stopKeepsTheTextMarkedStopped()
    {
        QVERIFY(m_session->send(QStringLiteral("long\n/sim tokens=5000 delay=5")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->message(1).content.isEmpty(), 10000);
        m_session->stop();
        QVERIFY(waitForAnswer());
        QCOMPARE(m_model->message(1).state, MessageState::Stopped);
        QVERIFY(!m_model->message(1).content.isEmpty());
        QTRY_COMPARE(m_sim->sim().disconnectCount(), 1);
    }

    void failureKeepsTheTextWithTheError()
    {
        QVERIFY(m_session->send(QStringLiteral("/sim fault=drop-after:5")));
        QVERIFY(waitForAnswer());
        const Message &answer = m_model->message(1);
        QCOMPARE(answer.state, MessageState::Failed);
        QVERIFY(!answer.errorText.isEmpty());
        QVERIFY(!answer.content.isEmpty());
    }

    void resendReplacesFromTheEditedQuestion()
    {
        QVERIFY(m_session->send(QStringLiteral("one")));
        QVERIFY(waitForAnswer());
        QVERIFY(m_session->send(QStringLiteral("two")));
        QVERIFY(waitForAnswer());
        QCOMPARE(m_model->rowCount(), 4);
        const QString oldUid = m_model->message(2).uid;

        QVERIFY(!m_session->resend(1, QStringLiteral("not a user row")));
        QVERIFY(!m_session->resend(2, QStringLiteral("  ")));
        QVERIFY(m_session->resend(2, QStringLiteral("two, edited")));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->message(2).content, QStringLiteral("two, edited"));
        QVERIFY(m_model->message(2).uid != oldUid); // a new version, not the old one changed
        QVERIFY(waitForAnswer());
        const QJsonArray sent = m_sim->sim().lastChatBody().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.last().toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("two, edited"));
    }

    void regenerateAnswersTheSameHistoryAgain()
    {
        QVERIFY(m_session->send(QStringLiteral("question")));
        QVERIFY(waitForAnswer());
        const QString oldUid = m_model->message(1).uid;
        QVERIFY(!m_session->regenerate(0)); // a user row
        m_session->setParams(QJsonObject{{QStringLiteral("temperature"), 1.1}});
        QVERIFY(m_session->regenerate(1));
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->message(1).uid != oldUid);
        QVERIFY(!m_session->regenerate(1)); // busy
        QVERIFY(waitForAnswer());
        QCOMPARE(m_model->message(1).state, MessageState::Complete);
        const QJsonObject body = m_sim->sim().lastChatBody();
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 1); // the question only
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 1.1);  // today's settings
    }

    void replaySendsTheGivenRequestAsANewVersion()
    {
        QVERIFY(m_session->send(QStringLiteral("question")));
        QVERIFY(waitForAnswer());
        ChatRequest request = m_session->buildRequest(1, QString());
        request.params.insert(QStringLiteral("seed"), 99);
        QVERIFY(!m_session->replay(1, ChatRequest{}));
        QVERIFY(m_session->replay(1, request));
        QVERIFY(waitForAnswer());
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->message(1).request, request.toJson());
        QCOMPARE(m_sim->sim().lastChatBody(), request.toJson());
    }

    // The version ServerInsight asks once per server, as the window wires it to the session.
    void eachAnswerKeepsTheServersVersion()
    {
        SimOptions options;
        options.version = QStringLiteral("0.21.1");
        SimFixture sim(options);
        VllmClient client(&sim.network());
        ConversationModel model;
        ChatSession session(&client, &model);
        session.setModel(QStringLiteral("sim-chat"));
        ServerInsight insight(&client);
        insight.setPolling(false);
        connect(&insight, &ServerInsight::changed, &session,
                [&] { session.setServerVersion(insight.version()); });
        client.setServer(sim.config());
        // Sent before the version is known: the chat does not wait, the answer gets it later.
        QVERIFY(session.send(QStringLiteral("first")));
        QVERIFY(model.message(1).serverVersion.isEmpty());
        QSignalSpy finished(&session, &ChatSession::answerFinished);
        QVERIFY(finished.wait(15000));
        QTRY_COMPARE(model.message(1).serverVersion, QStringLiteral("0.21.1"));
        QCOMPARE(versionRequests(sim.sim()), 1);
        // Known: each new answer carries it at once, and /version is not asked again.
        QVERIFY(session.send(QStringLiteral("second")));
        QCOMPARE(model.message(3).serverVersion, QStringLiteral("0.21.1"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(versionRequests(sim.sim()), 1);

        // Another server, without /version (llama.cpp): quietly nothing, the chat unharmed.
        SimOptions llama;
        llama.dialect = SimDialect::LlamaCpp;
        SimFixture other(llama);
        client.setServer(other.config());
        QVERIFY(session.serverVersion().isEmpty());
        QVERIFY(session.send(QStringLiteral("third")));
        QVERIFY(finished.wait(15000));
        QCOMPARE(model.message(5).state, MessageState::Complete);
        QTRY_COMPARE(versionRequests(other.sim()), 1);
        QTest::qWait(50);
        QVERIFY(model.message(5).serverVersion.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
