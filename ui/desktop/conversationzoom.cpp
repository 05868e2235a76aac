#include "conversationzoom.h"

#include <QApplication>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace {
const QString kSizeKey = QStringLiteral("appearance/conversationFontSize");

int systemPointSize()
{
    const QFont font = QApplication::font();
    return font.pointSize() > 0 ? font.pointSize() : 10;
}
} // namespace

ConversationZoom::ConversationZoom(QObject *parent)
    : QObject(parent)
{
    const int saved = QSettings().value(kSizeKey, 0).toInt();
    m_chosen = saved > 0 ? std::clamp(saved, kMinPointSize, kMaxPointSize) : 0;
}

void ConversationZoom::follow(QWidget *widget)
{
    m_widgets << widget;
    apply(widget);
}

int ConversationZoom::pointSize() const
{
    return m_chosen > 0 ? m_chosen : systemPointSize();
}

void ConversationZoom::setPointSize(int points)
{
    const int chosen = points > 0 ? std::clamp(points, kMinPointSize, kMaxPointSize) : 0;
    QSettings().setValue(kSizeKey, chosen);
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets)) {
        if (widget)
            apply(widget);
    }
    emit pointSizeChanged(pointSize());
}

void ConversationZoom::zoomIn()
{
    setPointSize(pointSize() + 1);
}

void ConversationZoom::zoomOut()
{
    setPointSize(pointSize() - 1);
}

void ConversationZoom::reset()
{
    setPointSize(0);
}

void ConversationZoom::apply(QWidget *widget) const
{
    QFont font = widget->font();
    font.setPointSize(pointSize());
    widget->setFont(font);
}
