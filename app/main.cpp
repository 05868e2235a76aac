// The composition root: builds the objects, connects them and shows the window.

#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "compare/compareview.h"
#include "desktop/desktopcontroller.h"
#include "desktop/interfacelanguage.h"
#include "desktop/themepalette.h"
#include "embeddings/embeddingspanel.h"
#include "firstpaintreporter.h"
#include "mainwindow.h"
#include "runtime/allocatortuning.h"
#include "sampling/presetstore.h"
#include "sampling/samplingcontroller.h"
#include "sampling/samplingpanel.h"
#include "screenshotscene.h"
#include "serverbar.h"
#include "settings/filesecretstore.h"
#include "settings/keychainsecretstore.h"
#include "settings/serverdirectory.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "store/datadir.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTabWidget>

#include <cstdio>

namespace {

// LOQUAT_API_KEY (else VLLM_API_KEY, else OPENAI_API_KEY) overrides, for this run only, the key of
// the profile active at start (or of the first profile made when there is none yet). It is never
// stored, and never sent to any other profile's server.
void applyEnvironmentKey(ServerDirectory &directory)
{
    const QString key = ServerDirectory::environmentApiKey();
    if (key.isEmpty())
        return;
    ProfileModel *profiles = directory.profiles();
    if (!profiles->activeId().isEmpty()) {
        directory.keys()->setOverride(profiles->activeId(), key);
        return;
    }
    auto *once = new QObject(profiles);
    QObject::connect(profiles, &ProfileModel::profileAdded, once, [&directory, key, once](const QString &id) {
        directory.keys()->setOverride(id, key);
        once->deleteLater();
    });
}

// The icon theme's copy when installed (the desktop may restyle it), else the embedded sizes.
QIcon appIcon()
{
    QIcon embedded;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        embedded.addFile(QStringLiteral(":/icons/loquat-%1.png").arg(size), QSize(size, size));
    embedded.addFile(QStringLiteral(":/icons/loquat.svg")); // used where an SVG icon engine is installed
    return QIcon::fromTheme(QStringLiteral("io.github.loquat.Loquat"), embedded);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any thread starts: long answers must not leave resident memory behind (issue 9).
    AllocatorTuning::applyForLongRuns();
    QElapsedTimer sinceMain; // for LOQUAT_REPORT_FIRST_PAINT (loquat-bench's startup figure)
    sinceMain.start();
    QApplication::setOrganizationName(QStringLiteral("Loquat"));
    QApplication::setApplicationName(QStringLiteral("Loquat"));
    QApplication::setApplicationVersion(QStringLiteral(LOQUAT_VERSION_STRING));

    // --version and --help are answered before QApplication exists, so they work in a terminal
    // without a display. parse() rather than process(): Qt's own options (-style, -platform)
    // are not ours to reject.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A desktop client for vLLM servers."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Print the version and exit."));
    parser.addOption(version);
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the history in DIR (default: $LOQUAT_DATA_DIR, else the "
                                            "platform's data folder; loquat-cli uses the same)."),
        QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.parse(arguments);
    if (parser.isSet(version)) {
        std::printf("loquat %s\n", LOQUAT_VERSION_STRING);
        return 0;
    }
    if (parser.isSet(help)) {
        // Without an application object the parser cannot know the program's name.
        std::printf("%s", qUtf8Printable(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                                   QStringLiteral("loquat"))));
        return 0;
    }

    QApplication app(argc, argv);
    // The installed desktop entry's name: Wayland compositors match the window to it (icon, name).
    QApplication::setDesktopFileName(QStringLiteral("io.github.loquat.Loquat"));
    QApplication::setWindowIcon(appIcon());
    InterfaceLanguage::install(&app); // the language chosen in Preferences, else the system's
    ThemePalette::apply(DesktopSettings::theme());

    QNetworkAccessManager network; // the one network manager of the app
    // Profiles in the settings, keys in the OS keychain; a key file only if the user chose it.
    QSettings settings;
    ProfileModel profiles(&settings);
    KeychainSecretStore keychain;
    ApiKeyVault vault(&keychain);
    std::unique_ptr<FileSecretStore> keyFile;
    if (settings.value(QLatin1String(FileSecretStore::kOptInKey)).toBool()) {
        keyFile = std::make_unique<FileSecretStore>(FileSecretStore::defaultPath());
        vault.setFileStore(keyFile.get());
    }
    ServerDirectory directory(&profiles, &vault);
    applyEnvironmentKey(directory);
    VllmClient client(&network);
    // The store outlives everything that writes to it: destroyed last, it writes what they
    // handed it before the file closes.
    AsyncStore store(DataDir::historyFile(DataDir::resolve(parser.value(dataDir))), StoreDatabase::Options{});
    ConversationModel conversation;
    ChatSession session(&client, &conversation);
    ActiveConversation active(&store, &conversation, &session, &client);
    MainWindow window(&client, &conversation, &session, &directory);
    window.setHistory(&active);
    PresetStore presets;
    auto *sampling = new SamplingController(&window, &session, &conversation, &client, &presets);
    auto *compare = new CompareView(&client, &conversation, &presets);
    compare->setServerDirectory(&directory); // each lane may run on its own server profile
    window.addPage(compare, QCoreApplication::translate("main", "Compare"));
    QObject::connect(window.serverBar(), &ServerBar::modelChanged, compare, &CompareView::setDefaultModel);
    QObject::connect(sampling, &SamplingController::compareRequested, compare,
                     [&window, compare](const QJsonObject &body) {
                         compare->addLaneFromRequest(body);
                         window.showPage(compare);
                     });
    // Continuing from a lane: its conversation becomes the chat's, with its model and parameters,
    // on the lane's profile (whose models arrive later: the lane's is chosen once they are there).
    QObject::connect(compare, &CompareView::continueInChat, &window,
                     [&](const QList<Message> &chat, const QString &model, const QJsonObject &params,
                         const QString &profileId) {
                         QComboBox *picker = window.serverBar()->modelPicker();
                         if (!profileId.isEmpty() && profileId != directory.activeProfileId() &&
                             window.switchToProfile(profileId)) {
                             auto *once = new QObject(&window);
                             QObject::connect(window.serverBar(), &ServerBar::modelChanged, once,
                                              [picker, model, once](const QString &current, bool) {
                                                  if (current.isEmpty())
                                                      return; // still loading
                                                  if (const int index = picker->findData(model); index >= 0)
                                                      picker->setCurrentIndex(index);
                                                  once->deleteLater();
                                              });
                         }
                         window.newChat(); // a new conversation in the history, then the lane's messages
                         for (const Message &m : chat)
                             conversation.append(m);
                         if (const int index = picker->findData(model); index >= 0)
                             picker->setCurrentIndex(index);
                         sampling->panel()->setParams(params);
                         window.pages()->setCurrentIndex(0);
                     });
    // The embeddings page picks its own profile (an embedding model is often served apart from the
    // chat model), with its key from the keychain; "Other address" takes the key and the time-outs
    // from the environment, as loquat-cli does without a profile.
    ServerConfig embeddingServer;
    embeddingServer.applyEnvironment();
    embeddingServer.apiKey = ServerDirectory::environmentApiKey();
    auto *embeddings = new EmbeddingsPanel(&network, embeddingServer);
    embeddings->setServerDirectory(&directory);
    window.addPage(embeddings, QCoreApplication::translate("main", "Embeddings"));
    // Last: its shortcuts and the restored layout cover every panel and page added above.
    new DesktopController(&window, &session);
    FirstPaintReporter::installIfRequested(&window, sinceMain);
    window.show();
    ScreenshotScene::startFromEnvironment({&window, &session, compare, embeddings, &presets});
    return app.exec();
}
