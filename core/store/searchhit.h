#pragma once

#include "conversationinfo.h"

#include <QChar>
#include <QString>

// One conversation found by a search, best first.
struct SearchHit {
    // The matched words in `snippet` are enclosed in these (private-use characters, which a
    // message cannot be expected to hold): escape the text, then turn them into highlighting.
    static constexpr QChar kMarkStart = QChar(0xE000);
    static constexpr QChar kMarkEnd = QChar(0xE001);

    ConversationInfo conversation;
    QString messageUid; // the best-matching message (empty when only the title matched)
    QString snippet;    // a few words around the match, marked
    double score = 0;   // lower is better (SQLite's bm25)
};
