#include "keychainsecretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

SecretResult resultOf(const QKeychain::Job *job, bool isRead)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {SecretResult::Status::Ok,
                isRead ? static_cast<const QKeychain::ReadPasswordJob *>(job)->textData() : QString(),
                {}};
    case QKeychain::EntryNotFound:
        // Nothing stored under the name: an empty key, and nothing left to delete.
        return {};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::failure(SecretResult::Status::Denied, job->errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // Every other failure (no D-Bus, no Secret Service, a missing collection) leaves the caller
    // in the same place: there is no keychain to rely on for now.
    return SecretResult::failure(SecretResult::Status::Unavailable, job->errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &name, QObject *context, Callback done)
{
    enqueue({Operation::Type::Read, name, {}, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::write(const QString &name, const QString &secret, QObject *context, Callback done)
{
    enqueue({Operation::Type::Write, name, secret, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::remove(const QString &name, QObject *context, Callback done)
{
    enqueue({Operation::Type::Remove, name, {}, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::enqueue(Operation operation)
{
    m_queue.enqueue(std::move(operation));
    scheduleNext();
}

void KeychainSecretStore::scheduleNext()
{
    if (m_current || m_scheduled || m_queue.isEmpty())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &KeychainSecretStore::startNext);
}

void KeychainSecretStore::startNext()
{
    m_scheduled = false;
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    QKeychain::Job *job = nullptr;
    switch (m_current->type) {
    case Operation::Type::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Type::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(m_current->secret);
        m_current->secret.clear(); // the job holds it now; no second copy waits in the queue
        job = write;
        break;
    }
    case Operation::Type::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(m_current->name);
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job *job)
{
    job->deleteLater();
    if (!m_current)
        return;
    Operation operation = std::move(*m_current);
    m_current.reset();
    const SecretResult result = resultOf(job, operation.type == Operation::Type::Read);
    // The next job starts from the event loop, not from inside this job's finished signal.
    scheduleNext();
    if (operation.done && (!operation.hasContext || operation.context))
        operation.done(result);
}
