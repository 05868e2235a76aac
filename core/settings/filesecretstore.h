#pragma once

#include "secretstore.h"

#include <QThreadPool>

// Secrets in a plain JSON file readable only by the user (mode 0600). Unencrypted: anyone who can
// read the user's files can read the keys. Used only when the user explicitly chose it because
// the OS keychain is unavailable (ApiKeyVault asks, with a warning). File work runs on a private
// one-thread pool, so operations never block the caller's thread and happen in order.
class FileSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSecretStore)

public:
    explicit FileSecretStore(const QString &path, QObject *parent = nullptr);
    ~FileSecretStore() override;

    void read(const QString &name, QObject *context, Callback done) override;
    void write(const QString &name, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &name, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }

    // The settings key that records the user's choice to keep keys in the file (a bool).
    static constexpr auto kOptInKey = "security/keysInFile";

    QString path() const { return m_path; }
    // <config dir>/api-keys-unencrypted.json
    static QString defaultPath();

private:
    void run(QObject *context, Callback done, std::function<SecretResult()> work);

    QString m_path;
    QThreadPool m_pool; // last: destroyed first, waiting for a running operation
};
