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
    QString profileId;      // the server profile the lane runs on ("": the comparison's default server);
                            // LaneServers::resolve() turns it into `server` before a run
    bool hasServer = false; // false: the comparison's default server
    ServerConfig server;    // with hasServer (its key included: never written anywhere)
    QString serverName;     // how the server is shown: its profile's name ("" for the default one)
    QString unavailable;    // why the lane's server cannot be used (profile gone, key unreadable):
                            // the lane then fails alone with this, unsent
    QString preset;         // the preset the parameters started from ("" for none)
    QJsonObject params;     // explicit sampling fields, vLLM names (as ChatRequest::params)
    int repeat = 0;         // 0-based run of the same settings (sweeps with repeats)

    // "sim-chat · Balanced · temperature=0.9 · run 2": what tells this lane apart at a glance.
    QString label() const;
    // "preset=Balanced,temperature=0.9,model=M,profile=Lab": sampling fields as NAME=VALUE
    // (checked against their ranges), plus model=, preset= (resolved through `presets` when given;
    // the lane's own fields win over the preset's) and profile= (a server profile's name, put in
    // serverName for the caller to resolve). False with a sentence in *error when it does not parse.
    static bool fromText(const QString &text, const PresetStore *presets, LaneSpec *lane, QString *error);
    // The value of one NAME= of a lane's text ("profile", "model"), without parsing the rest; "" when
    // it has none.
    static QString valueIn(const QString &text, const QString &name);
};
