#pragma once

#include "markdownrenderer.h"

#include <QList>
#include <QString>

struct cmark_node;

// Turns a cmark-gfm syntax tree into the HTML subset QTextDocument renders well. Nothing from the
// markdown reaches the output unescaped: raw HTML is shown as text, links are kept only for http,
// https and mailto, and images become links so that laying out the document never loads anything.
class MarkdownHtmlWriter final {
public:
    explicit MarkdownHtmlWriter(int codeBlockBase)
        : m_codeBlockBase(codeBlockBase)
    {}

    // Appends `node` and everything below it.
    void write(cmark_node *node);
    // Appends every child of `node` (for a document: all its top-level blocks).
    void writeChildren(cmark_node *node);
    RenderedMarkdown take() { return std::move(m_out); }

    static bool isSafeUrl(const QString &url);
    static bool isWebUrl(const QString &url);
    static void appendEscaped(QString &out, QStringView text);

private:
    // What an open container must close with, kept in a stack so the iterator's exit events know.
    struct Container {
        QString closeTag;
        bool nests = false;    // a quote or list: counts towards the nesting cap
        bool capped = false;   // a list or item past the nesting cap, written without its tags
        bool numbered = false; // an ordered list whose numbers are written out
        int nextNumber = 0;
        bool link = false; // an <a> element
    };

    void enter(cmark_node *node, bool &skipChildren);
    void exit(cmark_node *node);
    void enterList(cmark_node *node);
    void enterItem(cmark_node *node);
    void enterTableCell(cmark_node *node);
    void writeCodeBlock(cmark_node *node);
    void writeImage(cmark_node *node);
    void writeRawHtml(cmark_node *node, bool block);
    void open(const QString &openTag, const QString &closeTag, bool nests = false);
    void openCapped();
    void close();
    bool paragraphIsTight(cmark_node *paragraph) const;

    RenderedMarkdown m_out;
    QString m_pendingPrefix; // a task box or list number waiting for the item's first paragraph
    int m_codeBlockBase = 0;
    QList<Container> m_stack;
    int m_depth = 0;     // quotes and lists currently open, for the nesting cap
    int m_linkDepth = 0; // <a> elements open: an image inside a link must not open another
    // Table state: cmark-gfm keeps alignments on the table and the header flag on the row.
    QList<char> m_alignments;
    int m_column = 0;
    bool m_headerRow = false;
};
