#include "historysearch.h"

#include "messagejson.h"
#include "storedatabase.h"
#include "storerows.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

constexpr double kTitleBonus = -1000; // bm25 is negative, lower is better
constexpr int kSnippetWords = 14;
constexpr int kPlainSnippetChars = 90;

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// "… text around the [first word] …" for the fallback, where SQLite cannot make snippets.
QString plainSnippet(const QString &content, const QStringList &words)
{
    qsizetype at = -1;
    qsizetype length = 0;
    for (const QString &word : words) {
        const qsizetype found = content.indexOf(word, 0, Qt::CaseInsensitive);
        if (found >= 0 && (at < 0 || found < at)) {
            at = found;
            length = word.size();
        }
    }
    if (at < 0)
        return content.left(kPlainSnippetChars);
    const qsizetype from = std::max<qsizetype>(0, at - kPlainSnippetChars / 2);
    const qsizetype to = std::min<qsizetype>(content.size(), at + length + kPlainSnippetChars / 2);
    QString snippet = content.mid(from, at - from) + SearchHit::kMarkStart + content.mid(at, length) +
                      SearchHit::kMarkEnd + content.mid(at + length, to - at - length);
    snippet = snippet.simplified();
    if (from > 0)
        snippet.prepend(QStringLiteral("…"));
    if (to < content.size())
        snippet.append(QStringLiteral("…"));
    return snippet;
}

QString titleCondition(const QStringList &words, QVariantList &values)
{
    QStringList parts;
    for (const QString &word : words) {
        parts << QStringLiteral("c.title LIKE ? ESCAPE '\\'");
        values << likePattern(word);
    }
    return parts.join(QStringLiteral(" AND "));
}

QList<SearchHit> fullText(StoreDatabase &db, const QString &text, const QStringList &words, int limit,
                          qint64 rankedMatches)
{
    const QString match = HistorySearch::ftsQuery(text);
    QList<SearchHit> hits;
    QHash<qint64, qsizetype> byConversation;

    // How many messages match decides how to order them: ranking costs a bm25 score for each,
    // and for a word found nearly everywhere bm25 says little (its rarity weight is ~0).
    QSqlQuery count(db.db());
    if (!db.exec(count, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?"),
                 {match}))
        return hits;
    const qint64 matches = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();
    QList<qint64> messageIds;
    const QString columns = StoreRows::conversationColumns(QStringLiteral("c."));
    if (matches <= rankedMatches) {
        // The best message of each conversation. bm25() cannot sit inside an aggregate; the rank
        // column (bm25 by default) can, and SQLite takes the bare columns from the row with the min.
        QSqlQuery ranked(db.db());
        ranked.setForwardOnly(true);
        if (!db.exec(ranked,
                     QStringLiteral(
                         "SELECT min(f.rank) AS score, m.id, m.uid, %1 FROM messages_fts f"
                         " JOIN messages m ON m.id = f.rowid"
                         " JOIN conversations c ON c.id = m.conversation_id AND c.deleted_ms IS NULL"
                         " WHERE messages_fts MATCH ? GROUP BY m.conversation_id ORDER BY score LIMIT ?")
                         .arg(columns),
                     {match, limit}))
            return hits;
        while (ranked.next()) {
            SearchHit hit;
            hit.score = ranked.value(0).toDouble();
            messageIds.append(ranked.value(1).toLongLong());
            hit.messageUid = ranked.value(2).toString();
            hit.conversation = StoreRows::readConversation(ranked, 3);
            byConversation.insert(hit.conversation.id, hits.size());
            hits.append(hit);
        }
    } else {
        // Newest first, in the index's own order (no score to compute): the newest messages
        // holding the words, one hit a conversation, read in growing windows until enough.
        for (qint64 window = qint64(limit) * 20; hits.size() < limit; window *= 4) {
            hits.clear();
            messageIds.clear();
            byConversation.clear();
            QSqlQuery newest(db.db());
            newest.setForwardOnly(true);
            if (!db.exec(newest,
                         QStringLiteral(
                             "SELECT m.id, m.uid, %1 FROM (SELECT rowid FROM messages_fts WHERE"
                             " messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f"
                             " JOIN messages m ON m.id = f.rowid"
                             " JOIN conversations c ON c.id = m.conversation_id AND c.deleted_ms IS NULL"
                             " ORDER BY m.id DESC")
                             .arg(columns),
                         {match, window}))
                return hits;
            while (newest.next() && hits.size() < limit) {
                SearchHit hit;
                hit.conversation = StoreRows::readConversation(newest, 2);
                if (byConversation.contains(hit.conversation.id))
                    continue;
                messageIds.append(newest.value(0).toLongLong());
                hit.messageUid = newest.value(1).toString();
                byConversation.insert(hit.conversation.id, hits.size());
                hits.append(hit);
            }
            if (window >= matches)
                break;
        }
    }

    // Snippets only for the hits shown, in one pass: the match is evaluated once over the range
    // of their rowids (a query a hit would evaluate a prefix's many terms again for each), and
    // the unary + keeps SQLite from turning the IN list into one evaluation per value.
    if (!messageIds.isEmpty()) {
        QStringList placeholders;
        QVariantList values{QString(SearchHit::kMarkStart), QString(SearchHit::kMarkEnd), match,
                            *std::min_element(messageIds.cbegin(), messageIds.cend()),
                            *std::max_element(messageIds.cbegin(), messageIds.cend())};
        for (const qint64 id : std::as_const(messageIds)) {
            placeholders << QStringLiteral("?");
            values << id;
        }
        QSqlQuery snippets(db.db());
        snippets.setForwardOnly(true);
        if (db.exec(
                snippets,
                QStringLiteral("SELECT rowid, snippet(messages_fts, 0, ?, ?, '…', %1) FROM messages_fts"
                               " WHERE messages_fts MATCH ? AND rowid >= ? AND rowid <= ? AND +rowid IN (%2)")
                    .arg(kSnippetWords)
                    .arg(placeholders.join(QLatin1Char(','))),
                values)) {
            QHash<qint64, QString> byMessage;
            while (snippets.next())
                byMessage.insert(snippets.value(0).toLongLong(), snippets.value(1).toString().simplified());
            for (qsizetype i = 0; i < hits.size() && i < messageIds.size(); ++i)
                hits[i].snippet = byMessage.value(messageIds.at(i));
        }
    }

    // Titles: a conversation named for the words comes first, found even when no message holds them.
    QVariantList values;
    const QString condition = titleCondition(words, values);
    QSqlQuery titles(db.db());
    if (db.exec(titles,
                QStringLiteral("SELECT %1 FROM conversations c WHERE c.deleted_ms IS NULL AND %2 LIMIT ?")
                    .arg(StoreRows::conversationColumns(QStringLiteral("c.")), condition),
                values + QVariantList{limit})) {
        while (titles.next()) {
            const ConversationInfo info = StoreRows::readConversation(titles, 0);
            const auto found = byConversation.constFind(info.id);
            if (found != byConversation.cend()) {
                hits[*found].score += kTitleBonus;
                continue;
            }
            SearchHit hit;
            hit.conversation = info;
            hit.score = kTitleBonus;
            hits.append(hit);
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score < b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<SearchHit> plain(StoreDatabase &db, const QStringList &words, int limit)
{
    QList<SearchHit> hits;
    QStringList parts;
    QVariantList values;
    for (const QString &word : words) {
        parts << QStringLiteral("m.content LIKE ? ESCAPE '\\'");
        values << likePattern(word);
    }
    QVariantList titleValues;
    const QString titleMatch = titleCondition(words, titleValues);
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(
            q,
            QStringLiteral("SELECT %1, (SELECT m.uid || char(1) || m.content FROM messages m"
                           " WHERE m.conversation_id = c.id AND %2 ORDER BY m.id DESC LIMIT 1) AS found,"
                           " (%3) AS named FROM conversations c WHERE c.deleted_ms IS NULL"
                           " AND (found IS NOT NULL OR named) ORDER BY named DESC, c.updated_ms DESC LIMIT ?")
                .arg(StoreRows::conversationColumns(QStringLiteral("c.")),
                     parts.join(QStringLiteral(" AND ")), titleMatch),
            values + titleValues + QVariantList{limit}))
        return hits;
    while (q.next()) {
        SearchHit hit;
        hit.conversation = StoreRows::readConversation(q, 0);
        const QString found = q.value(StoreRows::kConversationColumnCount).toString();
        const qsizetype split = found.indexOf(QChar(1));
        if (split > 0) {
            hit.messageUid = found.left(split);
            hit.snippet = plainSnippet(found.mid(split + 1), words);
        }
        hit.score = q.value(StoreRows::kConversationColumnCount + 1).toBool() ? kTitleBonus : 0;
        hits.append(hit);
    }
    return hits;
}

} // namespace

QStringList HistorySearch::words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    QStringList list;
    for (auto it = word.globalMatch(text); it.hasNext();)
        list << it.next().captured();
    return list;
}

QString HistorySearch::ftsQuery(const QString &text)
{
    const QStringList list = words(text);
    if (list.isEmpty())
        return {};
    QStringList terms;
    for (const QString &w : list)
        terms << QLatin1Char('"') + w + QLatin1Char('"'); // words hold no quotes: nothing to escape
    if (!text.back().isSpace())
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> HistorySearch::run(StoreDatabase &db, const QString &text, int limit, qint64 rankedMatches)
{
    db.setError({});
    const QStringList list = words(text);
    if (list.isEmpty() || limit <= 0)
        return {};
    return db.status().fullTextSearch ? fullText(db, text, list, limit, rankedMatches)
                                      : plain(db, list, limit);
}
