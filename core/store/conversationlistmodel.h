#pragma once

#include "conversationinfo.h"
#include "searchhit.h"
#include "storeerror.h"

#include <QAbstractListModel>
#include <QTimer>

class AsyncStore;
class ConversationStore;

// The sidebar's list: every conversation (pinned first, then newest), or, while a query is set,
// the ones a search finds (best first, each with a snippet of its best message). Reads and
// writes go through the AsyncStore; the list refreshes itself when the store says another
// window or loquat-cli changed something, and when told (refresh()) after this window wrote.
// A refresh that finds the same conversations in the same order only updates the rows that
// changed, so a streaming answer moving nothing does not disturb the list.
class ConversationListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    static constexpr int kSearchDelayMs = 120; // typing pauses this long before a search runs
    static constexpr int kRefreshDelayMs = 300;

    enum Role {
        UidRole = Qt::UserRole + 1,
        IdRole,
        TitleRole, // the title, or "Untitled" when there is none yet
        ModelRole,
        UpdatedRole, // QDateTime
        PinnedRole,
        SnippetRole, // with SearchHit::kMarkStart/kMarkEnd around the matched words
    };

    explicit ConversationListModel(AsyncStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override; // Qt::EditRole renames
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Empty: the whole list. Otherwise a search, run kSearchDelayMs after the last change.
    void setQuery(const QString &query);
    const QString &query() const { return m_query; }
    bool isSearching() const { return !m_query.trimmed().isEmpty(); }
    // Reads the list again soon (several calls make one read).
    void refresh();
    bool isLoaded() const { return m_loaded; }

    int rowOfUid(const QString &uid) const;
    ConversationInfo info(int row) const { return m_items.value(row).conversation; }

    void rename(const QString &uid, const QString &title);
    void setPinned(const QString &uid, bool pinned);
    void duplicate(const QString &uid);
    // Hidden at once; restore() brings it back until purge() (the undo's time is up).
    void remove(const QString &uid);
    void restore(const QString &uid);
    void purgeDeleted();

signals:
    // A read finished (the list or the search results are in).
    void loaded();
    void duplicated(const ConversationInfo &copy);
    void removed(const QString &uid, const QString &title);
    void failed(const QString &message);

private:
    void load();
    void apply(const QList<SearchHit> &items);
    // Runs a write, then reads the list again; `failed` gets the error when it returns false.
    void write(std::function<bool(ConversationStore &)> job);

    AsyncStore *m_store;
    QList<SearchHit> m_items; // a plain list item is a hit without snippet
    QString m_query;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_loaded = false;
};
