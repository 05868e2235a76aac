#pragma once

#include "toolcall.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct ChatMessage {
    QString role; // "system", "user", "assistant", "tool"
    QString content;
    QString reasoning; // assistant only: sent back as `reasoning` (the field vLLM reads since v0.16)
    ToolCallList toolCalls;
    QString toolCallId; // tool messages

    QJsonObject toJson() const;
};

// One request to /v1/chat/completions. `params` holds only the fields the user set explicitly,
// under vLLM's own names: a field left at "server default" is absent from the body, so the
// server's generation_config applies.
struct ChatRequest {
    QString model;
    QList<ChatMessage> messages;
    QJsonObject params;
    bool stream = true;

    // The exact body: model, messages, the explicit params, and for streams
    // `stream: true` with `stream_options: {include_usage: true}` (merged with any the user set).
    QJsonObject toJson() const;
};
