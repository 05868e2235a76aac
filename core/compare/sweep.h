#pragma once

#include "lanespec.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

// Lanes made by varying one parameter: over a list ("0, 0.4, 0.8, 1.2"), a range
// ("0:1.2:0.4", start:stop:step, both ends included) or a run of seeds; and repeats of every lane
// to see how much answers vary with the same settings.
class Sweep final {
    Q_DECLARE_TR_FUNCTIONS(Sweep)

public:
    static constexpr int kMaxValues = 64;

    // The values for `key`, each checked against the field's type and range. Empty with *error
    // set when the text is not a list or range of valid values.
    static QList<QJsonValue> parseValues(const QString &key, const QString &text, QString *error);
    static QList<QJsonValue> seeds(qint64 first, int count);
    // One lane per value: `base` with `key` set to it (the rest of its parameters kept).
    static QList<LaneSpec> vary(const LaneSpec &base, const QString &key, const QList<QJsonValue> &values);
    // Every lane `times` times in a row (repeat 0, 1, ...).
    static QList<LaneSpec> repeat(const QList<LaneSpec> &lanes, int times);
};
