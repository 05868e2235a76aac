#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QWidget;

// One line of the Keyboard Shortcuts dialog.
struct ShortcutEntry {
    QString group;  // "Chat", "View ▸ Theme", "Message box"
    QString action; // "New chat"
    QList<QKeySequence> keys;
};

// Every keyboard shortcut a window offers, found where it is defined, so that what the dialog
// lists cannot drift from what the keys do:
//  - the actions of its menu bar, grouped by menu (submenus as "Menu ▸ Submenu");
//  - actions with shortcuts added to any widget of the window but to no menu;
//  - keys a widget handles itself (Enter in the message box), which the widget describes with
//    describeKey() beside the code that handles them.
// Separators, actions without a shortcut and menu accelerators (&File) are not listed.
class ShortcutCatalog final {
    Q_DECLARE_TR_FUNCTIONS(ShortcutCatalog)

public:
    static QList<ShortcutEntry> collect(const QWidget *window);

    // The group of the actions added to `widget` or its children outside menus ("Compare").
    static void setGroupName(QWidget *widget, const QString &group);

    // Declares a key that `owner` handles in its own event code, for the catalog.
    static void describeKey(QWidget *owner, const QString &group, const QString &action,
                            const QList<QKeySequence> &keys);

    // "&New chat…" → "New chat"
    static QString plainText(const QString &actionText);
};
