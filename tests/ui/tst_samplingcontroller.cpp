// SamplingController with the whole window against the simulator: the panel's fields reach the
// request, invalid ones stop the send with the reason, and an answer's request can be opened,
// copied and replayed exactly; its probabilities open shaded.

#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "conversationview.h"
#include "mainwindow.h"
#include "sampling/logprobview.h"
#include "sampling/presetstore.h"
#include "sampling/requestdialog.h"
#include "sampling/samplingcontroller.h"
#include "sampling/samplingfieldeditor.h"
#include "sampling/samplingpanel.h"
#include "serverbar.h"
#include "simfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kWaitMs = 10000;
}

class TestSamplingController final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimFixture> m_fixture;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_conversation;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PresetStore> m_presets;
    SamplingController *m_controller = nullptr;

    void setField(const QString &key, const QString &text)
    {
        auto *line = qobject_cast<QLineEdit *>(m_controller->panel()->editor(key)->editor());
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, text);
    }
    void send(const QString &text)
    {
        QTest::keyClicks(m_window->composer()->editor(), text);
        QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
    }
    int lastAnswerRow() const { return m_conversation->rowCount() - 1; }
    void waitForAnswer()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() > 0 &&
                                     m_conversation->message(lastAnswerRow()).state == MessageState::Complete,
                                 kWaitMs);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LoquatSamplingTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<SimFixture>();
        QVERIFY(m_fixture->isListening());
        m_client = std::make_unique<VllmClient>(&m_fixture->network());
        m_client->setServer(m_fixture->config());
        m_conversation = std::make_unique<ConversationModel>();
        m_session = std::make_unique<ChatSession>(m_client.get(), m_conversation.get());
        m_window = std::make_unique<MainWindow>(m_client.get(), m_conversation.get(), m_session.get());
        m_presets = std::make_unique<PresetStore>(m_dir.filePath(QStringLiteral("presets.json")));
        m_controller = new SamplingController(m_window.get(), m_session.get(), m_conversation.get(),
                                              m_client.get(), m_presets.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    }
    void cleanup()
    {
        m_window.reset(); // owns the controller
        m_presets.reset();
        m_session.reset();
        m_conversation.reset();
        m_client.reset();
        m_fixture.reset();
    }

    void panelFieldsReachTheRequest()
    {
        QVERIFY(m_controller->dock()->isVisible());
        setField(QStringLiteral("temperature"), QStringLiteral("0.3"));
        setField(QStringLiteral("seed"), QStringLiteral("12"));
        setField(QStringLiteral("max_completion_tokens"), QStringLiteral("25"));
        // The preview is the next request, history and all.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_controller->panel()->previewEdit()->toPlainText().contains(QStringLiteral("\"seed\": 12")),
            kWaitMs);
        send(QStringLiteral("Hello"));
        waitForAnswer();
        const QJsonObject body = m_fixture->sim().lastChatBody();
        QCOMPARE(body.value(QLatin1String("temperature")), QJsonValue(0.3));
        QCOMPARE(body.value(QLatin1String("seed")), QJsonValue(12));
        QCOMPARE(body.value(QLatin1String("max_completion_tokens")), QJsonValue(25));
        for (const char *absent : {"top_p", "top_k", "n", "logprobs", "stop"})
            QVERIFY2(!body.contains(QLatin1String(absent)), absent);
        QCOMPARE(m_conversation->message(lastAnswerRow()).metrics.completionTokens, 25);
    }

    void invalidFieldsStopTheSend()
    {
        setField(QStringLiteral("top_p"), QStringLiteral("0"));
        send(QStringLiteral("Hello"));
        QCOMPARE(m_conversation->rowCount(), 0);
        QCOMPARE(m_fixture->sim().chatRequestCount(), 0);
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            QStringLiteral("Top p must be in (0, 1], not 0.")));
        QCOMPARE(m_window->composer()->text(), QStringLiteral("Hello")); // nothing typed is lost
        setField(QStringLiteral("top_p"), QStringLiteral("0.5"));
        QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
        waitForAnswer();
        QCOMPARE(m_fixture->sim().lastChatBody().value(QLatin1String("top_p")), QJsonValue(0.5));
    }

    void requestOpensCopiesAndReplays()
    {
        setField(QStringLiteral("temperature"), QStringLiteral("0.9"));
        setField(QStringLiteral("seed"), QStringLiteral("3"));
        send(QStringLiteral("Tell me"));
        waitForAnswer();
        const Message first = m_conversation->message(lastAnswerRow());
        // The footer's link opens the dialog with the exact body.
        m_window->conversationView()->activateLink(
            QUrl(MessageAction::link(MessageAction::Kind::Request, first.id)), -1);
        RequestDialog *dialog = m_window->findChild<RequestDialog *>();
        QVERIFY(dialog);
        QCOMPARE(QJsonDocument::fromJson(dialog->bodyView()->toPlainText().toUtf8()).object(), first.request);
        QVERIFY(!dialog->bodyView()->toPlainText().contains(QStringLiteral("sk-")));
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Copy as curl"))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QStringLiteral("curl -sS -N '%1'")
                                     .arg(m_client->server().endpoint(u"chat/completions").toString())),
                 qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("\"seed\":3")));
        // Replay: the same body again, as a new answer; the same seed gives the same text.
        const int before = m_fixture->sim().chatRequestCount();
        QTest::mouseClick(dialog->replayButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->sim().chatRequestCount(), before + 1, kWaitMs);
        waitForAnswer();
        const Message replayed = m_conversation->message(lastAnswerRow());
        QVERIFY(replayed.id != first.id);
        QCOMPARE(replayed.request, first.request);
        QCOMPARE(m_fixture->sim().lastChatBody(), first.request);
        QCOMPARE(replayed.content, first.content);
    }

    void probabilitiesOpenShaded()
    {
        m_controller->panel()->editor(QStringLiteral("logprobs"))->explicitBox()->setChecked(true);
        auto *flag =
            qobject_cast<QCheckBox *>(m_controller->panel()->editor(QStringLiteral("logprobs"))->editor());
        flag->setChecked(true);
        setField(QStringLiteral("top_logprobs"), QStringLiteral("3"));
        setField(QStringLiteral("max_completion_tokens"), QStringLiteral("15"));
        send(QStringLiteral("Hi"));
        waitForAnswer();
        const Message answer = m_conversation->message(lastAnswerRow());
        QCOMPARE(answer.logprobs.size(), 15);
        QVERIFY(m_window->conversationView()->toPlainText().contains(QStringLiteral("Probabilities")));
        m_window->conversationView()->activateLink(
            QUrl(MessageAction::link(MessageAction::Kind::Probabilities, answer.id)), -1);
        auto *view = m_window->findChild<LogprobView *>();
        QVERIFY(view);
        QCOMPARE(view->tokenCount(), 15);
        QVERIFY(view->tooltipFor(0).contains(QStringLiteral("<table>")));
    }

    void alternativesAsTabs()
    {
        setField(QStringLiteral("n"), QStringLiteral("3"));
        setField(QStringLiteral("max_completion_tokens"), QStringLiteral("20"));
        send(QStringLiteral("Hi"));
        waitForAnswer();
        const Message answer = m_conversation->message(lastAnswerRow());
        QCOMPARE(answer.alternatives.size(), 2);
        ConversationView *view = m_window->conversationView();
        QVERIFY(view->toPlainText().contains(QStringLiteral("Answers: [1] 2 3")));
        QCOMPARE(view->shownChoice(answer.id), 0);
        view->activateLink(QUrl(QStringLiteral("loquat-choice:%1:2").arg(answer.id)), -1);
        QCOMPARE(view->shownChoice(answer.id), 2);
        QVERIFY(view->toPlainText().contains(QStringLiteral("Answers: 1 2 [3]")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("Réponse 3")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("Réponse 1")));
    }
};

QTEST_MAIN(TestSamplingController)
#include "tst_samplingcontroller.moc"
