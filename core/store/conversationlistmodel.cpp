#include "conversationlistmodel.h"

#include "asyncstore.h"
#include "conversationstore.h"

ConversationListModel::ConversationListModel(AsyncStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConversationListModel::load);
    connect(store, &AsyncStore::changedElsewhere, this, &ConversationListModel::refresh);
    load();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_items.at(index.row());
    const ConversationInfo &c = hit.conversation;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title.isEmpty() ? tr("Untitled") : c.title;
    case Qt::EditRole:
        return c.title;
    case Qt::ToolTipRole:
        return c.title;
    case UidRole:
        return c.uid;
    case IdRole:
        return c.id;
    case ModelRole:
        return c.model;
    case UpdatedRole:
        return c.updated;
    case PinnedRole:
        return c.pinned;
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    SearchHit &hit = m_items[index.row()];
    const QString title = value.toString().simplified();
    if (title == hit.conversation.title)
        return false;
    if (!title.isEmpty())
        hit.conversation.title = title; // shown at once; the store's answer follows
    emit dataChanged(index, index);
    rename(hit.conversation.uid, title);
    return true;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{UidRole, "uid"},        {IdRole, "conversationId"}, {TitleRole, "title"},
            {ModelRole, "model"},    {UpdatedRole, "updated"},   {PinnedRole, "pinned"},
            {SnippetRole, "snippet"}};
}

void ConversationListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_timer.start(kSearchDelayMs);
}

void ConversationListModel::refresh()
{
    if (!m_timer.isActive())
        m_timer.start(kRefreshDelayMs);
}

void ConversationListModel::load()
{
    const quint64 generation = ++m_generation;
    const QString query = m_query;
    m_store->call<QList<SearchHit>>(
        this,
        [query](ConversationStore &store) {
            if (!query.trimmed().isEmpty())
                return store.search(query, 100);
            QList<SearchHit> items;
            for (const ConversationInfo &info : store.conversations())
                items.append(SearchHit{info, {}, {}, 0});
            return items;
        },
        [this, generation](const QList<SearchHit> &items, const StoreError &error) {
            if (generation != m_generation)
                return; // a newer query was typed meanwhile
            if (error.isError() && error.kind != StoreError::Kind::NotFound)
                emit failed(error.message);
            apply(items);
            m_loaded = true;
            emit loaded();
        });
}

void ConversationListModel::apply(const QList<SearchHit> &items)
{
    const bool sameRows =
        items.size() == m_items.size() && std::equal(items.cbegin(), items.cend(), m_items.cbegin(),
                                                     [](const SearchHit &a, const SearchHit &b) {
                                                         return a.conversation.uid == b.conversation.uid;
                                                     });
    if (!sameRows) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < items.size(); ++row) {
        const SearchHit &a = items.at(row);
        const SearchHit &b = m_items.at(row);
        const bool changed = a.snippet != b.snippet || a.conversation.title != b.conversation.title ||
                             a.conversation.updated != b.conversation.updated ||
                             a.conversation.pinned != b.conversation.pinned ||
                             a.conversation.model != b.conversation.model;
        m_items[row] = a;
        if (changed)
            emit dataChanged(index(int(row)), index(int(row)));
    }
}

int ConversationListModel::rowOfUid(const QString &uid) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).conversation.uid == uid)
            return static_cast<int>(row);
    }
    return -1;
}

void ConversationListModel::write(std::function<bool(ConversationStore &)> job)
{
    m_store->call<bool>(this, std::move(job), [this](bool ok, const StoreError &error) {
        if (!ok)
            emit failed(error.message);
        refresh();
    });
}

void ConversationListModel::rename(const QString &uid, const QString &title)
{
    write([uid, title](ConversationStore &store) { return store.rename(uid, title); });
}

void ConversationListModel::setPinned(const QString &uid, bool pinned)
{
    write([uid, pinned](ConversationStore &store) { return store.setPinned(uid, pinned); });
}

void ConversationListModel::duplicate(const QString &uid)
{
    m_store->call<std::optional<ConversationInfo>>(
        this, [uid](ConversationStore &store) { return store.duplicate(uid); },
        [this](const std::optional<ConversationInfo> &copy, const StoreError &error) {
            if (copy)
                emit duplicated(*copy);
            else
                emit failed(error.message);
            refresh();
        });
}

void ConversationListModel::remove(const QString &uid)
{
    const int row = rowOfUid(uid);
    const QString title = row >= 0 ? data(index(row), TitleRole).toString() : QString();
    // Gone from the list at once; the store hides it next.
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
    m_store->call<bool>(
        this, [uid](ConversationStore &store) { return store.remove(uid); },
        [this, uid, title](bool ok, const StoreError &error) {
            if (ok)
                emit removed(uid, title);
            else
                emit failed(error.message);
            refresh();
        });
}

void ConversationListModel::restore(const QString &uid)
{
    write([uid](ConversationStore &store) { return store.restore(uid); });
}

void ConversationListModel::purgeDeleted()
{
    // Everything deleted until now: the undo offered for it has ended.
    const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(1);
    m_store->post([now](ConversationStore &store) { store.purgeDeleted(now); });
}
