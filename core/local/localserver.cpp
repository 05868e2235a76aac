#include "localserver.h"

#include "api/vllmclient.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>

LocalServer::LocalServer(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_pollTimer.setInterval(kHealthPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &LocalServer::pollHealth);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            appendLog(
                tr("[loquat] The server did not stop within %1 s; killing it.").arg(kStopGraceMs / 1000));
            m_process->kill();
        }
    });
}

LocalServer::~LocalServer()
{
    stopAndWait(5000);
}

QStringList LocalServer::split(const QString &command)
{
    return QProcess::splitCommand(command);
}

bool LocalServer::start(const QString &command, const ServerConfig &server)
{
    if (isRunning()) {
        m_error = tr("The local server is already running.");
        return false;
    }
    QStringList arguments = split(command);
    if (arguments.isEmpty()) {
        m_error = tr("Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001.");
        setState(State::FailedToStart);
        return false;
    }
    const QString program = arguments.takeFirst();
    m_command = command;
    m_secret = server.apiKey;
    m_error.clear();
    m_exitCode = 0;
    m_log.clear();
    m_partialLine.clear();
    m_healthInFlight = false;

    delete m_health;
    m_health = new VllmClient(m_network, this);
    ServerConfig probe = server;
    probe.firstByteTimeoutMs = kHealthPollMs * 5;
    m_health->setServer(probe);

    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!server.apiKey.isEmpty())
        environment.insert(QStringLiteral("VLLM_API_KEY"), server.apiKey);
    // Python buffers a pipe's output; the log should be live.
    environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process->setProcessEnvironment(environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalServer::onOutput);
    connect(m_process, &QProcess::finished, this, &LocalServer::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_error = tr("The command could not be started: %1").arg(m_process->errorString());
        appendLog(QStringLiteral("[loquat] ") + m_error);
        m_pollTimer.stop();
        setState(State::FailedToStart);
    });
    appendLog(tr("[loquat] Starting: %1").arg(command));
    m_clock.start();
    setState(State::Starting);
    m_process->start(program, arguments);
    m_pollTimer.start();
    return true;
}

void LocalServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_pollTimer.stop();
    appendLog(tr("[loquat] Stopping the server."));
    setState(State::Stopping);
    m_process->terminate(); // vLLM shuts down cleanly on SIGTERM and frees the GPU
    m_killTimer.start(kStopGraceMs);
}

void LocalServer::stopAndWait(int waitMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_pollTimer.stop();
    disconnect(m_process, nullptr, this, nullptr);
    m_process->terminate();
    if (!m_process->waitForFinished(waitMs))
        m_process->kill();
    m_process->waitForFinished(1000);
    m_state = State::Stopped;
}

void LocalServer::appendLog(const QString &text)
{
    QString shown = text;
    if (!m_secret.isEmpty())
        shown.replace(m_secret, QStringLiteral("••••••"));
    const QStringList lines = shown.split(QLatin1Char('\n'));
    m_log.append(lines);
    if (m_log.size() > kMaxLogLines)
        m_log.erase(m_log.begin(), m_log.begin() + (m_log.size() - kMaxLogLines));
    emit logAppended(shown);
}

void LocalServer::onOutput()
{
    // Only whole lines are shown, so a key split across two reads is still blanked out.
    m_partialLine += QString::fromLocal8Bit(m_process->readAllStandardOutput());
    m_partialLine.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const qsizetype end = m_partialLine.lastIndexOf(QLatin1Char('\n'));
    if (end < 0)
        return;
    const QString complete = m_partialLine.left(end);
    m_partialLine.remove(0, end + 1);
    appendLog(complete);
}

void LocalServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_pollTimer.stop();
    m_killTimer.stop();
    if (!m_partialLine.isEmpty()) {
        appendLog(m_partialLine);
        m_partialLine.clear();
    }
    m_exitCode = exitCode;
    const bool asked = m_state == State::Stopping;
    if (asked) {
        appendLog(tr("[loquat] The server stopped."));
        setState(State::Stopped);
        return;
    }
    m_error = status == QProcess::CrashExit ? tr("The server crashed.")
                                            : tr("The server exited with status %1.").arg(exitCode);
    appendLog(QStringLiteral("[loquat] ") + m_error);
    setState(State::Exited);
}

void LocalServer::pollHealth()
{
    if (!m_health || m_healthInFlight || m_state != State::Starting)
        return;
    m_healthInFlight = true;
    m_health->checkHealth(this, [this](bool healthy, const ApiError &) {
        m_healthInFlight = false;
        if (!healthy || m_state != State::Starting)
            return;
        m_pollTimer.stop();
        appendLog(tr("[loquat] The server is ready (%1 s after starting).").arg(m_clock.elapsed() / 1000));
        setState(State::Ready);
    });
}

void LocalServer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}
