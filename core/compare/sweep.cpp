#include "sweep.h"

#include "sampling/samplingfields.h"

#include <cmath>

QList<QJsonValue> Sweep::parseValues(const QString &key, const QString &text, QString *error)
{
    QList<QJsonValue> values;
    const QString trimmed = text.trimmed();
    if (key.trimmed().isEmpty()) {
        *error = tr("Choose the parameter to vary.");
        return {};
    }
    const QStringList range = trimmed.split(QLatin1Char(':'));
    const SamplingField *field = SamplingFields::find(key);
    if (range.size() == 3 && (!field || field->isNumeric())) {
        bool okStart = false, okStop = false, okStep = false;
        const double start = range.at(0).trimmed().toDouble(&okStart);
        const double stop = range.at(1).trimmed().toDouble(&okStop);
        const double step = range.at(2).trimmed().toDouble(&okStep);
        if (!okStart || !okStop || !okStep || step <= 0 || stop < start) {
            *error = tr("A range is start:stop:step with numbers, stop ≥ start and a step above 0, "
                        "like 0:1.2:0.4.");
            return {};
        }
        const double count = std::floor((stop - start) / step + 1e-9) + 1;
        if (count > kMaxValues) {
            *error =
                tr("That range makes %1 values; at most %2 are allowed.").arg(qint64(count)).arg(kMaxValues);
            return {};
        }
        for (int i = 0; i < int(count); ++i) {
            // Rounded to the step's precision so 0.1 steps read 0.3, not 0.30000000000000004.
            const double v = std::round((start + i * step) * 1e9) / 1e9;
            const QJsonValue value = SamplingFields::parseValue(key, QString::number(v, 'g', 12), error);
            if (!error->isEmpty())
                return {};
            values.append(value);
        }
        return values;
    }
    // A list: commas separate, except inside brackets or quotes (stop lists, JSON values).
    const QStringList items = SamplingFields::splitTopLevel(trimmed);
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            continue;
        const QJsonValue value = SamplingFields::parseValue(key, item, error);
        if (!error->isEmpty())
            return {};
        values.append(value);
    }
    if (values.isEmpty())
        *error = tr("Enter the values to try, like 0, 0.4, 0.8 or 0:1.2:0.4.");
    else if (values.size() > kMaxValues)
        *error = tr("At most %1 values are allowed.").arg(kMaxValues);
    return error->isEmpty() ? values : QList<QJsonValue>{};
}

QList<QJsonValue> Sweep::seeds(qint64 first, int count)
{
    QList<QJsonValue> values;
    for (int i = 0; i < qBound(0, count, int(kMaxValues)); ++i)
        values.append(first + i);
    return values;
}

QList<LaneSpec> Sweep::vary(const LaneSpec &base, const QString &key, const QList<QJsonValue> &values)
{
    QList<LaneSpec> lanes;
    for (const QJsonValue &value : values) {
        LaneSpec lane = base;
        SamplingFields::setValueAt(lane.params, key, value);
        lanes.append(lane);
    }
    return lanes;
}

QList<LaneSpec> Sweep::repeat(const QList<LaneSpec> &lanes, int times)
{
    QList<LaneSpec> out;
    for (const LaneSpec &lane : lanes) {
        for (int i = 0; i < qMax(1, times); ++i) {
            LaneSpec copy = lane;
            copy.repeat = i;
            out.append(copy);
        }
    }
    return out;
}
