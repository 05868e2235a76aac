#pragma once

#include "safedocument.h"

#include <QString>
#include <QTextDocumentFragment>

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
    QTextDocumentFragment blocks(const QString &html);
    // Inserts `html` at `position` (the end of a block) and returns how many characters it took.
    int insert(QTextCursor &cursor, int position, const QString &html);
    // Replaces the cursor's selection with inline HTML (no blocks of its own), styled like the rest.
    void insertInline(QTextCursor &cursor, const QString &html);

private:
    SafeDocument m_scratch; // parses the snippets; never shown, never loads a resource
};
