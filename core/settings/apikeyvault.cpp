#include "apikeyvault.h"

namespace {

bool alive(const QPointer<QObject> &guard, bool hasContext)
{
    return !hasContext || guard;
}

} // namespace

ApiKeyVault::ApiKeyVault(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{
    Q_ASSERT(m_keychain);
}

QString ApiKeyVault::entryName(const QString &profileId)
{
    return QStringLiteral("api-key:") + profileId;
}

void ApiKeyVault::setFileStore(SecretStore *file)
{
    m_file = file;
}

void ApiKeyVault::setOverride(const QString &profileId, const QString &key)
{
    if (key.isEmpty())
        m_overrides.remove(profileId);
    else
        m_overrides.insert(profileId, key);
    emit keyChanged(profileId);
}

std::optional<QString> ApiKeyVault::cached(const QString &profileId) const
{
    if (const auto it = m_overrides.constFind(profileId); it != m_overrides.cend())
        return *it;
    if (const auto it = m_cache.constFind(profileId); it != m_cache.cend())
        return *it;
    return std::nullopt;
}

void ApiKeyVault::retryKeychain()
{
    if (m_keychainProblem.isEmpty())
        return;
    m_keychainProblem.clear();
    emit keychainProblemChanged({});
}

void ApiKeyVault::markKeychainUnavailable(const SecretResult &result)
{
    const QString reason =
        result.message.isEmpty() ? tr("no answer from the keychain service") : result.message;
    const QString message =
        result.status == SecretResult::Status::Denied
            ? tr("Access to the OS keychain was refused (%1). API keys are kept in memory for this run "
                 "only.")
                  .arg(reason)
            : tr("The OS keychain is unavailable (%1). API keys are kept in memory for this run only.")
                  .arg(reason);
    if (message == m_keychainProblem)
        return;
    m_keychainProblem = message;
    emit keychainProblemChanged(m_keychainProblem);
}

void ApiKeyVault::remember(const QString &profileId, const QString &key, Where where)
{
    if (key.isEmpty()) {
        m_cache.insert(profileId, QString());
        m_where.insert(profileId, Where::Nowhere);
        return;
    }
    m_cache.insert(profileId, key);
    m_where.insert(profileId, where);
}

void ApiKeyVault::read(const QString &profileId, QObject *context, ReadCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (const auto it = m_overrides.constFind(profileId); it != m_overrides.cend()) {
        const QString key = *it;
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, key, done] {
                if (alive(guard, hasContext))
                    done(key, {true, Where::Override, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    if (const auto it = m_cache.constFind(profileId); it != m_cache.cend()) {
        const QString key = *it;
        const Where where = this->where(profileId);
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, key, where, done] {
                if (alive(guard, hasContext))
                    done(key, {true, where, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    if (!isKeychainAvailable()) {
        readFromFile(profileId, guard, hasContext, std::move(done));
        return;
    }
    m_keychain->read(entryName(profileId), this,
                     [this, profileId, guard, hasContext, done](const SecretResult &r) {
                         if (r.ok()) {
                             if (!r.value.isEmpty() || !m_file) {
                                 // A store() that finished meanwhile knows better than this older answer.
                                 if (!m_cache.contains(profileId))
                                     remember(profileId, r.value, Where::Keychain);
                                 if (alive(guard, hasContext))
                                     done(m_cache.value(profileId), {true, where(profileId), {}});
                                 return;
                             }
                             // Nothing in the keychain, but a key may wait in the file from a run without
                             // one.
                             readFromFile(profileId, guard, hasContext, done);
                             return;
                         }
                         markKeychainUnavailable(r);
                         readFromFile(profileId, guard, hasContext, done);
                     });
}

void ApiKeyVault::readFromFile(const QString &profileId, const QPointer<QObject> &guard, bool hasContext,
                               ReadCallback done)
{
    if (!m_file) {
        const QString key = m_cache.value(profileId);
        const Outcome outcome{isKeychainAvailable(), key.isEmpty() ? Where::Nowhere : where(profileId),
                              m_keychainProblem};
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, key, outcome, done] {
                if (alive(guard, hasContext))
                    done(key, outcome);
            },
            Qt::QueuedConnection);
        return;
    }
    m_file->read(
        entryName(profileId), this, [this, profileId, guard, hasContext, done](const SecretResult &r) {
            if (!r.ok()) {
                if (alive(guard, hasContext))
                    done(QString(),
                         {false, Where::Nowhere, tr("The key file could not be read: %1").arg(r.message)});
                return;
            }
            if (!m_cache.contains(profileId))
                remember(profileId, r.value, Where::File);
            if (alive(guard, hasContext))
                done(m_cache.value(profileId), {true, where(profileId), {}});
        });
}

void ApiKeyVault::store(const QString &profileId, const QString &key, QObject *context, Callback done)
{
    if (key.isEmpty()) {
        forget(profileId, context, std::move(done));
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // Known from now on, whatever the stores answer: a config asked for before the keychain
    // finished writing already carries the new key (it works for this run in every outcome).
    m_cache.insert(profileId, key);
    if (!isKeychainAvailable()) {
        storeInFileOrMemory(profileId, key, guard, hasContext, std::move(done));
        return;
    }
    m_keychain->write(entryName(profileId), key, this,
                      [this, profileId, key, guard, hasContext, done](const SecretResult &r) {
                          if (!r.ok()) {
                              markKeychainUnavailable(r);
                              storeInFileOrMemory(profileId, key, guard, hasContext, done);
                              return;
                          }
                          remember(profileId, key, Where::Keychain);
                          // A copy left in the file from a run without a keychain is no longer needed.
                          if (m_file)
                              m_file->remove(entryName(profileId), this, {});
                          emit keyChanged(profileId);
                          if (alive(guard, hasContext))
                              done({true, Where::Keychain, {}});
                      });
}

void ApiKeyVault::storeInFileOrMemory(const QString &profileId, const QString &key,
                                      const QPointer<QObject> &guard, bool hasContext, Callback done)
{
    if (!m_file) {
        remember(profileId, key, Where::ThisRunOnly);
        emit keyChanged(profileId);
        const Outcome outcome{true, Where::ThisRunOnly, m_keychainProblem};
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, outcome, done] {
                if (done && alive(guard, hasContext))
                    done(outcome);
            },
            Qt::QueuedConnection);
        return;
    }
    m_file->write(entryName(profileId), key, this,
                  [this, profileId, key, guard, hasContext, done](const SecretResult &r) {
                      if (!r.ok()) {
                          // Not lost: the key still works for this run.
                          remember(profileId, key, Where::ThisRunOnly);
                          emit keyChanged(profileId);
                          if (done && alive(guard, hasContext))
                              done({false, Where::ThisRunOnly,
                                    tr("The key could not be written to the key file (%1); it is kept in "
                                       "memory for this run only.")
                                        .arg(r.message)});
                          return;
                      }
                      remember(profileId, key, Where::File);
                      emit keyChanged(profileId);
                      if (done && alive(guard, hasContext))
                          done({true, Where::File, {}});
                  });
}

void ApiKeyVault::forget(const QString &profileId, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_overrides.remove(profileId);
    remember(profileId, QString(), Where::Nowhere);
    emit keyChanged(profileId);
    auto finish = [this, guard, hasContext, done](const Outcome &outcome) {
        if (done && alive(guard, hasContext))
            done(outcome);
    };
    auto removeFromFile = [this, profileId, finish](Outcome outcome) {
        if (!m_file) {
            finish(outcome);
            return;
        }
        m_file->remove(entryName(profileId), this, [finish, outcome](const SecretResult &r) mutable {
            if (!r.ok()) {
                outcome.ok = false;
                outcome.message = tr("The key could not be removed from the key file: %1").arg(r.message);
            }
            finish(outcome);
        });
    };
    if (!isKeychainAvailable()) {
        removeFromFile({true, Where::Nowhere, {}});
        return;
    }
    m_keychain->remove(entryName(profileId), this, [this, removeFromFile](const SecretResult &r) {
        Outcome outcome{true, Where::Nowhere, {}};
        if (!r.ok()) {
            markKeychainUnavailable(r);
            outcome = {false, Where::Nowhere,
                       tr("The key could not be removed from the OS keychain: %1").arg(r.message)};
        }
        removeFromFile(outcome);
    });
}
