#include "simulatorlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace {
constexpr int kQuitWaitMs = 2000;
}

SimulatorLauncher::SimulatorLauncher(QObject *parent)
    : QObject(parent)
{
    // The child must not outlive the app, whichever way the app ends its event loop.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SimulatorLauncher::stop);
}

SimulatorLauncher::~SimulatorLauncher()
{
    stop();
}

QString SimulatorLauncher::findProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {dir + QStringLiteral("/../sim/loquat-sim"), dir + QStringLiteral("/loquat-sim")}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return {};
}

bool SimulatorLauncher::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SimulatorLauncher::start()
{
    if (isRunning()) {
        if (m_baseUrl.isValid())
            emit started(m_baseUrl);
        return;
    }
    const QString program = findProgram();
    if (program.isEmpty()) {
        emit failed(tr("The simulator (loquat-sim) was not found next to Loquat."));
        return;
    }
    delete m_process;
    m_output.clear();
    m_baseUrl = {};
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SimulatorLauncher::onOutput);
    connect(m_process, &QProcess::finished, this, &SimulatorLauncher::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The simulator could not be started: %1").arg(m_process->errorString()));
    });
    // A VLLM_API_KEY in the user's environment would make the simulator demand it (as vLLM does);
    // the simulator is for trying Loquat, without a key.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("VLLM_API_KEY"));
    m_process->setProcessEnvironment(environment);
    // Port 0: the system picks a free port, so a busy 8000 is no obstacle.
    m_process->start(program, {QStringLiteral("--port"), QStringLiteral("0")});
}

void SimulatorLauncher::onOutput()
{
    m_output += m_process->readAllStandardOutput();
    if (m_baseUrl.isValid())
        return;
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    m_baseUrl = QUrl(match.captured(1));
    m_output.clear();
    emit started(m_baseUrl);
}

void SimulatorLauncher::onFinished()
{
    if (!m_baseUrl.isValid())
        emit failed(tr("The simulator ended before it was ready."));
    m_baseUrl = {};
}

void SimulatorLauncher::stop()
{
    if (!isRunning())
        return;
    disconnect(m_process, nullptr, this, nullptr);
    m_process->terminate();
    // Only at quit or on request: a short wait lets it close its socket, then it is killed.
    if (!m_process->waitForFinished(kQuitWaitMs))
        m_process->kill();
    m_process->waitForFinished(kQuitWaitMs);
    m_baseUrl = {};
}
