#pragma once

#include "lanespec.h"

#include <QCoreApplication>
#include <QStringList>

// What a lane changes relative to another (the first lane): its model and server, and each
// parameter that is set differently ("temperature: 0.7 → 1.2", "seed: default → 3").
class ParamDiff final {
    Q_DECLARE_TR_FUNCTIONS(ParamDiff)

public:
    static QStringList between(const LaneSpec &reference, const LaneSpec &lane,
                               const QString &defaultModel = {});
};
