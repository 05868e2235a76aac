#include "focusregions.h"

#include <QApplication>
#include <QVariant>
#include <QWidget>

#include <algorithm>

namespace {
const char *const kOrderProperty = "loquatFocusRegion";

bool canTakeFocus(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled();
}
} // namespace

void FocusRegions::mark(QWidget *region, int order)
{
    region->setProperty(kOrderProperty, order);
}

QWidget *FocusRegions::cycle(QWidget *window, bool forward)
{
    QList<QWidget *> regions;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->property(kOrderProperty).isValid() && canTakeFocus(widget))
            regions << widget;
    }
    if (regions.isEmpty())
        return nullptr;
    std::stable_sort(regions.begin(), regions.end(), [](const QWidget *a, const QWidget *b) {
        return a->property(kOrderProperty).toInt() < b->property(kOrderProperty).toInt();
    });
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1; // the innermost region holding the focus
    for (qsizetype i = 0; focus && i < regions.size(); ++i) {
        QWidget *region = regions.at(i);
        if ((focus == region || region->isAncestorOf(focus)) &&
            (current < 0 || regions.at(current)->isAncestorOf(region)))
            current = i;
    }
    const qsizetype count = regions.size();
    const qsizetype next = current < 0 ? (forward ? 0 : count - 1) : (current + (forward ? 1 : count - 1)) % count;
    QWidget *target = regions.at(next);
    QWidget *receiver = target->focusProxy() ? target->focusProxy() : target;
    if (!(receiver->focusPolicy() & Qt::TabFocus)) {
        // A container: its first control in Tab order.
        for (QWidget *w = target->nextInFocusChain(); w != target; w = w->nextInFocusChain()) {
            if (target->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && canTakeFocus(w) &&
                !w->focusProxy()) {
                receiver = w;
                break;
            }
        }
    }
    receiver->setFocus(Qt::OtherFocusReason);
    return receiver;
}
