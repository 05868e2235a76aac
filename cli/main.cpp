#include "clioptions.h"
#include "cliprofiles.h"
#include "clirunner.h"
#include "compare/lanespec.h"
#include "runtime/allocatortuning.h"
#include "settings/keychainsecretstore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop picks the byte up and stops the stream.
void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    AllocatorTuning::applyForLongRuns();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loquat-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOQUAT_VERSION_STRING));

    CliOptions options;
    QString error;
    bool help = false;
    if (!CliParser::parse(QCoreApplication::arguments(), options, error, help)) {
        std::fprintf(stderr, "loquat-cli: %s\n%s", qUtf8Printable(error), qUtf8Printable(CliParser::usage()));
        return 2;
    }
    if (help) {
        std::fputs(qUtf8Printable(CliParser::usage()), stdout);
        return 0;
    }

    bool lanesNameProfiles = false;
    for (const QString &lane : options.lanes)
        lanesNameProfiles =
            lanesNameProfiles || !LaneSpec::valueIn(lane, QStringLiteral("profile")).isEmpty();
    if (options.command == QLatin1String("profiles") || !options.profile.isEmpty() || lanesNameProfiles) {
        // The app's own settings file and keychain entries (organization and application
        // "Loquat"), so both see the same profiles.
        QSettings settings(QSettings::UserScope, QStringLiteral("Loquat"), QStringLiteral("Loquat"));
        KeychainSecretStore keychain;
        CliProfiles profiles(&settings, &keychain);
        if (options.command == QLatin1String("profiles"))
            return profiles.run(options, stdin);
        if ((!options.profile.isEmpty() && !profiles.apply(options, error)) ||
            !profiles.resolveLaneProfiles(options, error)) {
            std::fprintf(stderr, "loquat-cli: %s\n", qUtf8Printable(error));
            return 2;
        }
        const bool needsModel = options.command != QLatin1String("models") &&
                                options.command != QLatin1String("conversations") &&
                                options.conversationId == 0 && !options.profile.isEmpty() &&
                                (options.command != QLatin1String("compare") || !lanesNameProfiles);
        if (needsModel && options.model.isEmpty()) {
            std::fprintf(
                stderr, "loquat-cli: %s\n",
                qUtf8Printable(QCoreApplication::translate(
                                   "CliParser",
                                   "%1 needs --model: the profile has no default model (loquat-cli models "
                                   "--profile NAME lists them).")
                                   .arg(options.command)));
            return 2;
        }
    }

    CliRunner runner(options);
    if (::pipe(g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &runner, [&runner] {
            char byte;
            [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
            runner.interrupt();
        });
        std::signal(SIGINT, onSigint);
        std::signal(SIGTERM, onSigint);
    }
    runner.start();
    return app.exec();
}
