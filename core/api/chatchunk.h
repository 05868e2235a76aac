#pragma once

#include "logprobs.h"
#include "usage.h"

#include <QJsonValue>
#include <QList>
#include <QString>

class JsonReader;

// One tool-call fragment of a delta, decoded into buffers that are reused from chunk to chunk.
struct ChatChunkToolFragment {
    qint64 index = -1; // -1 when the fragment carries none
    QString id;
    QString type;
    QString name;
    QString arguments;

    void clear();
};

// One choice of a `chat.completion.chunk`. Absent and null read the same (empty).
struct ChatChunkChoice {
    qint64 index = 0;
    QString role;
    QString content;
    QString reasoning;
    QString reasoningContent;
    QString finishReason;
    QJsonValue stopReason;                  // string or number; null otherwise
    QList<ChatChunkToolFragment> fragments; // grows, never shrinks: reused
    qsizetype fragmentCount = 0;            // the fragments of this chunk
    QList<TokenLogprob> logprobs;           // `logprobs.content`; grows, never shrinks: reused
    qsizetype logprobCount = 0;             // the tokens of this chunk

    void clear();
    ChatChunkToolFragment &addFragment();
    TokenLogprob &addLogprob();
};

// The fields Loquat reads from one chunk event; everything else is skipped by the reader.
struct ChatChunk {
    QString id;
    QString model;
    QString fingerprint;
    bool hasUsage = false;
    Usage usage;
    bool hasError = false;
    QJsonValue error;               // the `error` member when present and not null
    QList<ChatChunkChoice> choices; // grows, never shrinks: reused
    qsizetype choiceCount = 0;      // the choices of this chunk

    void clear();
    ChatChunkChoice &addChoice();
    // Reads one chunk object; false when the text is not one.
    bool parse(JsonReader &json);
};
