#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// Markdown rendered to the HTML subset QTextDocument understands.
struct RenderedMarkdown {
    QString html;
    // The text of each fenced or indented code block, in order, without its final line break (what
    // a "Copy" should put on the clipboard). The HTML puts a "Copy" link above each block whose href
    // is copyLinkFor(codeBlockBase + i).
    QStringList codeBlocks;

    bool operator==(const RenderedMarkdown &) const = default;
};

// A pure function from markdown to safe HTML: cmark-gfm (tables, strikethrough, autolinks, task
// lists) in its safe mode, so raw HTML in model output is shown as text and never interpreted, and
// only http, https and mailto links survive (javascript:, data:, file: are dropped). Images are not
// loaded: a web image becomes a placeholder link (its alt text and full address) that the view
// answers, on a click, by fetching it; other images show their alt text. Rendering never fetches.
// The HTML uses class names (see defaultStyleSheet) so the view can follow the palette.
class MarkdownRenderer final {
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)

public:
    static RenderedMarkdown render(QStringView markdown, int codeBlockBase = 0);

    // "loquat-copy:<n>": the link the view answers by copying code block n of the message.
    static QString copyLinkFor(int codeBlock);
    // -1 when `href` is not a copy link.
    static int codeBlockFromLink(const QString &href);
    // "loquat-image:<hex of the UTF-8 address>": the placeholder of the web image at `url`. Hex,
    // so that no URL parsing on the way back can change the address.
    static QString remoteImageLinkFor(const QString &url);
    // The http(s) address a placeholder link stands for; empty when `href` is not one.
    static QString remoteImageFromLink(const QString &href);

    // A QTextDocument default style sheet for the classes the HTML uses, for a light or dark palette.
    static QString defaultStyleSheet(bool dark);
};
