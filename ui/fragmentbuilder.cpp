#include "fragmentbuilder.h"

#include <QTextCursor>

namespace {

// The scratch document starts with a throw-away paragraph (see render()); the snippet's blocks
// start at its end, with the separator in front of the snippet's first block.
constexpr int kSnippetStart = 1;

bool isFrameMarker(QChar c)
{
    return c == QChar(0xfdd0) || c == QChar(0xfdd1) || c == QChar::ObjectReplacementCharacter;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

qsizetype commonSuffix(QStringView a, QStringView b, qsizetype limit)
{
    qsizetype i = 0;
    while (i < limit && a[a.size() - 1 - i] == b[b.size() - 1 - i])
        ++i;
    return i;
}

// `after` is `before` with text inserted at one place, outside any tag: the same elements with
// the same attributes, one text node longer. Qt's HTML import then gives every character that was
// there before the same format it had, so only the inserted characters need to reach the document.
bool isTextInsertion(const QString &before, const QString &after)
{
    if (after.size() <= before.size())
        return false;
    const qsizetype prefix = commonPrefix(before, after);
    const qsizetype suffix =
        commonSuffix(before, after, std::min(before.size() - prefix, after.size() - prefix));
    if (prefix + suffix != before.size())
        return false;
    const QStringView inserted = QStringView(after).mid(prefix, after.size() - before.size());
    if (inserted.contains(QLatin1Char('<')) || inserted.contains(QLatin1Char('>')))
        return false;
    // At the end of text that is already there: the nearest angle bracket before the insertion
    // closes a tag, and at least one character of text lies in between. An element that was empty
    // is not enough: Qt's import gives an empty cell's block the format of the block after it (a
    // right-aligned neighbour, say), which the same cell with text in it does not get.
    if (prefix == 0 || before.at(prefix - 1) == QLatin1Char('>'))
        return false;
    const qsizetype open = before.lastIndexOf(QLatin1Char('<'), prefix - 1);
    const qsizetype close = before.lastIndexOf(QLatin1Char('>'), prefix - 1);
    return close > open;
}

} // namespace

FragmentBuilder::FragmentBuilder()
{
    m_scratch.setUndoRedoEnabled(false);
}

void FragmentBuilder::setStyleSheet(const QString &css)
{
    m_scratch.setDefaultStyleSheet(css);
}

QString FragmentBuilder::render(const QString &html)
{
    // A throw-away first paragraph, then the snippet: selecting from the end of that paragraph
    // takes the separator in front of the snippet's first block, and with it that block's format.
    m_scratch.setHtml(QStringLiteral("<p>.</p>") + (m_filter ? m_filter(html) : html));
    return m_scratch.toRawText().mid(kSnippetStart);
}

QTextDocumentFragment FragmentBuilder::blocks(const QString &html)
{
    render(html);
    QTextCursor cursor(&m_scratch);
    cursor.setPosition(kSnippetStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    return cursor.selection();
}

int FragmentBuilder::insertRendered(QTextCursor &cursor, int position, int from, int length)
{
    QTextCursor source(&m_scratch);
    source.setPosition(kSnippetStart + from);
    source.setPosition(kSnippetStart + from + length, QTextCursor::KeepAnchor);
    cursor.setPosition(position);
    cursor.insertFragment(source.selection());
    return cursor.position() - position;
}

int FragmentBuilder::insert(QTextCursor &cursor, int position, const QString &html)
{
    if (html.isEmpty())
        return 0;
    cursor.setPosition(position);
    cursor.insertFragment(blocks(html));
    return cursor.position() - position;
}

int FragmentBuilder::replace(QTextCursor &cursor, int position, Shown &shown, const QString &html)
{
    if (html == shown.html)
        return position + int(shown.raw.size());
    const QString raw = html.isEmpty() ? QString() : render(html);
    const bool textInserted = !shown.raw.isEmpty() && isTextInsertion(shown.html, html);
    if (textInserted && raw == shown.raw) {
        shown.html = html; // only white space that does not show (at the end of a paragraph)
        return position + int(raw.size());
    }
    if (textInserted && raw.size() > shown.raw.size()) {
        const qsizetype prefix = commonPrefix(shown.raw, raw);
        const qsizetype added = raw.size() - shown.raw.size();
        const QStringView inserted = QStringView(raw).mid(prefix, added);
        const bool pureInsertion =
            commonSuffix(shown.raw, raw, shown.raw.size() - prefix) == shown.raw.size() - prefix;
        if (pureInsertion && std::none_of(inserted.begin(), inserted.end(), isFrameMarker)) {
            const int arrived = insertRendered(cursor, position + int(prefix), int(prefix), int(added));
            if (arrived == added) {
                shown = {html, raw};
                return position + int(prefix);
            }
            // Not what was expected (it never is, short of a Qt change): take out what arrived and
            // replace the whole region below, so the document stays right whatever happened.
            remove(cursor, position + int(prefix), arrived);
        }
    }
    if (!shown.raw.isEmpty() && html.startsWith(shown.html) && raw.size() > shown.raw.size() &&
        raw.startsWith(shown.raw)) {
        // Whole blocks after those shown (the next block began): only they are inserted, frames
        // and all; what was shown stays as it is.
        const int shownLength = int(shown.raw.size());
        const int added = int(raw.size()) - shownLength;
        const int arrived = insertRendered(cursor, position + shownLength, shownLength, added);
        if (arrived == added) {
            shown = {html, raw};
            return position + shownLength;
        }
        remove(cursor, position + shownLength, arrived);
    }
    remove(cursor, position, int(shown.raw.size()));
    if (!raw.isEmpty()) {
        const int arrived = insertRendered(cursor, position, 0, int(raw.size()));
        Q_ASSERT(arrived == raw.size());
        Q_UNUSED(arrived)
    }
    shown = {html, raw};
    return position;
}

bool FragmentBuilder::takeFront(Shown &shown, const QString &head, Shown &taken)
{
    if (head.isEmpty() || head.size() >= shown.html.size() || !shown.html.startsWith(head))
        return false;
    // The snippets are whole top-level blocks, each rendered on its own: the characters of the
    // blocks in front are the same whatever follows them. That is checked on the characters.
    const QString raw = render(head);
    if (raw.isEmpty() || raw.size() >= shown.raw.size() || !shown.raw.startsWith(raw))
        return false;
    taken = {head, raw};
    shown = {shown.html.mid(head.size()), shown.raw.mid(raw.size())};
    return true;
}

void FragmentBuilder::remove(QTextCursor &cursor, int position, int length)
{
    if (length <= 0)
        return;
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void FragmentBuilder::insertInline(QTextCursor &cursor, const QString &html)
{
    m_scratch.setHtml(html);
    QTextCursor all(&m_scratch);
    all.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.insertFragment(all.selection());
}
