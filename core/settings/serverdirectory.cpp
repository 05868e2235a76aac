#include "serverdirectory.h"

#include <QPointer>

namespace {

constexpr const char *kKeyVariables[] = {"LOQUAT_API_KEY", "VLLM_API_KEY", "OPENAI_API_KEY"};

// What a missing profile resolves to: no address at all, so nothing can be sent by mistake.
ServerConfig noServer()
{
    ServerConfig config;
    config.baseUrl = QUrl();
    return config;
}

} // namespace

ServerDirectory::ServerDirectory(ProfileModel *profiles, ApiKeyVault *keys, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keys(keys)
{
    connect(m_profiles, &ProfileModel::profileUpdated, this, &ServerDirectory::configChanged);
    connect(m_profiles, &ProfileModel::profileRemoved, this, &ServerDirectory::configChanged);
    connect(m_keys, &ApiKeyVault::keyChanged, this, &ServerDirectory::configChanged);
}

QString ServerDirectory::environmentApiKeyVariable()
{
    for (const char *name : kKeyVariables) {
        if (!qEnvironmentVariable(name).trimmed().isEmpty())
            return QString::fromLatin1(name);
    }
    return {};
}

QString ServerDirectory::environmentApiKey()
{
    const QString name = environmentApiKeyVariable();
    return name.isEmpty() ? QString() : qEnvironmentVariable(qPrintable(name)).trimmed();
}

ServerConfig ServerDirectory::cachedConfig(const QString &profileId) const
{
    const ServerProfile *profile = m_profiles->find(profileId);
    if (!profile)
        return noServer();
    ServerConfig config = profile->serverConfig(m_keys->cached(profileId).value_or(QString()));
    config.applyEnvironment();
    return config;
}

void ServerDirectory::resolve(const QString &profileId, QObject *context, ConfigCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    if (!m_profiles->find(profileId)) {
        const QString problem = tr("The server profile this refers to no longer exists.");
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, problem, done] {
                if (!hasContext || guard)
                    done(noServer(), problem);
            },
            Qt::QueuedConnection);
        return;
    }
    m_keys->read(
        profileId, this,
        [this, profileId, guard, hasContext, done](const QString &key, const ApiKeyVault::Outcome &outcome) {
            if (hasContext && !guard)
                return;
            const ServerProfile *profile = m_profiles->find(profileId);
            if (!profile) {
                done(noServer(), tr("The server profile this refers to no longer exists."));
                return;
            }
            ServerConfig config = profile->serverConfig(key);
            config.applyEnvironment();
            done(config, outcome.ok ? QString() : outcome.message);
        });
}

bool ServerDirectory::removeProfile(const QString &id)
{
    if (!m_profiles->find(id))
        return false;
    m_keys->forget(id, this, {});
    return m_profiles->remove(id);
}
