#pragma once

#include <QByteArray>
#include <QtGlobal>

struct cmark_node;

// A markdown text parsed by cmark-gfm with the GFM extensions Loquat renders (table, strikethrough,
// autolink, tasklist). Options stay at CMARK_OPT_DEFAULT: the parse itself is the same in safe and
// unsafe mode, and safety is the HTML writer's job (it never passes raw HTML through).
class CmarkDocument final {
public:
    explicit CmarkDocument(const QByteArray &utf8);
    ~CmarkDocument();
    Q_DISABLE_COPY_MOVE(CmarkDocument)

    cmark_node *root() const { return m_root; }

private:
    cmark_node *m_root = nullptr;
};
