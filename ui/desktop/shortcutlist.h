#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;

// Every keyboard shortcut of a window, read from its actions, so the Keyboard Shortcuts dialog
// and the test for clashes see exactly what the keys do: the menus (and their submenus) first, in
// menu order, then actions that live on widgets without a menu entry, then a panel's QShortcuts
// (named by their whatsThis). Actions without a shortcut, separators and submenus themselves are
// left out; an action in two menus is listed once.
class ShortcutList final {
public:
    struct Entry {
        QObject *source; // the QAction or QShortcut
        QString group;   // the menu's title, without its mnemonic ("Chat", "View")
        QString text;    // the action's, without mnemonic or ellipsis
        QList<QKeySequence> keys;
        QString toolTip;
    };

    static QList<Entry> collect(QMainWindow *window);
    // "&Search conversations…" → "Search conversations"
    static QString plainText(const QString &text);
};
