#pragma once

#include "api/modelinfo.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class ServerDirectory;

// The models each server profile's server offers (GET /v1/models there, with that profile's key),
// for pickers that may point at any profile, such as a compare lane's. A list is fetched on the
// first request for it and kept until asked again or until the profile changes; everything is
// asynchronous and answered through modelsChanged(), so no picker waits on the network.
class ModelCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalog)

public:
    // Neither is owned.
    ModelCatalog(ServerDirectory *directory, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Loads the profile's list unless it is known or on its way; `reload` asks the server again.
    void request(const QString &profileId, bool reload = false);
    bool isLoading(const QString &profileId) const;
    bool isKnown(const QString &profileId) const { return m_entries.value(profileId).known; }
    ModelList models(const QString &profileId) const { return m_entries.value(profileId).models; }
    QStringList modelIds(const QString &profileId) const;
    // Why the last load failed ("" when it did not).
    QString problem(const QString &profileId) const { return m_entries.value(profileId).problem; }

signals:
    // The profile's list arrived, failed or was dropped (its profile changed).
    void modelsChanged(const QString &profileId);

private:
    struct Entry {
        ModelList models;
        QString problem;
        quint64 generation = 0;
        bool known = false;
        bool loading = false;
    };

    ServerDirectory *m_directory;
    QNetworkAccessManager *m_network;
    QHash<QString, Entry> m_entries;
};
