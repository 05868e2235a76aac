#pragma once

#include "simchatplan.h"

#include <QByteArray>

class JsonWriter;

// Serialises a planned chat completion in the plan's dialect, byte for byte as the imitated
// server does: compact JSON with vLLM's key order (pydantic declaration order, unset keys left
// out, explicit nulls kept) or llama.cpp's (nlohmann::json: keys sorted).
class SimWire final {
public:
    explicit SimWire(const SimChatPlan &plan)
        : m_plan(plan)
    {}

    // Stream chunks, as JSON (wrap with SimHttp::event()). The role chunk is empty for llama.cpp,
    // which sends none. runningTokens: the choice's completion tokens so far (continuous usage).
    QByteArray roleChunk(int index) const;
    QByteArray deltaChunk(const SimDelta &delta, int runningTokens) const;
    QByteArray usageChunk() const; // empty when the dialect puts usage on the finish chunk
    // One content delta of arbitrary text (huge events, never-ending streams).
    QByteArray contentChunk(int index, const QString &text) const;
    // The non-streaming `chat.completion` body.
    QByteArray completionBody() const;

private:
    void writeHead(JsonWriter &w, bool chunk) const;
    void writeUsage(JsonWriter &w, int prompt, int completion) const;
    void writeTimings(JsonWriter &w) const;
    void writeVllmDelta(JsonWriter &w, const SimDelta &delta) const;
    QByteArray llamaChunk(const SimDelta &delta) const;
    QByteArray llamaBody() const;
    QList<qint64> tokenIds(const SimDelta &delta) const;
    // `"logprobs":null`, or `{"content":[...]}` when the request asked for them.
    void writeLogprobs(JsonWriter &w, const QList<SimLogprob> &entries) const;

    const SimChatPlan &m_plan;
};
