#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class LocalServer;
class QNetworkAccessManager;

// The local servers of all profiles, one per profile id, made when first asked for. Every one
// still running is stopped when the application quits (or this object goes).
class LocalServers final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServers)

public:
    explicit LocalServers(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LocalServers() override;

    LocalServer *serverFor(const QString &profileId);
    // nullptr when none was made for the profile.
    LocalServer *existing(const QString &profileId) const { return m_servers.value(profileId); }
    void stopAll();
    // Stops and forgets the profile's server (the profile was deleted).
    void remove(const QString &profileId);

signals:
    // Any of the servers changed state (for a status bar showing the active one).
    void stateChanged(const QString &profileId);

private:
    QNetworkAccessManager *m_network;
    QHash<QString, LocalServer *> m_servers;
};
