#pragma once

#include <QString>
#include <optional>

// What a link in a message's header or footer asks for: "loquat-msg:<verb>:<message id>".
// The view only reports it (ConversationView::messageActionRequested); the window acts.
struct MessageAction {
    enum class Kind {
        Copy,       // the message as markdown
        Edit,       // a user message: into the composer, sent as a new version
        Regenerate, // an answer: a new version from the same history
        Delete,
        Previous, // the previous version of this turn
        Next,
        Request,       // an answer: the exact request body that produced it (copy, replay)
        Probabilities, // an answer with logprobs: its tokens shaded by probability
    };

    Kind kind = Kind::Copy;
    quint64 messageId = 0;

    static QString link(Kind kind, quint64 messageId);
    static std::optional<MessageAction> fromLink(const QString &href);
};
