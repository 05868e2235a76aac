#pragma once

#include "api/serverconfig.h"

#include <QCoreApplication>

class PresetStore;
#include <QJsonObject>
#include <QString>

// One lane of a comparison: which model on which server, with which sampling parameters.
struct LaneSpec {
    Q_DECLARE_TR_FUNCTIONS(LaneSpec)

public:
    QString model;          // empty: the comparison's default model
    bool hasServer = false; // false: the comparison's default server
    ServerConfig server;    // with hasServer
    QString serverName;     // how the server is shown ("" for the default one)
    QString preset;         // the preset the parameters started from ("" for none)
    QJsonObject params;     // explicit sampling fields, vLLM names (as ChatRequest::params)
    int repeat = 0;         // 0-based run of the same settings (sweeps with repeats)

    // "sim-chat · Balanced · temperature=0.9 · run 2": what tells this lane apart at a glance.
    QString label() const;
    // "preset=Balanced,temperature=0.9,model=M": sampling fields as NAME=VALUE (checked against
    // their ranges), plus model= and preset= (resolved through `presets` when given; the lane's
    // own fields win over the preset's). False with a sentence in *error when it does not parse.
    static bool fromText(const QString &text, const PresetStore *presets, LaneSpec *lane, QString *error);
};
