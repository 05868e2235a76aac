// The fault-injection suite: every failure the client claims to handle, produced by the simulator
// and lived through in the real window (offscreen), as a person would meet it. After each one:
// the window kept responding while it happened, the answer ended with a clear message (and no
// dialog), whatever arrived before the fault is kept, is the true start of the answer, is in the
// conversation store file as shown and comes back the same when the conversation is reopened from
// the history, and the next message goes through. The window is wired as app/main.cpp wires it:
// an AsyncStore on a real SQLite file and the ActiveConversation that records the window's
// conversation (MainWindow::setHistory). The protocol-level checks of each fault live in
// tst_chatstream.cpp; this suite is about what the user is left with.
#include "api/chatstream.h"
#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "conversationview.h"
#include "mainwindow.h"
#include "settings/profilemodel.h"
#include "settings/serverdirectory.h"
#include "simfixture.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "store/conversationrecorder.h"
#include "store/conversationstore.h"
#include "storefixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kWaitMs = 30000;
// The UI thread may be busy for a while with a 10 MB answer, but never for long: anything longer
// than this between two ticks of a 10 ms timer means the event loop was blocked (on the network, or
// by work that belongs off the UI thread). Generous, so that a slow sanitizer build passes.
constexpr qint64 kMaxBlockedMs = 5000;
const QString kClosedPort = QStringLiteral("closed-port");

// Measures the longest time the event loop went without running a 10 ms timer.
class Heartbeat final {
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestMs = qMax(m_longestMs, m_sinceTick.restart());
            ++m_ticks;
        });
        m_sinceTick.start();
        m_timer.start();
    }
    void stop()
    {
        m_longestMs = qMax(m_longestMs, m_sinceTick.elapsed());
        m_timer.stop();
    }
    qint64 longestMs() const { return m_longestMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestMs = 0;
    int m_ticks = 0;
};

// The start of what the view shows for a markdown answer: its first words without heading marks.
QString firstWords(const QString &markdown)
{
    QString line = markdown.section(QLatin1Char('\n'), 0, 0);
    while (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(' ')))
        line.remove(0, 1);
    return line.left(8).trimmed();
}
} // namespace

class TestFaultInjection final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFaultLeavesAUsableWindow_data();
    void everyFaultLeavesAUsableWindow();

private:
    void typeAndSend(const QString &text);
    QString referenceAnswer(const QString &question);
    void verifyStored(const Message &answer);
    void verifyReopened(const Message &answer);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<SimFixture> m_fixture;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_conversation;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<ActiveConversation> m_active;
    std::unique_ptr<MainWindow> m_window;
};

void TestFaultInjection::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dataDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("LoquatFaults"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestFaultInjection::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<SimFixture>();
    QVERIFY(m_fixture->isListening());
    m_client = std::make_unique<VllmClient>(&m_fixture->network());
    m_client->setServer(m_fixture->config()); // the fixture's short time-outs and fast retries
    m_conversation = std::make_unique<ConversationModel>();
    m_session = std::make_unique<ChatSession>(m_client.get(), m_conversation.get());
    QFile::remove(StoreFixture::databasePath(m_dataDir));
    m_store = std::make_unique<AsyncStore>(StoreFixture::databasePath(m_dataDir), StoreDatabase::Options{});
    m_active = std::make_unique<ActiveConversation>(m_store.get(), m_conversation.get(), m_session.get(),
                                                    m_client.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), m_conversation.get(), m_session.get());
    m_window->setHistory(m_active.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    // Short time-outs, set as a person sets them in the profile editor (the window's client
    // takes the profile's, so the fixture's config alone would not last).
    ProfileModel *profiles = m_window->directory()->profiles();
    QVERIFY(profiles->active());
    ServerProfile profile = *profiles->active();
    profile.firstByteTimeoutMs = SimFixture::kTestTimeoutMs;
    profile.idleTimeoutMs = SimFixture::kTestTimeoutMs;
    QVERIFY(profiles->update(profile));
    QTRY_COMPARE_WITH_TIMEOUT(m_client->server().idleTimeoutMs, SimFixture::kTestTimeoutMs, kWaitMs);
    QCOMPARE(m_client->server().firstByteTimeoutMs, SimFixture::kTestTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
}

void TestFaultInjection::cleanup()
{
    m_window.reset();
    m_active.reset();
    m_session.reset();
    m_store.reset(); // drains the writes
    m_conversation.reset();
    m_client.reset();
    m_fixture.reset();
}

void TestFaultInjection::typeAndSend(const QString &text)
{
    QPlainTextEdit *editor = m_window->composer()->editor();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

// What the same request gets from a server that behaves: a partial answer must be its start.
QString TestFaultInjection::referenceAnswer(const QString &question)
{
    ChatStream *stream = m_fixture->run(m_session->buildRequest(question), m_client->server());
    const ChoiceState *choice = stream->result().choice(0);
    return stream->state() == ChatStream::State::Finished && choice ? choice->content : QString();
}

// The answer as the store file holds it, read on a connection of its own, equals the one shown.
void TestFaultInjection::verifyStored(const Message &answer)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_active->isStored() && !m_active->recorder()->hasPendingWrites(), kWaitMs);
    ConversationStore check(StoreFixture::databasePath(m_dataDir));
    QVERIFY(check.open().open);
    const QList<Message> branch = check.branch(m_active->uid());
    QCOMPARE(branch.size(), 2);
    const Message &stored = branch.at(1);
    QCOMPARE(stored.uid, answer.uid);
    QCOMPARE(int(stored.state), int(answer.state));
    QCOMPARE(stored.content.size(), answer.content.size());
    QVERIFY(stored.content == answer.content);
    QCOMPARE(stored.errorText, answer.errorText);
}

// Opened again from the history, as after a restart, the conversation shows the same answer
// ending the same way.
void TestFaultInjection::verifyReopened(const Message &answer)
{
    const QString uid = m_active->uid();
    m_window->newChat();
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 0, kWaitMs);
    QSignalSpy opened(m_active.get(), &ActiveConversation::opened);
    m_active->open(uid);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
    QCOMPARE(m_active->uid(), uid);
    QCOMPARE(m_conversation->rowCount(), 2);
    const Message reopened = m_conversation->message(1);
    QCOMPARE(reopened.uid, answer.uid);
    QCOMPARE(int(reopened.state), int(answer.state));
    QVERIFY(reopened.content == answer.content);
    QCOMPARE(reopened.errorText, answer.errorText);
    if (!answer.errorText.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(m_window->conversationView()->toPlainText().contains(answer.errorText),
                                 kWaitMs);
}

void TestFaultInjection::everyFaultLeavesAUsableWindow_data()
{
    QTest::addColumn<QString>("fault");        // a SimFault spec (sim/README.md), or "closed-port"
    QTest::addColumn<int>("state");            // the MessageState the answer must end in
    QTest::addColumn<QStringList>("messages"); // the error must contain one of these (none: no error)
    QTest::addColumn<bool>("partial");         // text that arrived before the fault must be kept
    QTest::addColumn<bool>("userStops");       // the user presses Escape once text arrives

    const int failed = int(MessageState::Failed);
    const int complete = int(MessageState::Complete);
    const QStringList lost{QStringLiteral("connection to the server was lost"),
                           QStringLiteral("connection ended before the answer was complete")};
    const QStringList cut{QStringLiteral("connection ended before the answer was complete")};

    QTest::newRow("refused (nothing listens)")
        << kClosedPort << failed << QStringList{QStringLiteral("Could not connect")} << false << false;
    QTest::newRow("refused on arrival") << QStringLiteral("refuse") << failed << lost << false << false;
    QTest::newRow("reset before headers")
        << QStringLiteral("reset-before-headers") << failed << lost << false << false;
    QTest::newRow("reset after headers")
        << QStringLiteral("reset-after-headers") << failed << lost << false << false;
    QTest::newRow("stall before the first byte")
        << QStringLiteral("stall-before-first-byte") << failed
        << QStringList{QStringLiteral("did not start answering in time")} << false << false;
    QTest::newRow("stall mid-stream")
        << QStringLiteral("stall-mid-stream:6") << failed
        << QStringList{QStringLiteral("stopped sending for too long")} << true << false;
    QTest::newRow("drop between tokens") << QStringLiteral("drop-after:6") << failed << cut << true << false;
    QTest::newRow("drop mid-token") << QStringLiteral("drop-mid-event:6") << failed << cut << true << false;
    QTest::newRow("drop mid-UTF-8 character")
        << QStringLiteral("drop-mid-utf8") << failed << cut << true << false;
    QTest::newRow("no [DONE]") << QStringLiteral("no-done") << failed << cut << true << false;
    QTest::newRow("error event mid-stream")
        << QStringLiteral("error-event-after:6") << failed
        << QStringList{QStringLiteral("reported an error while answering: Internal server error")} << true
        << false;
    QTest::newRow("error event first")
        << QStringLiteral("error-event-first") << failed
        << QStringList{QStringLiteral("reported an error while answering: Requested sample logprobs")}
        << false << false;
    QTest::newRow("malformed JSON chunk")
        << QStringLiteral("malformed-chunk:6") << failed
        << QStringList{QStringLiteral("sent a response Loquat cannot read")} << true << false;
    QTest::newRow("HTTP 400") << QStringLiteral("http-status:400") << failed
                              << QStringList{QStringLiteral("too long for the model's context (HTTP 400)")}
                              << false << false;
    QTest::newRow("HTTP 401") << QStringLiteral("http-status:401") << failed
                              << QStringList{QStringLiteral("did not accept the API key (HTTP 401)")} << false
                              << false;
    QTest::newRow("HTTP 404") << QStringLiteral("http-status:404") << failed
                              << QStringList{QStringLiteral(
                                     "(HTTP 404): The model `sim-chat` does not exist")}
                              << false << false;
    QTest::newRow("HTTP 429 (retried, then given up)")
        << QStringLiteral("http-status:429") << failed
        << QStringList{QStringLiteral("(HTTP 429): Too many requests")} << false << false;
    QTest::newRow("HTTP 500") << QStringLiteral("http-status:500") << failed
                              << QStringList{QStringLiteral("failed to answer (HTTP 500)")} << false << false;
    QTest::newRow("HTTP 503 (retried, then given up)")
        << QStringLiteral("http-status:503") << failed
        << QStringList{QStringLiteral("failed to answer (HTTP 503)")} << false << false;
    QTest::newRow("503 twice, then an answer")
        << QStringLiteral("fail-times:2") << complete << QStringList() << true << false;
    QTest::newRow("redirect loop") << QStringLiteral("redirect-loop") << failed
                                   << QStringList{QStringLiteral("redirect")} << false << false;
    QTest::newRow("10 MB single event")
        << QStringLiteral("huge-event") << complete << QStringList() << true << false;
    QTest::newRow("every byte its own chunk")
        << QStringLiteral("split-bytes:7") << complete << QStringList() << true << false;
    QTest::newRow("a stream that never ends (stopped by the user)")
        << QStringLiteral("never-end") << int(MessageState::Stopped) << QStringList() << true << true;
}

void TestFaultInjection::everyFaultLeavesAUsableWindow()
{
    QFETCH(QString, fault);
    QFETCH(int, state);
    QFETCH(QStringList, messages);
    QFETCH(bool, partial);
    QFETCH(bool, userStops);

    SimServer &sim = m_fixture->sim();
    const QString question = QStringLiteral("Tell me about batching");
    const QString reference = referenceAnswer(question);
    QVERIFY(!reference.isEmpty());

    const quint16 port = sim.port();
    if (fault == kClosedPort) {
        sim.close();
    } else {
        QString error;
        const SimFault simFault = SimFault::parse(fault, &error);
        QVERIFY2(!simFault.isNone(), qPrintable(error));
        sim.setFault(simFault); // every attempt: retries meet the fault too
    }

    Heartbeat heartbeat;
    typeAndSend(question);
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
    if (userStops) {
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(1).content.size() > reference.size() + 1000,
                                 kWaitMs);
        QTest::keyClick(m_window->composer()->editor(), Qt::Key_Escape);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(1).state != MessageState::Streaming, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), kWaitMs);
    QTest::qWait(2 * ChatSession::kFrameMs); // the view catches up with the last update
    heartbeat.stop();
    const Message answer = m_conversation->message(1);
    const QString shown = m_window->conversationView()->toPlainText();

    // The window kept responding while the fault played out, and never raised a dialog.
    qInfo("%s: event loop blocked at most %lld ms (%d ticks), answer %lld chars", qPrintable(fault),
          heartbeat.longestMs(), heartbeat.ticks(), qlonglong(answer.content.size()));
    QVERIFY2(heartbeat.longestMs() < kMaxBlockedMs, qPrintable(QString::number(heartbeat.longestMs())));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_window->composer()->button()->text(), QStringLiteral("Send"));

    // The answer ended the way it should, with one clear sentence where the answer is.
    QCOMPARE(int(answer.state), state);
    if (messages.isEmpty()) {
        QVERIFY2(answer.errorText.isEmpty(), qPrintable(answer.errorText));
    } else {
        const bool named = std::any_of(messages.begin(), messages.end(),
                                       [&](const QString &m) { return answer.errorText.contains(m); });
        QVERIFY2(named, qPrintable(answer.errorText));
        QVERIFY2(shown.contains(answer.errorText), qPrintable(shown.right(500)));
    }
    if (answer.state == MessageState::Stopped)
        QVERIFY(shown.contains(QStringLiteral("Stopped")));

    // Whatever arrived is kept, shown, and is the true start of the answer: nothing garbled.
    if (partial) {
        QVERIFY(!answer.content.isEmpty());
        QVERIFY2(shown.contains(firstWords(answer.content)), qPrintable(firstWords(answer.content)));
    }
    QVERIFY(!answer.content.contains(QChar(QChar::ReplacementCharacter)));
    if (fault.startsWith(QLatin1String("huge-event"))) {
        // 10 MiB of UTF-8 in whole lines of the simulator's (under 100 bytes each).
        QVERIFY(answer.content.toUtf8().size() > 10 * 1024 * 1024 - 100);
        QVERIFY(shown.contains(QStringLiteral("too long to show whole")));
    } else if (state == int(MessageState::Complete))
        QCOMPARE(answer.content, reference);
    else
        QVERIFY2(reference.startsWith(answer.content) || answer.content.startsWith(reference),
                 qPrintable(answer.content.left(200)));

    verifyStored(answer);
    if (QTest::currentTestFailed())
        return;
    verifyReopened(answer);
    if (QTest::currentTestFailed())
        return;

    // The next message goes through, in the reopened conversation. After a 10 MB answer the
    // conversation no longer fits the model's context (the server would rightly refuse it), so that one is
    // sent in a new chat.
    if (fault == kClosedPort)
        QVERIFY(sim.listen(QHostAddress::LocalHost, port));
    sim.clearFaults();
    if (fault.startsWith(QLatin1String("huge-event")))
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    const int before = m_conversation->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    typeAndSend(QStringLiteral("And now a short one"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), before + 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(before + 1).state != MessageState::Streaming, kWaitMs);
    const Message next = m_conversation->message(before + 1);
    QVERIFY2(next.state == MessageState::Complete, qPrintable(next.errorText));
    QVERIFY(!next.content.isEmpty());
}

QTEST_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
