#include "safedocument.h"

#include <QTextEdit>

SafeDocument::SafeDocument(QObject *parent)
    : QTextDocument(parent)
{
    // The conversation is never edited by hand: an undo stack would only grow with every token.
    setUndoRedoEnabled(false);
}

QVariant SafeDocument::loadResource(int type, const QUrl &name)
{
    // A QTextEdit's document is parented to the edit's internal control, whose parent is the edit.
    for (QObject *owner = parent(); owner; owner = owner->parent()) {
        if (auto *edit = qobject_cast<QTextEdit *>(owner))
            return edit->loadResource(type, name);
    }
    return {};
}
