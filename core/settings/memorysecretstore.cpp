#include "memorysecretstore.h"

#include <QPointer>
#include <QTimer>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

void MemorySecretStore::failWith(SecretResult::Status status, const QString &message)
{
    m_failure = status;
    m_failureMessage = message;
}

void MemorySecretStore::deliver(QObject *context, Callback done, const SecretResult &result)
{
    // Like a real store: the answer comes later, never inside the call.
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, done = std::move(done), result] {
        if (hasContext && !guard)
            return;
        if (done)
            done(result);
    });
}

void MemorySecretStore::read(const QString &name, QObject *context, Callback done)
{
    ++m_operations;
    if (m_failure != SecretResult::Status::Ok) {
        deliver(context, std::move(done), SecretResult::failure(m_failure, m_failureMessage));
        return;
    }
    deliver(context, std::move(done), SecretResult{SecretResult::Status::Ok, m_secrets.value(name), {}});
}

void MemorySecretStore::write(const QString &name, const QString &secret, QObject *context, Callback done)
{
    ++m_operations;
    if (m_failure != SecretResult::Status::Ok) {
        deliver(context, std::move(done), SecretResult::failure(m_failure, m_failureMessage));
        return;
    }
    m_secrets.insert(name, secret);
    deliver(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &name, QObject *context, Callback done)
{
    ++m_operations;
    if (m_failure != SecretResult::Status::Ok) {
        deliver(context, std::move(done), SecretResult::failure(m_failure, m_failureMessage));
        return;
    }
    m_secrets.remove(name);
    deliver(context, std::move(done), {});
}
