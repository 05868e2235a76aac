#include "clihistory.h"

#include "api/chatstream.h"
#include "api/vllmclient.h"
#include "chat/answerupdate.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "store/conversationexport.h"
#include "store/datadir.h"
#include "store/markdownexport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void complain(const QString &text)
{
    print(stderr, QStringLiteral("loquat-cli: ") + text + QLatin1Char('\n'));
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

CliHistory::CliHistory(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<ConversationStore>(DataDir::historyFile(DataDir::resolve(options.dataDir))))
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(kWriteMs);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &CliHistory::write);
    connect(&m_heartbeat, &QTimer::timeout, this, &CliHistory::write);
}

CliHistory::~CliHistory() = default;

int CliHistory::runConversations()
{
    StoreDatabase::Options open;
    open.checkIntegrity = false; // the app checks; a command should answer at once
    const StoreStatus &status = m_store->open(open);
    for (const QString &notice : status.notices())
        complain(notice);
    if (!status.open)
        return 1;
    const QString &command = m_options.subcommand;

    if (command == QLatin1String("list")) {
        const QList<ConversationInfo> list = m_store->conversations();
        if (m_store->lastError().isError()) {
            complain(m_store->lastError().message);
            return 1;
        }
        if (m_options.json) {
            QJsonArray array;
            for (const ConversationInfo &c : list) {
                array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("uid"), c.uid},
                                         {QStringLiteral("title"), c.title},
                                         {QStringLiteral("model"), c.model},
                                         {QStringLiteral("pinned"), c.pinned},
                                         {QStringLiteral("created"), c.created.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("updated"), c.updated.toString(Qt::ISODateWithMs)}});
            }
            print(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return 0;
        }
        if (list.isEmpty()) {
            print(stderr, tr("No conversations yet.\n"));
            return 0;
        }
        QString out = tr("ID\tUPDATED\tMODEL\tTITLE\n");
        for (const ConversationInfo &c : list) {
            out += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                       .arg(c.id)
                       .arg(when(c.updated), c.model.isEmpty() ? QStringLiteral("-") : c.model,
                            c.pinned ? QStringLiteral("* ") : QString(),
                            c.title.isEmpty() ? tr("(untitled)") : c.title);
        }
        print(stdout, out);
        return 0;
    }

    if (command == QLatin1String("export")) {
        QStringList uids;
        if (!m_options.all) {
            const std::optional<ConversationInfo> info = m_store->conversationById(m_options.conversationId);
            if (!info) {
                complain(tr("There is no conversation %1 (loquat-cli conversations list shows them).")
                             .arg(m_options.conversationId));
                return 1;
            }
            uids << info->uid;
        }
        QString error;
        if (m_options.format == QLatin1String("md") && !m_options.output.isEmpty()) {
            // To a file: the attachments go into a folder beside it, linked from the transcript.
            const MarkdownExport::Result result = MarkdownExport::write(*m_store, uids, m_options.output);
            if (!result.ok) {
                complain(result.error);
                return 1;
            }
            if (!result.missing.isEmpty())
                complain(MarkdownExport::summary(result, m_options.output));
            return 0;
        }
        const std::optional<QByteArray> bytes =
            ConversationExport::render(*m_store, uids, m_options.format == QLatin1String("md"), &error);
        if (!bytes) {
            complain(error);
            return 1;
        }
        if (m_options.output.isEmpty()) {
            std::fwrite(bytes->constData(), 1, static_cast<size_t>(bytes->size()), stdout);
            std::fflush(stdout);
            return 0;
        }
        if (!ConversationExport::save(m_options.output, *bytes, &error)) {
            complain(error);
            return 1;
        }
        return 0;
    }

    // import
    QFile file(m_options.target);
    if (!file.open(QIODevice::ReadOnly)) {
        complain(tr("Could not read %1: %2").arg(m_options.target, file.errorString()));
        return 1;
    }
    QString error;
    const QList<ConversationExport::Conversation> parsed =
        ConversationExport::fromJson(file.readAll(), &error);
    if (parsed.isEmpty()) {
        complain(tr("%1 was not imported: %2").arg(m_options.target, error));
        return 1;
    }
    const QList<ConversationInfo> imported = ConversationExport::import(*m_store, parsed);
    QStringList ids;
    for (const ConversationInfo &info : imported)
        ids << QString::number(info.id);
    if (!imported.isEmpty())
        print(stdout,
              tr("Imported %n conversation(s): %1\n", nullptr, int(imported.size())).arg(ids.join(u", ")));
    if (imported.size() < parsed.size()) {
        complain(m_store->lastError().message);
        return 1;
    }
    return 0;
}

bool CliHistory::prepare(CliOptions &options, QString *error)
{
    StoreDatabase::Options open;
    open.checkIntegrity = false;
    const StoreStatus &status = m_store->open(open);
    if (!status.writable) {
        *error = tr("The answer cannot be saved: %1").arg(status.notices().join(u' '));
        return false;
    }
    m_store->markInterrupted();
    if (options.conversationId > 0) {
        const std::optional<ConversationInfo> info = m_store->conversationById(options.conversationId);
        if (!info) {
            *error = tr("There is no conversation %1 (loquat-cli conversations list shows them).")
                         .arg(options.conversationId);
            return false;
        }
        m_info = *info;
        // What the command line leaves out, the conversation has.
        if (!options.urlSet && !m_info.serverUrl.isEmpty())
            options.server.baseUrl = ServerConfig::normalizeBaseUrl(m_info.serverUrl);
        if (options.model.isEmpty())
            options.model = m_info.model;
        if (!options.systemSet)
            options.systemPrompt = m_info.systemPrompt;
        QJsonObject params = m_info.params;
        for (auto it = options.params.begin(); it != options.params.end(); ++it)
            params.insert(it.key(), it.value());
        options.params = params;
        m_branch = m_store->branch(m_info.uid);
        if (options.model.isEmpty()) {
            *error = tr("Conversation %1 has no model: give one with --model.").arg(options.conversationId);
            return false;
        }
    }
    m_options = options;
    return true;
}

ChatRequest CliHistory::begin(VllmClient *client, const CliOptions &options, const QString &prompt,
                              const AttachmentList &attachments)
{
    // The session builds the request exactly as the app would from the same branch.
    ConversationModel model;
    model.setMessages(m_branch);
    ChatSession session(client, &model);
    session.setModel(options.model);
    session.setSystemPrompt(options.systemPrompt);
    session.setParams(options.params);
    ChatRequest request = session.buildRequest(prompt, attachments);
    request.stream = options.stream;

    m_info.systemPrompt = options.systemPrompt;
    m_info.model = options.model;
    m_info.params = options.params;
    m_info.serverUrl = options.server.baseUrl.toString();
    Message question;
    question.uid = newUid();
    question.role = QStringLiteral("user");
    question.content = prompt;
    question.attachments = attachments;
    question.created = QDateTime::currentDateTimeUtc();
    m_answer.uid = newUid();
    m_answer.role = QStringLiteral("assistant");
    m_answer.model = options.model;
    m_answer.state = MessageState::Streaming;
    m_answer.request = request.toJson();
    m_answer.created = QDateTime::currentDateTimeUtc();
    const QString parent = m_branch.isEmpty() ? QString() : m_branch.last().uid;
    if (!m_store->saveConversation(m_info) || !m_store->saveMessage(m_info.uid, question, parent) ||
        !m_store->saveMessage(m_info.uid, m_answer, question.uid)) {
        m_failed = true;
        complain(tr("the answer is not saved: %1").arg(m_store->lastError().message));
    }
    return request;
}

void CliHistory::watch(ChatStream *stream)
{
    m_stream = stream;
    connect(stream, &ChatStream::progressed, this, [this] {
        if (!m_writeTimer.isActive())
            m_writeTimer.start();
    });
    m_heartbeat.start();
}

Message CliHistory::snapshot() const
{
    Message m = m_answer;
    if (!m_stream)
        return m;
    AnswerUpdate::apply(m, m_stream->result(), m_stream->metrics()); // m_answer holds no text
    return m;
}

void CliHistory::write()
{
    if (m_failed)
        return;
    if (!m_store->saveMessage(m_info.uid, snapshot(), {})) {
        m_failed = true; // said once; the printed answer is what the user has
        complain(tr("the answer is no longer saved: %1").arg(m_store->lastError().message));
    }
}

bool CliHistory::finish()
{
    m_writeTimer.stop();
    m_heartbeat.stop();
    if (m_failed)
        return false;
    Message m = snapshot();
    m.state = MessageState::Complete;
    if (m_stream && m_stream->state() == ChatStream::State::Canceled) {
        m.state = MessageState::Stopped;
    } else if (m_stream && m_stream->state() == ChatStream::State::Failed) {
        m.state = MessageState::Failed;
        m.errorText = m_stream->error().userMessage();
    }
    if (m_store->saveMessage(m_info.uid, m, {}))
        return true;
    complain(tr("the answer's end is not saved: %1").arg(m_store->lastError().message));
    return false;
}
