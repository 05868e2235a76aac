#pragma once

#include "markdownrenderer.h"

#include <QList>
#include <QString>

// Renders a markdown text that grows while it streams, without re-rendering what cannot change.
// The text is cut into top-level blocks at blank lines that lie outside fenced code; every block but
// the last is closed (more text can no longer change how it renders) and is rendered once. Only the
// open last block is rendered again on each update, so the cost per update is bounded by the open
// block, not by the length of the answer.
class IncrementalMarkdown final {
public:
    // Sets the whole text. Usually the previous text plus a suffix; anything else starts over.
    void setText(const QString &text);
    void clear();

    qsizetype closedBlockCount() const { return m_closed.size(); }
    const RenderedMarkdown &closedBlock(qsizetype i) const { return m_closed.at(i); }
    // Closed blocks that the last setText() kept as they were; those after it are new.
    qsizetype keptClosedBlocks() const { return m_kept; }
    const RenderedMarkdown &openBlock() const { return m_open; }
    // The whole rendering (closed blocks then the open one): what a non-streaming view shows.
    QString html() const;
    QStringList codeBlocks() const;

private:
    QString m_text;
    qsizetype m_closedEnd = 0; // text offset where the open block starts
    QList<RenderedMarkdown> m_closed;
    RenderedMarkdown m_open;
    qsizetype m_kept = 0;
    int m_codeBlocks = 0; // code blocks in closed blocks, the numbering base of the open block
};
