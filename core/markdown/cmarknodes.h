#pragma once

#include <QString>

struct cmark_node;

// Small queries on cmark-gfm nodes that the C API spreads over several calls.
namespace CmarkNodes {
// A cmark string (UTF-8, possibly null) as a QString.
QString utf8(const char *text);
// Whether the node's type name is `name`: how extension nodes (table, strikethrough, tasklist) are
// told apart, since their type numbers are assigned when the extensions register.
bool typeIs(cmark_node *node, const char *name);
bool isTaskItem(cmark_node *node);
bool allItemsAreTasks(cmark_node *list);
// The inline content below `node` without formatting: what an image's description shows.
QString plainText(cmark_node *node);
} // namespace CmarkNodes
