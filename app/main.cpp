// The composition root: builds the objects, connects them and shows the window.

#include "api/serverconfig.h"
#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// For now the key comes only from the environment (the keychain arrives later); it is never
// written anywhere.
QString apiKeyFromEnvironment()
{
    for (const char *name : {"LOQUAT_API_KEY", "VLLM_API_KEY", "OPENAI_API_KEY"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
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

void installTranslator(QApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("loquat"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
    else
        delete translator;
}

// LOQUAT_SCREENSHOT=file.png: save a picture of the window after LOQUAT_SCREENSHOT_DELAY_MS
// (default 8000) and quit. For the README's screenshot and for looking at the UI in CI.
void scheduleScreenshot(QWidget *window)
{
    const QString path = qEnvironmentVariable("LOQUAT_SCREENSHOT");
    if (path.isEmpty())
        return;
    bool ok = false;
    int delayMs = qEnvironmentVariableIntValue("LOQUAT_SCREENSHOT_DELAY_MS", &ok);
    if (!ok || delayMs <= 0)
        delayMs = 8000;
    QTimer::singleShot(delayMs, window, [window, path] {
        if (!window->grab().save(path))
            std::fprintf(stderr, "loquat: could not save the screenshot to %s\n", qUtf8Printable(path));
        QApplication::quit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
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
    installTranslator(app);

    QNetworkAccessManager network; // the one network manager of the app
    ServerConfig server;
    server.applyEnvironment();
    server.apiKey = apiKeyFromEnvironment();
    VllmClient client(&network);
    client.setServer(server);
    ConversationModel conversation;
    ChatSession session(&client, &conversation);
    MainWindow window(&client, &conversation, &session);
    window.show();
    scheduleScreenshot(&window);
    return app.exec();
}
