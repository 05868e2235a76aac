#include "simwire.h"

#include "jsonwriter.h"
#include "simtokenizer.h"

namespace {

QLatin1String L(const char *text)
{
    return QLatin1String(text);
}

} // namespace

void SimWire::writeHead(JsonWriter &w, bool chunk) const
{
    w.field(L("id"), m_plan.id);
    w.field(L("object"), chunk ? L("chat.completion.chunk") : L("chat.completion"));
    w.field(L("created"), m_plan.created);
    w.field(L("model"), m_plan.model);
}

void SimWire::writeUsage(JsonWriter &w, int prompt, int completion) const
{
    w.key(L("usage")).beginObject();
    if (m_plan.dialect == SimDialect::LlamaCpp) {
        w.field(L("completion_tokens"), completion).field(L("prompt_tokens"), prompt);
        w.field(L("total_tokens"), prompt + completion);
    } else {
        w.field(L("prompt_tokens"), prompt).field(L("total_tokens"), prompt + completion);
        w.field(L("completion_tokens"), completion);
    }
    w.endObject();
}

void SimWire::writeTimings(JsonWriter &w) const
{
    // Plausible figures for a small model on a laptop; only their presence matters.
    const int predicted = m_plan.completionTokens();
    w.key(L("timings")).beginObject();
    w.field(L("predicted_ms"), predicted * 12.5).field(L("predicted_n"), predicted);
    w.field(L("predicted_per_second"), 80.0).field(L("predicted_per_token_ms"), 12.5);
    w.field(L("prompt_ms"), m_plan.promptTokens * 0.5).field(L("prompt_n"), m_plan.promptTokens);
    w.field(L("prompt_per_second"), 2000.0).field(L("prompt_per_token_ms"), 0.5);
    w.endObject();
}

QList<qint64> SimWire::tokenIds(const SimDelta &delta) const
{
    QList<qint64> ids;
    const QString text = delta.reasoning + delta.content + delta.toolArguments;
    for (const QString &piece : SimTokenizer::split(text))
        ids.append(SimTokenizer::tokenId(piece));
    if (ids.isEmpty())
        ids.append(151645); // an end-of-sequence id
    return ids;
}

void SimWire::writeLogprobs(JsonWriter &w, const QList<SimLogprob> &entries) const
{
    w.key(L("logprobs"));
    if (!m_plan.logprobs) {
        w.null();
        return;
    }
    // vLLM's ChatCompletionLogProbsContent: token, logprob, bytes, top_logprobs (declaration order).
    auto writeBytes = [&w](const QString &token) {
        w.key(L("bytes")).beginArray();
        for (const char byte : token.toUtf8())
            w.value(qint64(quint8(byte)));
        w.endArray();
    };
    w.beginObject().key(L("content")).beginArray();
    for (const SimLogprob &entry : entries) {
        w.beginObject().field(L("token"), entry.token).field(L("logprob"), entry.logprob);
        writeBytes(entry.token);
        w.key(L("top_logprobs")).beginArray();
        for (const auto &top : entry.top) {
            w.beginObject().field(L("token"), top.first).field(L("logprob"), top.second);
            writeBytes(top.first);
            w.endObject();
        }
        w.endArray().endObject();
    }
    w.endArray().endObject();
}

QByteArray SimWire::roleChunk(int index) const
{
    if (m_plan.dialect == SimDialect::LlamaCpp)
        return {};
    JsonWriter w;
    w.beginObject();
    writeHead(w, true);
    w.key(L("choices")).beginArray().beginObject();
    w.field(L("index"), index);
    w.key(L("delta")).beginObject().field(L("role"), L("assistant")).field(L("content"), QString());
    if (m_plan.dialect == SimDialect::VllmTransition)
        w.nullField(L("reasoning_content"));
    w.endObject();
    w.nullField(L("logprobs")).nullField(L("finish_reason"));
    w.endObject().endArray();
    if (m_plan.continuousUsage)
        writeUsage(w, m_plan.promptTokens, 0);
    if (m_plan.dialect != SimDialect::VllmLegacy) {
        w.key(L("prompt_token_ids"));
        if (m_plan.returnTokenIds) {
            w.beginArray();
            for (int i = 0; i < m_plan.promptTokens; ++i)
                w.value(qint64(i * 7919 % 151936));
            w.endArray();
        } else {
            w.null();
        }
    }
    if (m_plan.dialect == SimDialect::VllmCurrent)
        w.nullField(L("prompt_text"));
    w.endObject();
    return w.data();
}

void SimWire::writeVllmDelta(JsonWriter &w, const SimDelta &delta) const
{
    w.key(L("delta")).beginObject();
    if (delta.hasContent)
        w.field(L("content"), delta.content);
    if (delta.hasReasoning) {
        if (m_plan.dialect != SimDialect::VllmLegacy)
            w.field(L("reasoning"), delta.reasoning);
        if (m_plan.dialect != SimDialect::VllmCurrent)
            w.field(L("reasoning_content"), delta.reasoning);
    } else if (m_plan.dialect == SimDialect::VllmTransition) {
        w.nullField(L("reasoning_content"));
    }
    if (delta.hasTool) {
        w.key(L("tool_calls")).beginArray().beginObject();
        if (delta.toolStart)
            w.field(L("id"), delta.toolId).field(L("type"), L("function"));
        w.field(L("index"), 0);
        w.key(L("function")).beginObject();
        if (delta.toolStart)
            w.field(L("name"), delta.toolName);
        else
            w.field(L("arguments"), delta.toolArguments);
        w.endObject().endObject().endArray();
    }
    w.endObject();
}

QByteArray SimWire::deltaChunk(const SimDelta &delta, int runningTokens) const
{
    if (m_plan.dialect == SimDialect::LlamaCpp)
        return llamaChunk(delta);
    const bool finishing = !delta.finishReason.isEmpty();
    JsonWriter w;
    w.beginObject();
    writeHead(w, true);
    w.key(L("choices")).beginArray().beginObject();
    w.field(L("index"), delta.index);
    writeVllmDelta(w, delta);
    writeLogprobs(w, delta.logprobs);
    if (finishing) {
        w.field(L("finish_reason"), delta.finishReason);
        w.key(L("stop_reason")).json(delta.stopReason);
    } else {
        w.nullField(L("finish_reason"));
    }
    if (m_plan.dialect != SimDialect::VllmLegacy) {
        w.key(L("token_ids"));
        if (m_plan.returnTokenIds) {
            w.beginArray();
            for (qint64 id : tokenIds(delta))
                w.value(id);
            w.endArray();
        } else {
            w.null();
        }
    }
    w.endObject().endArray();
    if (m_plan.continuousUsage)
        writeUsage(w, m_plan.promptTokens, runningTokens);
    // Without a usage chunk the fingerprint rides on the finishing chunk.
    if (finishing && !m_plan.includeUsage && !m_plan.fingerprint.isEmpty())
        w.field(L("system_fingerprint"), m_plan.fingerprint);
    w.endObject();
    return w.data();
}

QByteArray SimWire::contentChunk(int index, const QString &text) const
{
    SimDelta delta;
    delta.index = index;
    delta.hasContent = true;
    delta.content = text;
    return deltaChunk(delta, 0);
}

QByteArray SimWire::usageChunk() const
{
    if (!m_plan.includeUsage || m_plan.dialect == SimDialect::LlamaCpp)
        return {};
    JsonWriter w;
    w.beginObject();
    writeHead(w, true);
    w.key(L("choices")).beginArray().endArray();
    writeUsage(w, m_plan.promptTokens, m_plan.completionTokens());
    if (!m_plan.fingerprint.isEmpty())
        w.field(L("system_fingerprint"), m_plan.fingerprint);
    w.endObject();
    return w.data();
}

QByteArray SimWire::llamaChunk(const SimDelta &delta) const
{
    const bool finishing = !delta.finishReason.isEmpty();
    JsonWriter w;
    w.beginObject().key(L("choices")).beginArray().beginObject();
    w.key(L("delta")).beginObject();
    if (delta.hasContent)
        w.field(L("content"), delta.content);
    if (delta.hasReasoning)
        w.field(L("reasoning_content"), delta.reasoning);
    if (delta.hasTool) {
        // llama.cpp sends a call's name and first arguments together, keys sorted.
        w.key(L("tool_calls")).beginArray().beginObject();
        w.key(L("function")).beginObject().field(L("arguments"), delta.toolArguments);
        if (delta.toolStart)
            w.field(L("name"), delta.toolName);
        w.endObject();
        if (delta.toolStart)
            w.field(L("id"), delta.toolId);
        w.field(L("index"), 0);
        if (delta.toolStart)
            w.field(L("type"), L("function"));
        w.endObject().endArray();
    }
    w.endObject();
    if (finishing)
        w.field(L("finish_reason"), delta.finishReason);
    else
        w.nullField(L("finish_reason"));
    w.field(L("index"), 0).endObject().endArray();
    w.field(L("created"), m_plan.created).field(L("id"), m_plan.id).field(L("model"), m_plan.model);
    w.field(L("object"), L("chat.completion.chunk")).field(L("system_fingerprint"), m_plan.fingerprint);
    if (finishing) {
        writeTimings(w);
        writeUsage(w, m_plan.promptTokens, m_plan.completionTokens());
    }
    w.endObject();
    return w.data();
}

QByteArray SimWire::completionBody() const
{
    if (m_plan.dialect == SimDialect::LlamaCpp)
        return llamaBody();
    const SimDialect d = m_plan.dialect;
    JsonWriter w;
    w.beginObject();
    writeHead(w, false);
    w.key(L("choices")).beginArray();
    for (const SimChoicePlan &choice : m_plan.choices) {
        w.beginObject().field(L("index"), choice.index);
        w.key(L("message")).beginObject().field(L("role"), L("assistant"));
        if (choice.hasContent)
            w.field(L("content"), choice.content);
        else
            w.nullField(L("content"));
        w.nullField(L("refusal"))
            .nullField(L("annotations"))
            .nullField(L("audio"))
            .nullField(L("function_call"));
        w.key(L("tool_calls")).beginArray();
        if (choice.hasTool) {
            w.beginObject().field(L("id"), choice.toolId).field(L("type"), L("function"));
            w.key(L("function")).beginObject().field(L("name"), choice.toolName);
            w.field(L("arguments"), choice.toolArguments).endObject().endObject();
        }
        w.endArray();
        const bool hasReasoning = !choice.reasoning.isEmpty();
        for (const QLatin1String name : {L("reasoning"), L("reasoning_content")}) {
            const bool wanted =
                name == L("reasoning") ? d != SimDialect::VllmLegacy : d != SimDialect::VllmCurrent;
            if (!wanted)
                continue;
            if (hasReasoning)
                w.field(name, choice.reasoning);
            else
                w.nullField(name);
        }
        w.endObject();
        QList<SimLogprob> entries;
        for (const SimDelta &delta : choice.deltas)
            entries += delta.logprobs;
        writeLogprobs(w, entries);
        w.field(L("finish_reason"), choice.finishReason);
        w.key(L("stop_reason")).json(choice.stopReason);
        if (d != SimDialect::VllmLegacy)
            w.nullField(L("token_ids"));
        w.endObject();
    }
    w.endArray();
    w.nullField(L("service_tier"));
    if (m_plan.fingerprint.isEmpty())
        w.nullField(L("system_fingerprint"));
    else
        w.field(L("system_fingerprint"), m_plan.fingerprint);
    w.key(L("usage")).beginObject().field(L("prompt_tokens"), m_plan.promptTokens);
    w.field(L("total_tokens"), m_plan.promptTokens + m_plan.completionTokens());
    w.field(L("completion_tokens"), m_plan.completionTokens())
        .nullField(L("prompt_tokens_details"))
        .endObject();
    w.nullField(L("prompt_logprobs"));
    if (d != SimDialect::VllmLegacy)
        w.nullField(L("prompt_token_ids"));
    if (d == SimDialect::VllmCurrent)
        w.nullField(L("prompt_text"));
    w.nullField(L("kv_transfer_params"));
    w.endObject();
    return w.data();
}

QByteArray SimWire::llamaBody() const
{
    const SimChoicePlan &choice = m_plan.choices.first();
    JsonWriter w;
    w.beginObject().key(L("choices")).beginArray().beginObject();
    w.field(L("finish_reason"), choice.finishReason).field(L("index"), 0);
    w.key(L("message")).beginObject();
    if (choice.hasContent)
        w.field(L("content"), choice.content);
    else
        w.nullField(L("content"));
    if (!choice.reasoning.isEmpty())
        w.field(L("reasoning_content"), choice.reasoning);
    w.field(L("role"), L("assistant"));
    if (choice.hasTool) {
        w.key(L("tool_calls")).beginArray().beginObject();
        w.key(L("function")).beginObject().field(L("arguments"), choice.toolArguments);
        w.field(L("name"), choice.toolName).endObject();
        w.field(L("id"), choice.toolId).field(L("type"), L("function")).endObject().endArray();
    }
    w.endObject().endObject().endArray();
    w.field(L("created"), m_plan.created).field(L("id"), m_plan.id).field(L("model"), m_plan.model);
    w.field(L("object"), L("chat.completion")).field(L("system_fingerprint"), m_plan.fingerprint);
    writeTimings(w);
    writeUsage(w, m_plan.promptTokens, m_plan.completionTokens());
    w.endObject();
    return w.data();
}
