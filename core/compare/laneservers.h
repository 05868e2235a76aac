#pragma once

#include "lanespec.h"

#include <QList>
#include <QObject>

#include <functional>

class ServerDirectory;

// Turns the server profile each lane names (LaneSpec::profileId) into the server it talks to,
// key included, just before a run: every distinct profile is resolved once, all of them at the
// same time (the keychain answers asynchronously, so nothing waits on the UI thread). A lane
// whose profile is gone or whose key could not be read gets LaneSpec::unavailable, so that it
// fails alone with that reason while the others run. Lanes without a profile are left as they are.
namespace LaneServers {

using Done = std::function<void(const QList<LaneSpec> &lanes)>;

// `done` runs later, never inside the call, and not at all once `context` is destroyed.
void resolve(ServerDirectory *directory, const QList<LaneSpec> &lanes, QObject *context, Done done);

} // namespace LaneServers
