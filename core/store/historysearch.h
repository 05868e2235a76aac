#pragma once

#include "searchhit.h"

#include <QList>
#include <QString>
#include <QStringList>

class StoreDatabase;

// Search over every message of every conversation. With FTS5 the conversations are ranked by
// their best message (bm25: rare words and short messages count more), a title holding the
// words ranks first, and the snippet comes from the best message. Without FTS5 it falls back
// to plain matching, newest first. A word found in more than 5,000 messages (a stop word,
// in effect) is not ranked either: bm25 tells nothing about it, and scoring every match would
// cost more than the search is worth; those results come newest first.
namespace HistorySearch {

// The words of what was typed, as the index splits them (letters and digits).
QStringList words(const QString &text);
// FTS5's query for them: every word must appear; the last is a prefix unless a space follows
// it, so results come as one types. Empty when there is nothing to search for.
QString ftsQuery(const QString &text);

// Above this many matching messages, results come newest first instead of by bm25.
constexpr qint64 kRankedMatches = 5000;

QList<SearchHit> run(StoreDatabase &db, const QString &text, int limit,
                     qint64 rankedMatches = kRankedMatches);

} // namespace HistorySearch
