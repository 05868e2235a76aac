#include "markdownhtmlwriter.h"

#include "cmarknodes.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace {
using CmarkNodes::isTaskItem;
using CmarkNodes::typeIs;
using CmarkNodes::utf8;

// Deeper nesting of quotes and lists is flattened: each level indents by 40 px in QTextDocument,
// and hostile input can nest thousands of levels.
constexpr int kMaxNesting = 16;

QString stripFinalNewline(QString text)
{
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QString alignAttribute(char alignment)
{
    switch (alignment) {
    case 'l':
        return QStringLiteral(" align=\"left\"");
    case 'c':
        return QStringLiteral(" align=\"center\"");
    case 'r':
        return QStringLiteral(" align=\"right\"");
    default:
        return {};
    }
}
} // namespace

bool MarkdownHtmlWriter::isSafeUrl(const QString &url)
{
    // An allow-list of schemes: anything else (javascript:, data:, file:, relative paths the view
    // would resolve against who knows what) is shown as text.
    for (QLatin1String scheme :
         {QLatin1String("http://"), QLatin1String("https://"), QLatin1String("mailto:")}) {
        if (url.startsWith(scheme, Qt::CaseInsensitive) && url.size() > scheme.size())
            return true;
    }
    return false;
}

bool MarkdownHtmlWriter::isWebUrl(const QString &url)
{
    return isSafeUrl(url) && !url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

void MarkdownHtmlWriter::appendEscaped(QString &out, QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
}

void MarkdownHtmlWriter::writeChildren(cmark_node *node)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        write(child);
}

void MarkdownHtmlWriter::write(cmark_node *node)
{
    // An iterator rather than recursion: hostile input can nest deeper than the stack allows.
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_EXIT) {
            exit(current);
            continue;
        }
        bool skipChildren = false;
        enter(current, skipChildren);
        if (skipChildren)
            cmark_iter_reset(iter, current, CMARK_EVENT_EXIT);
    }
    cmark_iter_free(iter);
}

void MarkdownHtmlWriter::open(const QString &openTag, const QString &closeTag, bool nests)
{
    m_out.html += openTag;
    m_stack.append({closeTag, nests, false, false, 0, false});
    if (nests)
        ++m_depth;
}

void MarkdownHtmlWriter::openCapped()
{
    m_stack.append({QString(), false, true, false, 0, false});
}

void MarkdownHtmlWriter::close()
{
    const Container container = m_stack.takeLast();
    m_out.html += container.closeTag;
    if (container.nests)
        --m_depth;
    if (container.link)
        --m_linkDepth;
}

void MarkdownHtmlWriter::exit(cmark_node *)
{
    if (!m_stack.isEmpty())
        close();
}

bool MarkdownHtmlWriter::paragraphIsTight(cmark_node *paragraph) const
{
    cmark_node *item = cmark_node_parent(paragraph);
    // Items past the nesting cap have no <li> to separate them: their paragraphs keep their <p>.
    if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM || m_stack.isEmpty() || m_stack.last().capped)
        return false;
    cmark_node *list = cmark_node_parent(item);
    return list && cmark_node_get_list_tight(list);
}

void MarkdownHtmlWriter::enter(cmark_node *node, bool &skipChildren)
{
    QString &html = m_out.html;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
        appendEscaped(html, utf8(cmark_node_get_literal(node)));
        return;
    case CMARK_NODE_SOFTBREAK:
        html += QLatin1Char('\n');
        return;
    case CMARK_NODE_LINEBREAK:
        html += QLatin1String("<br>");
        return;
    case CMARK_NODE_CODE:
        html += QLatin1String("<code class=\"inline\">");
        appendEscaped(html, utf8(cmark_node_get_literal(node)));
        html += QLatin1String("</code>");
        return;
    case CMARK_NODE_HTML_INLINE:
        writeRawHtml(node, false);
        return;
    case CMARK_NODE_HTML_BLOCK:
        writeRawHtml(node, true);
        return;
    case CMARK_NODE_CODE_BLOCK:
        writeCodeBlock(node);
        return;
    case CMARK_NODE_THEMATIC_BREAK:
        html += QLatin1String("<hr>");
        return;
    case CMARK_NODE_IMAGE:
        writeImage(node);
        skipChildren = true;
        return;
    case CMARK_NODE_PARAGRAPH:
        if (paragraphIsTight(node))
            open({}, {});
        else
            open(QStringLiteral("<p>"), QStringLiteral("</p>"));
        // A task item's box goes in front of its first paragraph's text, not on a line of its own.
        html += m_pendingPrefix;
        m_pendingPrefix.clear();
        return;
    case CMARK_NODE_HEADING: {
        const QString level = QString::number(qBound(1, cmark_node_get_heading_level(node), 6));
        open(QLatin1String("<h") + level + QLatin1Char('>'), QLatin1String("</h") + level + QLatin1Char('>'));
        return;
    }
    case CMARK_NODE_BLOCK_QUOTE:
        if (m_depth >= kMaxNesting) {
            open({}, {});
            return;
        }
        // A table, because QTextDocument has no borders on blocks: a thin coloured cell is the bar.
        open(QStringLiteral("<table class=\"quote\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                            "<td class=\"quotebar\" width=\"3\"></td><td class=\"quotebody\">"),
             QStringLiteral("</td></tr></table>"), true);
        return;
    case CMARK_NODE_LIST:
        enterList(node);
        return;
    case CMARK_NODE_ITEM:
        enterItem(node);
        return;
    case CMARK_NODE_EMPH:
        open(QStringLiteral("<em>"), QStringLiteral("</em>"));
        return;
    case CMARK_NODE_STRONG:
        open(QStringLiteral("<strong>"), QStringLiteral("</strong>"));
        return;
    case CMARK_NODE_LINK: {
        const QString url = utf8(cmark_node_get_url(node));
        // An autolink inside a link's text ("[<https://a>](https://b)") is a link in a link for
        // cmark; nested anchors would make part of the text open another address than the rest,
        // so the inner one stays text and the outer link is the one to follow.
        if (!isSafeUrl(url) || m_linkDepth > 0) {
            open({}, {}); // the link text stays, as plain text
            return;
        }
        QString tag = QStringLiteral("<a href=\"");
        appendEscaped(tag, url);
        tag += QLatin1String("\">");
        open(tag, QStringLiteral("</a>"));
        m_stack.last().link = true;
        ++m_linkDepth;
        return;
    }
    default:
        break;
    }
    // Extension nodes: cmark-gfm gives them registered types, told apart by name.
    if (typeIs(node, "strikethrough")) {
        open(QStringLiteral("<s>"), QStringLiteral("</s>"));
    } else if (typeIs(node, "table")) {
        const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
        const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(node);
        m_alignments.clear();
        for (uint16_t i = 0; i < columns; ++i)
            m_alignments.append(alignments ? char(alignments[i]) : '\0');
        open(QStringLiteral("<table class=\"md\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"),
             QStringLiteral("</table>"));
    } else if (typeIs(node, "table_header") || typeIs(node, "table_row")) {
        m_column = 0;
        m_headerRow = cmark_gfm_extensions_get_table_row_is_header(node);
        open(QStringLiteral("<tr>"), QStringLiteral("</tr>"));
    } else if (typeIs(node, "table_cell")) {
        enterTableCell(node);
    } else {
        // Custom blocks, footnotes and unknown extensions: their children, nothing of their own
        // (custom nodes carry raw HTML in on_enter/on_exit, which must never be emitted).
        open({}, {});
    }
}

void MarkdownHtmlWriter::enterTableCell(cmark_node *)
{
    const char alignment = m_column < m_alignments.size() ? m_alignments.at(m_column) : '\0';
    ++m_column;
    const QLatin1String tag = m_headerRow ? QLatin1String("th") : QLatin1String("td");
    open(QLatin1Char('<') + tag + alignAttribute(alignment) + QLatin1Char('>'),
         QLatin1String("</") + tag + QLatin1Char('>'));
}

void MarkdownHtmlWriter::enterList(cmark_node *node)
{
    if (m_depth >= kMaxNesting) {
        openCapped();
        return;
    }
    if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
        const int start = cmark_node_get_list_start(node);
        if (start == 1) {
            open(QStringLiteral("<ol>"), QStringLiteral("</ol>"), true);
            return;
        }
        // QTextDocument (before Qt 6.6) has no list start number, and a list that goes on after a
        // code block must keep counting: a table whose first column holds the numbers, right-aligned
        // in 40 px like QTextDocument's own list numbers.
        open(QStringLiteral("<table class=\"numbered\" cellspacing=\"0\" cellpadding=\"0\">"),
             QStringLiteral("</table>"), true);
        m_stack.last().numbered = true;
        m_stack.last().nextNumber = start;
        return;
    }
    if (CmarkNodes::allItemsAreTasks(node))
        open(QStringLiteral("<ul class=\"tasks\" style=\"list-style-type:none\">"), QStringLiteral("</ul>"),
             true);
    else
        open(QStringLiteral("<ul>"), QStringLiteral("</ul>"), true);
}

void MarkdownHtmlWriter::enterItem(cmark_node *node)
{
    const Container list = m_stack.isEmpty() ? Container() : m_stack.last();
    if (list.capped) {
        openCapped();
    } else if (list.numbered) {
        const int number = m_stack.last().nextNumber++;
        open(QStringLiteral("<tr><td align=\"right\" valign=\"top\" width=\"40\">") +
                 QString::number(number) + QStringLiteral(".&nbsp;</td><td valign=\"top\">"),
             QStringLiteral("</td></tr>"));
    } else {
        open(QStringLiteral("<li>"), QStringLiteral("</li>"));
    }
    if (!isTaskItem(node))
        return;
    const QString box = cmark_gfm_extensions_get_tasklist_item_checked(node) ? QStringLiteral("\u2611 ")
                                                                             : QStringLiteral("\u2610 ");
    cmark_node *first = cmark_node_first_child(node);
    if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH)
        m_pendingPrefix = box;
    else
        m_out.html += box;
}

void MarkdownHtmlWriter::writeCodeBlock(cmark_node *node)
{
    const QString code = stripFinalNewline(utf8(cmark_node_get_literal(node)));
    const int number = m_codeBlockBase + int(m_out.codeBlocks.size());
    m_out.codeBlocks.append(code);

    // The info string's first word names the language; the rest (```python title="x") is not shown.
    const QString info = utf8(cmark_node_get_fence_info(node)).trimmed();
    const QString language = info.section(QLatin1Char(' '), 0, 0);

    // One table: a header row (language, Copy link) above the code. A table cell is the only block
    // that takes padding and a background box in QTextDocument.
    QString &html = m_out.html;
    html += QLatin1String("<table class=\"codeblock\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"
                          "<tr><td class=\"codelang\">");
    appendEscaped(html, language);
    html += QLatin1String("</td><td class=\"codecopy\" align=\"right\"><a href=\"");
    appendEscaped(html, MarkdownRenderer::copyLinkFor(number));
    html += QLatin1String("\">");
    //: Link above a code block in a chat message; copies the code to the clipboard.
    appendEscaped(html, MarkdownRenderer::tr("Copy"));
    html += QLatin1String("</a></td></tr><tr><td class=\"code\" colspan=\"2\"><pre class=\"code\">");
    appendEscaped(html, code);
    html += QLatin1String("</pre></td></tr></table>");
}

void MarkdownHtmlWriter::writeImage(cmark_node *node)
{
    const QString url = utf8(cmark_node_get_url(node));
    const QString alt = CmarkNodes::plainText(node);
    QString &html = m_out.html;
    const bool web = isWebUrl(url);
    // Never an <img>: QTextDocument would ask for the resource while laying out the message.
    if (web && m_linkDepth > 0) {
        // Already inside a link (a badge linking elsewhere): that link is the one to follow.
        html += QStringLiteral("\U0001F5BC ");
        appendEscaped(html, alt.isEmpty() ? url : alt);
    } else if (web) {
        // A placeholder that names the image and the full address it would come from; the view
        // fetches it only when this link is clicked (see MarkdownRenderer::remoteImageFromLink).
        // The view recognises the two spans to show progress or the image in its place.
        html += QLatin1String("<a class=\"image\" href=\"");
        appendEscaped(html, MarkdownRenderer::remoteImageLinkFor(url));
        html += QStringLiteral("\">\U0001F5BC <span class=\"imagealt\">");
        //: Placeholder of an image in a chat message that has not been loaded.
        appendEscaped(html, alt.isEmpty() ? MarkdownRenderer::tr("Image") : alt);
        html += QLatin1String("</span> <span class=\"imagehint\">");
        //: After an image's description; %1 is the image's full web address.
        appendEscaped(html, MarkdownRenderer::tr("(click to load the image from %1)").arg(url));
        html += QLatin1String("</span></a>");
    } else {
        // data:, file: and relative sources: the description only. (A data: image is already in
        // the message, but decoding whatever a model wrote there is not worth the risk.)
        appendEscaped(html, alt);
    }
}

void MarkdownHtmlWriter::writeRawHtml(cmark_node *node, bool block)
{
    const QString literal = utf8(cmark_node_get_literal(node));
    QString &html = m_out.html;
    if (!block) {
        // Models put <br> in table cells for line breaks; that one tag is harmless and kept.
        static const QStringList lineBreaks = {QStringLiteral("<br>"), QStringLiteral("<br/>"),
                                               QStringLiteral("<br />")};
        if (lineBreaks.contains(literal, Qt::CaseInsensitive))
            html += QLatin1String("<br>");
        else
            appendEscaped(html, literal);
        return;
    }
    // Shown as the text it is, with its line breaks.
    html += QLatin1String("<p class=\"rawhtml\" style=\"white-space:pre-wrap\">");
    appendEscaped(html, stripFinalNewline(literal));
    html += QLatin1String("</p>");
}
