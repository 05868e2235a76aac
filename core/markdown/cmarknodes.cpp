#include "cmarknodes.h"

#include <cmark-gfm.h>

#include <cstring>

QString CmarkNodes::utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

bool CmarkNodes::typeIs(cmark_node *node, const char *name)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

bool CmarkNodes::isTaskItem(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_ITEM && typeIs(node, "tasklist");
}

bool CmarkNodes::allItemsAreTasks(cmark_node *list)
{
    cmark_node *item = cmark_node_first_child(list);
    if (!item)
        return false;
    for (; item; item = cmark_node_next(item)) {
        if (!isTaskItem(item))
            return false;
    }
    return true;
}

QString CmarkNodes::plainText(cmark_node *node)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    while (cmark_iter_next(iter) != CMARK_EVENT_DONE) {
        if (cmark_iter_get_event_type(iter) != CMARK_EVENT_ENTER)
            continue;
        cmark_node *current = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(current)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            text += utf8(cmark_node_get_literal(current));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return text;
}
