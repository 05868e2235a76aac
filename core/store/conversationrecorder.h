#pragma once

#include "chat/message.h"
#include "conversationinfo.h"
#include "storeerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <tuple>

class AsyncStore;
class ConversationModel;

// Keeps the store in step with the conversation on screen. Every message the model gains is
// written after the one before it (its parent, so an edited question or a regenerated answer
// becomes a new version of its turn); a streaming answer is written at most kStreamWriteMs
// behind, touched every kHeartbeatMs while nothing arrives (so other processes can tell it is
// alive), and written at once when it ends. Rows the model loses are not deleted: branching
// replaces what is shown, the store keeps it.
//
// Writes go through the AsyncStore, one batch in flight at a time so that their order holds. A
// batch that fails (a full disk, a read-only file) stays queued and is tried again every
// kRetryMs, so nothing received is lost while the app runs; AsyncStore::saveProblemChanged says
// so to the user.
class ConversationRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationRecorder)

public:
    static constexpr int kStreamWriteMs = 500;
    static constexpr int kHeartbeatMs = 5000;
    static constexpr int kSettingsWriteMs = 400;
    static constexpr int kRetryMs = 3000;

    ConversationRecorder(AsyncStore *store, ConversationModel *model, QObject *parent = nullptr);
    // Hands what is still pending to the store (which writes it before it closes).
    ~ConversationRecorder() override;

    // The conversation the model's rows belong to from now on. `stored`: it is in the store
    // already (opened); else it is created with its first message.
    void setConversation(const ConversationInfo &info, bool stored);
    const ConversationInfo &conversation() const { return m_info; }
    bool isStored(const QString &conversationUid) const { return m_stored.contains(conversationUid); }
    // New settings for the current conversation: written soon when it is stored, else kept
    // for its creation.
    void updateConversation(const ConversationInfo &info);

    // While paused, model changes are not written: rows loaded from the store.
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }
    bool hasPendingWrites() const { return !m_pending.isEmpty() || !m_dirty.isEmpty() || m_inFlight; }
    // Gives everything pending to the store now, in flight or not: call before a job that
    // must see it (deleting a message, exporting, closing).
    void flushNow();

signals:
    // The first write of a conversation created it (with its id).
    void conversationStored(const ConversationInfo &info);
    // A batch was written: titles, dates and order in a list may have changed.
    void written();
    // A new message is a version among others: its place, for the "2 / 3" arrows.
    void siblingPlaceKnown(const QString &messageUid, int index, int count);

private:
    struct Pending {
        QString conversationUid;
        Message message;
        QString parentUid;
        bool isNew = true;
    };
    struct BatchResult {
        QList<ConversationInfo> storedConversations;
        int conversationsFailed = 0; // the first ones of the batch's list
        int messagesWritten = 0;     // the first ones of the batch's list
        QList<std::tuple<QString, int, int>> places;
        StoreError error;
    };

    void onRowsInserted(int first, int last);
    void onDataChanged(int first, int last);
    void enqueue(const Message &message, const QString &parentUid, bool isNew);
    void schedule(int delayMs);
    void flush();
    void post(QList<ConversationInfo> conversations, QList<Pending> messages, bool guarded);
    void onBatchDone(const QList<ConversationInfo> &conversations, const QList<Pending> &messages,
                     const BatchResult &result);
    void heartbeat();

    AsyncStore *m_store;
    ConversationModel *m_model;
    ConversationInfo m_info;
    QSet<QString> m_stored;            // conversations known to be in the store
    QList<ConversationInfo> m_dirty;   // conversation records to write, in order
    QList<Pending> m_pending;          // messages to write, in order
    QHash<QString, qsizetype> m_index; // uid -> place in m_pending
    QString m_streamingUid;
    QTimer m_flushTimer;
    QTimer m_heartbeat;
    bool m_inFlight = false;
    bool m_paused = false;
};
