#include "markdownrenderer.h"

#include "cmarkdocument.h"
#include "markdownhtmlwriter.h"

namespace {
const QLatin1String kCopyScheme("loquat-copy:");
const QLatin1String kImageScheme("loquat-image:");
} // namespace

RenderedMarkdown MarkdownRenderer::render(QStringView markdown, int codeBlockBase)
{
    const CmarkDocument document(markdown.toUtf8());
    MarkdownHtmlWriter writer(codeBlockBase);
    writer.writeChildren(document.root());
    return writer.take();
}

QString MarkdownRenderer::copyLinkFor(int codeBlock)
{
    return kCopyScheme + QString::number(codeBlock);
}

int MarkdownRenderer::codeBlockFromLink(const QString &href)
{
    if (!href.startsWith(kCopyScheme))
        return -1;
    const QStringView digits = QStringView(href).mid(kCopyScheme.size());
    // Digits only: toInt() would also take "+3" or " 3".
    if (digits.isEmpty() || digits.size() > 9 ||
        !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; }))
        return -1;
    return digits.toInt();
}

QString MarkdownRenderer::remoteImageLinkFor(const QString &url)
{
    return kImageScheme + QString::fromLatin1(url.toUtf8().toHex());
}

QString MarkdownRenderer::remoteImageFromLink(const QString &href)
{
    if (!href.startsWith(kImageScheme))
        return {};
    const QStringView hex = QStringView(href).mid(kImageScheme.size());
    if (hex.isEmpty() || hex.size() % 2 != 0 || !std::all_of(hex.begin(), hex.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        }))
        return {};
    const QString url = QString::fromUtf8(QByteArray::fromHex(hex.toLatin1()));
    return MarkdownHtmlWriter::isWebUrl(url) ? url : QString();
}

QString MarkdownRenderer::defaultStyleSheet(bool dark)
{
    struct Palette {
        const char *codeBackground;
        const char *codeHeader;
        const char *codeHeaderText;
        const char *inlineCode;
        const char *quote;
        const char *tableHeader;
        const char *tableBorder;
        const char *link;
    };
    static constexpr Palette light{"#f3f4f6", "#e4e7eb", "#57606a", "#eceef1",
                                   "#57606a", "#eef0f3", "#c8ccd1", "#0969da"};
    static constexpr Palette night{"#1d2127", "#2c3139", "#9aa4af", "#2d323a",
                                   "#9aa4af", "#2a2f37", "#4a515b", "#58a6ff"};
    const Palette &p = dark ? night : light;
    return QStringLiteral("code, pre { font-family: monospace; }\n"
                          "code.inline { background-color: %4; }\n"
                          "table.codeblock { background-color: %1; margin-top: 6px; margin-bottom: 6px; }\n"
                          "td.codelang, td.codecopy { background-color: %2; color: %3; font-size: small; }\n"
                          "td.code { background-color: %1; }\n"
                          "pre.code { white-space: pre-wrap; margin: 0; }\n"
                          "table.quote, table.numbered, table.md { margin-top: 6px; margin-bottom: 6px; }\n"
                          "td.quotebar { background-color: %5; }\n"
                          "td.quotebody { padding-left: 10px; color: %5; }\n"
                          "table.md { border-color: %7; border-style: solid; border-collapse: collapse; }\n"
                          "th { background-color: %6; }\n"
                          "p.rawhtml { font-family: monospace; }\n"
                          "a { color: %8; }\n"
                          "span.imagehint { font-size: small; }\n")
        .arg(QLatin1String(p.codeBackground), QLatin1String(p.codeHeader), QLatin1String(p.codeHeaderText),
             QLatin1String(p.inlineCode), QLatin1String(p.quote), QLatin1String(p.tableHeader),
             QLatin1String(p.tableBorder), QLatin1String(p.link));
}
