#include "noticestyle.h"

#include <QFrame>
#include <QLabel>

void NoticeStyle::apply(QFrame *frame, QLabel *label)
{
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette tinted = frame->palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::AlternateBase));
    frame->setPalette(tinted);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
}
