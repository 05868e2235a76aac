#pragma once

#include <QList>
#include <QString>

class QWidget;

// What a screen reader or a keyboard user would stumble on: controls without an accessible name
// (as assistive technology reads it through QAccessible, so a label's buddy or a button's text
// counts), and editors that keep the Tab key (typing a tab character), which a keyboard user
// cannot leave. Used by the accessibility tests over every panel, and
// by `LOQUAT_A11Y_AUDIT=1 loquat`, which prints what it finds in the running window.
class AccessibilityAudit final {
public:
    // Visible, enabled controls under `root` that take keyboard focus or are buttons, and have
    // no accessible name. The line edits inside combo and spin boxes are the box's own parts.
    static QList<QWidget *> unnamedControls(const QWidget *root);
    // Visible, enabled widgets under `root` that accept Tab focus.
    static QList<QWidget *> tabFocusable(const QWidget *root);
    // The widgets Tab visits from `start`, in order, until it comes back to one already seen,
    // following the focus chain as QWidget::focusNextPrevChild() does.
    static QList<QWidget *> tabChain(QWidget *start);
    // Editable text fields where Tab types a tab instead of moving on.
    static QList<QWidget *> tabTraps(const QWidget *root);
    // "QLineEdit 'urlEdit' in ServerBar < QWidget < MainWindow", for messages.
    static QString describe(const QWidget *widget);
    // Everything found under `root`, one line each; empty when all is well.
    static QStringList report(QWidget *root);
};
