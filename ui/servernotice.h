#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The inline notice shown above the conversation when nothing answers at the server's address,
// with the offer to start the bundled simulator.
class ServerNotice final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerNotice)

public:
    explicit ServerNotice(QWidget *parent = nullptr);

    // "No server answers at <address>"; the button only when the simulator can be started.
    void showNoServer(const QString &address, bool canStartSimulator);
    void showStarting();
    void showFailure(const QString &message);
    QString text() const;
    QPushButton *startButton() const { return m_start; }

signals:
    void startSimulatorRequested();

private:
    QLabel *m_label;
    QPushButton *m_start;
};
