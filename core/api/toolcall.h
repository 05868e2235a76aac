#pragma once

#include <QList>
#include <QString>

// A function call requested by the model. In a stream the fragments of one call share an index:
// id, type and name come once, `arguments` is concatenated fragment by fragment.
struct ToolCall {
    int index = 0;
    QString id;
    QString type; // "function"
    QString name;
    QString arguments; // JSON text, as the server sent it

    bool operator==(const ToolCall &) const = default;
};
using ToolCallList = QList<ToolCall>;
