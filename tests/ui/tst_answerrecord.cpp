// What an answer keeps, through the whole window and a real store file: the server's version
// and the token probabilities come back when the conversation is reopened, where the request
// and the shading are shown.

#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "conversationview.h"
#include "mainwindow.h"
#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"
#include "mediafiles.h"
#include "messageaction.h"
#include "sampling/logprobview.h"
#include "sampling/presetstore.h"
#include "sampling/requestdialog.h"
#include "sampling/samplingcontroller.h"
#include "sampling/samplingfieldeditor.h"
#include "sampling/samplingpanel.h"
#include "serverbar.h"
#include "simfixture.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "store/conversationrecorder.h"
#include "storefixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <QCheckBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kWaitMs = 15000;
}

// The app as main() wires it, on a store file in `dir`.
struct Rig {
    Rig(const QTemporaryDir &dir, const SimOptions &options)
        : sim(options)
        , client(&sim.network())
        , session(&client, &conversation)
        , store(StoreFixture::databasePath(dir), StoreDatabase::Options{})
        , active(&store, &conversation, &session, &client)
        , presets(dir.filePath(QStringLiteral("presets.json")))
        , window(&client, &conversation, &session)
    {
        client.setServer(sim.config());
        window.setHistory(&active);
        controller = new SamplingController(&window, &session, &conversation, &client, &presets);
        window.show();
    }
    bool ready()
    {
        if (!QTest::qWaitForWindowExposed(&window) || !window.connectTo(sim.sim().baseUrl().toString()))
            return false;
        return QTest::qWaitFor([this] { return window.composer()->canSend(); }, kWaitMs);
    }

    SimFixture sim;
    VllmClient client;
    ConversationModel conversation;
    ChatSession session;
    AsyncStore store;
    ActiveConversation active;
    PresetStore presets;
    MainWindow window;
    SamplingController *controller = nullptr;
};

class TestAnswerRecord final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LoquatAnswerRecordTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void versionAndProbabilitiesComeBackWhenReopened()
    {
        QSettings().clear();
        SimOptions options;
        options.version = QStringLiteral("0.21.1");
        Rig rig(m_dir, options);
        QVERIFY(rig.ready());
        ConversationModel &conversation = rig.conversation;
        ActiveConversation &active = rig.active;
        MainWindow &window = rig.window;
        SamplingController *controller = rig.controller;

        SamplingFieldEditor *logprobs = controller->panel()->editor(QStringLiteral("logprobs"));
        logprobs->explicitBox()->setChecked(true);
        qobject_cast<QCheckBox *>(logprobs->editor())->setChecked(true);
        auto *top =
            qobject_cast<QLineEdit *>(controller->panel()->editor(QStringLiteral("top_logprobs"))->editor());
        top->selectAll();
        QTest::keyClicks(top, QStringLiteral("3"));
        auto *max = qobject_cast<QLineEdit *>(
            controller->panel()->editor(QStringLiteral("max_completion_tokens"))->editor());
        max->selectAll();
        QTest::keyClicks(max, QStringLiteral("12"));
        QTest::keyClicks(window.composer()->editor(), QStringLiteral("Hi"));
        QTest::keyClick(window.composer()->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            conversation.rowCount() == 2 && conversation.message(1).state == MessageState::Complete, kWaitMs);
        const Message sent = conversation.message(1);
        QCOMPARE(sent.logprobs.size(), 12);
        QTRY_COMPARE_WITH_TIMEOUT(conversation.message(1).serverVersion, QStringLiteral("0.21.1"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!active.recorder()->hasPendingWrites(), kWaitMs);

        // Reopened from the file: nothing of it is in memory any more.
        const QString uid = active.uid();
        QSignalSpy opened(&active, &ActiveConversation::opened);
        active.startNew();
        QCOMPARE(conversation.rowCount(), 0);
        active.open(uid);
        QVERIFY(opened.wait(kWaitMs));
        QCOMPARE(conversation.rowCount(), 2);
        const Message reopened = conversation.message(1);
        QCOMPARE(reopened.logprobs, sent.logprobs);
        QCOMPARE(reopened.serverVersion, QStringLiteral("0.21.1"));
        QVERIFY(reopened.request.isEmpty());

        // The shading is there again...
        const QString text = window.conversationView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Probabilities")), qPrintable(text));
        window.conversationView()->activateLink(
            QUrl(MessageAction::link(MessageAction::Kind::Probabilities, reopened.id)), -1);
        auto *view = window.findChild<LogprobView *>();
        QVERIFY(view);
        QCOMPARE(view->tokenCount(), 12);
        QVERIFY(view->tooltipFor(0).contains(QStringLiteral("<table>")));

        // ...and so is the request, read from the store, with the model and the server's version.
        QVERIFY2(text.contains(QStringLiteral("Request")), qPrintable(text));
        window.conversationView()->activateLink(
            QUrl(MessageAction::link(MessageAction::Kind::Request, reopened.id)), -1);
        RequestDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<RequestDialog *>()) != nullptr, kWaitMs);
        QCOMPARE(QJsonDocument::fromJson(dialog->bodyView()->toPlainText().toUtf8()).object(), sent.request);
        QVERIFY2(dialog->factsText().contains(QStringLiteral("vLLM 0.21.1")),
                 qPrintable(dialog->factsText()));
        QVERIFY(dialog->factsText().contains(QStringLiteral("sim-chat")));
    }

    // An answer whose question had an image: its recorded request holds a placeholder; Replay
    // sends the stored file itself, and says so clearly (sending nothing) once the file is gone.
    void replayWithAttachmentsSendsTheStoredFiles()
    {
        QSettings().clear();
        Rig rig(m_dir, SimOptions{});
        QVERIFY(rig.ready());
        const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(48, 32), "png");
        const QString source = m_dir.filePath(QStringLiteral("pic.png"));
        QVERIFY(MediaFiles::writeFile(source, png));
        // Stored where the history keeps its attachments, as the composer does.
        const AttachmentStore files(QFileInfo(StoreFixture::databasePath(m_dir)).absolutePath() +
                                    QStringLiteral("/attachments"));
        AttachmentPreparer::Options prepare;
        prepare.store = &files;
        const AttachmentPreparer::Result prepared = AttachmentPreparer::prepareFile(source, prepare);
        QVERIFY2(prepared.ok, qPrintable(prepared.error));

        rig.window.serverBar()->modelPicker()->setCurrentIndex(
            rig.window.serverBar()->modelPicker()->findData(QStringLiteral("sim-omni")));
        QCOMPARE(rig.session.model(), QStringLiteral("sim-omni"));
        QVERIFY(rig.session.send(QStringLiteral("What is it?"), {prepared.attachment}));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.session.isBusy(), kWaitMs);
        const Message first = rig.conversation.message(1);
        QVERIFY(QString::fromUtf8(QJsonDocument(first.request).toJson())
                    .contains(QStringLiteral("<attachment sha256=")));

        rig.window.conversationView()->activateLink(
            QUrl(MessageAction::link(MessageAction::Kind::Request, first.id)), -1);
        RequestDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = rig.window.findChild<RequestDialog *>()) != nullptr, kWaitMs);
        // The copies keep placeholders, and the dialog says so.
        QVERIFY2(dialog->placeholderNote().contains(QStringLiteral("1 attachment")),
                 qPrintable(dialog->placeholderNote()));
        QVERIFY(!dialog->saveFullButton()->isHidden());
        QVERIFY(dialog->curlText().contains(QStringLiteral("<attachment sha256=")));

        const int before = rig.sim.sim().chatRequestCount();
        QTest::mouseClick(dialog->replayButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sim.sim().chatRequestCount(), before + 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.session.isBusy(), kWaitMs);
        const Message replayed = rig.conversation.message(1);
        QVERIFY(replayed.id != first.id);
        QCOMPARE(replayed.request, first.request);
        QVERIFY2(
            replayed.content.contains(
                QStringLiteral("%1 bytes, sha256 %2").arg(png.size()).arg(AttachmentStore::sha256Of(png))),
            qPrintable(replayed.content));

        // Save full body: the data itself, written off the UI thread, with a curl command for it.
        QTRY_VERIFY_WITH_TIMEOUT(rig.window.findChild<RequestDialog *>() == nullptr, kWaitMs); // closed
        QSignalSpy saved(rig.controller, &SamplingController::fullBodySaved);
        const QString bodyPath = m_dir.filePath(QStringLiteral("full.json"));
        rig.controller->saveFullBodyTo(first.request, bodyPath);
        QVERIFY(saved.wait(kWaitMs));
        QFile body(bodyPath);
        QVERIFY(body.open(QIODevice::ReadOnly));
        QVERIFY(body.readAll().contains(png.toBase64()));
        QVERIFY(
            QApplication::clipboard()->text().contains(QStringLiteral("--data-binary @'%1'").arg(bodyPath)));

        // The file is gone: nothing is sent, and a box says which.
        const Attachment &a = prepared.attachment;
        QVERIFY(files.remove(a.sha256, a.format));
        const int sent = rig.sim.sim().chatRequestCount();
        rig.controller->replay(replayed.id, first.request);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = rig.window.findChild<QMessageBox *>(QStringLiteral("replayRefused"))) != nullptr, kWaitMs);
        QVERIFY2(box->text().contains(QStringLiteral("no longer in the attachment store")),
                 qPrintable(box->text()));
        QTest::qWait(100);
        QCOMPARE(rig.sim.sim().chatRequestCount(), sent);
        QCOMPARE(rig.conversation.message(1).id, replayed.id); // the answer shown stays
    }
};

QTEST_MAIN(TestAnswerRecord)
#include "tst_answerrecord.moc"
