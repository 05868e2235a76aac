#pragma once

#include <QString>

// Checks that HTML made by MarkdownHtmlWriter is safe for QTextDocument: only the tags and
// attributes the writer is meant to emit, balanced, every link to http, https, mailto or a Copy
// link, no image or other resource a layout could load, and no raw markup from the input.
// Returns an empty string when the HTML is safe, else what is wrong (with where). Used by the
// renderer's Qt Test suite and by the markdown fuzz target.
namespace HtmlSafety {
QString check(const QString &html);
} // namespace HtmlSafety
