#include "localservers.h"

#include "localserver.h"

#include <QCoreApplication>

LocalServers::LocalServers(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    if (QCoreApplication::instance())
        connect(qApp, &QCoreApplication::aboutToQuit, this, &LocalServers::stopAll);
}

LocalServers::~LocalServers()
{
    stopAll();
}

LocalServer *LocalServers::serverFor(const QString &profileId)
{
    if (LocalServer *server = m_servers.value(profileId))
        return server;
    auto *server = new LocalServer(m_network, this);
    connect(server, &LocalServer::stateChanged, this, [this, profileId] { emit stateChanged(profileId); });
    m_servers.insert(profileId, server);
    return server;
}

void LocalServers::stopAll()
{
    // Asked all at once, then waited for: they shut down side by side.
    for (LocalServer *server : std::as_const(m_servers))
        server->stop();
    for (LocalServer *server : std::as_const(m_servers))
        server->stopAndWait();
}

void LocalServers::remove(const QString &profileId)
{
    if (LocalServer *server = m_servers.take(profileId)) {
        server->stopAndWait();
        server->deleteLater();
    }
}
