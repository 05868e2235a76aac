#include "cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>

namespace {
void registerExtensionsOnce()
{
    // The registry is global and not thread-safe to fill; rendering may happen on worker threads.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}
} // namespace

CmarkDocument::CmarkDocument(const QByteArray &utf8)
{
    registerExtensionsOnce();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    m_root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
}

CmarkDocument::~CmarkDocument()
{
    cmark_node_free(m_root);
}
