#pragma once

#include "markdownrenderer.h"
#include "opencodefence.h"

#include <QList>
#include <QString>

// Renders a markdown text that grows while it streams, without re-rendering what cannot change.
// The text is cut into top-level blocks; every block but the last is closed (more text can no
// longer change how it renders) and is rendered once. Only the open last block is rendered again
// on each update, so the cost per update is bounded by the open block, not by the answer's length.
//
// A block is closed once cmark-gfm, parsing the complete lines of the open block, finds a later
// top-level block: CommonMark parses blocks line by line and never reopens a block after a sibling
// has started. So blank lines inside fenced or indented code, loose lists and multi-paragraph
// list items never cut a block; a list stays one block until something else follows it.
// Invariant: html() and codeBlocks() equal MarkdownRenderer::render(text) of the same text, with
// one exception: link reference definitions ("[x]: https://...") apply across the whole document,
// so a reference used in a block rendered before its definition arrived (or defined in an earlier
// closed block and used in the open one) shows as text until finish() renders the text as a whole.
class IncrementalMarkdown final {
public:
    // Sets the whole text. Usually the previous text plus a suffix; anything else starts over.
    void setText(const QString &text);
    // The text is complete. If it may define link references, renders it again as a single block so
    // that html() equals MarkdownRenderer::render(text) exactly (keptClosedBlocks() is then 0).
    void finish();
    void clear();

    qsizetype closedBlockCount() const { return m_closed.size(); }
    const RenderedMarkdown &closedBlock(qsizetype i) const { return m_closed.at(i); }
    // Closed blocks that the last setText() or finish() kept as they were; those after it are new.
    qsizetype keptClosedBlocks() const { return m_kept; }
    const RenderedMarkdown &openBlock() const { return m_open; }
    // The whole rendering (closed blocks then the open one): what a non-streaming view shows.
    QString html() const;
    QStringList codeBlocks() const;

private:
    void closeFinishedBlocks();
    void scanForReferences(qsizetype from, qsizetype to);
    void restartFence();

    QString m_text;
    qsizetype m_closedEnd = 0; // text offset where the open block starts
    qsizetype m_linesEnd = 0;  // text offset after the last complete line already examined
    QList<RenderedMarkdown> m_closed;
    RenderedMarkdown m_open;
    qsizetype m_kept = 0;
    int m_codeBlocks = 0; // code blocks in closed blocks, the numbering base of the open block
    bool m_mayHaveReferences = false;
    OpenCodeFence m_fence; // follows the complete lines of the open block
};
