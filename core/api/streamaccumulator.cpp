#include "streamaccumulator.h"

#include "chatchunk.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

qint64 intOr(const QJsonValue &v, qint64 fallback)
{
    // toInteger(): a double outside qint64's range gives the fallback, not undefined behaviour.
    return v.toInteger(fallback);
}

Usage readUsage(const QJsonObject &u)
{
    Usage usage;
    usage.promptTokens = intOr(u.value(QLatin1String("prompt_tokens")), -1);
    usage.completionTokens = intOr(u.value(QLatin1String("completion_tokens")), -1);
    usage.totalTokens = intOr(u.value(QLatin1String("total_tokens")), -1);
    usage.cachedTokens = intOr(
        u.value(QLatin1String("prompt_tokens_details")).toObject().value(QLatin1String("cached_tokens")), -1);
    return usage;
}

ToolCall &toolCallAt(ToolCallList &calls, int index)
{
    auto it =
        std::find_if(calls.begin(), calls.end(), [index](const ToolCall &c) { return c.index >= index; });
    if (it == calls.end() || it->index != index) {
        ToolCall call;
        call.index = index;
        it = calls.insert(it, call);
    }
    return *it;
}

void mergeToolCall(ToolCallList &calls, const QJsonObject &fragment, int fallbackIndex)
{
    const QJsonValue indexValue = fragment.value(QLatin1String("index"));
    const int index = indexValue.isDouble() ? indexValue.toInt() : fallbackIndex;
    auto it =
        std::find_if(calls.begin(), calls.end(), [index](const ToolCall &c) { return c.index >= index; });
    if (it == calls.end() || it->index != index) {
        ToolCall call;
        call.index = index;
        it = calls.insert(it, call);
    }
    const QString id = fragment.value(QLatin1String("id")).toString();
    if (it->id.isEmpty() && !id.isEmpty())
        it->id = id;
    const QString type = fragment.value(QLatin1String("type")).toString();
    if (it->type.isEmpty() && !type.isEmpty())
        it->type = type;
    const QJsonObject function = fragment.value(QLatin1String("function")).toObject();
    const QString name = function.value(QLatin1String("name")).toString();
    if (it->name.isEmpty() && !name.isEmpty())
        it->name = name;
    it->arguments += function.value(QLatin1String("arguments")).toString();
}

// The decoded chunk's buffers live per thread and are reused, so applying a chunk allocates
// nothing once they have grown to the size of a typical chunk.
ChatChunk &scratch()
{
    thread_local ChatChunk chunk;
    return chunk;
}

TokenLogprobList readLogprobs(const QJsonValue &logprobs)
{
    TokenLogprobList list;
    for (const QJsonValue &v : logprobs.toObject().value(QLatin1String("content")).toArray()) {
        const QJsonObject o = v.toObject();
        TokenLogprob entry;
        entry.token = o.value(QLatin1String("token")).toString();
        entry.logprob = o.value(QLatin1String("logprob")).toDouble();
        for (const QJsonValue &t : o.value(QLatin1String("top_logprobs")).toArray()) {
            const QJsonObject top = t.toObject();
            entry.top.append({top.value(QLatin1String("token")).toString(),
                              top.value(QLatin1String("logprob")).toDouble()});
        }
        list.append(entry);
    }
    return list;
}

QString reasoningOf(const QJsonObject &o)
{
    const QString r = o.value(QLatin1String("reasoning")).toString();
    return r.isEmpty() ? o.value(QLatin1String("reasoning_content")).toString() : r;
}

} // namespace

const ChoiceState *StreamAccumulator::choice(int index) const
{
    for (const ChoiceState &c : m_choices) {
        if (c.index == index)
            return &c;
    }
    return nullptr;
}

ChoiceState &StreamAccumulator::choiceAt(int index)
{
    auto it = std::find_if(m_choices.begin(), m_choices.end(),
                           [index](const ChoiceState &c) { return c.index >= index; });
    if (it != m_choices.end() && it->index == index)
        return *it;
    ChoiceState state;
    state.index = index;
    return *m_choices.insert(it, state);
}

void StreamAccumulator::reset()
{
    *this = StreamAccumulator();
}

StreamAccumulator::Outcome StreamAccumulator::apply(const SseEvent &event)
{
    // llama.cpp's `error: {json}` line, or an event typed `error` (some proxies); a value that is
    // not JSON is reported as text.
    if (event.isErrorField || event.eventType == "error") {
        JsonReader json(event.data);
        QJsonValue value = json.readValue();
        if (!json.finish())
            value = QString::fromUtf8(event.data);
        m_error = ApiError::fromStreamError(value);
        return Outcome::ErrorEvent;
    }
    if (event.data == "[DONE]") {
        m_sawDone = true;
        return Outcome::Done;
    }
    if (QByteArrayView(event.data).trimmed().isEmpty())
        return Outcome::Ignored; // `data:` with nothing after it carries nothing
    ChatChunk &chunk = scratch();
    chunk.clear();
    JsonReader json(event.data);
    if (!chunk.parse(json) || !json.finish()) {
        QString quoted = QString::fromUtf8(event.data.left(120)).simplified();
        m_error = ApiError::make(ApiError::Kind::MalformedResponse,
                                 ApiError::tr("not a chat completion chunk: %1").arg(quoted));
        return Outcome::Malformed;
    }
    if (chunk.hasError) {
        m_error = ApiError::fromStreamError(chunk.error);
        return Outcome::ErrorEvent;
    }

    bool metadata = false;
    auto update = [&metadata](QString &target, const QString &value) {
        if (!value.isEmpty() && value != target) {
            target = value;
            metadata = true;
        }
    };
    update(m_id, chunk.id);
    update(m_model, chunk.model);
    update(m_fingerprint, chunk.fingerprint);
    if (chunk.hasUsage) {
        m_usage = chunk.usage;
        metadata = true;
    }
    bool delta = false;
    for (qsizetype i = 0; i < chunk.choiceCount; ++i) {
        const ChatChunkChoice &in = chunk.choices.at(i);
        ChoiceState &state = choiceAt(int(in.index));
        if (!in.role.isEmpty() && in.role != state.role)
            state.role = in.role;
        bool added = !in.content.isEmpty();
        state.content.append(in.content);
        // Transition servers send the same text under both names: take one, never both.
        const QString &reasoning = in.reasoning.isEmpty() ? in.reasoningContent : in.reasoning;
        added = added || !reasoning.isEmpty();
        state.reasoning.append(reasoning);
        for (qsizetype f = 0; f < in.fragmentCount; ++f) {
            const ChatChunkToolFragment &fragment = in.fragments.at(f);
            // A fragment without an index continues the last call (or starts the first).
            const int index = fragment.index >= 0         ? int(fragment.index)
                              : state.toolCalls.isEmpty() ? 0
                              : !fragment.id.isEmpty()    ? state.toolCalls.last().index + 1
                                                          : state.toolCalls.last().index;
            ToolCall &call = toolCallAt(state.toolCalls, index);
            if (call.id.isEmpty())
                call.id = fragment.id;
            if (call.type.isEmpty())
                call.type = fragment.type;
            if (call.name.isEmpty())
                call.name = fragment.name;
            call.arguments.append(fragment.arguments);
            added = true;
        }
        for (qsizetype l = 0; l < in.logprobCount; ++l)
            state.logprobs.append(in.logprobs.at(l));
        if (!in.finishReason.isEmpty()) {
            state.finishReason = in.finishReason;
            metadata = true;
        }
        if (!in.stopReason.isNull()) {
            state.stopReason = in.stopReason;
            metadata = true;
        }
        if (added) {
            ++state.deltaCount;
            ++m_deltaCount;
            m_lastDeltaChoice = state.index;
            delta = true;
        }
    }
    return delta ? Outcome::Delta : metadata ? Outcome::Metadata : Outcome::Ignored;
}

StreamAccumulator::Outcome StreamAccumulator::applyCompletion(const QJsonObject &body)
{
    const QJsonValue error = body.value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        m_error = ApiError::fromStreamError(error);
        return Outcome::ErrorEvent;
    }
    if (body.value(QLatin1String("object")).toString() == QLatin1String("error")) {
        m_error = ApiError::fromStreamError(body);
        return Outcome::ErrorEvent;
    }
    const QJsonValue choicesValue = body.value(QLatin1String("choices"));
    if (!choicesValue.isArray()) {
        m_error =
            ApiError::make(ApiError::Kind::MalformedResponse,
                           QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact).left(200)));
        return Outcome::Malformed;
    }
    m_id = body.value(QLatin1String("id")).toString();
    m_model = body.value(QLatin1String("model")).toString();
    m_fingerprint = body.value(QLatin1String("system_fingerprint")).toString();
    if (body.value(QLatin1String("usage")).isObject())
        m_usage = readUsage(body.value(QLatin1String("usage")).toObject());
    for (const QJsonValue &c : choicesValue.toArray()) {
        const QJsonObject choiceObject = c.toObject();
        ChoiceState &state = choiceAt(choiceObject.value(QLatin1String("index")).toInt());
        const QJsonObject message = choiceObject.value(QLatin1String("message")).toObject();
        state.role = message.value(QLatin1String("role")).toString();
        state.content = message.value(QLatin1String("content")).toString();
        state.reasoning = reasoningOf(message);
        state.toolCalls.clear();
        const QJsonArray calls = message.value(QLatin1String("tool_calls")).toArray();
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QJsonObject call = calls.at(i).toObject();
            call.insert(QLatin1String("index"), int(i));
            mergeToolCall(state.toolCalls, call, int(i));
        }
        state.logprobs = readLogprobs(choiceObject.value(QLatin1String("logprobs")));
        state.finishReason = choiceObject.value(QLatin1String("finish_reason")).toString();
        const QJsonValue stop = choiceObject.value(QLatin1String("stop_reason"));
        state.stopReason = stop.isString() || stop.isDouble() ? stop : QJsonValue();
        if (!state.content.isEmpty() || !state.reasoning.isEmpty() || !state.toolCalls.isEmpty()) {
            state.deltaCount = 1;
            ++m_deltaCount;
            m_lastDeltaChoice = state.index;
        }
    }
    m_sawDone = true; // a whole body is complete by construction
    return Outcome::Done;
}
