#include "shortcutcatalog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QVariant>
#include <QWidget>

namespace {
// Keys a widget handles itself: a list of {group, action, keys} maps on the widget.
const char *const kKeysProperty = "loquatDescribedKeys";
const char *const kGroupProperty = "loquatShortcutGroup";

QString groupOf(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        const QString group = widget->property(kGroupProperty).toString();
        if (!group.isEmpty())
            return group;
    }
    return {};
}

void addMenu(const QMenu *menu, const QString &group, QList<ShortcutEntry> &entries,
             QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        seen.insert(action);
        if (QMenu *sub = action->menu()) {
            addMenu(sub, group + QStringLiteral(" ▸ ") + ShortcutCatalog::plainText(sub->title()), entries,
                    seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        entries.append({group, ShortcutCatalog::plainText(action->text()), action->shortcuts()});
    }
}
} // namespace

QList<ShortcutEntry> ShortcutCatalog::collect(const QWidget *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        if (QMenuBar *bar = main->menuWidget() ? main->menuBar() : nullptr) {
            for (QAction *top : bar->actions()) {
                if (QMenu *menu = top->menu())
                    addMenu(menu, plainText(menu->title()), entries, seen);
            }
        }
    }
    QList<QWidget *> widgets{const_cast<QWidget *>(window)};
    widgets += window->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (qobject_cast<QMenu *>(widget))
            continue; // menus are listed above, by menu
        for (QAction *action : widget->actions()) {
            if (seen.contains(action) || action->shortcuts().isEmpty() || action->menu())
                continue;
            seen.insert(action);
            const QString group = groupOf(widget);
            entries.append({group.isEmpty() ? tr("General") : group, plainText(action->text()), action->shortcuts()});
        }
        const QVariantList described = widget->property(kKeysProperty).toList();
        for (const QVariant &item : described) {
            const QVariantMap map = item.toMap();
            QList<QKeySequence> keys;
            for (const QVariant &key : map.value(QStringLiteral("keys")).toList())
                keys << key.value<QKeySequence>();
            entries.append({map.value(QStringLiteral("group")).toString(),
                            map.value(QStringLiteral("action")).toString(), keys});
        }
    }
    return entries;
}

void ShortcutCatalog::setGroupName(QWidget *widget, const QString &group)
{
    widget->setProperty(kGroupProperty, group);
}

void ShortcutCatalog::describeKey(QWidget *owner, const QString &group, const QString &action,
                                  const QList<QKeySequence> &keys)
{
    QVariantList list = owner->property(kKeysProperty).toList();
    QVariantList keyList;
    for (const QKeySequence &key : keys)
        keyList << QVariant::fromValue(key);
    list << QVariantMap{{QStringLiteral("group"), group},
                        {QStringLiteral("action"), action},
                        {QStringLiteral("keys"), keyList}};
    owner->setProperty(kKeysProperty, list);
}

QString ShortcutCatalog::plainText(const QString &actionText)
{
    QString text = actionText;
    // "&&" is a literal ampersand; a single "&" marks the accelerator.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    else if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}
