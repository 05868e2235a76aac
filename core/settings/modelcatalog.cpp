#include "modelcatalog.h"

#include "api/vllmclient.h"
#include "serverdirectory.h"

ModelCatalog::ModelCatalog(ServerDirectory *directory, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_network(network)
{
    // Another address or key may offer other models: what was asked for is loaded again.
    connect(m_directory, &ServerDirectory::configChanged, this, [this](const QString &id) {
        const auto it = m_entries.constFind(id);
        if (it == m_entries.cend())
            return;
        if (!m_directory->profiles()->find(id)) {
            m_entries.remove(id);
            emit modelsChanged(id);
            return;
        }
        request(id, true);
    });
}

bool ModelCatalog::isLoading(const QString &profileId) const
{
    return m_entries.value(profileId).loading;
}

QStringList ModelCatalog::modelIds(const QString &profileId) const
{
    QStringList ids;
    for (const ModelInfo &model : models(profileId))
        ids << model.id;
    return ids;
}

void ModelCatalog::request(const QString &profileId, bool reload)
{
    if (profileId.isEmpty())
        return;
    Entry &entry = m_entries[profileId];
    if (!reload && (entry.known || entry.loading))
        return;
    const quint64 generation = ++entry.generation;
    entry.loading = true;
    m_directory->resolve(
        profileId, this, [this, profileId, generation](const ServerConfig &config, const QString &problem) {
            if (m_entries.value(profileId).generation != generation)
                return; // asked again meanwhile
            if (config.baseUrl.isEmpty()) {
                m_entries[profileId] = Entry{{}, problem, generation, true, false};
                emit modelsChanged(profileId);
                return;
            }
            // A client per fetch: the profile's own address, key and headers, on the shared network.
            auto *client = new VllmClient(m_network, this);
            client->setServer(config);
            client->fetchModels(
                this, [this, client, profileId, generation](const ModelList &models, const ApiError &error) {
                    client->deleteLater();
                    if (m_entries.value(profileId).generation != generation)
                        return;
                    Entry &answered = m_entries[profileId];
                    answered.loading = false;
                    answered.known = true;
                    answered.models = error.isError() ? ModelList() : models;
                    answered.problem = error.isError() ? error.userMessage() : QString();
                    emit modelsChanged(profileId);
                });
        });
}
