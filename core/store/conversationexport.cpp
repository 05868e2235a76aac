#include "conversationexport.h"

#include "api/chatrequest.h"
#include "conversationstore.h"
#include "conversationtitle.h"
#include "media/attachmentstore.h"
#include "media/contentparts.h"
#include "messagejson.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace {

using namespace MessageJson;

const QString kOne = QStringLiteral("loquat.conversation");
const QString kMany = QStringLiteral("loquat.conversations");

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// An attachment file's bytes; empty when it is gone or unreadable (the export says "missing").
QByteArray attachmentBytes(const Attachment &a)
{
    if (a.isReference() || a.filePath.isEmpty())
        return {};
    QFile file(a.filePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The OpenAI message for one of ours: what a request would send back (media parts first, as
// the composer sends them, then the text).
QJsonObject openAiMessage(const Message &m)
{
    QJsonObject message = ChatMessage{m.role, m.content, m.reasoning, m.toolCalls, {}}.toJson();
    if (m.attachments.isEmpty())
        return message;
    QJsonArray parts;
    for (const Attachment &a : m.attachments) {
        const QByteArray bytes = attachmentBytes(a);
        if (a.isReference() || !bytes.isEmpty())
            parts.append(ContentParts::media(a, QString::fromLatin1(bytes.toBase64())));
    }
    if (!m.content.isEmpty())
        parts.append(ContentParts::text(m.content));
    message.insert(QLatin1String("content"), parts);
    return message;
}

QJsonArray attachmentsToJson(const AttachmentList &attachments)
{
    QJsonArray list;
    for (const Attachment &a : attachments) {
        QJsonObject o = a.toJson();
        if (!a.isReference()) {
            const QByteArray bytes = attachmentBytes(a);
            if (bytes.isEmpty())
                o.insert(QLatin1String("missing"), true);
            else
                o.insert(QLatin1String("data"), QStringLiteral("data:%1;base64,%2")
                                                    .arg(a.mimeType, QString::fromLatin1(bytes.toBase64())));
        }
        list.append(o);
    }
    return list;
}

// The attachments of an exported message; their bytes go to `files` by digest.
AttachmentList attachmentsFromJson(const QJsonArray &list,
                                   QHash<QString, ConversationExport::EmbeddedFile> &files)
{
    AttachmentList attachments;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        Attachment a = Attachment::fromJson(o);
        const QString data = o.value(QLatin1String("data")).toString();
        const qsizetype comma = data.indexOf(QLatin1Char(','));
        if (data.startsWith(QLatin1String("data:")) && comma > 0) {
            const QByteArray bytes = QByteArray::fromBase64(data.mid(comma + 1).toLatin1());
            // The digest is the bytes' own: a file edited by hand cannot pose as another.
            a.sha256 = AttachmentStore::sha256Of(bytes);
            a.bytes = bytes.size();
            files.insert(a.sha256, {a.format, bytes});
        }
        attachments.append(a);
    }
    return attachments;
}

QJsonObject storedToJson(const StoredMessage &s)
{
    const Message &m = s.message;
    QJsonObject o{
        {QLatin1String("uid"), m.uid},
        {QLatin1String("parent"), orNull(s.parentUid)},
        {QLatin1String("active"), s.active},
        {QLatin1String("role"), m.role},
        {QLatin1String("content"), m.content},
        {QLatin1String("reasoning"), orNull(m.reasoning)},
        {QLatin1String("tool_calls"), toolCallsToJson(m.toolCalls)},
        {QLatin1String("alternatives"), stringsToJson(m.alternatives)},
        {QLatin1String("state"), stateName(m.state)},
        {QLatin1String("error"), orNull(m.errorText)},
        {QLatin1String("finish_reason"), orNull(m.finishReason)},
        {QLatin1String("model"), orNull(m.model)},
        {QLatin1String("metrics"), metricsToJson(m.metrics)},
        {QLatin1String("request"), m.request.isEmpty() ? QJsonValue() : QJsonValue(m.request)},
        {QLatin1String("created"), isoTime(m.created)},
    };
    // Newer keys only when there is something to say, so files of answers without them keep
    // their bytes.
    if (!m.serverVersion.isEmpty())
        o.insert(QLatin1String("server_version"), m.serverVersion);
    if (!m.logprobs.isEmpty())
        o.insert(QLatin1String("logprobs"), logprobsToJson(m.logprobs));
    if (!m.attachments.isEmpty())
        o.insert(QLatin1String("attachments"), attachmentsToJson(m.attachments));
    return o;
}

StoredMessage storedFromJson(const QJsonObject &o, QHash<QString, ConversationExport::EmbeddedFile> &files)
{
    StoredMessage s;
    Message &m = s.message;
    m.uid = o.value(QLatin1String("uid")).toString();
    s.parentUid = o.value(QLatin1String("parent")).toString();
    s.active = o.value(QLatin1String("active")).toBool();
    m.role = o.value(QLatin1String("role")).toString();
    m.content = o.value(QLatin1String("content")).toString();
    m.reasoning = o.value(QLatin1String("reasoning")).toString();
    m.toolCalls = toolCallsFromJson(o.value(QLatin1String("tool_calls")).toArray());
    m.alternatives = stringsFromJson(o.value(QLatin1String("alternatives")).toArray());
    m.state = stateFromName(o.value(QLatin1String("state")).toString());
    m.errorText = o.value(QLatin1String("error")).toString();
    m.finishReason = o.value(QLatin1String("finish_reason")).toString();
    m.model = o.value(QLatin1String("model")).toString();
    m.metrics = metricsFromJson(o.value(QLatin1String("metrics")).toObject());
    m.request = o.value(QLatin1String("request")).toObject();
    m.serverVersion = o.value(QLatin1String("server_version")).toString();
    m.logprobs = logprobsFromJson(o.value(QLatin1String("logprobs")).toArray());
    m.created = parseTime(o.value(QLatin1String("created")));
    m.attachments = attachmentsFromJson(o.value(QLatin1String("attachments")).toArray(), files);
    return s;
}

bool isRole(const QString &role)
{
    return role == QLatin1String("user") || role == QLatin1String("assistant") ||
           role == QLatin1String("system") || role == QLatin1String("tool");
}

// A plain OpenAI conversation: one version per turn, in order; a first system message is the
// system prompt.
std::optional<ConversationExport::Conversation> fromOpenAi(const QJsonArray &messages,
                                                           const QJsonObject &body)
{
    ConversationExport::Conversation c;
    QString parent;
    for (const QJsonValue &value : messages) {
        const QJsonObject o = value.toObject();
        const QString role = o.value(QLatin1String("role")).toString();
        if (!isRole(role))
            return std::nullopt;
        if (role == QLatin1String("system") && c.messages.isEmpty() && c.info.systemPrompt.isEmpty()) {
            c.info.systemPrompt = ContentParts::textOf(o.value(QLatin1String("content")));
            continue;
        }
        StoredMessage s;
        s.message.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.message.role = role;
        s.message.content = ContentParts::textOf(o.value(QLatin1String("content")));
        s.message.reasoning = o.value(QLatin1String("reasoning"))
                                  .toString(o.value(QLatin1String("reasoning_content")).toString());
        s.message.toolCalls = toolCallsFromJson(o.value(QLatin1String("tool_calls")).toArray());
        s.parentUid = parent;
        s.active = true;
        parent = s.message.uid;
        c.messages.append(s);
    }
    c.info.model = body.value(QLatin1String("model")).toString();
    QJsonObject params = body;
    for (const char *key : {"model", "messages", "stream", "stream_options"})
        params.remove(QLatin1String(key));
    c.info.params = params;
    for (const StoredMessage &s : std::as_const(c.messages)) {
        if (s.message.role == QLatin1String("user")) {
            c.info.title = ConversationTitle::fromFirstMessage(s.message.content);
            break;
        }
    }
    if (c.messages.isEmpty() && c.info.systemPrompt.isEmpty())
        return std::nullopt;
    return c;
}

std::optional<ConversationExport::Conversation> fromOurs(const QJsonObject &o)
{
    const QJsonArray tree =
        o.value(QLatin1String("loquat")).toObject().value(QLatin1String("messages")).toArray();
    std::optional<ConversationExport::Conversation> c;
    if (tree.isEmpty()) {
        c = fromOpenAi(o.value(QLatin1String("messages")).toArray(), {});
        if (!c)
            c = ConversationExport::Conversation{};
    } else {
        c = ConversationExport::Conversation{};
        for (const QJsonValue &value : tree) {
            StoredMessage s = storedFromJson(value.toObject(), c->files);
            if (!isRole(s.message.role))
                return std::nullopt;
            if (s.message.uid.isEmpty())
                s.message.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c->messages.append(s);
        }
    }
    ConversationInfo &info = c->info;
    info.uid = o.value(QLatin1String("uid")).toString();
    info.title = o.value(QLatin1String("title")).toString();
    info.titleSet = o.value(QLatin1String("title_set")).toBool();
    info.created = parseTime(o.value(QLatin1String("created")));
    info.updated = parseTime(o.value(QLatin1String("updated")));
    info.pinned = o.value(QLatin1String("pinned")).toBool();
    info.systemPrompt = o.value(QLatin1String("system_prompt")).toString();
    info.profileId = o.value(QLatin1String("profile_id")).toString();
    info.serverUrl = o.value(QLatin1String("server_url")).toString();
    info.model = o.value(QLatin1String("model")).toString();
    info.params = o.value(QLatin1String("params")).toObject();
    info.preset = o.value(QLatin1String("preset")).toString();
    return c;
}

// Text for a Markdown link's label: no brackets or line breaks to end it early, and no markup.
QString linkLabel(const QString &name)
{
    QString label = name;
    for (QChar &c : label) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    label.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    for (const char *markup : {"*", "_", "`", "!", "<", ">"})
        label.replace(QLatin1String(markup), QStringLiteral("\\") + QLatin1String(markup));
    return label.simplified();
}

QString attachmentLine(const Attachment &a, const QHash<QString, QString> *files)
{
    if (a.isReference())
        return ConversationExport::tr("*Attached: %1*").arg(a.url.toString());
    if (!files)
        return ConversationExport::tr("*Attached: %1*").arg(a.name);
    const QString path = files->value(a.sha256);
    if (path.isEmpty())
        return ConversationExport::tr("*Attached: %1 (not exported: the file is no longer in the attachment "
                                      "store, or could not be read)*")
            .arg(a.name);
    // <…> destinations take spaces; the path's own characters are ours (MarkdownExport).
    const QString link = QStringLiteral("(<%1>)").arg(path);
    if (a.kind == MediaKind::Image)
        return QStringLiteral("![%1]").arg(linkLabel(a.name)) + link;
    return ConversationExport::tr("*Attached:* %1").arg(QStringLiteral("[%1]").arg(linkLabel(a.name)) + link);
}

QString quoted(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QStringLiteral("> "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QJsonObject ConversationExport::toJson(const Conversation &c)
{
    const ConversationInfo &info = c.info;
    QJsonArray openAi;
    if (!info.systemPrompt.isEmpty())
        openAi.append(ChatMessage{QStringLiteral("system"), info.systemPrompt, {}, {}, {}}.toJson());
    for (const Message &m : activeBranch(c.messages))
        openAi.append(openAiMessage(m));
    QJsonArray tree;
    for (const StoredMessage &s : c.messages)
        tree.append(storedToJson(s));
    return QJsonObject{
        {QLatin1String("format"), kOne},
        {QLatin1String("version"), kFormatVersion},
        {QLatin1String("uid"), info.uid},
        {QLatin1String("title"), info.title},
        {QLatin1String("title_set"), info.titleSet},
        {QLatin1String("created"), isoTime(info.created)},
        {QLatin1String("updated"), isoTime(info.updated)},
        {QLatin1String("pinned"), info.pinned},
        {QLatin1String("system_prompt"), info.systemPrompt},
        {QLatin1String("profile_id"), info.profileId},
        {QLatin1String("server_url"), info.serverUrl},
        {QLatin1String("model"), info.model},
        {QLatin1String("params"), info.params},
        {QLatin1String("preset"), info.preset},
        {QLatin1String("messages"), openAi},
        {QLatin1String("loquat"), QJsonObject{{QLatin1String("messages"), tree}}},
    };
}

QByteArray ConversationExport::toJsonFile(const QList<Conversation> &conversations)
{
    if (conversations.size() == 1)
        return QJsonDocument(toJson(conversations.first())).toJson(QJsonDocument::Indented);
    QJsonArray list;
    for (const Conversation &c : conversations)
        list.append(toJson(c));
    return QJsonDocument(QJsonObject{{QLatin1String("format"), kMany},
                                     {QLatin1String("version"), kFormatVersion},
                                     {QLatin1String("conversations"), list}})
        .toJson(QJsonDocument::Indented);
}

QList<ConversationExport::Conversation> ConversationExport::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QList<Conversation> result;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<Conversation>{};
    };
    if (document.isNull())
        return fail(
            tr("It is not JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (document.isArray()) {
        const auto c = fromOpenAi(document.array(), {});
        if (!c)
            return fail(tr("The list is not a list of OpenAI messages."));
        return {*c};
    }
    const QJsonObject root = document.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (root.value(QLatin1String("version")).toInt() > kFormatVersion)
        return fail(tr("It was written by a newer version of Loquat (format version %1).")
                        .arg(root.value(QLatin1String("version")).toInt()));
    if (format == kMany) {
        for (const QJsonValue &value : root.value(QLatin1String("conversations")).toArray()) {
            const auto c = fromOurs(value.toObject());
            if (!c)
                return fail(tr("A conversation in it has a message of unknown role."));
            result.append(*c);
        }
        if (result.isEmpty())
            return fail(tr("It holds no conversations."));
        return result;
    }
    if (format == kOne) {
        const auto c = fromOurs(root);
        if (!c)
            return fail(tr("A message in it has an unknown role."));
        return {*c};
    }
    if (root.value(QLatin1String("messages")).isArray()) {
        const auto c = fromOpenAi(root.value(QLatin1String("messages")).toArray(), root);
        if (!c)
            return fail(tr("Its messages are not OpenAI messages."));
        return {*c};
    }
    return fail(tr("It is neither a Loquat export nor a list of OpenAI messages."));
}

QList<Message> ConversationExport::activeBranch(const QList<StoredMessage> &messages)
{
    QHash<QString, QList<qsizetype>> children; // in the given order: the store's, oldest first
    for (qsizetype i = 0; i < messages.size(); ++i)
        children[messages.at(i).parentUid].append(i);
    QList<Message> branch;
    // A file may repeat a uid or make a message its own ancestor: each uid is followed once, so
    // the walk ends and never holds more messages than the file.
    QSet<QString> followed;
    QString parent;
    while (!followed.contains(parent)) {
        followed.insert(parent);
        const QList<qsizetype> versions = children.value(parent);
        if (versions.isEmpty())
            break;
        qsizetype chosen = versions.size() - 1; // no choice recorded: the newest, as the store does
        for (qsizetype v = 0; v < versions.size(); ++v) {
            if (messages.at(versions.at(v)).active)
                chosen = v;
        }
        Message m = messages.at(versions.at(chosen)).message;
        m.siblingIndex = static_cast<int>(chosen);
        m.siblingCount = static_cast<int>(versions.size());
        parent = m.uid;
        branch.append(m);
    }
    return branch;
}

QString ConversationExport::toMarkdown(const ConversationInfo &info, const QList<Message> &branch,
                                       const QHash<QString, QString> *files)
{
    QString md =
        QStringLiteral("# %1\n\n").arg(info.title.isEmpty() ? tr("Untitled conversation") : info.title);
    QStringList facts;
    if (!info.model.isEmpty())
        facts << tr("Model: %1").arg(info.model);
    if (!info.serverUrl.isEmpty())
        facts << tr("Server: %1").arg(info.serverUrl);
    if (info.created.isValid())
        facts
            << tr("Started: %1").arg(info.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!info.params.isEmpty())
        facts << tr("Parameters: `%1`").arg(compact(info.params));
    if (!facts.isEmpty())
        md += QStringLiteral("- ") + facts.join(QStringLiteral("\n- ")) + QStringLiteral("\n\n");
    if (!info.systemPrompt.isEmpty())
        md += tr("**System prompt**") + QStringLiteral("\n\n") + quoted(info.systemPrompt) +
              QStringLiteral("\n\n");
    for (const Message &m : branch) {
        QString who;
        if (m.role == QLatin1String("user"))
            who = tr("You");
        else if (m.role == QLatin1String("assistant"))
            who = m.model.isEmpty() ? tr("Assistant") : tr("Assistant · %1").arg(m.model);
        else if (m.role == QLatin1String("tool"))
            who = tr("Tool result");
        else
            who = m.role;
        md += QStringLiteral("## %1\n\n").arg(who);
        if (!m.reasoning.isEmpty())
            md +=
                tr("> *Reasoning*") + QStringLiteral("\n>\n") + quoted(m.reasoning) + QStringLiteral("\n\n");
        if (!m.content.isEmpty())
            md += m.content.trimmed() + QStringLiteral("\n\n");
        for (const Attachment &a : m.attachments)
            md += attachmentLine(a, files) + QStringLiteral("\n\n");
        for (const ToolCall &call : m.toolCalls)
            md += tr("*Tool call* `%1`").arg(call.name) + QStringLiteral("\n\n```json\n") + call.arguments +
                  QStringLiteral("\n```\n\n");
        switch (m.state) {
        case MessageState::Failed:
            md += tr("*Failed: %1*").arg(m.errorText) + QStringLiteral("\n\n");
            break;
        case MessageState::Stopped:
            md += tr("*Stopped*") + QStringLiteral("\n\n");
            break;
        case MessageState::Interrupted:
            md += tr("*Interrupted*") + QStringLiteral("\n\n");
            break;
        default:
            break;
        }
    }
    return md.trimmed() + QLatin1Char('\n');
}

QString
ConversationExport::toMarkdownFile(const QList<std::pair<ConversationInfo, QList<Message>>> &conversations,
                                   const QHash<QString, QString> *files)
{
    QStringList parts;
    for (const auto &[info, branch] : conversations)
        parts << toMarkdown(info, branch, files);
    return parts.join(QStringLiteral("\n---\n\n"));
}

std::optional<ConversationExport::Conversation> ConversationExport::read(ConversationStore &store,
                                                                         const QString &uid)
{
    const std::optional<ConversationInfo> info = store.conversation(uid);
    if (!info)
        return std::nullopt;
    Conversation c{*info, store.tree(uid), {}};
    if (store.lastError().isError())
        return std::nullopt;
    return c;
}

QList<ConversationInfo> ConversationExport::import(ConversationStore &store,
                                                   const QList<Conversation> &conversations)
{
    QList<ConversationInfo> imported;
    const AttachmentStore files(store.attachmentRoot());
    for (const Conversation &c : conversations) {
        // The files first: a message never points at a file that is not there. One that cannot
        // be written (a full disk) leaves its attachment shown as missing, the text imported.
        for (auto it = c.files.cbegin(); it != c.files.cend(); ++it) {
            QString sha256;
            QString ignored;
            if (!files.contains(it.key(), it->format))
                files.putBytes(it->bytes, it->format, &sha256, &ignored);
        }
        ConversationInfo info = c.info;
        info.id = 0;
        if (!store.insertConversation(info, c.messages))
            break;
        imported.append(info);
    }
    return imported;
}

std::optional<QList<ConversationExport::Conversation>>
ConversationExport::readAll(ConversationStore &store, const QStringList &uids, QString *error)
{
    QStringList wanted = uids;
    if (wanted.isEmpty()) {
        for (const ConversationInfo &info : store.conversations())
            wanted << info.uid;
        if (store.lastError().isError()) {
            *error = store.lastError().message;
            return std::nullopt;
        }
    }
    QList<Conversation> conversations;
    for (const QString &uid : std::as_const(wanted)) {
        std::optional<Conversation> c = read(store, uid);
        if (!c) {
            *error = store.lastError().message;
            return std::nullopt;
        }
        conversations.append(std::move(*c));
    }
    return conversations;
}

std::optional<QByteArray> ConversationExport::render(ConversationStore &store, const QStringList &uids,
                                                     bool markdown, QString *error)
{
    const std::optional<QList<Conversation>> read = readAll(store, uids, error);
    if (!read)
        return std::nullopt;
    const QList<Conversation> &conversations = *read;
    if (!markdown) {
        if (conversations.isEmpty())
            return QJsonDocument(QJsonObject{{QLatin1String("format"), kMany},
                                             {QLatin1String("version"), kFormatVersion},
                                             {QLatin1String("conversations"), QJsonArray()}})
                .toJson(QJsonDocument::Indented);
        return toJsonFile(conversations);
    }
    QList<std::pair<ConversationInfo, QList<Message>>> transcripts;
    for (const Conversation &c : std::as_const(conversations))
        transcripts.append({c.info, activeBranch(c.messages)});
    return toMarkdownFile(transcripts).toUtf8();
}

bool ConversationExport::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}
