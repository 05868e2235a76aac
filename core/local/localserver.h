#pragma once

#include "api/serverconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

class QNetworkAccessManager;
class VllmClient;

// A server the user starts from Loquat: a profile's `vllm serve ...` command line run as a child
// process. Its output (stdout and stderr) is kept as a live log (the last kMaxLogLines lines);
// it is Ready once the profile's /health answers 200 (vLLM loads the model before it accepts
// connections, which takes from seconds to many minutes); stop() ends it (SIGTERM, then SIGKILL
// after kStopGraceMs), and it is always ended when this object goes (the app quits).
//
// The profile's API key reaches the child as VLLM_API_KEY (never on the command line, where
// every user of the machine could read it, and where vLLM would print it in its own log), and
// the key is blanked out of anything shown in the log.
class LocalServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServer)

public:
    static constexpr int kMaxLogLines = 5000;
    static constexpr int kHealthPollMs = 1000;
    static constexpr int kStopGraceMs = 10'000;

    enum class State { Stopped, Starting, Ready, Stopping, Exited, FailedToStart };
    Q_ENUM(State)

    LocalServer(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LocalServer() override;

    // Starts `command` for `server` (its address is polled, its key handed over). False, with
    // errorString(), when the command is empty or cannot be split into a program.
    bool start(const QString &command, const ServerConfig &server);
    void stop();
    // Waits (bounded) for the child to end: for quitting the app.
    void stopAndWait(int waitMs = kStopGraceMs);

    State state() const { return m_state; }
    bool isRunning() const
    {
        return m_state == State::Starting || m_state == State::Ready || m_state == State::Stopping;
    }
    QString log() const { return m_log.join(QLatin1Char('\n')); }
    QString errorString() const { return m_error; }
    int exitCode() const { return m_exitCode; }
    qint64 uptimeMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    QString command() const { return m_command; }

    // The program and arguments of a command line, with shell-like quoting ("a b" 'c d' e\ f).
    static QStringList split(const QString &command);

signals:
    void stateChanged(LocalServer::State state);
    void logAppended(const QString &lines);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void pollHealth();
    void setState(State state);
    void appendLog(const QString &text);

    QNetworkAccessManager *m_network;
    QProcess *m_process = nullptr;
    VllmClient *m_health = nullptr;
    QTimer m_pollTimer;
    QTimer m_killTimer;
    QElapsedTimer m_clock;
    QStringList m_log;
    QString m_partialLine;
    QString m_secret;
    QString m_command;
    QString m_error;
    State m_state = State::Stopped;
    int m_exitCode = 0;
    bool m_healthInFlight = false;
};
