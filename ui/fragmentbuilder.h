#pragma once

#include "safedocument.h"

#include <QString>
#include <QTextDocumentFragment>

#include <functional>

class QTextCursor;

// Turns an HTML snippet into a fragment that can be inserted after the end of any block.
//
// QTextCursor::insertHtml() merges the snippet's first block into the block at the cursor, which
// loses its format (a heading or a code block would become a plain paragraph). The fragments made
// here instead start with a block separator of their own: each block of the snippet arrives as a
// new block with its own format, and the block before the insertion point is left as it was. A
// region of the conversation document is therefore always "separator, block, separator, block
// ...", and replacing a region is: remove it, insert the new fragment at the same position.
class FragmentBuilder final {
public:
    FragmentBuilder();

    // The CSS the snippets are styled with (class selectors are resolved while parsing).
    void setStyleSheet(const QString &css);
    // Rewrites every snippet before it is parsed (the view's remote images: placeholders shown as
    // loading, failed or the image). Callers compare and remember the snippets as given.
    void setFilter(std::function<QString(const QString &)> filter) { m_filter = std::move(filter); }
    QTextDocumentFragment blocks(const QString &html);
    // Inserts `html` at `position` (the end of a block) and returns how many characters it took.
    int insert(QTextCursor &cursor, int position, const QString &html);
    // Removes `length` characters at `position` (nothing when `length` is 0).
    static void remove(QTextCursor &cursor, int position, int length);
    // Replaces the cursor's selection with inline HTML (no blocks of its own), styled like the rest.
    void insertInline(QTextCursor &cursor, const QString &html);

    // What the document holds at a replaceable place: the snippet and every character it put
    // there (block separators and frame markers included, as QTextDocument::toRawText() has them).
    struct Shown {
        QString html;
        QString raw;
    };
    // Replaces what `shown` describes, at `position`, with `html`, and updates `shown`. When the new
    // rendering only adds characters that are no frame markers, and everything else renders as
    // before, only those characters are inserted; when it adds whole blocks after those shown,
    // only those blocks are. Replacing a block that holds a table or a code
    // block would otherwise remove and insert a frame, and QTextDocument answers every frame change
    // by scanning the whole document (QTextDocumentPrivate::scan_frames): per update, a cost
    // proportional to the conversation instead of to the change. Returns where the changed
    // characters start; the region's length is shown.raw.size() afterwards.
    int replace(QTextCursor &cursor, int position, Shown &shown, const QString &html);
    // Where `shown` begins with what `head` renders to (the snippet of the blocks shown first, e.g.
    // a block that closed while the next one had begun to arrive), takes those characters off the
    // front of `shown` into `taken`: the document already shows them as `head` would, so they stay.
    // Returns false, changing nothing, where `shown` does not begin so.
    bool takeFront(Shown &shown, const QString &head, Shown &taken);

private:
    // Renders `html` into the scratch document; returns the raw characters of its blocks.
    QString render(const QString &html);
    // Inserts `length` rendered characters from `from` at `position`; returns how many arrived.
    int insertRendered(QTextCursor &cursor, int position, int from, int length);

    SafeDocument m_scratch; // parses the snippets; never shown, never loads a resource
    std::function<QString(const QString &)> m_filter;
};
