#pragma once

#include "secretstore.h"

#include <QHash>

// Secrets kept in memory only: the store for this run when the keychain is unavailable, and the
// store pure-logic tests use. failWith() makes every later operation fail, so tests can play an
// unavailable or refusing keychain.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &name, QObject *context, Callback done) override;
    void write(const QString &name, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &name, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }

    // Status::Ok restores normal operation.
    void failWith(SecretResult::Status status, const QString &message = {});
    int operationCount() const { return m_operations; }
    bool contains(const QString &name) const { return m_secrets.contains(name); }

private:
    void deliver(QObject *context, Callback done, const SecretResult &result);

    QHash<QString, QString> m_secrets;
    SecretResult::Status m_failure = SecretResult::Status::Ok;
    QString m_failureMessage;
    int m_operations = 0;
};
