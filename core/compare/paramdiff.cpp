#include "paramdiff.h"

#include "sampling/samplingfields.h"

QStringList ParamDiff::between(const LaneSpec &reference, const LaneSpec &lane, const QString &defaultModel)
{
    QStringList out;
    const QString referenceModel = reference.model.isEmpty() ? defaultModel : reference.model;
    const QString laneModel = lane.model.isEmpty() ? defaultModel : lane.model;
    if (referenceModel != laneModel)
        out.append(tr("model: %1 → %2").arg(referenceModel, laneModel));
    if (reference.serverName != lane.serverName || reference.hasServer != lane.hasServer ||
        (lane.hasServer && lane.server.baseUrl != reference.server.baseUrl))
        out.append(tr("profile: %1 → %2")
                       .arg(reference.serverName.isEmpty() ? tr("default") : reference.serverName,
                            lane.serverName.isEmpty() ? tr("default") : lane.serverName));
    QStringList keys = SamplingFields::flatKeys(reference.params) + SamplingFields::flatKeys(lane.params);
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        const QJsonValue before = SamplingFields::valueAt(reference.params, key);
        const QJsonValue after = SamplingFields::valueAt(lane.params, key);
        if (before == after)
            continue;
        // describe() reads "key=value"; only the value part is wanted on each side.
        auto valueText = [&key](const QJsonValue &v) {
            return SamplingFields::describe(key, v).mid(key.size() + 1);
        };
        out.append(QStringLiteral("%1: %2 → %3").arg(key, valueText(before), valueText(after)));
    }
    return out;
}
