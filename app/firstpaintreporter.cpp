#include "firstpaintreporter.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

void FirstPaintReporter::installIfRequested(QWidget *window, const QElapsedTimer &sinceMain)
{
    if (qEnvironmentVariableIsEmpty("LOQUAT_REPORT_FIRST_PAINT"))
        return;
    window->installEventFilter(new FirstPaintReporter(window, sinceMain));
}

FirstPaintReporter::FirstPaintReporter(QWidget *window, const QElapsedTimer &sinceMain)
    : QObject(window)
    , m_sinceMain(sinceMain)
{}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_seen)
        return QObject::eventFilter(watched, event);
    m_seen = true;
    // The window's own paint event comes first in a frame, its children's after it, and the
    // frame reaches the screen when the repaint that sent them returns: report on the next
    // turn of the event loop, when the whole frame is done.
    QTimer::singleShot(0, this, [this] {
        std::printf("loquat: first frame painted after %lld ms\n",
                    static_cast<long long>(m_sinceMain.elapsed()));
        std::fflush(stdout);
        parent()->removeEventFilter(this);
        deleteLater();
    });
    return QObject::eventFilter(watched, event);
}
