#include "conversationzoom.h"

#include "desktopsettings.h"

#include <QApplication>
#include <QTextEdit>
#include <QWheelEvent>

#include <algorithm>

namespace {
// One step is a point at ordinary sizes and more at large ones, so the extremes are a few presses away.
int stepFor(int points)
{
    return std::max(1, points / 10);
}
} // namespace

ConversationZoom::ConversationZoom(QTextEdit *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_defaultPointSize(std::max(1, QApplication::font(view).pointSize()))
{
    // QTextEdit zooms on Ctrl+wheel by itself, but forgets it; the wheel comes here instead.
    m_view->viewport()->installEventFilter(this);
    if (const int saved = DesktopSettings::conversationFontSize(); saved > 0)
        apply(saved);
}

int ConversationZoom::pointSize() const
{
    return m_view->font().pointSize();
}

void ConversationZoom::setPointSize(int points)
{
    points = std::clamp(points, DesktopSettings::kMinFontSize, DesktopSettings::kMaxFontSize);
    DesktopSettings::setConversationFontSize(points == m_defaultPointSize ? 0 : points);
    if (points != pointSize()) {
        apply(points);
        emit pointSizeChanged(points);
    }
}

void ConversationZoom::zoomIn()
{
    setPointSize(pointSize() + stepFor(pointSize()));
}

void ConversationZoom::zoomOut()
{
    setPointSize(pointSize() - stepFor(pointSize() - 1));
}

void ConversationZoom::reset()
{
    setPointSize(m_defaultPointSize);
}

void ConversationZoom::apply(int points)
{
    QFont font = m_view->font();
    font.setPointSize(points);
    m_view->setFont(font);
}

bool ConversationZoom::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta > 0)
                zoomIn();
            else if (delta < 0)
                zoomOut();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
