#include "streamaccumulator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

qint64 intOr(const QJsonValue &v, qint64 fallback)
{
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
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
    if (event.isErrorField) {
        const QJsonDocument doc = QJsonDocument::fromJson(event.data);
        m_error = ApiError::fromStreamError(doc.isObject() ? QJsonValue(doc.object())
                                                           : QJsonValue(QString::fromUtf8(event.data)));
        return Outcome::ErrorEvent;
    }
    if (event.data == "[DONE]") {
        m_sawDone = true;
        return Outcome::Done;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = ApiError::make(ApiError::Kind::MalformedResponse, QString::fromUtf8(event.data.left(200)));
        return Outcome::Malformed;
    }
    const QJsonObject chunk = doc.object();
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        m_error = ApiError::fromStreamError(error);
        return Outcome::ErrorEvent;
    }
    bool metadata = false;
    bool delta = false;
    auto setString = [&metadata](QString &target, const QJsonValue &v) {
        if (v.isString() && v.toString() != target) {
            target = v.toString();
            metadata = true;
        }
    };
    setString(m_id, chunk.value(QLatin1String("id")));
    setString(m_model, chunk.value(QLatin1String("model")));
    setString(m_fingerprint, chunk.value(QLatin1String("system_fingerprint")));
    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject()) {
        m_usage = readUsage(usage.toObject());
        metadata = true;
    }
    for (const QJsonValue &c : chunk.value(QLatin1String("choices")).toArray()) {
        const QJsonObject choiceObject = c.toObject();
        ChoiceState &state = choiceAt(choiceObject.value(QLatin1String("index")).toInt());
        const QJsonObject d = choiceObject.value(QLatin1String("delta")).toObject();
        bool added = false;
        const QString role = d.value(QLatin1String("role")).toString();
        if (!role.isEmpty())
            state.role = role;
        const QString content = d.value(QLatin1String("content")).toString();
        if (!content.isEmpty()) {
            state.content += content;
            added = true;
        }
        const QString reasoning = reasoningOf(d);
        if (!reasoning.isEmpty()) {
            state.reasoning += reasoning;
            added = true;
        }
        const QJsonArray calls = d.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue &call : calls) {
            mergeToolCall(state.toolCalls, call.toObject(), int(state.toolCalls.size()));
            added = true;
        }
        const QJsonValue finish = choiceObject.value(QLatin1String("finish_reason"));
        if (finish.isString() && !finish.toString().isEmpty()) {
            state.finishReason = finish.toString();
            metadata = true;
        }
        const QJsonValue stop = choiceObject.value(QLatin1String("stop_reason"));
        if (stop.isString() || stop.isDouble()) {
            state.stopReason = stop;
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
