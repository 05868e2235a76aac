#include "markdownregion.h"

#include "fragmentbuilder.h"

#include <QTextCursor>

#include <numeric>

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
    const qsizetype kept = std::min(m_markdown.keptClosedBlocks(), m_closedLengths.size());
    const int keptLength = std::accumulate(m_closedLengths.cbegin(), m_closedLengths.cbegin() + kept, 0);
    if (m_length > keptLength) {
        cursor.setPosition(start + keptLength);
        cursor.setPosition(start + m_length, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    m_closedLengths.resize(kept);

    int position = start + keptLength;
    for (qsizetype i = kept; i < m_markdown.closedBlockCount(); ++i) {
        const int length = insertBlock(cursor, position, builder, m_markdown.closedBlock(i).html);
        m_closedLengths.append(length);
        position += length;
    }
    position += insertBlock(cursor, position, builder, m_markdown.openBlock().html);
    m_length = position - start;
    return m_length;
}

void MarkdownRegion::remove(QTextCursor &cursor, int start)
{
    if (m_length > 0) {
        cursor.setPosition(start);
        cursor.setPosition(start + m_length, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    m_closedLengths.clear();
    m_length = 0;
}

int MarkdownRegion::insertBlock(QTextCursor &cursor, int position, FragmentBuilder &builder,
                                const QString &html)
{
    const int length = builder.insert(cursor, position, html);
    if (length > 0 && m_overlay.isValid() && !m_overlay.properties().isEmpty()) {
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(m_overlay);
    }
    return length;
}
