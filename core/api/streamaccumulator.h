#pragma once

#include "apierror.h"
#include "logprobs.h"
#include "sseparser.h"
#include "toolcall.h"
#include "usage.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// The state of one choice of a chat completion, built from its deltas (or read whole from a
// non-streaming body).
struct ChoiceState {
    int index = 0;
    QString role;
    QString content;
    QString reasoning;         // `reasoning`, or `reasoning_content` from older servers (never both added)
    ToolCallList toolCalls;    // ordered by tool-call index
    QString finishReason;      // empty until the choice finishes
    QJsonValue stopReason;     // the matched stop string (string) or stop token id (number); null otherwise
    qint64 deltaCount = 0;     // chunks that carried content, reasoning or tool calls (a token estimate)
    TokenLogprobList logprobs; // with `logprobs: true`: one entry per answer token, in order

    bool isFinished() const { return !finishReason.isEmpty(); }
};

// Turns SSE events of /v1/chat/completions into per-choice state. Handles n > 1 (chunks of
// different indices interleave), the usage chunk with `choices: []`, the role chunk (optional:
// llama.cpp sends none), absent-versus-null fields, tool calls merged by index, and in-stream
// error events. Plain value type, no QObject: it sits on the per-token path.
class StreamAccumulator final {
public:
    enum class Outcome {
        Ignored,    // nothing for the answer (a role chunk, an event without data)
        Delta,      // text, reasoning or tool calls were added (see lastDeltaChoice())
        Metadata,   // finish reason, usage or ids changed
        Done,       // `[DONE]`
        ErrorEvent, // an error event: error() holds it
        Malformed,  // the payload is not a chat chunk: error() holds a MalformedResponse
    };

    Outcome apply(const SseEvent &event);
    // Reads a whole non-streaming `chat.completion` body (or a vLLM/llama.cpp error body).
    Outcome applyCompletion(const QJsonObject &body);

    const QList<ChoiceState> &choices() const { return m_choices; } // ordered by index
    const ChoiceState *choice(int index) const;
    const Usage &usage() const { return m_usage; }
    const QString &responseId() const { return m_id; }
    const QString &model() const { return m_model; }
    const QString &systemFingerprint() const { return m_fingerprint; }
    bool sawDone() const { return m_sawDone; }
    const ApiError &error() const { return m_error; }
    int lastDeltaChoice() const { return m_lastDeltaChoice; }
    // Content, reasoning or tool-call chunks seen across all choices: the token estimate used for
    // speed figures when the server sends no usage.
    qint64 deltaCount() const { return m_deltaCount; }

    void reset();

private:
    ChoiceState &choiceAt(int index);

    QList<ChoiceState> m_choices;
    Usage m_usage;
    QString m_id;
    QString m_model;
    QString m_fingerprint;
    ApiError m_error;
    bool m_sawDone = false;
    int m_lastDeltaChoice = -1;
    qint64 m_deltaCount = 0;
};
