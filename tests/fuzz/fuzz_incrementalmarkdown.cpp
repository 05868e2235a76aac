// libFuzzer target: IncrementalMarkdown, the streaming renderer. The first byte picks where the
// text is cut into the pieces it streams in as (never inside a surrogate pair: a delta is decoded
// text); the rest is the answer. After every piece the incremental HTML and code blocks must equal
// a full render of the text so far (unless the text may define link references, which apply
// across blocks: see incrementalmarkdown.h), and after finish() they must equal it exactly.
#include "fuzzcheck.h"
#include "markdown/incrementalmarkdown.h"

namespace {

void report(const char *when, const QString &text, const QString &incremental, const QString &full)
{
    std::fprintf(stderr,
                 "%s: incremental and full renders differ for %lld characters\n"
                 "--- incremental\n%s\n--- full\n%s\n",
                 when, qlonglong(text.size()), qPrintable(incremental), qPrintable(full));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString text = QString::fromUtf8(Fuzz::bytes(data + 1, size - 1));
    // At most ~48 pieces: each step renders the open block and, for the check, the whole text.
    const qsizetype step = qMax<qsizetype>(1, text.size() / 48);
    Fuzz::Cutter cutter(data[0]);
    IncrementalMarkdown incremental;
    const bool mayHaveReferences = text.contains(QLatin1String("]:"));
    for (qsizetype end = 0; end < text.size();) {
        end = qMin(text.size(), end + cutter.next(text.size()) * step);
        if (end < text.size() && text[end - 1].isHighSurrogate() && text[end].isLowSurrogate())
            ++end;
        const QString prefix = text.left(end);
        incremental.setText(prefix);
        if (mayHaveReferences)
            continue;
        const RenderedMarkdown full = MarkdownRenderer::render(prefix);
        if (incremental.html() != full.html)
            report("streaming", prefix, incremental.html(), full.html);
        FUZZ_CHECK(incremental.html() == full.html);
        FUZZ_CHECK(incremental.codeBlocks() == full.codeBlocks);
    }
    incremental.finish();
    const RenderedMarkdown full = MarkdownRenderer::render(text);
    if (incremental.html() != full.html)
        report("finished", text, incremental.html(), full.html);
    FUZZ_CHECK(incremental.html() == full.html);
    FUZZ_CHECK(incremental.codeBlocks() == full.codeBlocks);
    return 0;
}
