#include "fragmentbuilder.h"

#include <QTextCursor>

FragmentBuilder::FragmentBuilder()
{
    m_scratch.setUndoRedoEnabled(false);
}

void FragmentBuilder::setStyleSheet(const QString &css)
{
    m_scratch.setDefaultStyleSheet(css);
}

QTextDocumentFragment FragmentBuilder::blocks(const QString &html)
{
    // A throw-away first paragraph, then the snippet: selecting from the end of that paragraph
    // takes the separator in front of the snippet's first block, and with it that block's format.
    m_scratch.setHtml(QStringLiteral("<p>.</p>") + html);
    QTextCursor cursor(&m_scratch);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    return cursor.selection();
}

int FragmentBuilder::insert(QTextCursor &cursor, int position, const QString &html)
{
    if (html.isEmpty())
        return 0;
    cursor.setPosition(position);
    cursor.insertFragment(blocks(html));
    return cursor.position() - position;
}

void FragmentBuilder::insertInline(QTextCursor &cursor, const QString &html)
{
    m_scratch.setHtml(html);
    QTextCursor all(&m_scratch);
    all.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.insertFragment(all.selection());
}
