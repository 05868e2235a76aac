#pragma once

#include "httprequest.h"
#include "simchatplan.h"
#include "simconnection.h"
#include "simdirectives.h"
#include "simoptions.h"

#include <QJsonObject>
#include <optional>

// Validates a /v1/chat/completions body the way vLLM does (same statuses, messages and params)
// and plans the answer: texts, token pieces, tool calls, finish reasons and usage.
namespace SimChatPlanner {

struct Result {
    std::optional<SimResponse> error; // set when the request is rejected before streaming
    SimChatPlan plan;
};

Result plan(const QJsonObject &body, const HttpRequest &request, const SimOptions &options,
            const SimDirectives &directives);

// The text of the last user message (string content or the text parts of a list).
QString lastUserText(const QJsonObject &body);
// A rough prompt size in tokens: the message texts plus a few template tokens per message.
int promptTokens(const QJsonArray &messages);
// The card a request's `model` names (empty/absent: the first); nullptr if unknown.
const SimModelCard *findModel(const SimOptions &options, const QString &name);
qint64 maxModelLen(const SimOptions &options, const SimModelCard &card);

} // namespace SimChatPlanner
