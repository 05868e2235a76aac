#pragma once

#include "chat/message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// How the parts of a Message are written as JSON: in the store's columns and in exports. One
// place, so a file exported today reads back into the same Message.
namespace MessageJson {

QString stateName(MessageState state); // "complete", "streaming", "stopped", "failed", "interrupted"
MessageState stateFromName(const QString &name, MessageState fallback = MessageState::Complete);

QJsonObject metricsToJson(const MessageMetrics &metrics); // only the figures that are known
MessageMetrics metricsFromJson(const QJsonObject &json);

// Tool calls in OpenAI's shape: [{"id","type","function":{"name","arguments"}}].
QJsonArray toolCallsToJson(const ToolCallList &calls);
ToolCallList toolCallsFromJson(const QJsonArray &json);

// Token log probabilities in the server's shape (choices[].logprobs.content):
// [{"token","logprob","top_logprobs":[{"token","logprob"}]}].
QJsonArray logprobsToJson(const TokenLogprobList &tokens);
TokenLogprobList logprobsFromJson(const QJsonArray &json);

QJsonArray stringsToJson(const QStringList &strings);
QStringList stringsFromJson(const QJsonArray &json);

// Compact JSON text for a column; empty for an empty array or object (stored as NULL).
QString compact(const QJsonArray &json);
QString compact(const QJsonObject &json);
QJsonArray parseArray(const QString &text);
QJsonObject parseObject(const QString &text);

qint64 toMs(const QDateTime &time); // 0 for an invalid time
QDateTime fromMs(qint64 ms);        // invalid for 0

} // namespace MessageJson
