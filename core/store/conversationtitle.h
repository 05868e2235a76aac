#pragma once

#include <QString>

// The automatic title of a conversation: the start of its first message, on one line, cut at a
// word near kMaxLength with an ellipsis.
namespace ConversationTitle {
constexpr int kMaxLength = 60;
QString fromFirstMessage(const QString &text);
} // namespace ConversationTitle
