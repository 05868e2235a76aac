#pragma once

#include <QWidget>

class LocalServer;
class LocalServers;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class ServerDirectory;

// Edits one server profile: name, address, API key (to the keychain; the field never shows a
// stored key), default model, time-outs, extra headers, the trusted certificate, and the
// optional local `vllm serve` command with its Start/Stop buttons and live log. Changes are kept
// in the form until save(); problems are shown inline.
class ProfileEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    ProfileEditor(ServerDirectory *directory, LocalServers *localServers, QWidget *parent = nullptr);

    // Loads the profile's fields ("" empties and disables the form).
    void setProfile(const QString &id);
    QString profileId() const { return m_id; }
    bool isModified() const;
    // Validates and stores the fields (and a typed key); false with an inline message.
    bool save();
    void revert();
    QString problem() const;
    QString keyStatus() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *removeKeyButton() const { return m_removeKey; }
    QLineEdit *modelEdit() const { return m_model; }
    QSpinBox *firstByteTimeout() const { return m_firstByte; }
    QSpinBox *idleTimeout() const { return m_idle; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPushButton *forgetCertificateButton() const { return m_forgetCertificate; }
    QLineEdit *commandEdit() const { return m_command; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *localStateLabel() const { return m_localState; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *useButton() const { return m_use; }

signals:
    void useRequested(const QString &id);
    void saved(const QString &id);

private:
    void showProblem(const QString &text);
    void refreshKeyStatus();
    void refreshCertificate();
    void removeKey();
    void forgetCertificate();
    void startLocal();
    void attachLocal();
    void showLocalState();
    void updateButtons();

    ServerDirectory *m_directory;
    LocalServers *m_localServers;
    LocalServer *m_local = nullptr;
    QString m_id;
    bool m_loading = false;
    bool m_dirty = false;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLabel *m_keyStatus;
    QPushButton *m_removeKey;
    QLineEdit *m_model;
    QSpinBox *m_firstByte;
    QSpinBox *m_idle;
    QPlainTextEdit *m_headers;
    QLabel *m_certificate;
    QPushButton *m_forgetCertificate;
    QLineEdit *m_command;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_localState;
    QPlainTextEdit *m_log;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_use;
};
