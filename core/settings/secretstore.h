#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The outcome of one secret-store operation.
struct SecretResult {
    enum class Status {
        Ok,          // done; a read of a name that holds nothing is Ok with an empty value
        Unavailable, // there is no working store (no Secret Service, no D-Bus, a backend failure)
        Denied,      // the user (or the system) refused access
    };
    Status status = Status::Ok;
    QString value;   // what a read found ("" when nothing is stored under the name)
    QString message; // what went wrong, in the backend's words (never contains the secret)

    bool ok() const { return status == Status::Ok; }
    static SecretResult failure(Status status, const QString &message) { return {status, {}, message}; }
};

// Where secrets (API keys) live, by name. Every operation is asynchronous: the callback runs
// later on the store's thread, never inside the call, and is skipped once `context` is
// destroyed. Operations complete in the order they were asked for. Implementations: the OS
// keychain (KeychainSecretStore), a plain file the user opted into (FileSecretStore) and memory
// (MemorySecretStore, for this run only and for tests).
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &result)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~SecretStore() override = default;

    virtual void read(const QString &name, QObject *context, Callback done) = 0;
    virtual void write(const QString &name, const QString &secret, QObject *context, Callback done) = 0;
    // Removing a name that holds nothing is Ok.
    virtual void remove(const QString &name, QObject *context, Callback done) = 0;
    // Whether what is written survives the end of the process.
    virtual bool isPersistent() const = 0;
};
