// Server profiles in the running window: first start, switching in one click, the profiles
// window (add, edit, duplicate, delete, keys), an unavailable keychain and the key file, trusting
// a self-signed certificate, the status bar's version and load, the prompt's token budget, and a
// local server started from a profile. Against in-process simulators; the real keychain where
// tools/test.sh provides one.

#include "api/chatstream.h"
#include "api/serverinsight.h"
#include "api/tlstrust.h"
#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "chat/tokenbudget.h"
#include "composer.h"
#include "keychainnotice.h"
#include "keychaintest.h"
#include "local/localserver.h"
#include "local/localservers.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "profilesdialog.h"
#include "serverbar.h"
#include "servernotice.h"
#include "settings/filesecretstore.h"
#include "settings/keychainsecretstore.h"
#include "settings/memorysecretstore.h"
#include "settings/serverdirectory.h"
#include "simfixture.h"
#include "tokenbudgetlabel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kWaitMs = 15000;

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("LOQUAT_TEST_SOURCE_DIR") + QStringLiteral("/data/tls/") + name;
}

QSslConfiguration tlsFor(const QString &name)
{
    QFile certFile(dataFile(name + QStringLiteral(".crt")));
    QFile keyFile(dataFile(name + QStringLiteral(".key")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (certFile.open(QIODevice::ReadOnly))
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    if (keyFile.open(QIODevice::ReadOnly))
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    return tls;
}

// Presses the given button of the next message box that opens (they run their own event loop).
void answerNextMessageBox(const QString &buttonText)
{
    QTimer::singleShot(0, qApp, [buttonText] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == buttonText) {
                    button->click();
                    return;
                }
            }
        }
        answerNextMessageBox(buttonText); // not open yet
    });
}

ServerProfile profileFor(const QString &name, const QUrl &url)
{
    ServerProfile profile;
    profile.name = name;
    profile.baseUrl = url;
    return profile;
}
} // namespace

class TestProfiles final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LoquatProfilesTest"));
        KeychainTest::redirectUserFolders(m_home);
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(FileSecretStore::defaultPath());
        m_keychain = std::make_unique<MemorySecretStore>();
        m_settings = std::make_unique<QSettings>();
        m_fixture = std::make_unique<SimFixture>();
        QVERIFY(m_fixture->isListening());
        // First start looks at $LOQUAT_URL (else localhost:8000, which tests leave alone).
        qputenv("LOQUAT_URL", m_fixture->sim().baseUrl().toString().toUtf8());
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_conversation.reset();
        m_client.reset();
        m_directory.reset();
        m_profiles.reset();
        m_vault.reset();
        m_fixture.reset();
        m_settings.reset();
        m_keychain.reset();
        qunsetenv("LOQUAT_URL");
    }

    void firstStartOffersWhatAnswers()
    {
        openWindow();
        ServerNotice *notice = m_window->serverNotice();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->useButton()->isVisible(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QStringLiteral("vLLM 0.21.1")), kWaitMs);
        QVERIFY(notice->text().contains(QString::number(m_fixture->sim().port())));
        QVERIFY(notice->addButton()->isVisible());
        QVERIFY(m_profiles->isEmpty());
        QTest::mouseClick(notice->useButton(), Qt::LeftButton);
        QCOMPARE(m_profiles->rowCount(), 1);
        QCOMPARE(m_profiles->active()->baseUrl, m_fixture->sim().baseUrl());
        QCOMPARE(m_window->serverBar()->currentProfileId(), m_profiles->activeId());
        QVERIFY(!notice->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    }

    void firstStartWithNothingThereOffersToAdd()
    {
        qputenv("LOQUAT_URL", QStringLiteral("127.0.0.1:%1").arg(SimFixture::closedPort()).toUtf8());
        openWindow();
        ServerNotice *notice = m_window->serverNotice();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->addButton()->isVisible(), kWaitMs);
        QVERIFY(!notice->useButton()->isVisible());
        QTest::mouseClick(notice->addButton(), Qt::LeftButton);
        ProfilesDialog *dialog = m_window->profilesDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(m_profiles->rowCount(), 1);
        QCOMPARE(dialog->editor()->profileId(), m_profiles->idAt(0));
        QVERIFY(dialog->editor()->nameEdit()->hasFocus() || dialog->editor()->nameEdit()->hasSelectedText());
    }

    void switchingProfilesTakesOneClick()
    {
        SimOptions other;
        other.models = {{QStringLiteral("other-model"), QStringLiteral("/m/other"), QString(), 4096, false}};
        SimFixture second(other);
        m_profilesSeed = {profileFor(QStringLiteral("First"), m_fixture->sim().baseUrl()),
                          profileFor(QStringLiteral("Second"), second.sim().baseUrl())};
        openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->serverBar()->currentModel(), QStringLiteral("sim-chat"), kWaitMs);
        QComboBox *picker = m_window->serverBar()->profilePicker();
        QCOMPARE(picker->count(), 2);
        QCOMPARE(picker->currentText(), QStringLiteral("First"));

        picker->setCurrentIndex(1);
        emit picker->activated(1); // the user's pick
        QTRY_COMPARE_WITH_TIMEOUT(m_client->server().baseUrl, second.sim().baseUrl(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->serverBar()->currentModel(), QStringLiteral("other-model"),
                                  kWaitMs);
        QCOMPARE(m_window->serverBar()->urlText(), second.sim().baseUrl().toString());
        QCOMPARE(m_profiles->active()->name, QStringLiteral("Second"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->healthLabel()->text().contains(QString::number(second.sim().port())), kWaitMs);

        // The Server menu's Ctrl+1 goes back.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->server().baseUrl, m_fixture->sim().baseUrl(), kWaitMs);
        QCOMPARE(picker->currentText(), QStringLiteral("First"));
    }

    void theProfilesWindowEditsDuplicatesAndDeletes()
    {
        m_profilesSeed = {profileFor(QStringLiteral("Lab"), m_fixture->sim().baseUrl())};
        openWindow();
        ProfilesDialog *dialog = m_window->openProfiles();
        dialog->setConfirmDeletion(false);
        ProfileEditor *editor = dialog->editor();
        const QString lab = m_profiles->idAt(0);
        QCOMPARE(editor->profileId(), lab);
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Lab"));

        // Edit: a name, time-outs and headers; an invalid header is refused inline.
        editor->nameEdit()->clear();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Lab box"));
        editor->idleTimeout()->setValue(42);
        editor->headersEdit()->setPlainText(QStringLiteral("X-Team nlp"));
        QVERIFY(!editor->save());
        QVERIFY2(editor->problem().contains(QStringLiteral("X-Team nlp")), qPrintable(editor->problem()));
        editor->headersEdit()->setPlainText(QStringLiteral("Authorization: Bearer x"));
        QVERIFY(!editor->save());
        QVERIFY(editor->problem().contains(QStringLiteral("API key")));
        editor->headersEdit()->setPlainText(QStringLiteral("X-Team: nlp"));
        QVERIFY2(editor->save(), qPrintable(editor->problem()));
        QCOMPARE(m_profiles->find(lab)->name, QStringLiteral("Lab box"));
        QCOMPARE(m_profiles->find(lab)->idleTimeoutMs, 42'000);
        QCOMPARE(m_profiles->find(lab)->extraHeaders, (HeaderList{{"X-Team", "nlp"}}));
        // The window uses the new settings at once; the header reaches the server.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->server().idleTimeoutMs, 42'000, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->sim().requests().isEmpty() &&
                                     m_fixture->sim().requests().last().header("x-team") == "nlp",
                                 kWaitMs);

        // An address that is none stays in the form with a message, and the selection stays too.
        editor->urlEdit()->setText(QStringLiteral("not a server"));
        emit editor->urlEdit()->textEdited(editor->urlEdit()->text());
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(m_profiles->rowCount(), 1);
        QVERIFY(editor->problem().contains(QStringLiteral("not a server")));
        editor->revert();

        QTest::mouseClick(dialog->duplicateButton(), Qt::LeftButton);
        QCOMPARE(m_profiles->rowCount(), 2);
        const QString copy = dialog->selectedId();
        QVERIFY(copy != lab);
        QCOMPARE(m_profiles->find(copy)->name, QStringLiteral("Lab box (copy)"));
        QCOMPARE(m_profiles->find(copy)->extraHeaders, (HeaderList{{"X-Team", "nlp"}}));

        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(m_profiles->rowCount(), 3);
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("New server"));

        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QCOMPARE(m_profiles->rowCount(), 2);
        dialog->selectProfile(copy);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QCOMPARE(m_profiles->rowCount(), 1);
        QCOMPARE(m_profiles->activeId(), lab);

        // "Use this server" on another profile switches the window.
        SimFixture second;
        const QString other = m_profiles->add(profileFor(QStringLiteral("Other"), second.sim().baseUrl()));
        dialog->selectProfile(other);
        QTest::mouseClick(editor->useButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->server().baseUrl, second.sim().baseUrl(), kWaitMs);
    }

    void aKeyTypedInTheEditorReachesOnlyItsServer()
    {
        SimOptions secured;
        secured.apiKey = QStringLiteral("sk-typed-in-the-editor");
        SimFixture keyed(secured);
        m_profilesSeed = {profileFor(QStringLiteral("Keyed"), keyed.sim().baseUrl()),
                          profileFor(QStringLiteral("Open"), m_fixture->sim().baseUrl())};
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->serverBar()->modelPicker()->toolTip().contains(QStringLiteral("401")), kWaitMs);
        ProfilesDialog *dialog = m_window->openProfiles();
        ProfileEditor *editor = dialog->editor();
        QTRY_VERIFY(editor->keyStatus().contains(QStringLiteral("No API key")));
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("sk-typed-in-the-editor"));
        QVERIFY(editor->save());
        QVERIFY(editor->keyEdit()->text().isEmpty()); // never shown again
        QTRY_VERIFY_WITH_TIMEOUT(editor->keyStatus().contains(QStringLiteral("OS keychain")), kWaitMs);
        QVERIFY(m_keychain->contains(ApiKeyVault::entryName(m_profiles->activeId())));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs); // the models loaded with it
        QCOMPARE(m_client->server().apiKey, QStringLiteral("sk-typed-in-the-editor"));

        // The other profile's server never sees it.
        m_window->switchToProfile(m_profiles->idAt(1));
        QTRY_COMPARE_WITH_TIMEOUT(m_client->server().baseUrl, m_fixture->sim().baseUrl(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
        QVERIFY(m_client->server().apiKey.isEmpty());
        for (const SimRequestRecord &r : m_fixture->sim().requests())
            QVERIFY(r.header("authorization").isEmpty());

        // Remove it.
        dialog->selectProfile(m_profiles->idAt(0));
        QTRY_VERIFY(editor->removeKeyButton()->isEnabled());
        QTest::mouseClick(editor->removeKeyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->keyStatus().contains(QStringLiteral("No API key")), kWaitMs);
        QVERIFY(!m_keychain->contains(ApiKeyVault::entryName(m_profiles->idAt(0))));
        QVERIFY(
            !QFile(m_settings->fileName()).exists() ||
            !KeychainTest::filesContaining(m_home.path(), QStringLiteral("sk-typed-in-the-editor")).size());
    }

    void anUnavailableKeychainIsSaidPlainlyAndTheKeyStillWorks()
    {
        SimOptions secured;
        secured.apiKey = QStringLiteral("sk-for-this-run");
        SimFixture keyed(secured);
        m_keychain->failWith(
            SecretResult::Status::Unavailable,
            QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"));
        m_profilesSeed = {profileFor(QStringLiteral("Keyed"), keyed.sim().baseUrl())};
        openWindow();
        KeychainNotice *notice = m_window->keychainNotice();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kWaitMs);
        QVERIFY2(notice->text().contains(QStringLiteral("unavailable")), qPrintable(notice->text()));
        QVERIFY(notice->text().contains(QStringLiteral("this run only")));

        ProfileEditor *editor = m_window->openProfiles()->editor();
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("sk-for-this-run"));
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->keyStatus().contains(QStringLiteral("this run only")), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
        QVERIFY(!QFile::exists(FileSecretStore::defaultPath()));

        // Keeping keys in a file takes an explicit, warned choice.
        answerNextMessageBox(QStringLiteral("Keep keys in a file"));
        QTest::mouseClick(notice->fileButton(), Qt::LeftButton);
        QTRY_VERIFY(m_vault->usesFileStore());
        QVERIFY(QSettings().value(QLatin1String(FileSecretStore::kOptInKey)).toBool());
        QVERIFY(notice->text().contains(QStringLiteral("unencrypted")));
        editor->keyEdit()->clear();
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("sk-for-this-run"));
        emit editor->keyEdit()->textEdited(editor->keyEdit()->text());
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(FileSecretStore::defaultPath()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(editor->keyStatus().contains(QStringLiteral("unencrypted key file")),
                                 kWaitMs);
    }

    void anUntrustedCertificateCanBeTrustedForItsProfile()
    {
        SimServer secure;
        secure.setTlsConfiguration(tlsFor(QStringLiteral("server")));
        QVERIFY(secure.listen());
        m_profilesSeed = {profileFor(QStringLiteral("Self-signed"), secure.baseUrl())};
        openWindow();
        ServerNotice *notice = m_window->serverNotice();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->trustButton()->isVisible(), kWaitMs);
        QVERIFY2(notice->text().contains(QStringLiteral("not trusted")), qPrintable(notice->text()));
        QVERIFY(!m_window->untrustedCertificate().certificate.isNull());
        QCOMPARE(secure.requestCount(), 0);

        answerNextMessageBox(QStringLiteral("Trust this certificate"));
        QTest::mouseClick(notice->trustButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_profiles->active()->trustedCertificateSha256.isEmpty(), kWaitMs);
        QCOMPARE(
            m_profiles->active()->trustedCertificateSha256,
            TlsTrust::fingerprint(QSslConfiguration(tlsFor(QStringLiteral("server"))).localCertificate()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
        QVERIFY(!notice->isVisible());
        // The profiles window shows it, and can stop trusting it.
        ProfileEditor *editor = m_window->openProfiles()->editor();
        QVERIFY(editor->forgetCertificateButton()->isVisible());
        QTest::mouseClick(editor->forgetCertificateButton(), Qt::LeftButton);
        QVERIFY(m_profiles->active()->trustedCertificateSha256.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->trustButton()->isVisible(), kWaitMs);
    }

    void theStatusBarShowsVersionAndLoad()
    {
        SimOptions busy;
        busy.maxNumSeqs = 1;
        busy.tokenDelayMs = 40;
        SimFixture server(busy);
        m_profilesSeed = {profileFor(QStringLiteral("Busy"), server.sim().baseUrl())};
        openWindow();
        QLabel *insight = m_window->insightLabel();
        QTRY_VERIFY_WITH_TIMEOUT(insight->text().contains(QStringLiteral("vLLM 0.21.1")), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(insight->text().contains(QStringLiteral("0 running")), kWaitMs);
        QVERIFY(insight->text().contains(QStringLiteral("0 waiting")));
        QVERIFY(insight->text().contains(QStringLiteral("KV cache 0 %")));
        // Two answers on a one-slot server: one runs, one waits; the bar catches up within seconds.
        VllmClient other(&server.network());
        ServerConfig patient = server.config();
        patient.firstByteTimeoutMs = 60'000; // the second one waits in the queue without a byte
        other.setServer(patient);
        ChatStream *a = other.createChat(SimFixture::request(QStringLiteral("one\n/sim tokens=1000")), this);
        ChatStream *b = other.createChat(SimFixture::request(QStringLiteral("two\n/sim tokens=1000")), this);
        a->start();
        b->start();
        QTRY_VERIFY_WITH_TIMEOUT(insight->text().contains(QStringLiteral("1 running")) &&
                                     insight->text().contains(QStringLiteral("1 waiting")),
                                 ServerInsight::kIntervalMs * 4);
        a->cancel();
        b->cancel();
        delete a;
        delete b;
    }

    void insightIsQuietlyAbsentWhereTheServerLacksIt()
    {
        SimOptions llama;
        llama.dialect = SimDialect::LlamaCpp;
        SimFixture server(llama);
        m_profilesSeed = {profileFor(QStringLiteral("llama"), server.sim().baseUrl())};
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->healthLabel()->text().contains(QStringLiteral("healthy")),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
        // /version 404 and /metrics 501 are asked once, then never again; nothing is shown.
        QTest::qWait(ServerInsight::kIntervalMs + 500);
        QVERIFY(!m_window->insightLabel()->isVisible());
        int metricsAsked = 0;
        for (const SimRequestRecord &r : server.sim().requests())
            metricsAsked += r.path == "/metrics" ? 1 : 0;
        QCOMPARE(metricsAsked, 1);
        // No token count either (llama.cpp's /tokenize has no chat form), and no warning.
        QTest::keyClicks(m_window->composer()->editor(), QStringLiteral("Hello there"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tokenBudget()->state(), TokenBudget::State::Unsupported, kWaitMs);
        QVERIFY(!m_window->tokenBudgetLabel()->isVisible());
    }

    void theComposerShowsThePromptsTokensAndRefusesWhatCannotFit()
    {
        m_profilesSeed = {profileFor(QStringLiteral("Sim"), m_fixture->sim().baseUrl())};
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
        TokenBudgetLabel *label = m_window->tokenBudgetLabel();
        QTest::keyClicks(m_window->composer()->editor(), QStringLiteral("How long is this prompt?"));
        QTRY_VERIFY_WITH_TIMEOUT(
            label->isVisible() && label->text().contains(QStringLiteral("of 8,192 tokens")), kWaitMs);
        QVERIFY(!label->isWarning());
        const qint64 small = m_window->tokenBudget()->count();
        QVERIFY(small > 0);

        // ~10,000 tokens of text: more than sim-chat's 8,192.
        m_window->composer()->setText(QString(QStringLiteral("word ")).repeated(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(label->isWarning(), kWaitMs);
        QVERIFY2(label->text().contains(QStringLiteral("Will not fit")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("8,192")));
        const int chatsBefore = m_fixture->sim().chatRequestCount();
        QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
        QCOMPARE(m_conversation->rowCount(), 0); // not sent
        QCOMPARE(m_fixture->sim().chatRequestCount(), chatsBefore);
        QVERIFY(m_window->composer()->text().startsWith(QStringLiteral("word word"))); // nothing lost

        // Back to something small: it fits and sends.
        m_window->composer()->setText(QStringLiteral("Short again"));
        QTRY_VERIFY_WITH_TIMEOUT(!label->isWarning() && label->isEnabled() &&
                                     label->text().contains(QStringLiteral("of 8,192")),
                                 kWaitMs);
        QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
    }

    void aLocalServerStartsFromItsProfileWithALiveLog()
    {
        const QString sim = qEnvironmentVariable("LOQUAT_SIM");
        if (sim.isEmpty())
            QSKIP("LOQUAT_SIM (set by ctest) names loquat-sim");
        const quint16 port = SimFixture::closedPort();
        ServerProfile profile =
            profileFor(QStringLiteral("Local"), QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        profile.serveCommand = QStringLiteral("\"%1\" --port %2 --token-delay 1").arg(sim).arg(port);
        m_profilesSeed = {profile};
        openWindow();
        ProfilesDialog *dialog = m_window->openProfiles();
        ProfileEditor *editor = dialog->editor();
        QTest::keyClicks(editor->keyEdit(), QStringLiteral("sk-local-child"));
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->startButton()->isEnabled(), kWaitMs);
        QTest::mouseClick(editor->startButton(), Qt::LeftButton);
        LocalServer *local = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((local = m_window->localServers()->existing(m_profiles->activeId())),
                                 kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(local->state(), LocalServer::State::Ready, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(editor->logView()->toPlainText().contains(QStringLiteral("listening on")),
                                 kWaitMs);
        QVERIFY(editor->localStateLabel()->text().contains(QStringLiteral("ready")));
        QVERIFY(!editor->logView()->toPlainText().contains(QStringLiteral("sk-local-child")));
        QVERIFY(editor->stopButton()->isEnabled());

        // The child got the key as VLLM_API_KEY: the window's chat works with it...
        m_window->reloadModels();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
        m_window->composer()->setText(QStringLiteral("Hello local"));
        QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), kWaitMs);
        QVERIFY(!m_conversation->messages().last().content.isEmpty());
        // ...and it refuses a request without it.
        ServerConfig keyless = m_client->server();
        keyless.apiKey.clear();
        VllmClient probe(&m_fixture->network());
        probe.setServer(keyless);
        std::optional<int> status;
        probe.fetchModels(nullptr,
                          [&status](const ModelList &, const ApiError &e) { status = e.httpStatus; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), kWaitMs);
        QCOMPARE(*status, 401);

        QTest::mouseClick(editor->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(local->state(), LocalServer::State::Stopped, kWaitMs);
        QVERIFY(editor->logView()->toPlainText().contains(QStringLiteral("stopped")));
    }

    void aLocalServerThatFailsSaysWhy()
    {
        ServerProfile profile =
            profileFor(QStringLiteral("Broken"),
                       QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(SimFixture::closedPort())));
        profile.serveCommand = QStringLiteral("/nonexistent/vllm serve some/model");
        m_profilesSeed = {profile};
        openWindow();
        ProfileEditor *editor = m_window->openProfiles()->editor();
        QTest::mouseClick(editor->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            editor->localStateLabel()->text().contains(QStringLiteral("could not be started")), kWaitMs);
        QVERIFY(editor->startButton()->isEnabled()); // try again after fixing the command

        // A command that carries the key in plain text is refused before it is saved.
        editor->commandEdit()->setText(QStringLiteral("vllm serve m --api-key sk-plain"));
        emit editor->commandEdit()->textEdited(editor->commandEdit()->text());
        QVERIFY(!editor->save());
        QVERIFY(editor->problem().contains(QStringLiteral("VLLM_API_KEY")));
        QVERIFY(!m_profiles->active()->serveCommand.contains(QStringLiteral("sk-plain")));
    }

    // With the real keychain (tools/test.sh): a key set, changed and removed through the window,
    // and no file under the user's folders holds it.
    void theRealKeychainThroughTheWindowLeavesNoKeyInAnyFile()
    {
        if (!KeychainTest::hasPrivateSession())
            QSKIP("needs the private D-Bus session and keyring of tools/test.sh");
        const QString key = KeychainTest::randomKey();
        const QString changed = KeychainTest::randomKey();
        SimOptions secured;
        secured.apiKey = key;
        SimFixture keyed(secured);
        m_realKeychain = std::make_unique<KeychainSecretStore>(KeychainTest::uniqueService());
        m_profilesSeed = {profileFor(QStringLiteral("Secured"), keyed.sim().baseUrl())};
        openWindow(m_realKeychain.get());
        ProfileEditor *editor = m_window->openProfiles()->editor();
        QTest::keyClicks(editor->keyEdit(), key);
        QVERIFY(editor->save());
        QTRY_VERIFY_WITH_TIMEOUT(editor->keyStatus().contains(QStringLiteral("OS keychain")), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
        m_window->composer()->setText(QStringLiteral("Hello, secured server"));
        QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() == 2 && !m_session->isBusy(), kWaitMs);
        QCOMPARE(m_conversation->messages().last().state, MessageState::Complete);

        QTest::keyClicks(editor->keyEdit(), changed);
        QVERIFY(editor->save());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->server().apiKey, changed, kWaitMs);
        QTest::mouseClick(editor->removeKeyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->keyStatus().contains(QStringLiteral("No API key")), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->server().apiKey.isEmpty(), kWaitMs);
        m_window->close();
        m_settings->sync();
        QVERIFY(QFile::exists(m_settings->fileName()));
        QCOMPARE(KeychainTest::filesContaining(m_home.path(), key), QStringList());
        QCOMPARE(KeychainTest::filesContaining(m_home.path(), changed), QStringList());
        cleanup();
        m_realKeychain.reset();
    }

private:
    void openWindow(SecretStore *keychain = nullptr)
    {
        m_vault = std::make_unique<ApiKeyVault>(keychain ? keychain : m_keychain.get());
        if (QSettings().value(QLatin1String(FileSecretStore::kOptInKey)).toBool())
            m_vault->setFileStore(new FileSecretStore(FileSecretStore::defaultPath(), m_vault.get()));
        m_profiles = std::make_unique<ProfileModel>(m_settings.get());
        for (const ServerProfile &profile : std::as_const(m_profilesSeed))
            m_profiles->add(profile);
        m_profilesSeed.clear();
        m_directory = std::make_unique<ServerDirectory>(m_profiles.get(), m_vault.get());
        m_client = std::make_unique<VllmClient>(&m_fixture->network());
        m_conversation = std::make_unique<ConversationModel>();
        m_session = std::make_unique<ChatSession>(m_client.get(), m_conversation.get());
        m_window = std::make_unique<MainWindow>(m_client.get(), m_conversation.get(), m_session.get(),
                                                m_directory.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QTemporaryDir m_home;
    QList<ServerProfile> m_profilesSeed;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<KeychainSecretStore> m_realKeychain;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SimFixture> m_fixture;
    std::unique_ptr<ApiKeyVault> m_vault;
    std::unique_ptr<ProfileModel> m_profiles;
    std::unique_ptr<ServerDirectory> m_directory;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_conversation;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
