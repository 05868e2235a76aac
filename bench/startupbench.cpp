#include "startupbench.h"

#include "historycorpus.h"
#include "processmemory.h"
#include "store/conversationstore.h"
#include "store/datadir.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

namespace {
double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString appBinary()
{
    const QString chosen = qEnvironmentVariable("LOQUAT_BENCH_APP");
    if (!chosen.isEmpty())
        return chosen;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {dir + QStringLiteral("/../app/loquat"), dir + QStringLiteral("/loquat")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

// A data folder as a user of some months has it: `count` conversations of a few exchanges each.
void seed(const QString &dataDir, int count)
{
    ConversationStore store(DataDir::historyFile(dataDir));
    store.open();
    for (int c = 0; c < count; ++c) {
        ConversationInfo info;
        info.title = QStringLiteral("Conversation %1").arg(c);
        store.insertConversation(info, HistoryCorpus::chain(8, 5000u + unsigned(c)));
    }
}

struct Launch {
    double startupMs = -1;
    double inMainMs = -1;
    double idleRssMb = -1;
    QString error;
};

Launch launch(const QString &binary, const QString &dataDir, const QString &configDir, int idleMs)
{
    Launch result;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOQUAT_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir); // no profiles, no preferences
    // With no profile the app probes $LOQUAT_URL (else localhost:8000, where another program may
    // answer): a loopback port where nothing listens refuses at once, the same on every machine.
    environment.insert(QStringLiteral("LOQUAT_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    app.setStandardErrorFile(QProcess::nullDevice());

    static const QRegularExpression reported(QStringLiteral("first frame painted after (\\d+) ms"));
    QElapsedTimer clock;
    clock.start(); // QProcess forks and execs inside start(): the process starts after this
    app.start(binary, {QStringLiteral("--data-dir"), dataDir});
    QByteArray output;
    while (!reported.match(QString::fromUtf8(output)).hasMatch()) {
        if (!app.waitForReadyRead(30'000)) {
            result.error =
                QStringLiteral("%1 did not report its first frame: %2").arg(binary, app.errorString());
            app.kill();
            app.waitForFinished();
            return result;
        }
        output += app.readAllStandardOutput();
    }
    result.startupMs = double(clock.nsecsElapsed()) / 1e6;
    result.inMainMs = reported.match(QString::fromUtf8(output)).captured(1).toDouble();

    // Idle: the app's own start-up work (the history list read on the store thread, the model
    // and view built) is done; nothing is happening on its event loop.
    QThread::msleep(static_cast<unsigned long>(idleMs));
    result.idleRssMb = ProcessMemory::residentMegabytes(app.processId());
    app.terminate();
    if (!app.waitForFinished(10'000)) {
        app.kill();
        app.waitForFinished();
    }
    return result;
}
} // namespace

StartupBench::Result StartupBench::run(int conversations, int runs, int idleMs)
{
    Result result;
    const QString binary = appBinary();
    if (binary.isEmpty()) {
        result.error = QStringLiteral("no loquat binary (set LOQUAT_BENCH_APP)");
        return result;
    }
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString configDir = dir.filePath(QStringLiteral("config"));
    QElapsedTimer setup;
    setup.start();
    seed(dataDir, conversations);
    result.setupSeconds = double(setup.elapsed()) / 1000.0;

    QList<double> startup;
    QList<double> inMain;
    QList<double> rss;
    for (int run = 0; run < runs; ++run) {
        const Launch one = launch(binary, dataDir, configDir, idleMs);
        if (!one.error.isEmpty()) {
            result.error = one.error;
            return result;
        }
        startup << one.startupMs;
        inMain << one.inMainMs;
        rss << one.idleRssMb;
    }
    result.medianMs = median(startup);
    result.bestMs = *std::min_element(startup.cbegin(), startup.cend());
    result.inMainMs = median(inMain);
    result.idleRssMb = median(rss);
    return result;
}
