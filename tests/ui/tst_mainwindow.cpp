#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "conversationview.h"
#include "historysidebar.h"
#include "inlinenotice.h"
#include "mainwindow.h"
#include "serverbar.h"
#include "servernotice.h"
#include "settings/memorysecretstore.h"
#include "settings/serverdirectory.h"
#include "simfixture.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "store/conversationlistmodel.h"
#include "store/conversationrecorder.h"
#include "store/conversationstore.h"
#include "store/storeschema.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {
constexpr int kWaitMs = 10000;

// The text of every fenced code block in a markdown answer.
QStringList fencedCode(const QString &markdown)
{
    QStringList blocks;
    static const QRegularExpression fence(QStringLiteral("```[^\\n]*\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = fence.globalMatch(markdown); it.hasNext();)
        blocks << it.next().captured(1).trimmed();
    return blocks;
}
} // namespace

// The whole window against an in-process simulator, driven through its widgets as a person would.
class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsLoadWithTheirContextLength();
    void enterSendsAndTheAnswerRendersAsMarkdown();
    void shiftEnterAddsALineWithoutSending();
    void escapeStopsMidStreamAndKeepsThePartialAnswer();
    void serverErrorShowsInTheConversation();
    void unreachableServerIsReportedAndOffersTheSimulator();
    void startingTheSimulatorConnectsToIt();
    void invalidAddressShowsAnInlineMessage();
    void newChatClearsTheConversation();
    void settingsKeepAddressAndModelButNeverTheKey();
    void whatIsSentIsKeptInTheHistory();
    void openingAConversationRestoresItsSettings();
    void editingMakesAVersionToSwitchTo();
    void escapeCancelsAnEditAndGivesTheDraftBack();
    void regenerateAndDeleteFromTheMessage();
    void deletingAConversationCanBeUndone();
    void searchFindsAsYouType();
    void aNewerHistoryFileIsShownReadOnly();
    void theNextStartReopensTheLastConversation();

private:
    void connectAndWait();
    QString historyTitles() const;
    void typeAndSend(const QString &text);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<SimFixture> m_fixture;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_conversation;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<ActiveConversation> m_active;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throw-away directory, never the developer's own.
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("LoquatTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<SimFixture>();
    QVERIFY(m_fixture->isListening());
    m_client = std::make_unique<VllmClient>(&m_fixture->network());
    ServerConfig server = m_fixture->config();
    server.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(SimFixture::closedPort()));
    server.apiKey = QStringLiteral("sk-never-on-disk");
    m_client->setServer(server);
    m_conversation = std::make_unique<ConversationModel>();
    m_session = std::make_unique<ChatSession>(m_client.get(), m_conversation.get());
    // As the app runs it: with a history, in a file of the test's own.
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<AsyncStore>(m_dataDir->filePath(QStringLiteral("history.db")),
                                           StoreDatabase::Options{});
    m_active = std::make_unique<ActiveConversation>(m_store.get(), m_conversation.get(), m_session.get(),
                                                    m_client.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), m_conversation.get(), m_session.get());
    m_window->setHistory(m_active.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_active.reset();
    m_session.reset();
    m_store.reset();
    m_conversation.reset();
    m_client.reset();
    m_fixture.reset();
    m_dataDir.reset();
}

void TestMainWindow::connectAndWait()
{
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
}

QString TestMainWindow::historyTitles() const
{
    QStringList titles;
    ConversationListModel *list = m_window->historySidebar()->model();
    for (int row = 0; row < list->rowCount(); ++row)
        titles << list->data(list->index(row), ConversationListModel::TitleRole).toString();
    return titles.join(QLatin1Char('|'));
}

void TestMainWindow::typeAndSend(const QString &text)
{
    QPlainTextEdit *editor = m_window->composer()->editor();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, lines.at(i));
    }
    QTest::keyClick(editor, Qt::Key_Return);
}

void TestMainWindow::modelsLoadWithTheirContextLength()
{
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    QComboBox *picker = m_window->serverBar()->modelPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->isEnabled() && picker->count() >= 2, kWaitMs);
    QCOMPARE(picker->itemText(0), QStringLiteral("sim-chat · 8,192 tokens"));
    QCOMPARE(picker->currentData().toString(), QStringLiteral("sim-chat"));
    QCOMPARE(m_session->model(), QStringLiteral("sim-chat"));
    QVERIFY(m_window->composer()->canSend());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->healthLabel()->text().contains(QStringLiteral("healthy")), kWaitMs);
    QVERIFY(m_window->healthLabel()->text().contains(QString::number(m_fixture->sim().port())));
}

void TestMainWindow::enterSendsAndTheAnswerRendersAsMarkdown()
{
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    typeAndSend(QStringLiteral("hello"));
    QCOMPARE(m_window->composer()->text(), QString()); // accepted, so cleared
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(1).state == MessageState::Complete, kWaitMs);

    const QString answer = m_conversation->message(1).content;
    // The answer keeps the exact body that produced it: the model, the user's words, the stream.
    const QJsonObject request = m_conversation->message(1).request;
    QCOMPARE(request.value(QStringLiteral("model")).toString(), m_conversation->message(1).model);
    QCOMPARE(request.value(QStringLiteral("messages"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("content")),
             QJsonValue(QStringLiteral("hello")));
    QCOMPARE(request.value(QStringLiteral("stream")), QJsonValue(true));
    const QStringList code = fencedCode(answer);
    QVERIFY2(!code.isEmpty(), qPrintable(answer));
    const QString shown = m_window->conversationView()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("hello")));
    for (const QString &block : code)
        QVERIFY2(shown.contains(block.section(QLatin1Char('\n'), 0, 0)), qPrintable(block));
    QVERIFY2(!shown.contains(QStringLiteral("```")), "a code fence was left as text");
    QVERIFY(answer.contains(QStringLiteral("|---")) || answer.contains(QStringLiteral("| ---")) ||
            answer.contains(QStringLiteral("|--")));
    QVERIFY2(!shown.contains(QStringLiteral("|--")), "a table was left as text");
    QTRY_VERIFY_WITH_TIMEOUT(m_window->metricsLabel()->text().contains(QStringLiteral("tok")), kWaitMs);
    QCOMPARE(m_window->composer()->button()->text(), QStringLiteral("Send"));
}

void TestMainWindow::shiftEnterAddsALineWithoutSending()
{
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    QPlainTextEdit *editor = m_window->composer()->editor();
    QTest::keyClicks(editor, QStringLiteral("line one"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("line two"));
    QCOMPARE(m_window->composer()->text(), QStringLiteral("line one\nline two"));
    QTest::qWait(200);
    QCOMPARE(m_conversation->rowCount(), 0);
    QCOMPARE(m_fixture->sim().chatRequestCount(), 0);
}

void TestMainWindow::escapeStopsMidStreamAndKeepsThePartialAnswer()
{
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    typeAndSend(QStringLiteral("Tell me everything\n/sim tokens=3000 delay=30"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(1).content.size() > 20, kWaitMs);
    QCOMPARE(m_window->composer()->button()->text(), QStringLiteral("Stop"));

    QTest::keyClick(m_window->composer()->editor(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(1).state == MessageState::Stopped, kWaitMs);
    const QString partial = m_conversation->message(1).content;
    QVERIFY(!partial.isEmpty());
    QVERIFY(m_window->conversationView()->toPlainText().contains(QStringLiteral("Stopped")));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->sim().disconnectCount(), 1, kWaitMs); // the server saw it go
    QCOMPARE(m_window->composer()->button()->text(), QStringLiteral("Send"));
    QTest::qWait(200);
    QCOMPARE(m_conversation->message(1).content, partial); // nothing arrives after the stop

    typeAndSend(QStringLiteral("a short one now"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 4, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(3).state == MessageState::Complete, kWaitMs);
    QVERIFY(!m_conversation->message(3).content.isEmpty());
}

void TestMainWindow::serverErrorShowsInTheConversation()
{
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    m_fixture->sim().setNextFault(SimFault::httpStatus(400));
    typeAndSend(QStringLiteral("too long"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(1).state == MessageState::Failed, kWaitMs);
    const QString shown = m_window->conversationView()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("maximum context length is 8192 tokens")), qPrintable(shown));
    QVERIFY(shown.contains(m_conversation->message(1).errorText));
    // No modal dialog: the window is still the active one and the composer is usable.
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_window->composer()->button()->text(), QStringLiteral("Send"));
}

void TestMainWindow::unreachableServerIsReportedAndOffersTheSimulator()
{
    const quint16 port = SimFixture::closedPort();
    QVERIFY(m_window->connectTo(QStringLiteral("127.0.0.1:%1").arg(port)));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->healthLabel()->text().contains(QStringLiteral("No server answers")) &&
                                 m_window->healthLabel()->text().contains(QString::number(port)),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->serverNotice()->isVisible(), kWaitMs);
    QVERIFY(m_window->serverNotice()->text().contains(QString::number(port)));
    // The models could not load: sending is off, with a reason.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->serverBar()->modelPicker()->isEnabled(), kWaitMs);
    QVERIFY(!m_window->composer()->canSend());
    QVERIFY(!m_window->composer()->button()->toolTip().isEmpty());
}

void TestMainWindow::startingTheSimulatorConnectsToIt()
{
    QVERIFY(m_window->connectTo(QStringLiteral("127.0.0.1:%1").arg(SimFixture::closedPort())));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->serverNotice()->isVisible(), kWaitMs);
    QPushButton *start = m_window->serverNotice()->startButton();
    if (!start->isVisible())
        QSKIP("loquat-sim is not next to the test binary");
    QTest::mouseClick(start, Qt::LeftButton);
    // A child loquat-sim on its own port; the address field and the models follow it.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->serverBar()->modelPicker()->isEnabled(), kWaitMs);
    const QUrl url(m_window->serverBar()->urlText());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() != m_fixture->sim().port());
    QVERIFY(!m_window->serverNotice()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->healthLabel()->text().contains(QStringLiteral("healthy")), kWaitMs);
}

void TestMainWindow::invalidAddressShowsAnInlineMessage()
{
    const QUrl before = m_client->server().baseUrl;
    QLineEdit *url = m_window->serverBar()->urlEdit();
    url->clear();
    QTest::keyClicks(url, QStringLiteral("not a server"));
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(!m_window->serverBar()->urlError().isEmpty());
    QVERIFY(m_window->serverBar()->urlError().contains(QStringLiteral("not a server")));
    QCOMPARE(m_client->server().baseUrl, before);

    // A bare host:port is completed, and the message goes away.
    url->clear();
    QTest::keyClicks(url, QStringLiteral("localhost:%1").arg(m_fixture->sim().port()));
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(m_window->serverBar()->urlError().isEmpty());
    // The first address becomes a profile; its (empty) key is asked of the keychain first.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->server().baseUrl,
                              QUrl(QStringLiteral("http://localhost:%1/v1").arg(m_fixture->sim().port())),
                              kWaitMs);
}

void TestMainWindow::newChatClearsTheConversation()
{
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    typeAndSend(QStringLiteral("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_conversation->rowCount(), 0);
    QVERIFY(m_window->conversationView()->toPlainText().trimmed().isEmpty());
}

void TestMainWindow::settingsKeepAddressAndModelButNeverTheKey()
{
    m_window.reset(); // this test builds windows on a settings-backed directory
    const QString address = m_fixture->sim().baseUrl().toString();
    QSettings settings;
    MemorySecretStore keychain; // stands in for the OS keychain (tst_serverdirectory uses the real one)
    ApiKeyVault vault(&keychain);
    {
        ProfileModel profiles(&settings);
        ServerDirectory directory(&profiles, &vault);
        MainWindow window(m_client.get(), m_conversation.get(), m_session.get(), &directory);
        window.show();
        QVERIFY(window.connectTo(address));
        QComboBox *picker = window.serverBar()->modelPicker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->isEnabled() && picker->count() >= 2, kWaitMs);
        const int second = picker->findData(QStringLiteral("sim-reasoner"));
        QVERIFY(second >= 0);
        picker->setCurrentIndex(second);
        emit picker->activated(second); // what a user's pick emits
        QCOMPARE(m_session->model(), QStringLiteral("sim-reasoner"));
        bool stored = false;
        vault.store(profiles.activeId(), QStringLiteral("sk-never-on-disk"), nullptr,
                    [&stored](const ApiKeyVault::Outcome &) { stored = true; });
        QTRY_VERIFY(stored);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->server().apiKey, QStringLiteral("sk-never-on-disk"), kWaitMs);
        window.close();
    }
    settings.sync();
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(address.toUtf8()));
    QVERIFY(!written.contains("sk-never-on-disk"));

    // A new window comes back to the same profile, server and model (and its key).
    ProfileModel profiles(&settings);
    ServerDirectory directory(&profiles, &vault);
    MainWindow window(m_client.get(), m_conversation.get(), m_session.get(), &directory);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.serverBar()->modelPicker()->isEnabled(), kWaitMs);
    QCOMPARE(window.serverBar()->urlText(), address);
    QCOMPARE(window.serverBar()->currentModel(), QStringLiteral("sim-reasoner"));
    QCOMPARE(window.serverBar()->currentProfileId(), profiles.activeId());
    QCOMPARE(m_client->server().apiKey, QStringLiteral("sk-never-on-disk"));
}

void TestMainWindow::whatIsSentIsKeptInTheHistory()
{
    connectAndWait();
    typeAndSend(QStringLiteral("How do pagers work?"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(historyTitles(), QStringLiteral("How do pagers work?"), kWaitMs);
    QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("How do pagers work?")));
    QListView *list = m_window->historySidebar()->list();
    QTRY_COMPARE(list->currentIndex().row(), 0); // the conversation on screen is the one selected
    // The file has it, with the answer's end.
    QTRY_VERIFY(!m_active->recorder()->hasPendingWrites());
    ConversationStore check(m_dataDir->filePath(QStringLiteral("history.db")));
    QVERIFY(check.open().open);
    const QList<Message> branch = check.branch(m_active->uid());
    QCOMPARE(branch.size(), 2);
    QCOMPARE(branch.at(1).state, MessageState::Complete);
    QCOMPARE(branch.at(1).content, m_conversation->message(1).content);
}

void TestMainWindow::openingAConversationRestoresItsSettings()
{
    connectAndWait();
    m_window->serverBar()->setSystemPrompt(QStringLiteral("Answer like a pirate."));
    typeAndSend(QStringLiteral("first conversation"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    const QString first = m_active->uid();
    const QString firstAnswer = m_conversation->message(1).content;

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_conversation->rowCount(), 0);
    m_window->serverBar()->setSystemPrompt(QString());
    typeAndSend(QStringLiteral("second conversation"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(historyTitles(), QStringLiteral("second conversation|first conversation"),
                              kWaitMs);

    // A click on the older one brings it back as it was, system prompt included.
    QListView *list = m_window->historySidebar()->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(1, 0)).center());
    QTRY_COMPARE_WITH_TIMEOUT(m_active->uid(), first, kWaitMs);
    QTRY_COMPARE(m_conversation->rowCount(), 2);
    QCOMPARE(m_conversation->message(0).content, QStringLiteral("first conversation"));
    QCOMPARE(m_conversation->message(1).content, firstAnswer);
    QCOMPARE(m_window->serverBar()->systemPrompt(), QStringLiteral("Answer like a pirate."));
    QCOMPARE(m_session->systemPrompt(), QStringLiteral("Answer like a pirate."));
    QVERIFY(m_window->conversationView()->toPlainText().contains(QStringLiteral("first conversation")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("first conversation")));
}

void TestMainWindow::editingMakesAVersionToSwitchTo()
{
    connectAndWait();
    typeAndSend(QStringLiteral("original question"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    const QString oldAnswer = m_conversation->message(1).content;

    m_window->onMessageAction(MessageAction::Kind::Edit, m_conversation->message(0).id);
    QCOMPARE(m_window->composer()->text(), QStringLiteral("original question"));
    QVERIFY(m_window->editNotice()->isVisible());
    m_window->composer()->setText(QStringLiteral("edited question"));
    QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
    QVERIFY(!m_window->editNotice()->isVisible());
    QVERIFY(m_window->editingUid().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    QCOMPARE(m_conversation->message(0).content, QStringLiteral("edited question"));
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->message(0).siblingCount, 2, kWaitMs);
    QVERIFY(m_window->conversationView()->toPlainText().contains(QStringLiteral("2 / 2")));

    // The arrow goes back to the first version, with its own answer.
    m_window->onMessageAction(MessageAction::Kind::Previous, m_conversation->message(0).id);
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->message(0).content, QStringLiteral("original question"),
                              kWaitMs);
    QCOMPARE(m_conversation->message(1).content, oldAnswer);
    QVERIFY(m_window->conversationView()->toPlainText().contains(QStringLiteral("1 / 2")));
}

void TestMainWindow::escapeCancelsAnEditAndGivesTheDraftBack()
{
    connectAndWait();
    typeAndSend(QStringLiteral("a question"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    m_window->composer()->setText(QStringLiteral("half-typed draft"));
    m_window->onMessageAction(MessageAction::Kind::Edit, m_conversation->message(0).id);
    QCOMPARE(m_window->composer()->text(), QStringLiteral("a question"));
    QTest::keyClick(m_window->composer()->editor(), Qt::Key_Escape);
    QVERIFY(m_window->editingUid().isEmpty());
    QVERIFY(!m_window->editNotice()->isVisible());
    QCOMPARE(m_window->composer()->text(), QStringLiteral("half-typed draft"));
    QCOMPARE(m_conversation->rowCount(), 2);
}

void TestMainWindow::regenerateAndDeleteFromTheMessage()
{
    connectAndWait();
    typeAndSend(QStringLiteral("regenerate me"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    const QString firstUid = m_conversation->message(1).uid;
    m_window->onMessageAction(MessageAction::Kind::Regenerate, m_conversation->message(1).id);
    QVERIFY(m_session->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), kWaitMs);
    QVERIFY(m_conversation->message(1).uid != firstUid);
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->message(1).siblingCount, 2, kWaitMs);

    m_window->onMessageAction(MessageAction::Kind::Copy, m_conversation->message(1).id);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_conversation->message(1).content);

    m_window->onMessageAction(MessageAction::Kind::Delete, m_conversation->message(1).id);
    // The other version takes its place.
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->message(1).uid, firstUid, kWaitMs);
    QCOMPARE(m_conversation->message(1).siblingCount, 1);
}

void TestMainWindow::deletingAConversationCanBeUndone()
{
    connectAndWait();
    typeAndSend(QStringLiteral("keep me please"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(historyTitles(), QStringLiteral("keep me please"), kWaitMs);
    const QString uid = m_active->uid();
    HistorySidebar *sidebar = m_window->historySidebar();
    sidebar->list()->setCurrentIndex(sidebar->model()->index(0));
    QTest::keyClick(sidebar->list(), Qt::Key_Delete);
    QCOMPARE(historyTitles(), QString());
    QCOMPARE(m_conversation->rowCount(), 0); // it was on screen: a new one began
    QTRY_VERIFY(sidebar->undoBar()->isVisible());
    QVERIFY(sidebar->undoBar()->text().contains(QStringLiteral("keep me please")));
    sidebar->undoBar()->actionButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(historyTitles(), QStringLiteral("keep me please"), kWaitMs);
    QVERIFY(!sidebar->undoBar()->isVisible());
    ConversationStore check(m_dataDir->filePath(QStringLiteral("history.db")));
    QVERIFY(check.open().open);
    QCOMPARE(check.branch(uid).size(), 2);
}

void TestMainWindow::searchFindsAsYouType()
{
    connectAndWait();
    typeAndSend(QStringLiteral("tell me about zeppelins"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    typeAndSend(QStringLiteral("and about submarines"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->historySidebar()->model()->rowCount(), 2, kWaitMs);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = m_window->historySidebar()->searchField();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zepp"));
    ConversationListModel *list = m_window->historySidebar()->model();
    QTRY_COMPARE_WITH_TIMEOUT(historyTitles(), QStringLiteral("tell me about zeppelins"), kWaitMs);
    QVERIFY(list->data(list->index(0), ConversationListModel::SnippetRole)
                .toString()
                .contains(QString(SearchHit::kMarkStart) + QStringLiteral("zeppelins")));
    QTest::keyClicks(search, QStringLiteral("xyz"));
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 0, kWaitMs);
    QVERIFY(m_window->historySidebar()->emptyLabel()->isVisibleTo(m_window->historySidebar()));
    QTest::keyClick(search, Qt::Key_Escape); // clears
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, kWaitMs);
}

void TestMainWindow::aNewerHistoryFileIsShownReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    {
        ConversationStore store(path);
        QVERIFY(store.open().open);
        QVERIFY(store.database().exec(
            QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::latestVersion() + 1)));
    }
    AsyncStore store(path, StoreDatabase::Options{});
    ConversationModel model;
    ChatSession session(m_client.get(), &model);
    ActiveConversation active(&store, &model, &session, m_client.get());
    MainWindow window(m_client.get(), &model, &session);
    window.setHistory(&active);
    QTRY_VERIFY_WITH_TIMEOUT(window.storeNotice()->isVisibleTo(&window), kWaitMs);
    QVERIFY2(window.storeNotice()->text().contains(QStringLiteral("newer version")),
             qPrintable(window.storeNotice()->text()));
}

void TestMainWindow::theNextStartReopensTheLastConversation()
{
    connectAndWait();
    typeAndSend(QStringLiteral("remember me"));
    QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_active->isStored() && !m_active->recorder()->hasPendingWrites(), kWaitMs);
    const QString uid = m_active->uid();
    // The app ends; a new one starts on the same history.
    m_window.reset();
    m_active.reset();
    m_session.reset();
    m_store.reset();
    m_conversation = std::make_unique<ConversationModel>();
    m_session = std::make_unique<ChatSession>(m_client.get(), m_conversation.get());
    m_store = std::make_unique<AsyncStore>(m_dataDir->filePath(QStringLiteral("history.db")),
                                           StoreDatabase::Options{});
    m_active = std::make_unique<ActiveConversation>(m_store.get(), m_conversation.get(), m_session.get(),
                                                    m_client.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), m_conversation.get(), m_session.get());
    m_window->setHistory(m_active.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_active->uid(), uid, kWaitMs);
    QCOMPARE(m_conversation->rowCount(), 2);
    QCOMPARE(m_conversation->message(0).content, QStringLiteral("remember me"));

    // A new conversation is what a start after Ctrl+N shows.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(QSettings().value(QStringLiteral("history/current")).toString().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
