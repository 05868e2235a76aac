#pragma once

#include "media/attachment.h"
#include "toolcall.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

struct ChatMessage {
    QString role; // "system", "user", "assistant", "tool"
    QString content;
    QString reasoning; // assistant only: sent back as `reasoning` (the field vLLM reads since v0.16)
    ToolCallList toolCalls;
    QString toolCallId; // tool messages
    // User messages: media sent before the text, in the user's order. With any, `content` goes
    // out as a list of parts (ContentParts) instead of a string.
    AttachmentList attachments{};

    // The message as recorded: a file's base64 is stood for by its digest and size (see
    // ContentParts::recordPayload). What is sent comes from RequestBody, which has the data.
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
    // A replayed request's messages exactly as they were sent (content parts and all); when not
    // empty they are sent instead of `messages`.
    QJsonArray rawMessages;
    // With rawMessages: the stored file of each attachment their recorded parts stand for
    // (sha256 → path, found by ReplayMedia::resolve), so a replay sends the real bytes
    // (RequestBody) while the body it records keeps the placeholders.
    QHash<QString, QString> rawFiles;

    // The exact body: model, messages, the explicit params, and for streams
    // `stream: true` with `stream_options: {include_usage: true}` (merged with any the user set).
    QJsonObject toJson() const;
    // The request a body describes (an answer's stored Message::request): model, messages as they
    // stand, stream, and every other field as params. toJson() gives the same body back.
    static ChatRequest fromJson(const QJsonObject &body);
};
