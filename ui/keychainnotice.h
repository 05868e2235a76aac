#pragma once

#include <QFrame>

class ApiKeyVault;
class QLabel;
class QPushButton;

// Says plainly, above the conversation, when the OS keychain cannot be used: API keys are then
// kept in memory for this run only. Offers to try again (after unlocking the keyring) and,
// with a warning the user must confirm, to keep keys in an unencrypted file instead.
class KeychainNotice final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainNotice)

public:
    explicit KeychainNotice(ApiKeyVault *vault, QWidget *parent = nullptr);

    QString text() const;
    // Whether keys go to the unencrypted file (the user chose it).
    void setUsingFile(bool usingFile, const QString &path);
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *fileButton() const { return m_file; }

signals:
    // The user confirmed storing keys in a file (the caller turns the file store on).
    void fileStorageChosen();

private:
    void update();
    void askForFile();

    ApiKeyVault *m_vault;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_file;
    bool m_usingFile = false;
    QString m_path;
};
