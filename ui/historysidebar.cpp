#include "historysidebar.h"

#include "conversationdelegate.h"
#include "inlinenotice.h"
#include "store/conversationlistmodel.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

HistorySidebar::HistorySidebar(ConversationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_new(new QToolButton(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_undo(new InlineNotice(this))
    , m_undoTimer(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->installEventFilter(this);
    m_new->setText(tr("New"));
    m_new->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_list->setModel(model);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed); // F2
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoMs);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_undo);

    connect(m_search, &QLineEdit::textChanged, model, &ConversationListModel::setQuery);
    connect(m_new, &QToolButton::clicked, this, &HistorySidebar::newRequested);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &point) {
        const QModelIndex index = m_list->indexAt(point);
        if (QMenu *menu = menuFor(index.isValid() ? index.row() : -1))
            menu->popup(m_list->viewport()->mapToGlobal(point));
    });
    connect(model, &ConversationListModel::loaded, this, &HistorySidebar::onLoaded);
    connect(model, &ConversationListModel::removed, this, [this](const QString &uid, const QString &title) {
        m_undoUid = uid;
        m_undo->showMessage(tr("Deleted “%1”.").arg(title), tr("Undo"));
        m_undoTimer->start();
    });
    connect(m_undo, &InlineNotice::actionTriggered, this, [this] {
        m_undoTimer->stop();
        m_model->restore(std::exchange(m_undoUid, {}));
        m_undo->hide();
    });
    connect(m_undo, &InlineNotice::closed, this, &HistorySidebar::endUndo);
    connect(m_undoTimer, &QTimer::timeout, this, &HistorySidebar::endUndo);
}

void HistorySidebar::openRow(int row)
{
    const QString uid = m_model->info(row).uid;
    if (!uid.isEmpty())
        emit openRequested(uid);
}

void HistorySidebar::setActiveUid(const QString &uid)
{
    m_activeUid = uid;
    const int row = m_model->rowOfUid(uid);
    if (row < 0) {
        m_list->clearSelection();
        return;
    }
    m_list->setCurrentIndex(m_model->index(row));
}

void HistorySidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistorySidebar::onLoaded()
{
    setActiveUid(m_activeUid);
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    if (empty)
        m_empty->setText(m_model->isSearching()
                             ? tr("Nothing found for “%1”.").arg(m_model->query().trimmed())
                             : tr("No conversations yet. What you send is kept here."));
}

void HistorySidebar::deleteConversation(const QString &uid)
{
    // One undo at a time: the one pending is over once another conversation is deleted.
    if (!m_undoUid.isEmpty())
        endUndo();
    m_model->remove(uid);
    emit deleted(uid);
}

void HistorySidebar::endUndo()
{
    m_undoTimer->stop();
    m_undo->hide();
    if (std::exchange(m_undoUid, {}).isEmpty())
        return;
    m_model->purgeDeleted();
}

QMenu *HistorySidebar::menuFor(int row)
{
    delete m_menu;
    m_menu = new QMenu(this);
    const ConversationInfo info = m_model->info(row);
    if (row >= 0 && !info.uid.isEmpty()) {
        const QString uid = info.uid;
        m_menu->addAction(tr("Open"), this, [this, uid] { emit openRequested(uid); });
        m_menu->addAction(tr("Rename"), this, [this, row] { m_list->edit(m_model->index(row)); });
        m_menu->addAction(info.pinned ? tr("Unpin") : tr("Pin"), this,
                          [this, uid, pinned = info.pinned] { m_model->setPinned(uid, !pinned); });
        m_menu->addAction(tr("Duplicate"), this, [this, uid] { m_model->duplicate(uid); });
        m_menu->addSeparator();
        m_menu->addAction(tr("Export as Markdown…"), this,
                          [this, uid] { emit exportRequested(uid, Format::Markdown); });
        m_menu->addAction(tr("Export as JSON…"), this,
                          [this, uid] { emit exportRequested(uid, Format::Json); });
        m_menu->addSeparator();
        m_menu->addAction(tr("Delete"), this, [this, uid] { deleteConversation(uid); });
        m_menu->addSeparator();
    }
    m_menu->addAction(tr("Export all as JSON…"), this, [this] { emit exportAllRequested(Format::Json); });
    m_menu->addAction(tr("Export all as Markdown…"), this,
                      [this] { emit exportAllRequested(Format::Markdown); });
    m_menu->addAction(tr("Import…"), this, &HistorySidebar::importRequested);
    return m_menu;
}

bool HistorySidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_list->setFocus();
            m_list->setCurrentIndex(m_model->index(0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_model->rowCount() > 0) {
            openRow(0); // the best match
            return true;
        }
    } else if (watched == m_list && key->key() == Qt::Key_Delete && m_list->currentIndex().isValid()) {
        // (While renaming, keys go to the editor, not here.)
        deleteConversation(m_model->info(m_list->currentIndex().row()).uid);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
