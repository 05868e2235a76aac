#include "incrementalmarkdown.h"

#include "cmarkdocument.h"
#include "markdownhtmlwriter.h"

#include <cmark-gfm.h>

namespace {
// Offset just past the last line break of `text`, 0 if it has none: the end of its complete lines.
// A lone "\r" counts as a line break, as in CommonMark; a "\r" that a later "\n" completes ends the
// same line, so cutting after the "\r" never splits a line.
qsizetype completeLinesEnd(QStringView text)
{
    for (qsizetype i = text.size(); i > 0; --i) {
        const QChar c = text.at(i - 1);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return i;
    }
    return 0;
}

// Offsets where each line of `text` starts, in the numbering cmark uses (line 1 at index 1).
QList<qsizetype> lineStarts(QStringView text)
{
    QList<qsizetype> starts{0, 0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            starts.append(i + 1);
    }
    return starts;
}

// Whether a line could be a link reference definition, "[label]: destination", possibly inside a
// quote or list item. A false positive only costs one full render in finish().
bool mayDefineReference(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && QStringView(u" \t>-*+0123456789.)").contains(line.at(i)))
        ++i;
    return i < line.size() && line.at(i) == QLatin1Char('[') && line.indexOf(QLatin1String("]:"), i) > i;
}
} // namespace

void IncrementalMarkdown::clear()
{
    *this = IncrementalMarkdown();
}

void IncrementalMarkdown::setText(const QString &text)
{
    if (!text.startsWith(m_text))
        clear();
    m_text = text;
    m_kept = m_closed.size();

    const qsizetype linesEnd = m_closedEnd + completeLinesEnd(QStringView(m_text).mid(m_closedEnd));
    if (linesEnd > m_linesEnd) {
        scanForReferences(m_linesEnd, linesEnd);
        m_fence.feed(QStringView(m_text).mid(m_linesEnd, linesEnd - m_linesEnd));
        m_linesEnd = linesEnd;
        // Inside a fence that has not closed, nothing can follow the code block yet.
        if (!m_fence.isOpen())
            closeFinishedBlocks();
    }
    m_open = MarkdownRenderer::render(QStringView(m_text).mid(m_closedEnd), m_codeBlocks);
}

void IncrementalMarkdown::closeFinishedBlocks()
{
    // Only complete lines decide: a partial last line can look like a block that the rest of the
    // line undoes ("#" is an empty heading that interrupts a paragraph, "#tag" is not).
    const QStringView lines = QStringView(m_text).mid(m_closedEnd, m_linesEnd - m_closedEnd);
    const CmarkDocument document(lines.toUtf8());

    // Top-level blocks grouped into units that can be cut apart. cmark-gfm loses the position of a
    // paragraph whose last line became a table's header ("Text:\n| a |\n|-|": the paragraph says
    // line 0, the table the paragraph's first line), so a block without a start line stays with
    // the block after it, and a unit starts at the first line any of its blocks knows.
    struct Unit {
        QList<cmark_node *> blocks;
        int startLine = 0;
    };
    QList<Unit> units(1);
    for (cmark_node *node = cmark_node_first_child(document.root()); node; node = cmark_node_next(node)) {
        Unit &unit = units.last();
        unit.blocks.append(node);
        if (unit.startLine <= 0)
            unit.startLine = cmark_node_get_start_line(node);
        if (cmark_node_get_start_line(node) > 0)
            units.append(Unit());
    }
    if (units.last().blocks.isEmpty())
        units.removeLast();
    if (units.size() < 2)
        return;

    // Every unit before the last is closed. Each becomes its own closed block, rendered from this
    // parse, and owns the text from its first line to the next unit's first line.
    const QList<qsizetype> starts = lineStarts(lines);
    qsizetype cutLine = 1;
    for (qsizetype i = 0; i + 1 < units.size(); ++i) {
        const int nextLine = units.at(i + 1).startLine;
        // Source positions are cmark's; never trust them to cut backwards or past the text. End
        // lines are not checked: cmark sets them when the block is finalized, often on the line
        // that starts the next block ("Title\n---\nText" ends the heading on line 3).
        if (nextLine <= cutLine || nextLine >= starts.size())
            break;
        MarkdownHtmlWriter writer(m_codeBlocks);
        for (cmark_node *block : units.at(i).blocks)
            writer.write(block);
        RenderedMarkdown block = writer.take();
        m_codeBlocks += int(block.codeBlocks.size());
        m_closed.append(std::move(block));
        cutLine = nextLine;
    }
    if (cutLine > 1) {
        m_closedEnd += starts.at(cutLine);
        restartFence();
    }
}

void IncrementalMarkdown::restartFence()
{
    m_fence.reset();
    m_fence.feed(QStringView(m_text).mid(m_closedEnd, m_linesEnd - m_closedEnd));
}

void IncrementalMarkdown::scanForReferences(qsizetype from, qsizetype to)
{
    if (m_mayHaveReferences)
        return;
    const QStringView text = QStringView(m_text).mid(from, to - from);
    qsizetype lineStart = 0;
    while (lineStart < text.size() && !m_mayHaveReferences) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        m_mayHaveReferences = mayDefineReference(text.mid(lineStart, lineEnd - lineStart));
        lineStart = lineEnd + 1;
    }
}

void IncrementalMarkdown::finish()
{
    // The partial last line too; m_linesEnd stays, since that line may still grow.
    scanForReferences(m_linesEnd, m_text.size());
    if (!m_mayHaveReferences || m_closed.isEmpty()) {
        m_kept = m_closed.size();
        return;
    }
    m_closed.clear();
    m_kept = 0;
    m_closedEnd = 0;
    m_codeBlocks = 0;
    restartFence();
    m_open = MarkdownRenderer::render(m_text);
}

QString IncrementalMarkdown::html() const
{
    QString html;
    for (const RenderedMarkdown &block : m_closed)
        html += block.html;
    return html + m_open.html;
}

QStringList IncrementalMarkdown::codeBlocks() const
{
    QStringList blocks;
    for (const RenderedMarkdown &block : m_closed)
        blocks += block.codeBlocks;
    return blocks + m_open.codeBlocks;
}
