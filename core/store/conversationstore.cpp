#include "conversationstore.h"

#include "conversationtitle.h"
#include "historysearch.h"
#include "logprobblob.h"
#include "media/attachmentstore.h"
#include "messagejson.h"
#include "storerows.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <csignal>

namespace {

using namespace MessageJson;
using StoreRows::kMessageColumnCount;

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// NULL when there are none, so that an update never erases the ones stored.
QVariant logprobsBlob(const Message &m)
{
    return m.logprobs.isEmpty() ? QVariant() : QVariant(LogprobBlob::encode(m.logprobs));
}

QVariant writerPid(const Message &m)
{
    return m.state == MessageState::Streaming ? QVariant(QCoreApplication::applicationPid()) : QVariant();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    // Signal 0 checks without sending; EPERM means it exists under another user.
    return pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH);
#else
    Q_UNUSED(pid)
    return false; // staleness alone decides
#endif
}

} // namespace

ConversationStore::ConversationStore(const QString &path)
    : m_db(path)
{}

const StoreStatus &ConversationStore::open(const StoreDatabase::Options &options)
{
    return m_db.open(options);
}

// ---------------------------------------------------------------- conversations

QList<ConversationInfo> ConversationStore::conversations()
{
    QList<ConversationInfo> list;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!m_db.exec(q, QStringLiteral("SELECT %1 FROM conversations WHERE deleted_ms IS NULL "
                                     "ORDER BY pinned DESC, updated_ms DESC, id DESC")
                          .arg(StoreRows::conversationColumns())))
        return list;
    while (q.next())
        list.append(StoreRows::readConversation(q));
    return list;
}

std::optional<ConversationInfo> ConversationStore::readConversation(const QString &where,
                                                                    const QVariant &value)
{
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT %1 FROM conversations WHERE %2 = ? AND deleted_ms IS NULL")
                       .arg(StoreRows::conversationColumns(), where),
                   {value}))
        return std::nullopt;
    if (!q.next()) {
        m_db.setError(StoreError::make(StoreError::Kind::NotFound, value.toString()));
        return std::nullopt;
    }
    return StoreRows::readConversation(q);
}

std::optional<ConversationInfo> ConversationStore::conversation(const QString &uid)
{
    return readConversation(QStringLiteral("uid"), uid);
}

std::optional<ConversationInfo> ConversationStore::conversationById(qint64 id)
{
    return readConversation(QStringLiteral("id"), id);
}

qint64 ConversationStore::conversationId(const QString &uid)
{
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM conversations WHERE uid = ?"), {uid}))
        return 0;
    if (q.next())
        return q.value(0).toLongLong();
    m_db.setError(StoreError::make(StoreError::Kind::NotFound, uid));
    return 0;
}

qint64 ConversationStore::messageId(const QString &uid)
{
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM messages WHERE uid = ?"), {uid}))
        return 0;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool ConversationStore::saveConversation(ConversationInfo &info)
{
    if (info.uid.isEmpty())
        info.uid = newUid();
    const qint64 now = nowMs();
    if (!info.created.isValid())
        info.created = fromMs(now);
    if (!info.updated.isValid())
        info.updated = info.created;
    return m_db.write([&] {
        QSqlQuery q(m_db.db());
        if (!m_db.exec(q, QStringLiteral("SELECT id FROM conversations WHERE uid = ?"), {info.uid}))
            return false;
        const QVariantList settings = {info.systemPrompt,
                                       info.profileId,
                                       info.serverUrl,
                                       info.model,
                                       compact(info.params).isEmpty() ? QStringLiteral("{}")
                                                                      : compact(info.params),
                                       info.preset};
        if (q.next()) {
            info.id = q.value(0).toLongLong();
            return m_db.exec(QStringLiteral("UPDATE conversations SET system_prompt = ?, profile_id = ?, "
                                            "server_url = ?, model = ?, params = ?, preset = ? WHERE id = ?"),
                             settings + QVariantList{info.id});
        }
        q.finish();
        QSqlQuery insert(m_db.db());
        if (!m_db.exec(
                insert,
                QStringLiteral("INSERT INTO conversations (uid, title, title_set, created_ms, updated_ms, "
                               "pinned, system_prompt, profile_id, server_url, model, params, preset) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                QVariantList{info.uid, info.title, info.titleSet, toMs(info.created), toMs(info.updated),
                             info.pinned} +
                    settings))
            return false;
        info.id = insert.lastInsertId().toLongLong();
        return true;
    });
}

bool ConversationStore::rename(const QString &uid, const QString &title)
{
    const QString trimmed = title.simplified();
    return m_db.write([&] {
        const qint64 id = conversationId(uid);
        if (!id)
            return false;
        if (!trimmed.isEmpty())
            return m_db.exec(QStringLiteral("UPDATE conversations SET title = ?, title_set = 1 WHERE id = ?"),
                             {trimmed, id});
        // Back to the automatic title: the first user message of the branch's root turn.
        QSqlQuery first(m_db.db());
        if (!m_db.exec(
                first,
                QStringLiteral("SELECT content FROM messages WHERE conversation_id = ? AND role = 'user' "
                               "ORDER BY id LIMIT 1"),
                {id}))
            return false;
        const QString automatic =
            first.next() ? ConversationTitle::fromFirstMessage(first.value(0).toString()) : QString();
        first.finish();
        return m_db.exec(QStringLiteral("UPDATE conversations SET title = ?, title_set = 0 WHERE id = ?"),
                         {automatic, id});
    });
}

bool ConversationStore::setPinned(const QString &uid, bool pinned)
{
    return m_db.write([&] {
        const qint64 id = conversationId(uid);
        return id &&
               m_db.exec(QStringLiteral("UPDATE conversations SET pinned = ? WHERE id = ?"), {pinned, id});
    });
}

std::optional<ConversationInfo> ConversationStore::duplicate(const QString &uid)
{
    std::optional<ConversationInfo> source = conversation(uid);
    if (!source)
        return std::nullopt;
    QList<StoredMessage> messages = tree(uid);
    if (lastError().isError())
        return std::nullopt;
    // New identities throughout, parents following their messages.
    QHash<QString, QString> renamed;
    for (StoredMessage &stored : messages) {
        const QString fresh = newUid();
        renamed.insert(stored.message.uid, fresh);
        stored.message.uid = fresh;
    }
    for (StoredMessage &stored : messages)
        stored.parentUid = renamed.value(stored.parentUid);
    ConversationInfo copy = *source;
    copy.id = 0;
    copy.uid.clear();
    copy.title = tr("%1 (copy)").arg(source->title.isEmpty() ? tr("Untitled") : source->title);
    copy.titleSet = true;
    copy.created = copy.updated = fromMs(nowMs());
    copy.pinned = false;
    if (!insertConversation(copy, messages))
        return std::nullopt;
    return copy;
}

bool ConversationStore::remove(const QString &uid)
{
    return m_db.write([&] {
        const qint64 id = conversationId(uid);
        return id && m_db.exec(QStringLiteral("UPDATE conversations SET deleted_ms = ? WHERE id = ?"),
                               {nowMs(), id});
    });
}

bool ConversationStore::restore(const QString &uid)
{
    return m_db.write([&] {
        const qint64 id = conversationId(uid);
        return id &&
               m_db.exec(QStringLiteral("UPDATE conversations SET deleted_ms = NULL WHERE id = ?"), {id});
    });
}

int ConversationStore::purgeDeleted(const QDateTime &deletedBefore)
{
    int purged = 0;
    // The files only these conversations use go with them (the last conversation using a file
    // removes it); files still used elsewhere, or not sent yet, stay.
    const QHash<QString, QString> files = attachmentFiles(
        QStringLiteral("m.conversation_id IN (SELECT id FROM conversations WHERE deleted_ms IS NOT NULL AND "
                       "deleted_ms < ?)"),
        {toMs(deletedBefore)});
    const bool done = m_db.write([&] {
        QSqlQuery q(m_db.db());
        // The messages go with their conversation (ON DELETE CASCADE), the index with them.
        if (!m_db.exec(
                q,
                QStringLiteral("DELETE FROM conversations WHERE deleted_ms IS NOT NULL AND deleted_ms < ?"),
                {toMs(deletedBefore)}))
            return false;
        purged = q.numRowsAffected();
        return true;
    });
    if (done)
        removeUnusedFiles(files);
    return purged;
}

bool ConversationStore::touch(qint64 conversationId)
{
    return m_db.exec(QStringLiteral("UPDATE conversations SET updated_ms = ? WHERE id = ?"),
                     {nowMs(), conversationId});
}

// ---------------------------------------------------------------- messages

qint64 ConversationStore::insertMessage(qint64 conversationId, const Message &m, const QVariant &parentId)
{
    const qint64 now = nowMs();
    QSqlQuery insert(m_db.db());
    const bool ok = m_db.exec(
        insert,
        QStringLiteral("INSERT INTO messages (uid, conversation_id, parent_id, role, content, reasoning, "
                       "tool_calls, alternatives, state, error_text, finish_reason, model, metrics, "
                       "request, created_ms, updated_ms, writer_pid, server_version, logprobs) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.uid, conversationId, parentId, m.role, m.content, m.reasoning,
         nullIfEmpty(compact(toolCallsToJson(m.toolCalls))),
         nullIfEmpty(compact(stringsToJson(m.alternatives))), stateName(m.state), m.errorText, m.finishReason,
         m.model, nullIfEmpty(compact(metricsToJson(m.metrics))), nullIfEmpty(compact(m.request)),
         m.created.isValid() ? toMs(m.created) : now, now, writerPid(m), m.serverVersion, logprobsBlob(m)});
    if (!ok)
        return 0;
    const qint64 id = insert.lastInsertId().toLongLong();
    return writeAttachments(id, m.attachments) ? id : 0;
}

bool ConversationStore::writeAttachments(qint64 messageId, const AttachmentList &attachments)
{
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const Attachment &a = attachments.at(i);
        if (!m_db.exec(QStringLiteral("INSERT INTO attachments (message_id, position, sha256, format, meta) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {messageId, int(i), a.sha256, a.format, compact(a.toJson())}))
            return false;
    }
    return true;
}

namespace {
// An attachment from the columns meta, sha256, format (from `first` on).
Attachment attachmentFromRow(const QSqlQuery &q, int first, const AttachmentStore &files)
{
    Attachment a = Attachment::fromJson(parseObject(q.value(first).toString()));
    a.sha256 = q.value(first + 1).toString();
    a.format = q.value(first + 2).toString();
    if (!a.sha256.isEmpty())
        a.filePath = files.pathFor(a.sha256, a.format);
    return a;
}
} // namespace

void ConversationStore::readAttachments(Message &m)
{
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT a.meta, a.sha256, a.format FROM attachments a JOIN messages m ON "
                                  "m.id = a.message_id WHERE m.uid = ? ORDER BY a.position"),
                   {m.uid}))
        return;
    const AttachmentStore files(attachmentRoot());
    while (q.next())
        m.attachments.append(attachmentFromRow(q, 0, files));
}

void ConversationStore::readAttachments(qint64 conversationId, const QHash<qint64, qsizetype> &place,
                                        QList<Message> &messages)
{
    // One query for the whole branch: a query a message made a long conversation slow to open.
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT a.message_id, a.meta, a.sha256, a.format FROM attachments a JOIN messages m"
                       " ON m.id = a.message_id WHERE m.conversation_id = ?"
                       " ORDER BY a.message_id, a.position"),
                   {conversationId}))
        return;
    const AttachmentStore files(attachmentRoot());
    while (q.next()) {
        const auto at = place.constFind(q.value(0).toLongLong());
        if (at != place.cend())
            messages[*at].attachments.append(attachmentFromRow(q, 1, files));
    }
}

void ConversationStore::readLogprobs(qint64 conversationId, const QHash<qint64, qsizetype> &place,
                                     QList<Message> &messages)
{
    // Only the blobs of the messages shown: other branches' are skipped without being read (the
    // first query looks at each row's header only).
    QSqlQuery ids(m_db.db());
    ids.setForwardOnly(true);
    if (!m_db.exec(
            ids, QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND logprobs IS NOT NULL"),
            {conversationId}))
        return;
    QList<std::pair<qint64, qsizetype>> wanted;
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        if (const auto at = place.constFind(id); at != place.cend())
            wanted.append({id, *at});
    }
    ids.finish();
    QSqlQuery blob(m_db.db());
    for (const auto &[id, at] : wanted) {
        if (m_db.exec(blob, QStringLiteral("SELECT logprobs FROM messages WHERE id = ?"), {id}) &&
            blob.next())
            messages[at].logprobs = LogprobBlob::decode(blob.value(0).toByteArray());
        blob.finish();
    }
}

QString ConversationStore::attachmentRoot() const
{
    return QFileInfo(m_db.path()).absolutePath() + QStringLiteral("/attachments");
}

QHash<QString, QString> ConversationStore::attachmentFiles(const QString &where, const QVariantList &values)
{
    QHash<QString, QString> files;
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT DISTINCT a.sha256, a.format FROM attachments a JOIN messages m ON "
                                  "m.id = a.message_id WHERE a.sha256 != '' AND %1")
                       .arg(where),
                   values))
        return files;
    while (q.next())
        files.insert(q.value(0).toString(), q.value(1).toString());
    return files;
}

void ConversationStore::removeUnusedFiles(const QHash<QString, QString> &files)
{
    const AttachmentStore store(attachmentRoot());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QSqlQuery q(m_db.db());
        if (m_db.exec(q, QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1"), {it.key()}) &&
            !q.next())
            store.remove(it.key(), it.value());
    }
}

bool ConversationStore::saveMessage(const QString &conversationUid, const Message &m,
                                    const QString &parentUid)
{
    if (m.uid.isEmpty()) {
        m_db.setError(StoreError::make(StoreError::Kind::Invalid, QStringLiteral("message without uid")));
        return false;
    }
    return m_db.write([&] {
        const qint64 conversation = conversationId(conversationUid);
        if (!conversation)
            return false;
        const qint64 existing = messageId(m.uid);
        if (existing) {
            return m_db.exec(
                       QStringLiteral(
                           "UPDATE messages SET content = ?, reasoning = ?, tool_calls = ?, alternatives = "
                           "?, "
                           "state = ?, error_text = ?, finish_reason = ?, model = ?, metrics = ?, "
                           "request = COALESCE(request, ?), updated_ms = ?, writer_pid = ?, "
                           "server_version = COALESCE(NULLIF(?, ''), server_version), "
                           "logprobs = COALESCE(?, logprobs) WHERE id = ?"),
                       {m.content, m.reasoning, nullIfEmpty(compact(toolCallsToJson(m.toolCalls))),
                        nullIfEmpty(compact(stringsToJson(m.alternatives))), stateName(m.state), m.errorText,
                        m.finishReason, m.model, nullIfEmpty(compact(metricsToJson(m.metrics))),
                        nullIfEmpty(compact(m.request)), nowMs(), writerPid(m), m.serverVersion,
                        logprobsBlob(m), existing}) &&
                   touch(conversation);
        }
        QVariant parent; // NULL: a first turn
        if (!parentUid.isEmpty()) {
            const qint64 parentId = messageId(parentUid);
            if (!parentId) {
                m_db.setError(StoreError::make(StoreError::Kind::NotFound, parentUid));
                return false;
            }
            parent = parentId;
        }
        const qint64 id = insertMessage(conversation, m, parent);
        if (!id)
            return false;
        // The new version is the one shown after its parent.
        const bool shown =
            parentUid.isEmpty()
                ? m_db.exec(QStringLiteral("UPDATE conversations SET active_child = ? WHERE id = ?"),
                            {id, conversation})
                : m_db.exec(QStringLiteral("UPDATE messages SET active_child = ? WHERE id = ?"),
                            {id, parent});
        if (!shown || !touch(conversation))
            return false;
        if (m.role != QLatin1String("user"))
            return true;
        return m_db.exec(
            QStringLiteral(
                "UPDATE conversations SET title = ? WHERE id = ? AND title_set = 0 AND title = ''"),
            {ConversationTitle::fromFirstMessage(m.content), conversation});
    });
}

QList<Message> ConversationStore::walk(qint64 conversationId, qint64 fromMessageId)
{
    // The tree's shape first (three integers a message, from the covering index), the branch
    // followed here, then the branch's rows read in one pass. A recursive query with a
    // subquery per step and per sibling count was several times slower on long conversations.
    QSqlQuery shape(m_db.db());
    shape.setForwardOnly(true);
    if (!m_db.exec(shape,
                   QStringLiteral("SELECT id, parent_id, active_child FROM messages INDEXED BY messages_tree"
                                  " WHERE conversation_id = ? ORDER BY id"),
                   {conversationId}))
        return {};
    struct Node {
        qint64 parent;
        qint64 shown;
    };
    QHash<qint64, Node> nodes;
    QHash<qint64, QList<qint64>> children; // parent (0: first turns) -> versions, oldest first
    while (shape.next()) {
        const qint64 id = shape.value(0).toLongLong();
        const qint64 parent = shape.value(1).toLongLong();
        nodes.insert(id, Node{parent, shape.value(2).toLongLong()});
        children[parent].append(id);
    }
    shape.finish();
    qint64 rootChoice = 0;
    if (!fromMessageId) {
        QSqlQuery root(m_db.db());
        if (!m_db.exec(root, QStringLiteral("SELECT active_child FROM conversations WHERE id = ?"),
                       {conversationId}))
            return {};
        rootChoice = root.next() ? root.value(0).toLongLong() : 0;
    }
    // A choice that does not name one of the message's own versions falls back to the newest,
    // so a damaged or hand-edited pointer can hide nothing.
    const auto choose = [&](qint64 parent, qint64 preferred) -> qint64 {
        const QList<qint64> versions = children.value(parent);
        if (versions.isEmpty())
            return 0;
        return versions.contains(preferred) ? preferred : versions.last();
    };
    QList<qint64> path;
    QHash<qint64, qsizetype> place;
    for (qint64 id = fromMessageId ? (nodes.contains(fromMessageId) ? fromMessageId : 0)
                                   : choose(0, rootChoice);
         id && !place.contains(id) && path.size() <= nodes.size(); id = choose(id, nodes.value(id).shown)) {
        place.insert(id, path.size());
        path.append(id);
    }
    if (path.isEmpty())
        return {};

    QList<Message> messages(path.size());
    QSqlQuery rows(m_db.db());
    rows.setForwardOnly(true);
    if (!m_db.exec(
            rows,
            QStringLiteral(
                "SELECT m.id, %1 FROM messages m WHERE m.conversation_id = ? AND m.id >= ? ORDER BY m.id")
                .arg(StoreRows::messageColumns()),
            {conversationId, *std::min_element(path.cbegin(), path.cend())}))
        return {};
    while (rows.next()) {
        const auto at = place.constFind(rows.value(0).toLongLong());
        if (at == place.cend())
            continue; // another branch
        Message m = StoreRows::readMessage(rows, 1);
        const qint64 id = path.at(*at);
        const QList<qint64> versions = children.value(nodes.value(id).parent);
        m.siblingCount = std::max<int>(1, static_cast<int>(versions.size()));
        m.siblingIndex = static_cast<int>(versions.indexOf(id));
        messages[*at] = std::move(m);
    }
    rows.finish();
    readAttachments(conversationId, place, messages);
    readLogprobs(conversationId, place, messages);
    return messages;
}

QList<Message> ConversationStore::branch(const QString &conversationUid)
{
    m_db.setError({});
    const qint64 id = conversationId(conversationUid);
    return id ? walk(id, 0) : QList<Message>{};
}

QList<Message> ConversationStore::selectSibling(const QString &conversationUid, const QString &messageUid,
                                                int siblingIndex)
{
    qint64 chosen = 0;
    qint64 conversation = 0;
    const bool ok = m_db.write([&] {
        conversation = conversationId(conversationUid);
        if (!conversation)
            return false;
        QSqlQuery parent(m_db.db());
        if (!m_db.exec(parent,
                       QStringLiteral("SELECT parent_id FROM messages WHERE uid = ? AND conversation_id = ?"),
                       {messageUid, conversation}))
            return false;
        if (!parent.next()) {
            m_db.setError(StoreError::make(StoreError::Kind::NotFound, messageUid));
            return false;
        }
        const QVariant parentId = parent.value(0);
        parent.finish();
        QSqlQuery siblings(m_db.db());
        if (!m_db.exec(
                siblings,
                QStringLiteral(
                    "SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS ? ORDER BY id"),
                {conversation, parentId}))
            return false;
        QList<qint64> ids;
        while (siblings.next())
            ids.append(siblings.value(0).toLongLong());
        siblings.finish();
        if (ids.isEmpty())
            return false;
        chosen = ids.at(std::clamp<qsizetype>(siblingIndex, 0, ids.size() - 1));
        return parentId.isNull()
                   ? m_db.exec(QStringLiteral("UPDATE conversations SET active_child = ? WHERE id = ?"),
                               {chosen, conversation})
                   : m_db.exec(QStringLiteral("UPDATE messages SET active_child = ? WHERE id = ?"),
                               {chosen, parentId});
    });
    return ok ? walk(conversation, chosen) : QList<Message>{};
}

bool ConversationStore::deleteMessage(const QString &uid)
{
    const QHash<QString, QString> files = attachmentFiles(QStringLiteral("m.uid = ?"), {uid});
    const bool done = m_db.write([&] {
        QSqlQuery q(m_db.db());
        if (!m_db.exec(q,
                       QStringLiteral(
                           "SELECT id, conversation_id, parent_id, active_child FROM messages WHERE uid = ?"),
                       {uid}))
            return false;
        if (!q.next()) {
            m_db.setError(StoreError::make(StoreError::Kind::NotFound, uid));
            return false;
        }
        const qint64 id = q.value(0).toLongLong();
        const qint64 conversation = q.value(1).toLongLong();
        const QVariant parent = q.value(2);
        const QVariant shownNext = q.value(3);
        q.finish();
        // Its followers move up to its parent; where it was the version shown, the version it
        // showed next takes its place.
        if (!m_db.exec(QStringLiteral("UPDATE messages SET parent_id = ? WHERE parent_id = ?"), {parent, id}))
            return false;
        const QString pointer = parent.isNull() ? QStringLiteral("UPDATE conversations SET active_child = ? "
                                                                 "WHERE id = ? AND active_child = ?")
                                                : QStringLiteral("UPDATE messages SET active_child = ? "
                                                                 "WHERE id = ? AND active_child = ?");
        return m_db.exec(pointer, {shownNext, parent.isNull() ? QVariant(conversation) : parent, id}) &&
               m_db.exec(QStringLiteral("DELETE FROM messages WHERE id = ?"), {id}) && touch(conversation);
    });
    if (done)
        removeUnusedFiles(files);
    return done;
}

QJsonObject ConversationStore::request(const QString &messageUid)
{
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q, QStringLiteral("SELECT request FROM messages WHERE uid = ?"), {messageUid}) ||
        !q.next())
        return {};
    return parseObject(q.value(0).toString());
}

QPair<int, int> ConversationStore::siblingPlace(const QString &messageUid)
{
    QSqlQuery q(m_db.db());
    if (!m_db.exec(q,
                   QStringLiteral(
                       "SELECT (SELECT count(*) FROM messages s WHERE s.conversation_id = m.conversation_id"
                       " AND s.parent_id IS m.parent_id AND s.id < m.id),"
                       " (SELECT count(*) FROM messages s WHERE s.conversation_id = m.conversation_id"
                       " AND s.parent_id IS m.parent_id) FROM messages m WHERE m.uid = ?"),
                   {messageUid}) ||
        !q.next())
        return {0, 0};
    return {q.value(0).toInt(), q.value(1).toInt()};
}

QList<StoredMessage> ConversationStore::tree(const QString &conversationUid)
{
    QList<StoredMessage> list;
    m_db.setError({});
    const qint64 conversation = conversationId(conversationUid);
    if (!conversation)
        return list;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT %1, m.request, p.uid,"
                           " CASE WHEN m.parent_id IS NULL THEN (SELECT c.active_child FROM conversations c"
                           " WHERE c.id = m.conversation_id) = m.id ELSE p.active_child = m.id END,"
                           " m.logprobs FROM messages m LEFT JOIN messages p ON p.id = m.parent_id"
                           " WHERE m.conversation_id = ? ORDER BY m.id")
                .arg(StoreRows::messageColumns()),
            {conversation}))
        return list;
    while (q.next()) {
        StoredMessage stored;
        stored.message = StoreRows::readMessage(q);
        stored.message.request = parseObject(q.value(kMessageColumnCount).toString());
        stored.parentUid = q.value(kMessageColumnCount + 1).toString();
        stored.active = q.value(kMessageColumnCount + 2).toBool();
        stored.message.logprobs = LogprobBlob::decode(q.value(kMessageColumnCount + 3).toByteArray());
        readAttachments(stored.message);
        list.append(std::move(stored));
    }
    return list;
}

bool ConversationStore::insertConversation(ConversationInfo &info, QList<StoredMessage> messages)
{
    // Parents before children, whatever order they came in; a message whose parent is missing
    // (or part of a cycle) becomes a first turn rather than being dropped. Iterative: a chain of
    // 100,000 turns must not recurse that deep.
    const qsizetype count = messages.size();
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < count; ++i)
        indexOf.insert(messages.at(i).message.uid, i);
    // The parent is settled here, by position: with a uid repeated in the file, "the message
    // called X" is ambiguous, and a message renamed below must not be mistaken for its own parent.
    enum : char { Unseen, OnChain, Placed };
    QList<char> state(count, Unseen);
    QList<qsizetype> parentOf(count, -1);
    QList<qsizetype> ordered;
    ordered.reserve(count);
    for (qsizetype start = 0; start < count; ++start) {
        QList<qsizetype> chain;
        for (qsizetype i = start; state[i] == Unseen;) {
            state[i] = OnChain;
            chain.append(i);
            const QString &parentUid = messages.at(i).parentUid;
            if (parentUid.isEmpty())
                break;
            const auto parent = indexOf.constFind(parentUid);
            if (parent == indexOf.cend() || state[*parent] == OnChain)
                break;
            parentOf[i] = *parent;
            i = *parent;
        }
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            state[*it] = Placed;
            ordered.append(*it);
        }
    }

    return m_db.write([&] {
        if (info.uid.isEmpty() || conversationId(info.uid))
            info.uid = newUid();
        m_db.setError({});
        const qint64 now = nowMs();
        if (!info.created.isValid())
            info.created = fromMs(now);
        if (!info.updated.isValid())
            info.updated = info.created;
        QSqlQuery insert(m_db.db());
        if (!m_db.exec(
                insert,
                QStringLiteral("INSERT INTO conversations (uid, title, title_set, created_ms, updated_ms, "
                               "pinned, system_prompt, profile_id, server_url, model, params, preset) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {info.uid, info.title, info.titleSet, toMs(info.created), toMs(info.updated), info.pinned,
                 info.systemPrompt, info.profileId, info.serverUrl, info.model,
                 compact(info.params).isEmpty() ? QStringLiteral("{}") : compact(info.params), info.preset}))
            return false;
        info.id = insert.lastInsertId().toLongLong();
        insert.finish();
        QList<qint64> ids(count, 0); // by position in `messages`; a parent is stored before its children
        for (const qsizetype index : std::as_const(ordered)) {
            StoredMessage &s = messages[index];
            if (messageId(s.message.uid)) // already in the store, or earlier in this file
                s.message.uid = newUid();
            const qsizetype parentIndex = parentOf.at(index);
            const QVariant parent = parentIndex < 0 ? QVariant() : QVariant(ids.at(parentIndex));
            // An imported 'streaming' message has no writer: it was interrupted.
            if (s.message.state == MessageState::Streaming)
                s.message.state = MessageState::Interrupted;
            const qint64 id = insertMessage(info.id, s.message, parent);
            if (!id)
                return false;
            ids[index] = id;
            if (s.active)
                m_db.exec(parent.isNull()
                              ? QStringLiteral("UPDATE conversations SET active_child = ? WHERE id = ?")
                              : QStringLiteral("UPDATE messages SET active_child = ? WHERE id = ?"),
                          {id, parent.isNull() ? QVariant(info.id) : parent});
        }
        return !m_db.lastError().isError();
    });
}

int ConversationStore::markInterrupted(const QSet<QString> &ownStreams)
{
    int marked = 0;
    m_db.write([&] {
        QSqlQuery q(m_db.db());
        if (!m_db.exec(q,
                       QStringLiteral(
                           "SELECT id, uid, writer_pid, updated_ms FROM messages WHERE state = 'streaming'")))
            return false;
        const qint64 self = QCoreApplication::applicationPid();
        const qint64 staleBefore = nowMs() - kStaleStreamMs;
        QList<qint64> gone;
        while (q.next()) {
            const qint64 pid = q.value(2).toLongLong();
            const bool ours = pid == self;
            const bool dead = ours ? !ownStreams.contains(q.value(1).toString()) : processIsGone(pid);
            if (dead || q.value(3).toLongLong() < staleBefore)
                gone.append(q.value(0).toLongLong());
        }
        q.finish();
        for (const qint64 id : std::as_const(gone)) {
            if (!m_db.exec(QStringLiteral(
                               "UPDATE messages SET state = 'interrupted', writer_pid = NULL WHERE id = ?"),
                           {id}))
                return false;
        }
        marked = static_cast<int>(gone.size());
        return true;
    });
    return marked;
}

QList<SearchHit> ConversationStore::search(const QString &text, int limit)
{
    return HistorySearch::run(m_db, text, limit);
}
