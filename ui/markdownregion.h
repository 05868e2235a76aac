#pragma once

#include "fragmentbuilder.h"
#include "markdown/incrementalmarkdown.h"

#include <QList>
#include <QString>
#include <QTextCharFormat>

class QTextCursor;

// A streaming markdown text shown in one region of the conversation document. It remembers how
// many characters the closed blocks took in the document and what the open block shows, so that
// an update removes only closed blocks the renderer no longer keeps, inserts the blocks that
// closed since, and brings the open block up to date — where the open block only grew, by
// inserting just the new characters (see FragmentBuilder::replace). Nothing before that is
// touched, so the document's layout of everything above stays valid.
class MarkdownRegion final {
public:
    // Returns false when the text is what the region already shows.
    bool setText(const QString &text);
    const QString &text() const { return m_text; }

    // Brings the document up to date; `start` is where the region begins (the end of the block
    // before it). Returns the region's new length in characters.
    int sync(QTextCursor &cursor, int start, FragmentBuilder &builder);
    // Removes the region from the document (the text is kept, so it can be shown again).
    void remove(QTextCursor &cursor, int start);
    int length() const { return m_closedLength + int(m_open.raw.size()); }
    bool isEmpty() const { return m_text.isEmpty(); }

    QStringList codeBlocks() const { return m_markdown.codeBlocks(); }
    // Whether the rendered HTML of any block holds `needle` (an image placeholder's link).
    bool shows(QStringView needle) const;
    // Merged into every character the region inserts (e.g. the dimmed colour of reasoning).
    void setOverlay(const QTextCharFormat &format) { m_overlay = format; }

private:
    // Makes what the document shows of the open block the blocks that closed since, where it can.
    void promoteOpen(QTextCursor &cursor, int start, FragmentBuilder &builder);
    // Brings what the document shows after the closed blocks up to `html` (see FragmentBuilder::replace).
    void showOpen(QTextCursor &cursor, int start, FragmentBuilder &builder, const QString &html);
    // Removes what the document shows after the closed blocks (the open block).
    void removeOpen(QTextCursor &cursor, int start);
    void applyOverlay(QTextCursor &cursor, int from, int to) const;

    IncrementalMarkdown m_markdown;
    QString m_text; // a copy of its own: sharing the model's buffer would make each append copy it
    // The closed blocks in the document, in runs inserted together: the blocks that closed since
    // the last update are rendered and inserted as one fragment (one HTML parse and one insertion
    // instead of one per block); the block that was open when it closes is a run of its own, kept
    // where it was shown. Where the renderer stops keeping a block, the run holding it is
    // taken out and its blocks that are still kept are inserted again with the new ones.
    // At most this many blocks a run (a whole answer shown at once is several runs), so that a
    // block the renderer stops keeping never makes a long answer render again.
    static constexpr qsizetype kBlocksPerRun = 16;
    struct ClosedRun {
        qsizetype blocks = 0;
        int length = 0; // characters in the document
    };
    QList<ClosedRun> m_closedRuns;
    qsizetype m_closedBlocks = 0;  // the blocks in m_closedRuns
    int m_closedLength = 0;        // their characters
    FragmentBuilder::Shown m_open; // what the open block shows
    QTextCharFormat m_overlay;
};
