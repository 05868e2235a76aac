#include "shortcutsdialog.h"

#include "shortcutcatalog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action or key, e.g. \"regenerate\" or \"ctrl+r\""));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    fill(window);
    resize(560, 620);
    m_filter->setFocus();
}

void ShortcutsDialog::fill(const QWidget *window)
{
    QHash<QString, QTreeWidgetItem *> groups; // in the order they first appear
    for (const ShortcutEntry &entry : ShortcutCatalog::collect(window)) {
        QTreeWidgetItem *&group = groups[entry.group];
        if (!group) {
            group = new QTreeWidgetItem(m_list, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys << key.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(group, {entry.action, keys.join(tr(" or "))});
        // The portable form too, so "ctrl+r" finds Ctrl+R whatever the platform calls the key.
        QStringList portable;
        for (const QKeySequence &key : entry.keys)
            portable << key.toString(QKeySequence::PortableText);
        item->setData(1, Qt::UserRole, portable.join(QLatin1Char(' ')));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_list->expandAll();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    const QString keyNeedle = QString(needle).remove(QLatin1Char(' '));
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->text(1).contains(keyNeedle, Qt::CaseInsensitive) ||
                               item->data(1, Qt::UserRole).toString().contains(keyNeedle, Qt::CaseInsensitive) ||
                               group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

int ShortcutsDialog::visibleCount() const
{
    int count = 0;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            count += group->isHidden() || group->child(i)->isHidden() ? 0 : 1;
    }
    return count;
}
