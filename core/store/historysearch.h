#pragma once

#include "searchhit.h"

#include <QList>
#include <QString>
#include <QStringList>

class StoreDatabase;

// Search over every message of every conversation. With FTS5 the conversations are ranked by
// their best message (bm25: rare words and short messages count more), a title holding the
// words ranks first, and the snippet comes from the best message. Without FTS5 it falls back
// to plain matching, newest first.
namespace HistorySearch {

// The words of what was typed, as the index splits them (letters and digits).
QStringList words(const QString &text);
// FTS5's query for them: every word must appear; the last is a prefix unless a space follows
// it, so results come as one types. Empty when there is nothing to search for.
QString ftsQuery(const QString &text);

QList<SearchHit> run(StoreDatabase &db, const QString &text, int limit);

} // namespace HistorySearch
