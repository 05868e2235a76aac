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
    if (kept < m_closedBlocks || m_closedBlocks < m_markdown.closedBlockCount()) {
        while (m_closedBlocks > kept) {
            const ClosedRun run = m_closedRuns.takeLast();
            m_closedBlocks -= run.blocks;
            m_closedLength -= run.length;
        }
        if (length() > m_closedLength) {
            cursor.setPosition(start + m_closedLength);
            cursor.setPosition(start + length(), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        }
        m_open = {};
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
    const int openStart = start + m_closedLength;
    const int changedFrom = builder.replace(cursor, openStart, m_open, m_markdown.openBlock().html);
    applyOverlay(cursor, changedFrom, openStart + int(m_open.raw.size()));
    return length();
}

void MarkdownRegion::remove(QTextCursor &cursor, int start)
{
    if (length() > 0) {
        cursor.setPosition(start);
        cursor.setPosition(start + length(), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
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
