#include "laneservers.h"

#include "settings/serverdirectory.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>

#include <memory>

namespace {

struct Pending {
    QList<LaneSpec> lanes;
    int waiting = 0;
    LaneServers::Done done;
};

void apply(Pending &pending, const QString &profileId, const ServerConfig &config, const QString &problem)
{
    for (LaneSpec &lane : pending.lanes) {
        if (lane.profileId != profileId)
            continue;
        if (config.baseUrl.isEmpty()) {
            lane.hasServer = true;
            lane.server = config; // no address: nothing can be sent by mistake
            lane.unavailable = problem;
            continue;
        }
        lane.hasServer = true;
        lane.server = config;
        lane.serverName = config.profileName;
        if (!problem.isEmpty())
            lane.unavailable = QCoreApplication::translate(
                                   "LaneServers", "the API key of the profile \"%1\" could not be read: %2")
                                   .arg(config.profileName, problem);
    }
}

} // namespace

void LaneServers::resolve(ServerDirectory *directory, const QList<LaneSpec> &lanes, QObject *context,
                          Done done)
{
    auto pending = std::make_shared<Pending>();
    pending->lanes = lanes;
    pending->done = std::move(done);
    QSet<QString> profiles;
    for (const LaneSpec &lane : lanes) {
        if (!lane.profileId.isEmpty())
            profiles.insert(lane.profileId);
    }
    if (profiles.isEmpty() || !directory) {
        const QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            context ? context : QCoreApplication::instance(),
            [pending, guard, hasContext] {
                if (!hasContext || guard)
                    pending->done(pending->lanes);
            },
            Qt::QueuedConnection);
        return;
    }
    pending->waiting = int(profiles.size());
    for (const QString &id : profiles) {
        directory->resolve(id, context, [pending, id](const ServerConfig &config, const QString &problem) {
            apply(*pending, id, config, problem);
            if (--pending->waiting == 0)
                pending->done(pending->lanes);
        });
    }
}
