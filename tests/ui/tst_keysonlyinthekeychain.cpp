// The key test at the level of the whole app: a profile created in the Profiles window
// with a key kept in the real OS keychain (the private gnome-keyring of tools/test.sh), chats
// against a simulator that requires the key, the request opened and previewed, the conversation
// exported as JSON and as Markdown through the window's export, the key changed and used, then
// removed. Every file written under the test's HOME and XDG folders — settings, the SQLite
// history, the exports, the log of every message the app printed — is then read byte by byte:
// neither key may be in any of them, as text, UTF-16 or base64.

#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "historysidebar.h"
#include "keychaintest.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profilesdialog.h"
#include "sampling/presetstore.h"
#include "sampling/requestdialog.h"
#include "sampling/samplingcontroller.h"
#include "sampling/samplingpanel.h"
#include "settings/apikeyvault.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilemodel.h"
#include "settings/serverdirectory.h"
#include "simfixture.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "store/datadir.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kWaitMs = 15000;

QTemporaryDir *g_home = nullptr;
QFile *g_log = nullptr;

// Everything the app says on stderr (qDebug, qWarning, ...) also goes to a log file in the test's
// HOME, so the search below covers what a user's log or a crash report would hold.
void logToFile(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_log) {
        g_log->write(message.toUtf8() + '\n');
        g_log->flush();
    }
    fprintf(stderr, "%s\n", qPrintable(message));
}

// Accepts the next file dialog with `path` (QFileDialog::getSaveFileName runs its own loop).
void answerNextFileDialog(const QString &path)
{
    QTimer::singleShot(50, qApp, [path] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(widget);
            if (dialog && dialog->isVisible()) {
                // As a person types it: the whole path in the file name field.
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (name)
                    name->setText(path);
                else
                    dialog->selectFile(path);
                QMetaObject::invokeMethod(dialog, "accept");
                return;
            }
        }
        answerNextFileDialog(path);
    });
}

QStringList allFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

class TestKeysOnlyInTheKeychain final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!KeychainTest::hasPrivateSession())
            QSKIP("needs the private D-Bus session and keyring of tools/test.sh");
        QVERIFY(m_home.isValid());
        g_home = &m_home;
        QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LoquatKeysTest"));
        KeychainTest::redirectUserFolders(m_home);
        // HOME too (Documents, where exports go by default; anything that writes under ~).
        const QString home = m_home.filePath(QStringLiteral("home"));
        QDir().mkpath(home + QStringLiteral("/Documents"));
        qputenv("HOME", QFile::encodeName(home));
        qunsetenv("LOQUAT_DATA_DIR");
        qunsetenv("LOQUAT_API_KEY");
        qunsetenv("VLLM_API_KEY");
        qunsetenv("OPENAI_API_KEY");
        QDir().mkpath(m_home.filePath(QStringLiteral("xdg_state_home")));
        m_log = std::make_unique<QFile>(m_home.filePath(QStringLiteral("xdg_state_home/loquat.log")));
        QVERIFY(m_log->open(QIODevice::WriteOnly | QIODevice::Append));
        g_log = m_log.get();
        qInstallMessageHandler(logToFile);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        g_log = nullptr;
        g_home = nullptr;
    }

    void theSearchFindsAKeyInEveryEncoding()
    {
        // The search below must be able to fail.
        const QString key = KeychainTest::randomKey();
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("a.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("x" + key.toUtf8().toBase64() + "y");
        plain.close();
        QCOMPARE(KeychainTest::filesContaining(dir.path(), key).size(), 1);
    }

    void noFileLoquatWroteHoldsAKey()
    {
        const QString key = KeychainTest::randomKey();
        const QString changed = KeychainTest::randomKey();
        SimOptions secured;
        secured.apiKey = key;
        SimFixture sim(secured);
        QVERIFY(sim.isListening());
        // First start looks at $LOQUAT_URL (else localhost:8000, which tests leave alone).
        qputenv("LOQUAT_URL", sim.sim().baseUrl().toString().toUtf8());

        // The app as app/main.cpp wires it: settings, profiles, the real keychain, the history.
        auto settings = std::make_unique<QSettings>();
        KeychainSecretStore keychain(KeychainTest::uniqueService());
        auto vault = std::make_unique<ApiKeyVault>(&keychain);
        auto profiles = std::make_unique<ProfileModel>(settings.get());
        auto directory = std::make_unique<ServerDirectory>(profiles.get(), vault.get());
        auto client = std::make_unique<VllmClient>(&sim.network());
        const QString historyFile = DataDir::historyFile(DataDir::resolve());
        QVERIFY2(historyFile.startsWith(m_home.path()), qPrintable(historyFile));
        auto store = std::make_unique<AsyncStore>(historyFile, StoreDatabase::Options{});
        auto conversation = std::make_unique<ConversationModel>();
        auto session = std::make_unique<ChatSession>(client.get(), conversation.get());
        auto active = std::make_unique<ActiveConversation>(store.get(), conversation.get(), session.get(),
                                                           client.get());
        auto window =
            std::make_unique<MainWindow>(client.get(), conversation.get(), session.get(), directory.get());
        window->setHistory(active.get());
        PresetStore presets;
        auto *sampling =
            new SamplingController(window.get(), session.get(), conversation.get(), client.get(), &presets);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        // A new profile in the Profiles window, with its key typed in.
        ProfilesDialog *dialog = window->openProfiles();
        ProfileEditor *editor = dialog->editor();
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        editor->nameEdit()->clear();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Secured lab"));
        editor->urlEdit()->clear();
        QTest::keyClicks(editor->urlEdit(), sim.sim().baseUrl().toString());
        QTest::keyClicks(editor->keyEdit(), key);
        QVERIFY2(editor->save(), qPrintable(editor->problem()));
        QTRY_VERIFY_WITH_TIMEOUT(editor->keyStatus().contains(QStringLiteral("OS keychain")), kWaitMs);
        QTest::mouseClick(editor->useButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(client->server().apiKey, key, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(window->composer()->canSend(), kWaitMs);

        // A chat with it: recorded in the history with its exact request.
        chat(window.get(), session.get(), conversation.get(), QStringLiteral("Hello, secured server"));
        QVERIFY(sim.sim().requests().last().header("authorization") == "Bearer " + key.toUtf8());
        // The request as the Request dialog and the panel's preview show it: no key there either.
        sampling->openRequest(conversation->messages().last().id);
        RequestDialog *request = nullptr;
        QTRY_VERIFY((request = window->findChild<RequestDialog *>()) != nullptr);
        QVERIFY(!request->jsonText().contains(key));
        QVERIFY(!request->curlText().contains(key));
        QVERIFY(request->curlText().contains(QStringLiteral("LOQUAT_API_KEY")));
        request->close();
        QTRY_VERIFY_WITH_TIMEOUT(!sampling->panel()->previewEdit()->toPlainText().isEmpty(), kWaitMs);
        QVERIFY(!sampling->panel()->previewEdit()->toPlainText().contains(key));

        // Exported, as JSON and as Markdown, through the window.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY2(documents.startsWith(m_home.path()), qPrintable(documents));
        const QString json = QDir(documents).filePath(QStringLiteral("chat.json"));
        const QString markdown = QDir(documents).filePath(QStringLiteral("chat.md"));
        answerNextFileDialog(json);
        emit window->historySidebar()->exportRequested(active->uid(), HistorySidebar::Format::Json);
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(json).size() > 0,
                                  qPrintable(window->statusBar()->currentMessage()), kWaitMs);
        answerNextFileDialog(markdown);
        emit window->historySidebar()->exportRequested(active->uid(), HistorySidebar::Format::Markdown);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(markdown).size() > 0, kWaitMs);

        // The key changed (the server now wants the new one), used, then removed.
        SimOptions rekeyed = sim.sim().options();
        rekeyed.apiKey = changed;
        sim.sim().setOptions(rekeyed);
        QTest::keyClicks(editor->keyEdit(), changed);
        QVERIFY(editor->save());
        QTRY_COMPARE_WITH_TIMEOUT(client->server().apiKey, changed, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(window->composer()->canSend(), kWaitMs);
        chat(window.get(), session.get(), conversation.get(), QStringLiteral("Still there?"));
        QVERIFY(sim.sim().requests().last().header("authorization") == "Bearer " + changed.toUtf8());
        QTRY_VERIFY(editor->removeKeyButton()->isEnabled());
        QTest::mouseClick(editor->removeKeyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->keyStatus().contains(QStringLiteral("No API key")), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(client->server().apiKey.isEmpty(), kWaitMs);

        // Everything closed as on quitting: the window saves its state, the store writes and closes.
        window->close();
        window.reset();
        active.reset();
        session.reset();
        conversation.reset();
        store.reset();
        client.reset();
        directory.reset();
        profiles.reset();
        vault.reset();
        settings->sync();
        settings.reset();
        m_log->flush();

        // The files are there, and the search reads them: the chat's words are found in them.
        const QStringList files = allFiles(m_home.path());
        QVERIFY2(files.contains(historyFile), qPrintable(files.join(QLatin1Char('\n'))));
        QVERIFY(files.contains(json));
        QVERIFY(files.contains(markdown));
        QVERIFY(std::any_of(files.begin(), files.end(), [](const QString &f) {
            return f.endsWith(QLatin1String(".conf")) || f.endsWith(QLatin1String(".ini"));
        }));
        const QStringList withWords =
            KeychainTest::filesContaining(m_home.path(), QStringLiteral("Hello, secured server"));
        QVERIFY2(withWords.contains(json) && withWords.contains(markdown),
                 qPrintable(withWords.join(QLatin1Char('\n'))));
        QVERIFY2(std::any_of(withWords.begin(), withWords.end(),
                             [&](const QString &f) { return f.startsWith(historyFile); }),
                 qPrintable(withWords.join(QLatin1Char('\n'))));
        QVERIFY(!KeychainTest::filesContaining(m_home.path(), QStringLiteral("Secured lab"))
                     .isEmpty()); // the profile
        // And neither key is anywhere.
        QCOMPARE(KeychainTest::filesContaining(m_home.path(), key), QStringList());
        QCOMPARE(KeychainTest::filesContaining(m_home.path(), changed), QStringList());
    }

private:
    void chat(MainWindow *window, ChatSession *session, ConversationModel *conversation, const QString &text)
    {
        const int before = conversation->rowCount();
        window->composer()->setText(text);
        QTest::keyClick(window->composer()->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(conversation->rowCount() == before + 2 && !session->isBusy(), kWaitMs);
        QCOMPARE(conversation->messages().last().state, MessageState::Complete);
    }

    QTemporaryDir m_home;
    std::unique_ptr<QFile> m_log;
};

QTEST_MAIN(TestKeysOnlyInTheKeychain)
#include "tst_keysonlyinthekeychain.moc"
