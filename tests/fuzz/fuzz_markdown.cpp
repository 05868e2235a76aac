// libFuzzer target: the markdown-to-HTML renderer and its sanitising. The input is model output
// (UTF-8, decoded as the app decodes it). The HTML must pass HtmlSafety::check (only the writer's
// own tags, balanced, safe links, nothing loadable, no raw markup from the input), and the Copy
// links must number the code blocks in order from the base.
#include "fuzzcheck.h"
#include "htmlsafety.h"
#include "markdown/markdownrenderer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(Fuzz::bytes(data, size));
    constexpr int base = 7;
    const RenderedMarkdown rendered = MarkdownRenderer::render(markdown, base);

    const QString problem = HtmlSafety::check(rendered.html);
    if (!problem.isEmpty())
        std::fprintf(stderr, "unsafe HTML: %s\n", qPrintable(problem));
    FUZZ_CHECK(problem.isEmpty());

    qsizetype from = 0;
    for (qsizetype i = 0; i < rendered.codeBlocks.size(); ++i) {
        const QString link = QStringLiteral("href=\"%1\"").arg(MarkdownRenderer::copyLinkFor(base + int(i)));
        from = rendered.html.indexOf(link, from);
        FUZZ_CHECK(from >= 0);
        FUZZ_CHECK(MarkdownRenderer::codeBlockFromLink(MarkdownRenderer::copyLinkFor(base + int(i))) ==
                   base + i);
    }
    FUZZ_CHECK(
        !rendered.html.contains(MarkdownRenderer::copyLinkFor(base + int(rendered.codeBlocks.size()))));

    // Rendering is a pure function.
    FUZZ_CHECK(MarkdownRenderer::render(markdown, base) == rendered);
    return 0;
}
