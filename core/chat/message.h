#pragma once

#include "api/logprobs.h"
#include "api/toolcall.h"
#include "media/attachment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// How an assistant message ended (user messages are always Complete).
enum class MessageState {
    Complete,    // the server finished the answer
    Streaming,   // still arriving
    Stopped,     // the user stopped it; the text so far is kept
    Failed,      // an error ended it (errorText); the text so far is kept
    Interrupted, // the app ended while it was arriving (found so on the next start)
};

struct MessageMetrics {
    qint64 ttftMs = -1;
    double tokensPerSecond = -1;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    bool completionTokensEstimated = false;
    qint64 wallMs = -1;
};

struct Message {
    quint64 id = 0; // unique within the process, stable for the message's life (view caches key on it)
    QString role;   // "system", "user", "assistant", "tool"
    QString content;
    AttachmentList attachments; // user messages: the media sent with the text, in order
    QString reasoning;
    ToolCallList toolCalls;
    QStringList alternatives;  // with n > 1: the content of choices 1..n-1 (choice 0 is `content`)
    TokenLogprobList logprobs; // with `logprobs: true`: choice 0's tokens and their probabilities
    MessageState state = MessageState::Complete;
    QString errorText;    // the one-sentence error, for Failed
    QString finishReason; // "stop", "length", "tool_calls", ...
    QString model;
    MessageMetrics metrics;
    // Assistant messages: the exact request body that produced the answer (never the API key,
    // which travels only in a header), so the answer can be inspected, copied and replayed.
    // Messages loaded from the store leave it empty: it repeats the whole history, so it is read
    // on demand (ConversationStore::request, ActiveConversation::fetchRequest).
    QJsonObject request;
    // Loaded from the store with a request kept there (read on demand, as `request` says).
    bool requestStored = false;
    // The server's version (GET /version) when the answer was asked for; empty when the server
    // does not say (llama.cpp) or had not said yet.
    QString serverVersion;
    QDateTime created;
    quint64 revision = 0; // bumped on every change, so caches can tell a message has changed

    // Kept by the conversation store (core/store). `uid` names the message across processes,
    // windows and exports; ConversationModel::append gives one to a message that has none.
    // siblingIndex/siblingCount place it among the versions of its turn (the user's edits, the
    // regenerated answers): shown as "siblingIndex + 1 / siblingCount".
    QString uid;
    int siblingIndex = 0;
    int siblingCount = 1;
};
