#pragma once

#include "chat/message.h"
#include "conversationinfo.h"

#include <QString>

class QSqlQuery;

// How rows of the store's tables are selected and read back, for every query that reads them.
namespace StoreRows {

// The conversation columns, each prefixed with `table` ("c." or empty), in readConversation's order.
QString conversationColumns(const QString &table = {});
constexpr int kConversationColumnCount = 13;
ConversationInfo readConversation(const QSqlQuery &query, int firstColumn = 0);

// The message columns of alias m, request and logprobs excepted (they are big: the request is
// read on demand, the logprobs by ConversationStore for the messages shown).
QString messageColumns();
constexpr int kMessageColumnCount = 14;
Message readMessage(const QSqlQuery &query, int firstColumn = 0);

} // namespace StoreRows
