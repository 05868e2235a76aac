#include "markdownregion.h"

#include <QTextCursor>

bool MarkdownRegion::setText(const QString &text)
{
    if (text.size() == m_text.size() && text == m_text)
        return false;
    if (text.size() > m_text.size() && text.startsWith(m_text))
        m_text.append(QStringView(text).mid(m_text.size()));
    else
        m_text = QString(text.constData(), text.size()); // a deep copy, see m_text
    m_markdown.setText(m_text);
    return true;
}

int MarkdownRegion::sync(QTextCursor &cursor, int start, FragmentBuilder &builder)
{
    // Closed blocks the renderer kept are still right in the document; everything after them goes.
    const qsizetype kept = std::min(m_markdown.keptClosedBlocks(), m_closedBlocks);
    if (kept < m_closedBlocks) {
        while (m_closedBlocks > kept) {
            const ClosedRun run = m_closedRuns.takeLast();
            m_closedBlocks -= run.blocks;
            m_closedLength -= run.length;
        }
        removeOpen(cursor, start);
    } else {
        promoteOpen(cursor, start, builder);
    }
    if (m_closedBlocks < m_markdown.closedBlockCount()) {
        removeOpen(cursor, start);
        while (m_closedBlocks < m_markdown.closedBlockCount()) {
            const qsizetype blocks = std::min(kBlocksPerRun, m_markdown.closedBlockCount() - m_closedBlocks);
            QString html;
            for (qsizetype i = m_closedBlocks; i < m_closedBlocks + blocks; ++i)
                html += m_markdown.closedBlock(i).html;
            const int position = start + m_closedLength;
            const int length = builder.insert(cursor, position, html);
            applyOverlay(cursor, position, position + length);
            m_closedRuns.append(ClosedRun{blocks, length});
            m_closedBlocks += blocks;
            m_closedLength += length;
        }
    }
    showOpen(cursor, start, builder, m_markdown.openBlock().html);
    return length();
}

void MarkdownRegion::showOpen(QTextCursor &cursor, int start, FragmentBuilder &builder, const QString &html)
{
    const int openStart = start + m_closedLength;
    const int changedFrom = builder.replace(cursor, openStart, m_open, html);
    applyOverlay(cursor, changedFrom, openStart + int(m_open.raw.size()));
}

void MarkdownRegion::promoteOpen(QTextCursor &cursor, int start, FragmentBuilder &builder)
{
    // While streaming, a block closes because the next one began. What the document shows of the
    // open block then stays where it is and becomes closed: removing it and inserting the closed
    // rendering instead would parse, insert and lay it out once more, and, for a table, a code
    // block or a quote, make the document rescan every frame of the conversation (see
    // FragmentBuilder::replace). The open block may show the closed one followed by the beginning
    // of the next (the line that began it was not complete); then the front is taken as it is.
    while (m_closedBlocks < m_markdown.closedBlockCount() && !m_open.raw.isEmpty()) {
        const QString &closed = m_markdown.closedBlock(m_closedBlocks).html;
        FragmentBuilder::Shown taken;
        if (!builder.takeFront(m_open, closed, taken)) {
            // The open block grew as it closed: brought up to date like the open block (often by
            // inserting only the characters that are new), it is all closed.
            showOpen(cursor, start, builder, closed);
            taken = m_open;
            m_open = {};
        }
        m_closedRuns.append(ClosedRun{1, int(taken.raw.size())});
        m_closedBlocks += 1;
        m_closedLength += int(taken.raw.size());
    }
}

void MarkdownRegion::removeOpen(QTextCursor &cursor, int start)
{
    FragmentBuilder::remove(cursor, start + m_closedLength, length() - m_closedLength);
    m_open = {};
}

void MarkdownRegion::remove(QTextCursor &cursor, int start)
{
    FragmentBuilder::remove(cursor, start, length());
    m_closedRuns.clear();
    m_closedBlocks = 0;
    m_closedLength = 0;
    m_open = {};
}

void MarkdownRegion::applyOverlay(QTextCursor &cursor, int from, int to) const
{
    if (to <= from || !m_overlay.isValid() || m_overlay.properties().isEmpty())
        return;
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(m_overlay);
}

bool MarkdownRegion::shows(QStringView needle) const
{
    for (qsizetype i = 0; i < m_markdown.closedBlockCount(); ++i) {
        if (m_markdown.closedBlock(i).html.contains(needle))
            return true;
    }
    return m_markdown.openBlock().html.contains(needle);
}
