#include "conversationrecorder.h"

#include "asyncstore.h"
#include "chat/conversationmodel.h"

#include <climits>

namespace {
int rowOfUid(const ConversationModel &model, const QString &uid)
{
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        if (model.message(row).uid == uid)
            return row;
    }
    return -1;
}
} // namespace

ConversationRecorder::ConversationRecorder(AsyncStore *store, ConversationModel *model, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(model)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConversationRecorder::flush);
    m_heartbeat.setSingleShot(true);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ConversationRecorder::heartbeat);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { onDataChanged(from.row(), to.row()); });
}

ConversationRecorder::~ConversationRecorder()
{
    flushNow();
}

void ConversationRecorder::setConversation(const ConversationInfo &info, bool stored)
{
    m_info = info;
    if (stored)
        m_stored.insert(info.uid);
    m_streamingUid.clear();
    m_heartbeat.stop();
}

void ConversationRecorder::updateConversation(const ConversationInfo &info)
{
    m_info = info;
    for (ConversationInfo &dirty : m_dirty) {
        if (dirty.uid == info.uid) {
            dirty = info;
            schedule(kSettingsWriteMs);
            return;
        }
    }
    // Not stored yet: it is created, with these settings, along with its first message.
    if (!m_stored.contains(info.uid))
        return;
    m_dirty.append(info);
    schedule(kSettingsWriteMs);
}

void ConversationRecorder::onRowsInserted(int first, int last)
{
    if (m_paused)
        return;
    for (int row = first; row <= last; ++row) {
        const Message &m = m_model->message(row);
        enqueue(m, row > 0 ? m_model->message(row - 1).uid : QString(), true);
        if (m.state == MessageState::Streaming) {
            m_streamingUid = m.uid;
            m_heartbeat.start();
        }
    }
    schedule(0);
}

void ConversationRecorder::onDataChanged(int first, int last)
{
    if (m_paused || first < 0)
        return;
    int delay = INT_MAX;
    for (int row = first; row <= last && row < m_model->rowCount(); ++row) {
        const Message &m = m_model->message(row);
        enqueue(m, row > 0 ? m_model->message(row - 1).uid : QString(), false);
        if (m.state == MessageState::Streaming) {
            delay = std::min(delay, kStreamWriteMs);
            m_streamingUid = m.uid;
            m_heartbeat.start();
        } else {
            delay = 0; // an end state is written at once
            if (m.uid == m_streamingUid) {
                m_streamingUid.clear();
                m_heartbeat.stop();
            }
        }
    }
    if (delay != INT_MAX)
        schedule(delay);
}

void ConversationRecorder::heartbeat()
{
    const int row = rowOfUid(*m_model, m_streamingUid);
    if (row < 0 || m_model->message(row).state != MessageState::Streaming)
        return;
    enqueue(m_model->message(row), {}, false);
    schedule(0);
    m_heartbeat.start();
}

void ConversationRecorder::enqueue(const Message &message, const QString &parentUid, bool isNew)
{
    if (m_info.uid.isEmpty() || message.uid.isEmpty())
        return;
    const auto found = m_index.constFind(message.uid);
    if (found != m_index.cend()) {
        m_pending[*found].message = message; // the newest state; parent and novelty as first queued
    } else {
        m_index.insert(message.uid, m_pending.size());
        m_pending.append(Pending{m_info.uid, message, parentUid, isNew});
    }
    if (m_stored.contains(m_info.uid))
        return;
    for (const ConversationInfo &dirty : std::as_const(m_dirty)) {
        if (dirty.uid == m_info.uid)
            return;
    }
    m_dirty.append(m_info);
}

void ConversationRecorder::schedule(int delayMs)
{
    if (m_flushTimer.isActive() && m_flushTimer.remainingTime() <= delayMs)
        return;
    m_flushTimer.start(delayMs);
}

void ConversationRecorder::flush()
{
    if (m_inFlight) {
        m_flushTimer.start(kStreamWriteMs); // looked at again when the batch in flight is done
        return;
    }
    if (m_pending.isEmpty() && m_dirty.isEmpty())
        return;
    QList<ConversationInfo> conversations = std::exchange(m_dirty, {});
    QList<Pending> messages = std::exchange(m_pending, {});
    m_index.clear();
    post(std::move(conversations), std::move(messages), true);
}

void ConversationRecorder::flushNow()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() && m_dirty.isEmpty())
        return;
    QList<ConversationInfo> conversations = std::exchange(m_dirty, {});
    QList<Pending> messages = std::exchange(m_pending, {});
    m_index.clear();
    post(std::move(conversations), std::move(messages), false);
}

void ConversationRecorder::post(QList<ConversationInfo> conversations, QList<Pending> messages, bool guarded)
{
    if (guarded)
        m_inFlight = true;
    // The job runs on the store thread: it holds copies only, never `this`.
    m_store->call<BatchResult>(
        this,
        [conversations, messages](ConversationStore &store) {
            BatchResult result;
            for (ConversationInfo info : conversations) {
                if (!store.saveConversation(info)) {
                    result.error = store.lastError();
                    return result;
                }
                result.storedConversations.append(info);
            }
            for (const Pending &p : messages) {
                if (!store.saveMessage(p.conversationUid, p.message, p.parentUid)) {
                    result.error = store.lastError();
                    return result;
                }
                ++result.messagesWritten;
                if (p.isNew) {
                    const auto [index, count] = store.siblingPlace(p.message.uid);
                    if (count > 1)
                        result.places.append({p.message.uid, index, count});
                }
            }
            return result;
        },
        [this, conversations, messages, guarded](const BatchResult &result, const StoreError &) {
            if (guarded)
                m_inFlight = false;
            onBatchDone(conversations, messages, result);
        });
}

void ConversationRecorder::onBatchDone(const QList<ConversationInfo> &conversations,
                                       const QList<Pending> &messages, const BatchResult &result)
{
    for (const ConversationInfo &info : result.storedConversations) {
        if (m_stored.contains(info.uid))
            continue;
        m_stored.insert(info.uid);
        if (info.uid == m_info.uid)
            m_info.id = info.id;
        emit conversationStored(info);
    }
    for (const auto &[uid, index, count] : result.places)
        emit siblingPlaceKnown(uid, index, count);

    // What failed goes back to the front, before anything queued since, in its order; where a
    // newer state of the same message was queued meanwhile, that state is the one kept.
    const qsizetype failedConversations = conversations.size() - result.storedConversations.size();
    for (qsizetype i = conversations.size() - 1; i >= conversations.size() - failedConversations; --i) {
        const ConversationInfo &info = conversations.at(i);
        const bool newer = std::any_of(m_dirty.cbegin(), m_dirty.cend(),
                                       [&](const ConversationInfo &d) { return d.uid == info.uid; });
        if (!newer)
            m_dirty.prepend(info);
    }
    const qsizetype done = failedConversations > 0 ? 0 : result.messagesWritten;
    if (done < messages.size()) {
        QList<Pending> requeued = messages.mid(done);
        for (Pending &p : requeued) {
            const auto found = m_index.constFind(p.message.uid);
            if (found != m_index.cend())
                p.message = m_pending.at(*found).message;
        }
        for (const Pending &p : std::as_const(m_pending)) {
            if (!std::any_of(requeued.cbegin(), requeued.cend(),
                             [&](const Pending &r) { return r.message.uid == p.message.uid; }))
                requeued.append(p);
        }
        m_pending = std::move(requeued);
        m_index.clear();
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            m_index.insert(m_pending.at(i).message.uid, i);
    }

    if (result.error.isError() && (done < messages.size() || failedConversations > 0)) {
        m_flushTimer.start(kRetryMs);
        return;
    }
    emit written();
    if (!m_pending.isEmpty() || !m_dirty.isEmpty())
        schedule(kStreamWriteMs);
}
