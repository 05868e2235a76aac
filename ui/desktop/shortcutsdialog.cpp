#include "shortcutsdialog.h"

#include "shortcutlist.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_table(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by name or key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Enter sends and Shift+Enter starts a new line in the message field; Esc "
                               "stops an answer or cancels an edit. Tab moves between controls."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);

    fill(window);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    m_filter->setFocus();
}

void ShortcutsDialog::fill(QMainWindow *window)
{
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutList::Entry &entry : ShortcutList::collect(window)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_table, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys << key.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(group, {entry.text, keys.join(tr(", "))});
        item->setToolTip(0, entry.toolTip);
    }
    m_table->expandAll();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_table->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_table->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive) ||
                               item->text(1).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

int ShortcutsDialog::visibleCount() const
{
    int count = 0;
    for (int g = 0; g < m_table->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_table->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            count += (!group->isHidden() && !group->child(i)->isHidden()) ? 1 : 0;
    }
    return count;
}
