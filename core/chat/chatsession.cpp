#include "chatsession.h"

#include "api/chatstream.h"
#include "api/vllmclient.h"
#include "chat/answerupdate.h"
#include "chat/conversationmodel.h"

ChatSession::ChatSession(VllmClient *client, ConversationModel *conversation, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_conversation(conversation)
{
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(kFrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &ChatSession::flush);
    connect(client, &VllmClient::serverChanged, this, [this] {
        m_serverVersion.clear();
        m_versionPending = false; // an answer in flight is the old server's
    });
}

void ChatSession::setServerVersion(const QString &version)
{
    if (version == m_serverVersion)
        return;
    m_serverVersion = version;
    if (version.isEmpty() || !m_versionPending)
        return;
    m_versionPending = false;
    const int row = m_conversation->rowOfId(m_answerId);
    if (row >= 0 && m_conversation->message(row).serverVersion.isEmpty())
        m_conversation->update(row, [&](Message &m) { m.serverVersion = version; });
}

bool ChatSession::isBusy() const
{
    return m_stream && m_stream->isActive();
}

void ChatSession::setModel(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    emit settingsChanged();
}

void ChatSession::setSystemPrompt(const QString &prompt)
{
    if (prompt == m_systemPrompt)
        return;
    m_systemPrompt = prompt;
    emit settingsChanged();
}

void ChatSession::setParams(const QJsonObject &params)
{
    if (params == m_params)
        return;
    m_params = params;
    emit settingsChanged();
}

ChatRequest ChatSession::buildRequest(const QString &text, const AttachmentList &attachments) const
{
    return buildRequest(m_conversation->rowCount(), text, attachments);
}

ChatRequest ChatSession::buildRequest(int historyRows, const QString &text,
                                      const AttachmentList &attachments) const
{
    ChatRequest request;
    request.model = m_model;
    request.params = m_params;
    if (!m_systemPrompt.trimmed().isEmpty())
        request.messages.append(ChatMessage{QStringLiteral("system"), m_systemPrompt, {}, {}, {}});
    const QList<Message> &messages = m_conversation->messages();
    for (qsizetype row = 0; row < std::min<qsizetype>(historyRows, messages.size()); ++row) {
        const Message &m = messages.at(row);
        // An answer that produced nothing carries no context; a partial one (stopped, failed,
        // interrupted) is what the user saw, so it is sent back as it stands.
        if (m.role == QLatin1String("assistant") && m.content.isEmpty() && m.toolCalls.isEmpty())
            continue;
        if (m.role == QLatin1String("system"))
            continue;
        request.messages.append(ChatMessage{m.role, m.content, m.reasoning, m.toolCalls, {}});
        request.messages.last().attachments = m.attachments; // the server is stateless: media again
    }
    if (!text.isNull() || !attachments.isEmpty()) {
        request.messages.append(ChatMessage{QStringLiteral("user"), text, {}, {}, {}});
        request.messages.last().attachments = attachments;
    }
    return request;
}

bool ChatSession::send(const QString &text)
{
    return send(text, {});
}

bool ChatSession::send(const QString &text, const AttachmentList &attachments)
{
    if (isBusy() || (text.trimmed().isEmpty() && attachments.isEmpty()) || m_model.isEmpty())
        return false;

    const ChatRequest request = buildRequest(text, attachments);
    Message user;
    user.role = QStringLiteral("user");
    user.content = text;
    user.attachments = attachments;
    m_conversation->append(user);
    startAnswer(request);
    return true;
}

bool ChatSession::canBranchAt(int row, const QString &role) const
{
    return !isBusy() && row >= 0 && row < m_conversation->rowCount() &&
           m_conversation->message(row).role == role;
}

bool ChatSession::resend(int row, const QString &text)
{
    if (!canBranchAt(row, QStringLiteral("user")) || text.trimmed().isEmpty() || m_model.isEmpty())
        return false;
    // The new version keeps the media of the one edited: only its words were changed.
    const AttachmentList attachments = m_conversation->message(row).attachments;
    const ChatRequest request = buildRequest(row, text, attachments);
    m_conversation->removeFrom(row);
    Message user;
    user.role = QStringLiteral("user");
    user.content = text;
    user.attachments = attachments;
    m_conversation->append(user);
    startAnswer(request);
    return true;
}

bool ChatSession::regenerate(int row)
{
    // Something before it to answer: a first-row answer has no question.
    if (!canBranchAt(row, QStringLiteral("assistant")) || row == 0 || m_model.isEmpty())
        return false;
    const ChatRequest request = buildRequest(row, QString());
    m_conversation->removeFrom(row);
    startAnswer(request);
    return true;
}

bool ChatSession::replay(int row, const ChatRequest &request)
{
    // A stored body (ChatRequest::fromJson) carries its messages raw, exactly as they were sent.
    if (!canBranchAt(row, QStringLiteral("assistant")) || request.model.isEmpty() ||
        (request.messages.isEmpty() && request.rawMessages.isEmpty()))
        return false;
    m_conversation->removeFrom(row);
    startAnswer(request);
    return true;
}

void ChatSession::startAnswer(const ChatRequest &request)
{
    Message answer;
    answer.role = QStringLiteral("assistant");
    answer.model = request.model;
    answer.state = MessageState::Streaming;
    answer.request = request.toJson();
    answer.serverVersion = m_serverVersion;
    m_versionPending = m_serverVersion.isEmpty();
    const int row = m_conversation->append(answer);
    m_answerId = m_conversation->message(row).id;

    if (m_stream)
        m_stream->deleteLater();
    m_stream = m_client->createChat(request, this);
    connect(m_stream, &ChatStream::progressed, this, &ChatSession::onProgress);
    connect(m_stream, &ChatStream::finished, this, &ChatSession::onStreamFinished);
    connect(m_stream, &ChatStream::retrying, this, [this](int attempt, int delayMs, const ApiError &reason) {
        emit retrying(attempt, delayMs, reason.userMessage());
    });
    m_stream->start();
    emit busyChanged(true);
}

void ChatSession::stop()
{
    if (isBusy())
        m_stream->cancel();
}

void ChatSession::onProgress()
{
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void ChatSession::flush()
{
    if (!m_stream)
        return;
    const int row = m_conversation->rowOfId(m_answerId);
    if (row < 0)
        return;
    const StreamAccumulator &result = m_stream->result();
    const StreamMetrics &streamMetrics = m_stream->metrics();
    m_conversation->update(row, [&](Message &m) { AnswerUpdate::apply(m, result, streamMetrics); });
    const MessageMetrics metrics = AnswerUpdate::metricsOf(streamMetrics);
    emit metricsChanged(metrics);
}

void ChatSession::onStreamFinished()
{
    m_frameTimer.stop();
    flush();
    const int row = m_conversation->rowOfId(m_answerId);
    MessageState state = MessageState::Complete;
    switch (m_stream->state()) {
    case ChatStream::State::Canceled:
        state = MessageState::Stopped;
        break;
    case ChatStream::State::Failed:
        state = MessageState::Failed;
        break;
    default:
        break;
    }
    if (row >= 0) {
        const QString errorText = state == MessageState::Failed ? m_stream->error().userMessage() : QString();
        m_conversation->update(row, [&](Message &m) {
            m.state = state;
            m.errorText = errorText;
        });
    }
    emit answerFinished(row, state);
    emit busyChanged(false);
}
