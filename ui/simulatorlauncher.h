#pragma once

#include <QObject>
#include <QUrl>

class QProcess;

// Starts the bundled vLLM simulator (`loquat-sim --port 0`) for people who have no server yet,
// reads the address it prints, and ends it when the app ends.
class SimulatorLauncher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorLauncher)

public:
    explicit SimulatorLauncher(QObject *parent = nullptr);
    ~SimulatorLauncher() override;

    // The simulator next to the app: ../sim/loquat-sim in the build tree, loquat-sim when
    // installed. Empty when there is none.
    static QString findProgram();

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    void start();
    void stop();

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void onOutput();
    void onFinished();

    QProcess *m_process = nullptr;
    QByteArray m_output;
    QUrl m_baseUrl;
};
