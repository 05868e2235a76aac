#include "storerows.h"

#include "messagejson.h"

#include <QSqlQuery>
#include <QStringList>

using namespace MessageJson;

QString StoreRows::conversationColumns(const QString &table)
{
    static const QStringList names = {
        QStringLiteral("id"),         QStringLiteral("uid"),           QStringLiteral("title"),
        QStringLiteral("title_set"),  QStringLiteral("created_ms"),    QStringLiteral("updated_ms"),
        QStringLiteral("pinned"),     QStringLiteral("system_prompt"), QStringLiteral("profile_id"),
        QStringLiteral("server_url"), QStringLiteral("model"),         QStringLiteral("params"),
        QStringLiteral("preset"),
    };
    QStringList columns;
    for (const QString &name : names)
        columns << table + name;
    return columns.join(QStringLiteral(", "));
}

ConversationInfo StoreRows::readConversation(const QSqlQuery &q, int first)
{
    ConversationInfo info;
    info.id = q.value(first).toLongLong();
    info.uid = q.value(first + 1).toString();
    info.title = q.value(first + 2).toString();
    info.titleSet = q.value(first + 3).toBool();
    info.created = fromMs(q.value(first + 4).toLongLong());
    info.updated = fromMs(q.value(first + 5).toLongLong());
    info.pinned = q.value(first + 6).toBool();
    info.systemPrompt = q.value(first + 7).toString();
    info.profileId = q.value(first + 8).toString();
    info.serverUrl = q.value(first + 9).toString();
    info.model = q.value(first + 10).toString();
    info.params = parseObject(q.value(first + 11).toString());
    info.preset = q.value(first + 12).toString();
    return info;
}

QString StoreRows::messageColumns()
{
    return QStringLiteral(
        "m.uid, m.role, m.content, m.reasoning, m.tool_calls, m.alternatives, m.state, "
        "m.error_text, m.finish_reason, m.model, m.metrics, m.created_ms, m.server_version, "
        "m.request IS NOT NULL");
}

Message StoreRows::readMessage(const QSqlQuery &q, int first)
{
    Message m;
    m.uid = q.value(first).toString();
    m.role = q.value(first + 1).toString();
    m.content = q.value(first + 2).toString();
    m.reasoning = q.value(first + 3).toString();
    m.toolCalls = toolCallsFromJson(parseArray(q.value(first + 4).toString()));
    m.alternatives = stringsFromJson(parseArray(q.value(first + 5).toString()));
    m.state = stateFromName(q.value(first + 6).toString());
    m.errorText = q.value(first + 7).toString();
    m.finishReason = q.value(first + 8).toString();
    m.model = q.value(first + 9).toString();
    m.metrics = metricsFromJson(parseObject(q.value(first + 10).toString()));
    m.created = fromMs(q.value(first + 11).toLongLong());
    m.serverVersion = q.value(first + 12).toString();
    m.requestStored = q.value(first + 13).toBool();
    return m;
}
