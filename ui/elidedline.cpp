#include "elidedline.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

ElidedLine::ElidedLine(QWidget *parent)
    : QWidget(parent)
{
    // As wide as the layout makes it (the text is cut to fit), always one line high.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void ElidedLine::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    setAccessibleName(text);
    update();
}

QSize ElidedLine::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text), fontMetrics().height()};
}

QSize ElidedLine::minimumSizeHint() const
{
    return {0, fontMetrics().height()};
}

void ElidedLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    const QString shown = fontMetrics().elidedText(m_text, Qt::ElideRight, width());
    style()->drawItemText(&painter, rect(), int(Qt::AlignLeft | Qt::AlignVCenter), option.palette,
                          isEnabled(), shown, QPalette::WindowText);
}

void ElidedLine::changeEvent(QEvent *event)
{
    // Only a new font changes the line's height: the one case the layout must hear of.
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
