#include "chatrequest.h"

#include "media/contentparts.h"

#include <QJsonArray>

QJsonObject ChatMessage::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("role"), role);
    // An assistant turn that only called tools has no text: OpenAI's schema wants null there.
    if (!attachments.isEmpty()) {
        QJsonArray parts;
        for (const Attachment &a : attachments)
            parts.append(ContentParts::media(a, ContentParts::recordPayload(a)));
        if (!content.isEmpty())
            parts.append(ContentParts::text(content));
        object.insert(QLatin1String("content"), parts);
    } else if (content.isEmpty() && !toolCalls.isEmpty())
        object.insert(QLatin1String("content"), QJsonValue::Null);
    else
        object.insert(QLatin1String("content"), content);
    if (!reasoning.isEmpty() && role == QLatin1String("assistant"))
        object.insert(QLatin1String("reasoning"), reasoning);
    if (!toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : toolCalls) {
            calls.append(QJsonObject{
                {QLatin1String("id"), call.id},
                {QLatin1String("type"), call.type.isEmpty() ? QStringLiteral("function") : call.type},
                {QLatin1String("function"), QJsonObject{{QLatin1String("name"), call.name},
                                                        {QLatin1String("arguments"), call.arguments}}},
            });
        }
        object.insert(QLatin1String("tool_calls"), calls);
    }
    if (!toolCallId.isEmpty())
        object.insert(QLatin1String("tool_call_id"), toolCallId);
    return object;
}

QJsonObject ChatRequest::toJson() const
{
    QJsonObject body = params;
    if (!model.isEmpty())
        body.insert(QLatin1String("model"), model);
    QJsonArray list = rawMessages;
    if (list.isEmpty()) {
        for (const ChatMessage &message : messages)
            list.append(message.toJson());
    }
    body.insert(QLatin1String("messages"), list);
    if (stream) {
        body.insert(QLatin1String("stream"), true);
        // Usage is only sent when asked for; the user's own stream_options keys win.
        QJsonObject options{{QLatin1String("include_usage"), true}};
        const QJsonObject userOptions = params.value(QLatin1String("stream_options")).toObject();
        for (auto it = userOptions.begin(); it != userOptions.end(); ++it)
            options.insert(it.key(), it.value());
        body.insert(QLatin1String("stream_options"), options);
    } else {
        // stream_options without stream:true is a 400 (§4.4); stream defaults to false.
        body.remove(QLatin1String("stream"));
        body.remove(QLatin1String("stream_options"));
    }
    return body;
}

ChatRequest ChatRequest::fromJson(const QJsonObject &body)
{
    ChatRequest request;
    request.model = body.value(QLatin1String("model")).toString();
    request.rawMessages = body.value(QLatin1String("messages")).toArray();
    request.stream = body.value(QLatin1String("stream")).toBool();
    request.params = body;
    request.params.remove(QLatin1String("model"));
    request.params.remove(QLatin1String("messages"));
    request.params.remove(QLatin1String("stream"));
    // toJson() adds include_usage to streams; only the user's other options stay in params.
    QJsonObject options = body.value(QLatin1String("stream_options")).toObject();
    options.remove(QLatin1String("include_usage"));
    if (options.isEmpty())
        request.params.remove(QLatin1String("stream_options"));
    else
        request.params.insert(QLatin1String("stream_options"), options);
    return request;
}
