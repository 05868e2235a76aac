#include "accessibilityaudit.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextEdit>
#include <QWidget>

namespace {
bool isInteractive(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<const QAbstractButton *>(widget);
}

bool isShown(const QWidget *widget, const QWidget *root)
{
    return widget->isVisibleTo(root) && widget->isEnabled() && (widget == root || !widget->isWindow());
}

// The editor inside a combo or spin box is named through its box.
bool isPartOfAnother(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p))
            return true;
    }
    return false;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}
} // namespace

QList<QWidget *> AccessibilityAudit::unnamedControls(const QWidget *root)
{
    QList<QWidget *> unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isShown(widget, root) || !isInteractive(widget) || isPartOfAnother(widget))
            continue;
        if (accessibleName(widget).isEmpty())
            unnamed << widget;
    }
    return unnamed;
}

QList<QWidget *> AccessibilityAudit::tabFocusable(const QWidget *root)
{
    QList<QWidget *> widgets;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (isShown(widget, root) && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            widgets << widget;
    }
    return widgets;
}

QList<QWidget *> AccessibilityAudit::tabChain(QWidget *start)
{
    QList<QWidget *> chain;
    QSet<QWidget *> seen;
    const QWidget *window = start->window();
    QWidget *w = start;
    // Bounded by the number of widgets in the window: the chain is a ring.
    for (qsizetype guard = window->findChildren<QWidget *>().size() + 1; guard > 0; --guard) {
        if ((w->focusPolicy() & Qt::TabFocus) && isShown(w, window) && !w->focusProxy()) {
            if (seen.contains(w))
                break;
            seen.insert(w);
            chain << w;
        }
        w = w->nextInFocusChain();
    }
    return chain;
}

QString AccessibilityAudit::describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QStringLiteral(" '%1'").arg(widget->objectName());
    QStringList parents;
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        parents << QString::fromLatin1(p->metaObject()->className());
    if (!parents.isEmpty())
        text += QStringLiteral(" in ") + parents.join(QStringLiteral(" < "));
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !button->toolTip().isEmpty())
        text += QStringLiteral(" (tooltip \"%1\")").arg(button->toolTip());
    return text;
}

QList<QWidget *> AccessibilityAudit::tabTraps(const QWidget *root)
{
    QList<QWidget *> traps;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isShown(widget, root))
            continue;
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget);
            edit && !edit->isReadOnly() && !edit->tabChangesFocus())
            traps << widget;
        if (const auto *edit = qobject_cast<const QTextEdit *>(widget);
            edit && !edit->isReadOnly() && !edit->tabChangesFocus())
            traps << widget;
    }
    return traps;
}

QStringList AccessibilityAudit::report(QWidget *root)
{
    QStringList lines;
    for (const QWidget *widget : unnamedControls(root))
        lines << QStringLiteral("no accessible name: ") + describe(widget);
    for (const QWidget *widget : tabTraps(root))
        lines << QStringLiteral("keeps Tab (typing a tab instead of moving on): ") + describe(widget);
    return lines;
}
