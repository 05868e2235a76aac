#pragma once

#include "simoptions.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// One token's log probability as vLLM reports it (§9: `logprobs.content[]`), with the most
// likely alternatives (the sampled token among them when it is one of the top).
struct SimLogprob {
    QString token;
    double logprob = 0;
    QList<QPair<QString, double>> top;
};

// One stream event's worth of output for one choice (what vLLM puts in `delta`, plus the
// finish fields when it is the choice's last chunk).
struct SimDelta {
    int index = 0;
    bool hasContent = false;
    QString content;
    bool hasReasoning = false;
    QString reasoning;
    bool hasTool = false;
    bool toolStart = false; // the first fragment: id, type and name
    QString toolId;
    QString toolName;
    QString toolArguments; // this fragment's arguments text (empty on the start fragment)
    QString finishReason;  // empty until the choice's last chunk
    QJsonValue stopReason = QJsonValue::Null;
    int tokens = 1;             // tokens this delta stands for (running usage, token_ids)
    QList<SimLogprob> logprobs; // with `logprobs: true`: this delta's tokens
};

struct SimChoicePlan {
    int index = 0;
    QList<SimDelta> deltas; // the last one carries the finish reason
    QString content;        // whole texts, for non-streaming bodies
    QString reasoning;
    bool hasContent = false;
    bool hasTool = false;
    QString toolId;
    QString toolName;
    QString toolArguments;
    QString finishReason;
    QJsonValue stopReason = QJsonValue::Null;
    int completionTokens = 0;
};

// Everything needed to write one chat completion, streamed or not, in one dialect.
struct SimChatPlan {
    SimDialect dialect = SimDialect::VllmCurrent;
    QString id;
    qint64 created = 0;
    QString model;
    bool stream = false;
    bool includeUsage = false;
    bool continuousUsage = false;
    bool returnTokenIds = false;
    int promptTokens = 0;
    QString fingerprint; // empty: the dialect has none (null in bodies, absent in chunks)
    QList<SimChoicePlan> choices;
    QString userText; // the prompt the answers quote (for never-ending streams)
    quint64 seed = 0;
    bool logprobs = false; // `logprobs: true`: every choice carries `logprobs.content`
    QString inStreamError; // an engine-side refusal sent as the stream's first event (400)
    QString inStreamParam; // its `param`

    int completionTokens() const;
};
