#include "messagejson.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace {
struct StateName {
    MessageState state;
    QLatin1String name;
};
constexpr StateName kStates[] = {
    {MessageState::Complete, QLatin1String("complete")},
    {MessageState::Streaming, QLatin1String("streaming")},
    {MessageState::Stopped, QLatin1String("stopped")},
    {MessageState::Failed, QLatin1String("failed")},
    {MessageState::Interrupted, QLatin1String("interrupted")},
};
} // namespace

QString MessageJson::stateName(MessageState state)
{
    for (const StateName &s : kStates) {
        if (s.state == state)
            return s.name;
    }
    return QStringLiteral("complete");
}

MessageState MessageJson::stateFromName(const QString &name, MessageState fallback)
{
    for (const StateName &s : kStates) {
        if (name == s.name)
            return s.state;
    }
    return fallback;
}

QJsonObject MessageJson::metricsToJson(const MessageMetrics &m)
{
    QJsonObject json;
    if (m.ttftMs >= 0)
        json.insert(QLatin1String("ttft_ms"), m.ttftMs);
    if (m.tokensPerSecond >= 0)
        json.insert(QLatin1String("tokens_per_s"), m.tokensPerSecond);
    if (m.promptTokens >= 0)
        json.insert(QLatin1String("prompt_tokens"), m.promptTokens);
    if (m.completionTokens >= 0)
        json.insert(QLatin1String("completion_tokens"), m.completionTokens);
    if (m.completionTokensEstimated)
        json.insert(QLatin1String("completion_tokens_estimated"), true);
    if (m.wallMs >= 0)
        json.insert(QLatin1String("wall_ms"), m.wallMs);
    return json;
}

MessageMetrics MessageJson::metricsFromJson(const QJsonObject &json)
{
    MessageMetrics m;
    m.ttftMs = json.value(QLatin1String("ttft_ms")).toInteger(-1);
    m.tokensPerSecond = json.value(QLatin1String("tokens_per_s")).toDouble(-1);
    m.promptTokens = json.value(QLatin1String("prompt_tokens")).toInteger(-1);
    m.completionTokens = json.value(QLatin1String("completion_tokens")).toInteger(-1);
    m.completionTokensEstimated = json.value(QLatin1String("completion_tokens_estimated")).toBool();
    m.wallMs = json.value(QLatin1String("wall_ms")).toInteger(-1);
    return m;
}

QJsonArray MessageJson::toolCallsToJson(const ToolCallList &calls)
{
    QJsonArray json;
    for (const ToolCall &call : calls) {
        json.append(QJsonObject{
            {QLatin1String("index"), call.index},
            {QLatin1String("id"), call.id},
            {QLatin1String("type"), call.type.isEmpty() ? QStringLiteral("function") : call.type},
            {QLatin1String("function"),
             QJsonObject{{QLatin1String("name"), call.name}, {QLatin1String("arguments"), call.arguments}}},
        });
    }
    return json;
}

ToolCallList MessageJson::toolCallsFromJson(const QJsonArray &json)
{
    ToolCallList calls;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QJsonObject object = json.at(i).toObject();
        const QJsonObject function = object.value(QLatin1String("function")).toObject();
        ToolCall call;
        call.index = object.value(QLatin1String("index")).toInt(static_cast<int>(i));
        call.id = object.value(QLatin1String("id")).toString();
        call.type = object.value(QLatin1String("type")).toString(QStringLiteral("function"));
        call.name = function.value(QLatin1String("name")).toString();
        call.arguments = function.value(QLatin1String("arguments")).toString();
        calls.append(call);
    }
    return calls;
}

QJsonArray MessageJson::logprobsToJson(const TokenLogprobList &tokens)
{
    QJsonArray json;
    for (const TokenLogprob &token : tokens) {
        QJsonArray top;
        for (const TopLogprob &alternative : token.top)
            top.append(QJsonObject{{QLatin1String("token"), alternative.token},
                                   {QLatin1String("logprob"), alternative.logprob}});
        json.append(QJsonObject{{QLatin1String("token"), token.token},
                                {QLatin1String("logprob"), token.logprob},
                                {QLatin1String("top_logprobs"), top}});
    }
    return json;
}

TokenLogprobList MessageJson::logprobsFromJson(const QJsonArray &json)
{
    TokenLogprobList tokens;
    tokens.reserve(json.size());
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        TokenLogprob token;
        token.token = object.value(QLatin1String("token")).toString();
        token.logprob = object.value(QLatin1String("logprob")).toDouble();
        for (const QJsonValue &alternative : object.value(QLatin1String("top_logprobs")).toArray()) {
            const QJsonObject top = alternative.toObject();
            token.top.append(TopLogprob{top.value(QLatin1String("token")).toString(),
                                        top.value(QLatin1String("logprob")).toDouble()});
        }
        tokens.append(token);
    }
    return tokens;
}

QJsonArray MessageJson::stringsToJson(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList MessageJson::stringsFromJson(const QJsonArray &json)
{
    QStringList strings;
    strings.reserve(json.size());
    for (const QJsonValue &value : json)
        strings.append(value.toString());
    return strings;
}

QString MessageJson::compact(const QJsonArray &json)
{
    return json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString MessageJson::compact(const QJsonObject &json)
{
    return json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonArray MessageJson::parseArray(const QString &text)
{
    return text.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(text.toUtf8()).array();
}

QJsonObject MessageJson::parseObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

qint64 MessageJson::toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime MessageJson::fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}
