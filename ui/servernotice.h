#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The inline notice shown above the conversation about the server: nothing answers at its
// address (with the offer to start the bundled simulator), on first start what was found on this
// machine (use it, add another, try the simulator), and a certificate the system does not trust
// (with the offer to trust it for this profile).
class ServerNotice final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerNotice)

public:
    explicit ServerNotice(QWidget *parent = nullptr);

    // "No server answers at <address>"; the simulator button only when it can be started, the
    // "Add a server" button when `offerAdd` (no profile yet).
    void showNoServer(const QString &address, bool canStartSimulator, bool offerAdd = false);
    // First start: a server answers at `address`; `description` names it ("vLLM 0.21.1").
    void showFoundServer(const QString &address, const QString &description, bool canStartSimulator);
    // The server's certificate is not trusted; `problem` is the error's sentence.
    void showUntrustedCertificate(const QString &address, const QString &problem);
    void showStarting();
    void showFailure(const QString &message);
    QString text() const;
    QPushButton *startButton() const { return m_start; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *trustButton() const { return m_trust; }

signals:
    void startSimulatorRequested();
    void useServerRequested();
    void addServerRequested();
    void trustCertificateRequested();

private:
    void present(const QString &text, QPushButton *first = nullptr, QPushButton *second = nullptr,
                 QPushButton *third = nullptr);

    QLabel *m_label;
    QPushButton *m_use;
    QPushButton *m_add;
    QPushButton *m_start;
    QPushButton *m_trust;
};
