#pragma once

#include "secretstore.h"

#include <QPointer>
#include <QQueue>

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain: the Secret Service on Linux (gnome-keyring,
// KWallet), Keychain on macOS, Credential Manager on Windows. Entries are named
// "<service>/<name>" by QtKeychain's service and key.
//
// Jobs run one at a time, in order; the next one starts from a zero-delay timer, never from the
// previous job's finished signal (QtKeychain's D-Bus backends misbehave when a job is started
// from inside another job's completion). "Entry not found" is an empty value, not an error.
// The insecure fallback (a plain file written when no keychain answers) is always off: a key
// silently written to disk is exactly what this class exists to prevent.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr auto kDefaultService = "Loquat";

    explicit KeychainSecretStore(const QString &service = QString::fromLatin1(kDefaultService),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &name, QObject *context, Callback done) override;
    void write(const QString &name, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &name, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }
    bool isBusy() const { return m_current.has_value() || !m_queue.isEmpty(); }

private:
    struct Operation {
        enum class Type { Read, Write, Remove };
        Type type = Type::Read;
        QString name;
        QString secret;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void enqueue(Operation operation);
    void scheduleNext();
    void startNext();
    void onJobFinished(QKeychain::Job *job);

    QString m_service;
    QQueue<Operation> m_queue;
    std::optional<Operation> m_current;
    bool m_scheduled = false;
};
