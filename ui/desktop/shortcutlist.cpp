#include "shortcutlist.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>

namespace {
void collectMenu(QMenu *menu, const QString &group, QList<ShortcutList::Entry> &entries,
                 QSet<QAction *> &seen)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            collectMenu(sub, group, entries, seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        entries.append(
            {action, group, ShortcutList::plainText(action->text()), action->shortcuts(), action->toolTip()});
    }
}
} // namespace

QList<ShortcutList::Entry> ShortcutList::collect(QMainWindow *window)
{
    QList<Entry> entries;
    QSet<QAction *> seen;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *menuAction : menus) {
        if (QMenu *menu = menuAction->menu())
            collectMenu(menu, plainText(menuAction->text()), entries, seen);
    }
    // Actions of widgets (a panel's own keys), not in any menu.
    const QString other = QCoreApplication::translate("ShortcutList", "Other");
    const QList<QAction *> all = window->findChildren<QAction *>();
    for (QAction *action : all) {
        if (action->shortcuts().isEmpty() || seen.contains(action) || action->isSeparator())
            continue;
        seen.insert(action);
        entries.append({action, other, plainText(action->text()), action->shortcuts(), action->toolTip()});
    }
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (QShortcut *shortcut : shortcuts) {
        if (!shortcut->keys().isEmpty())
            entries.append({shortcut, other, shortcut->whatsThis(), shortcut->keys(), {}});
    }
    return entries;
}

QString ShortcutList::plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                plain += QLatin1Char('&'); // "&&" is a literal ampersand
                ++i;
            }
            continue;
        }
        plain += text.at(i);
    }
    plain = plain.trimmed();
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain.trimmed();
}
