#pragma once

#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

// Each server profile's API key, and the policy around where it may live:
//   1. the OS keychain, always first;
//   2. when the keychain is unavailable: memory, for this run only (said plainly through
//      keychainProblemChanged());
//   3. a plain file, only after the user explicitly chose it (setFileStore), with a warning the
//      caller showed;
//   and above all of them an override for this run (the environment's LOQUAT_API_KEY), never
//   written anywhere.
// Keys read once are kept in memory for the rest of the run, so a ServerConfig can be made
// without waiting on the keychain again. Nothing here logs a key or puts one in a message.
class ApiKeyVault final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyVault)

public:
    enum class Where {
        Nowhere,     // no key for this profile
        Keychain,    // stored in the OS keychain
        ThisRunOnly, // in memory: the keychain was unavailable and no file was chosen
        File,        // in the unencrypted file the user chose
        Override,    // from the environment, for this run
    };
    Q_ENUM(Where)

    struct Outcome {
        bool ok = true; // false: the key could not be stored/read/removed where it should be
        Where where = Where::Nowhere;
        QString message; // a sentence for the user when something fell back or failed
    };
    using ReadCallback = std::function<void(const QString &key, const Outcome &outcome)>;
    using Callback = std::function<void(const Outcome &outcome)>;

    // `keychain` is not owned (usually a KeychainSecretStore).
    explicit ApiKeyVault(SecretStore *keychain, QObject *parent = nullptr);

    // The unencrypted file store the user opted into (not owned), or nullptr to stop using one.
    void setFileStore(SecretStore *file);
    bool usesFileStore() const { return m_file != nullptr; }

    // A key that wins over every store for this run and is never written (the environment).
    void setOverride(const QString &profileId, const QString &key);
    bool hasOverride(const QString &profileId) const { return m_overrides.contains(profileId); }

    void read(const QString &profileId, QObject *context, ReadCallback done);
    // An empty key is the same as forget().
    void store(const QString &profileId, const QString &key, QObject *context, Callback done);
    void forget(const QString &profileId, QObject *context, Callback done);

    // What this run knows without asking a store: the override, else a key read or stored before.
    std::optional<QString> cached(const QString &profileId) const;
    // Where the profile's key was last found or put (Nowhere until then).
    Where where(const QString &profileId) const { return m_where.value(profileId, Where::Nowhere); }

    bool isKeychainAvailable() const { return m_keychainProblem.isEmpty(); }
    // Why the keychain is not used (empty while it works).
    QString keychainProblem() const { return m_keychainProblem; }
    // Forgets an earlier failure so the next operation tries the keychain again (e.g. after the
    // user unlocked it).
    void retryKeychain();

    // The keychain entry's name for a profile.
    static QString entryName(const QString &profileId);

signals:
    void keychainProblemChanged(const QString &message); // empty when it works again
    void keyChanged(const QString &profileId);

private:
    void markKeychainUnavailable(const SecretResult &result);
    void remember(const QString &profileId, const QString &key, Where where);
    void readFromFile(const QString &profileId, const QPointer<QObject> &guard, bool hasContext,
                      ReadCallback done);
    void storeInFileOrMemory(const QString &profileId, const QString &key, const QPointer<QObject> &guard,
                             bool hasContext, Callback done);

    SecretStore *m_keychain;
    QPointer<SecretStore> m_file;
    QHash<QString, QString> m_overrides;
    QHash<QString, QString> m_cache; // keys known this run (also the memory fallback)
    QHash<QString, Where> m_where;
    QString m_keychainProblem;
};
