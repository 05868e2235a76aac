#pragma once

#include "api/serverconfig.h"
#include "apikeyvault.h"
#include "profilemodel.h"

#include <QObject>

#include <functional>

// The one door to "which servers exist and how to talk to each": the profile list (for pickers)
// and the key vault, joined into ready ServerConfigs. Conversations, compare lanes and embedding
// sets store a profile id and ask here for its config when they run.
//
//     directory->resolve(lane.profileId, this, [this](const ServerConfig &config, const QString &problem) {
//         if (config.baseUrl.isEmpty()) { showInline(problem); return; }   // profile gone
//         m_client->setServer(config);                                      // key included
//     });
class ServerDirectory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDirectory)

public:
    // Neither is owned.
    ServerDirectory(ProfileModel *profiles, ApiKeyVault *keys, QObject *parent = nullptr);

    ProfileModel *profiles() const { return m_profiles; }
    ApiKeyVault *keys() const { return m_keys; }

    QString activeProfileId() const { return m_profiles->activeId(); }
    bool setActiveProfile(const QString &id) { return m_profiles->setActiveId(id); }

    // `problem` is empty, or one sentence: the profile does not exist (then config.baseUrl is
    // empty), or its key could not be read (the config is complete but keyless).
    using ConfigCallback = std::function<void(const ServerConfig &config, const QString &problem)>;
    // The profile's settings with its API key (the run's override, else the vault) and
    // LOQUAT_TIMEOUT applied. The callback always runs later, never inside the call.
    void resolve(const QString &profileId, QObject *context, ConfigCallback done);
    // Without waiting: the key as far as this run knows it (empty until the vault read it once).
    ServerConfig cachedConfig(const QString &profileId) const;

    // Removes the profile and its key (from every store).
    bool removeProfile(const QString &id);

    // The environment's key (LOQUAT_API_KEY, else VLLM_API_KEY, else OPENAI_API_KEY), or "".
    static QString environmentApiKey();
    // The variable environmentApiKey() came from ("" when none is set).
    static QString environmentApiKeyVariable();

signals:
    // The profile's settings or its key changed (or it was removed): anything holding its
    // config should resolve() again.
    void configChanged(const QString &profileId);

private:
    ProfileModel *m_profiles;
    ApiKeyVault *m_keys;
};
