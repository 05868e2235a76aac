#pragma once

#include "chat/message.h"
#include "store/conversationinfo.h"

#include <QString>
#include <QTemporaryDir>

class ConversationStore;

// A real store file in a temporary folder, and small builders for what goes in it.
namespace StoreFixture {
QString databasePath(const QTemporaryDir &dir); // <dir>/loquat.db

Message message(const QString &role, const QString &content);
// A user message or a finished answer with every field set, as ChatSession leaves them.
Message fullAnswer(const QString &content);

// A stored conversation of `turns` question/answer pairs; returns its info.
ConversationInfo conversationWithTurns(ConversationStore &store, const QString &title, int turns,
                                       const QString &wordsInAnswers = {});

// PRAGMA integrity_check's verdict on the file ("ok" when sound).
QString integrity(const QString &path);
} // namespace StoreFixture
