#pragma once

#include "chat/message.h"
#include "conversationinfo.h"
#include "searchhit.h"
#include "storedatabase.h"
#include "storedmessage.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

// The conversations on disk, read and written synchronously on the calling thread's own
// connection. The app uses it only on its store thread (AsyncStore); loquat-cli, the tests and
// the benchmarks use it directly.
//
// A conversation is a tree: each message follows a parent (NULL for a first turn); the messages
// with the same parent are the versions of one turn (an edited question, a regenerated answer),
// and each parent remembers the version it shows next. The *branch* is the path that follows
// those choices from the first turn to the end: what the conversation view shows and what the
// next request is built from.
//
// Every call reports failure by returning false / nullopt / empty, with lastError() saying why
// (a full disk, a read-only file, ...). A write that fails changes nothing.
class ConversationStore final {
    Q_DECLARE_TR_FUNCTIONS(ConversationStore)

public:
    // A message still 'streaming' whose writer has not touched it for this long is taken as
    // interrupted even when a process with that pid exists (the pid may have been reused).
    static constexpr qint64 kStaleStreamMs = 30'000;

    explicit ConversationStore(const QString &path);
    Q_DISABLE_COPY_MOVE(ConversationStore)

    const StoreStatus &open(const StoreDatabase::Options &options = {});
    const StoreStatus &status() const { return m_db.status(); }
    bool isOpen() const { return m_db.isOpen(); }
    bool isWritable() const { return m_db.isWritable(); }
    const StoreError &lastError() const { return m_db.lastError(); }
    StoreDatabase &database() { return m_db; }

    // --- conversations
    // Pinned first, then the most recently updated; deleted ones (undo pending) left out.
    QList<ConversationInfo> conversations();
    std::optional<ConversationInfo> conversation(const QString &uid);
    std::optional<ConversationInfo> conversationById(qint64 id);
    // Creates the conversation (a new uid gets one here) or updates its settings: system
    // prompt, profile, server, model, params, preset. Title and pin have their own calls.
    bool saveConversation(ConversationInfo &info);
    // An empty title goes back to the automatic one.
    bool rename(const QString &uid, const QString &title);
    bool setPinned(const QString &uid, bool pinned);
    // A copy with every branch, new uids and "(copy)" after the title.
    std::optional<ConversationInfo> duplicate(const QString &uid);
    // Deleting hides the conversation at once; restore() undoes it until purgeDeleted() runs.
    bool remove(const QString &uid);
    bool restore(const QString &uid);
    int purgeDeleted(const QDateTime &deletedBefore);

    // --- messages
    // Inserts the message (by uid) after `parentUid` (empty: as a first turn) and makes it the
    // version shown there, or updates it when it is already stored (its parent and request
    // stay as first written). The first user message names an unnamed conversation.
    bool saveMessage(const QString &conversationUid, const Message &message, const QString &parentUid);
    // The branch, in order, with sibling places filled and `request` left empty (see request()).
    QList<Message> branch(const QString &conversationUid);
    // Shows version `siblingIndex` (0-based, clamped) of the turn holding `messageUid`; returns
    // the branch from that version on, which replaces the view from the turn's row.
    QList<Message> selectSibling(const QString &conversationUid, const QString &messageUid, int siblingIndex);
    // Removes one message; the messages after it follow its parent instead.
    bool deleteMessage(const QString &uid);
    QJsonObject request(const QString &messageUid);
    // Where a stored message sits among the versions of its turn: {index, count}; {0, 0} when absent.
    QPair<int, int> siblingPlace(const QString &messageUid);
    // Every message of the conversation (all branches, requests included), parents first.
    QList<StoredMessage> tree(const QString &conversationUid);
    // Adds a whole conversation in one transaction (import, duplicate, benchmarks). Uids that
    // are already in the store are replaced by new ones. `messages` may come in any order.
    bool insertConversation(ConversationInfo &info, QList<StoredMessage> messages);

    // Messages left 'streaming' by a process that is gone (killed, crashed, power cut) become
    // 'interrupted'. `ownStreams`: uids this process is streaming right now. Returns how many.
    int markInterrupted(const QSet<QString> &ownStreams = {});

    // --- attachments
    // Where the files of the attachments live: <the store file's folder>/attachments.
    QString attachmentRoot() const;

    // --- search
    // Conversations holding every word of `text` (the last word may be a prefix, as typed),
    // best first, with a snippet of the best message.
    QList<SearchHit> search(const QString &text, int limit = 50);

private:
    std::optional<ConversationInfo> readConversation(const QString &where, const QVariant &value);
    qint64 conversationId(const QString &uid);
    qint64 messageId(const QString &uid);
    QList<Message> walk(qint64 conversationId, qint64 fromMessageId);
    qint64 insertMessage(qint64 conversationId, const Message &message,
                         const QVariant &parentId); // its id, 0 on failure
    bool touch(qint64 conversationId);
    bool writeAttachments(qint64 messageId, const AttachmentList &attachments);
    void readAttachments(Message &message);
    // Those of the branch's messages (`place`: message id -> index in `messages`).
    void readAttachments(qint64 conversationId, const QHash<qint64, qsizetype> &place,
                         QList<Message> &messages);
    void readLogprobs(qint64 conversationId, const QHash<qint64, qsizetype> &place, QList<Message> &messages);
    // The files (sha256 -> format) the rows matching `where` refer to.
    QHash<QString, QString> attachmentFiles(const QString &where, const QVariantList &values);
    // Deletes those of `files` that no message refers to any more.
    void removeUnusedFiles(const QHash<QString, QString> &files);

    StoreDatabase m_db;
};
