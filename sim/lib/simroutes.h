#pragma once

#include "simconnection.h"
#include "simoptions.h"

#include <QJsonObject>
#include <QMap>

// Figures the simulator exposes on GET /metrics.
struct SimStats {
    int running = 0;
    int waiting = 0; // beyond maxNumSeqs: queued, as vLLM's scheduler queues them
    qint64 promptTokens = 0;
    qint64 generationTokens = 0;
    QMap<QString, qint64> finished; // finished_reason -> count
};

// The routes that are not chat completions, in each dialect's exact shape.
namespace SimRoutes {

SimResponse models(const SimOptions &options);
SimResponse health(const SimOptions &options);
SimResponse version(const SimOptions &options);
SimResponse load(const SimOptions &options, int running);
SimResponse metrics(const SimOptions &options, const SimStats &stats);
SimResponse tokenize(const SimOptions &options, const QJsonObject &body);
SimResponse corsPreflight(const SimOptions &options);
// vLLM's 400 for a POST body that is not application/json / not JSON.
SimResponse unsupportedMediaType(const SimOptions &options);
SimResponse invalidJson(const SimOptions &options);
// The body a fault `http-status:N` answers with (`model` names the 404's unknown model).
SimResponse statusFault(const SimOptions &options, int status, const QJsonObject &requestBody);
// A redirect (307 unless told) to `location`.
SimResponse redirect(const SimOptions &options, const QByteArray &location, int status = 307);

} // namespace SimRoutes
