#include "composeredit.h"

#include "composer.h"

#include <QKeyEvent>
#include <QMimeData>

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true); // Tab moves on to the Send button, as in any form
}

QSize ComposerEdit::sizeHint() const
{
    // About four lines: room for a short paragraph without taking space from the conversation.
    const int lines = 4;
    const int height =
        fontMetrics().lineSpacing() * lines + int(document()->documentMargin() * 2) + frameWidth() * 2;
    return {QPlainTextEdit::sizeHint().width(), height};
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ShiftModifier)) {
        // A real paragraph break: QPlainTextEdit would insert U+2028, which is not a newline
        // in the text sent to the server.
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    if (enter && !(event->modifiers() & (Qt::AltModifier | Qt::MetaModifier))) {
        event->accept();
        emit submitted();
        return;
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        emit escapePressed();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return Composer::hasMedia(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    // Files, images and links to media files become attachments; plain text (a typed or copied
    // address included) stays text.
    if (Composer::hasMedia(source)) {
        emit mediaPasted(source);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}
