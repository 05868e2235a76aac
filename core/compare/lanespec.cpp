#include "lanespec.h"

#include "sampling/presetstore.h"
#include "sampling/samplingfields.h"

#include <QStringList>

QString LaneSpec::label() const
{
    QStringList parts;
    if (!model.isEmpty())
        parts.append(model);
    if (!serverName.isEmpty())
        parts.append(serverName);
    if (!preset.isEmpty())
        parts.append(preset);
    for (const QString &key : SamplingFields::flatKeys(params))
        parts.append(SamplingFields::describe(key, SamplingFields::valueAt(params, key)));
    if (repeat > 0)
        parts.append(tr("run %1").arg(repeat + 1));
    if (parts.isEmpty())
        return tr("server defaults");
    return parts.join(QStringLiteral(" · "));
}

QString LaneSpec::valueIn(const QString &text, const QString &name)
{
    for (const QString &part : SamplingFields::splitTopLevel(text)) {
        const QString trimmed = part.trimmed();
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq > 0 && trimmed.left(eq).trimmed() == name)
            return trimmed.mid(eq + 1).trimmed();
    }
    return {};
}

bool LaneSpec::fromText(const QString &text, const PresetStore *presets, LaneSpec *lane, QString *error)
{
    *lane = LaneSpec();
    QJsonObject params;
    QString presetName;
    for (const QString &part : SamplingFields::splitTopLevel(text)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        const QString key = trimmed.left(eq).trimmed();
        if (eq > 0 && key == QLatin1String("model")) {
            lane->model = trimmed.mid(eq + 1).trimmed();
            continue;
        }
        if (eq > 0 && key == QLatin1String("profile")) {
            lane->serverName = trimmed.mid(eq + 1).trimmed();
            if (lane->serverName.isEmpty()) {
                *error = tr("profile= needs the name of a server profile.");
                return false;
            }
            continue;
        }
        if (eq > 0 && key == QLatin1String("preset")) {
            presetName = trimmed.mid(eq + 1).trimmed();
            continue;
        }
        if (!SamplingFields::parseAssignments(trimmed, params, error))
            return false;
    }
    if (!presetName.isEmpty()) {
        const SamplingPreset *preset = presets ? presets->find(presetName) : nullptr;
        if (!preset) {
            *error = tr("There is no preset \"%1\".").arg(presetName);
            return false;
        }
        QJsonObject merged = preset->params;
        for (const QString &key : SamplingFields::flatKeys(params))
            SamplingFields::setValueAt(merged, key, SamplingFields::valueAt(params, key));
        params = merged;
        lane->preset = preset->name;
    }
    const QList<SamplingIssue> issues = SamplingFields::check(params);
    if (!issues.isEmpty()) {
        *error = issues.first().message;
        return false;
    }
    lane->params = params;
    return true;
}
