#include "comparerun.h"

#include "api/chatstream.h"
#include "api/vllmclient.h"
#include "chat/answerupdate.h"
#include "chat/conversationmodel.h"
#include "sampling/samplingfields.h"

#include <QNetworkAccessManager>

struct CompareRun::Lane {
    LaneSpec spec;
    ConversationModel model;
    QNetworkAccessManager network;
    QPointer<ChatStream> stream;
    std::unique_ptr<VllmClient> versionAsker; // after `network`, which it uses: destroyed first
    qint64 startedAt = -1;
    qint64 endedAt = -1;
    bool running = false;
};

CompareRun::CompareRun(QObject *parent)
    : QObject(parent)
    , m_flush(kFrameMs)
{
    m_flush.setCallback([this](int lane) { flushLane(lane); });
}

CompareRun::~CompareRun()
{
    dropLanes();
}

void CompareRun::dropLanes()
{
    // A stream is deleted before its lane's network (which owns the stream's reply). Never called
    // from a stream's own signal: runs start from the user or a test, not from a stream.
    for (const auto &lane : m_lanes) {
        if (lane->stream) {
            lane->stream->disconnect(this);
            delete lane->stream;
        }
    }
    m_lanes.clear();
}

bool CompareRun::isRunning() const
{
    return m_running > 0;
}

int CompareRun::runningCount() const
{
    return m_running;
}

const LaneSpec &CompareRun::lane(int index) const
{
    return m_lanes.at(std::size_t(index))->spec;
}

ConversationModel *CompareRun::laneModel(int index) const
{
    return &m_lanes.at(std::size_t(index))->model;
}

const Message &CompareRun::answer(int index) const
{
    return m_lanes.at(std::size_t(index))->model.message(0);
}

QString CompareRun::modelOf(int index) const
{
    const QString &model = lane(index).model;
    return model.isEmpty() ? m_model : model;
}

const ServerConfig &CompareRun::serverOf(int index) const
{
    const LaneSpec &spec = lane(index);
    return spec.hasServer ? spec.server : m_server;
}

QString CompareRun::serverNameOf(int index) const
{
    const LaneSpec &spec = lane(index);
    return spec.hasServer || !spec.serverName.isEmpty() ? spec.serverName : m_server.profileName;
}

qint64 CompareRun::startedAtMs(int index) const
{
    return m_lanes.at(std::size_t(index))->startedAt;
}

qint64 CompareRun::endedAtMs(int index) const
{
    return m_lanes.at(std::size_t(index))->endedAt;
}

ChatRequest CompareRun::requestFor(int index) const
{
    ChatRequest request;
    request.model = modelOf(index);
    request.messages = m_history;
    request.messages.append(ChatMessage{QStringLiteral("user"), m_prompt, {}, {}, {}});
    request.params = lane(index).params;
    return request;
}

bool CompareRun::start(const QString &prompt, const QList<LaneSpec> &lanes)
{
    if (isRunning() || prompt.trimmed().isEmpty() || lanes.isEmpty())
        return false;
    dropLanes();
    m_prompt = prompt;
    m_clock.start();
    for (const LaneSpec &spec : lanes) {
        auto lane = std::make_unique<Lane>();
        lane->spec = spec;
        m_lanes.push_back(std::move(lane));
    }
    m_flush.resize(laneCount());
    for (int i = 0; i < laneCount(); ++i) {
        Lane &lane = *m_lanes.at(std::size_t(i));
        const ChatRequest request = requestFor(i);
        Message answer;
        answer.role = QStringLiteral("assistant");
        answer.model = request.model;
        answer.state = MessageState::Streaming;
        answer.request = request.toJson();
        lane.model.append(answer);

        const QList<SamplingIssue> issues = SamplingFields::check(lane.spec.params);
        if (!issues.isEmpty()) {
            failUnsent(i, tr("Not sent: %1").arg(issues.first().message));
            continue;
        }
        if (!lane.spec.unavailable.isEmpty()) {
            failUnsent(i, tr("Not sent: %1").arg(lane.spec.unavailable));
            continue;
        }
        if (lane.spec.hasServer && lane.spec.server.baseUrl.isEmpty()) {
            failUnsent(i, tr("Not sent: the lane's server has no address."));
            continue;
        }
        if (request.model.isEmpty()) {
            failUnsent(i, tr("Not sent: choose a model for this lane."));
            continue;
        }
        const ServerConfig &server = serverOf(i);
        lane.stream = new ChatStream(&lane.network, server, request, this);
        connect(lane.stream, &ChatStream::progressed, this, [this, i] { onProgress(i); });
        connect(lane.stream, &ChatStream::finished, this, [this, i] { onLaneFinished(i); });
        lane.running = true;
        ++m_running;
    }
    emit started();
    // Started together, after every lane is set up, so the first one gets no head start.
    for (int i = 0; i < laneCount(); ++i) {
        Lane &lane = *m_lanes.at(std::size_t(i));
        if (lane.stream) {
            lane.startedAt = m_clock.elapsed();
            lane.stream->start();
        }
    }
    if (m_running == 0)
        emit finished();
    return true;
}

void CompareRun::askServerVersion(int index)
{
    // Asked beside the answer (each lane may have its own server) once the answer has begun, so
    // that a lane's answer says what produced it as a chat answer does. A server without
    // GET /version (llama.cpp) leaves it empty; the answer is dropped with the lane if a new run
    // starts first.
    Lane &lane = *m_lanes.at(std::size_t(index));
    lane.versionAsker = std::make_unique<VllmClient>(&lane.network);
    lane.versionAsker->setServer(serverOf(index));
    lane.versionAsker->fetchVersion(
        lane.versionAsker.get(), [&lane](const QString &version, const ApiError &) {
            if (!version.isEmpty())
                lane.model.update(0, [&version](Message &m) { m.serverVersion = version; });
        });
}

void CompareRun::failUnsent(int index, const QString &message)
{
    Lane &lane = *m_lanes.at(std::size_t(index));
    lane.model.update(0, [&message](Message &m) {
        m.state = MessageState::Failed;
        m.errorText = message;
    });
    emit laneChanged(index);
    emit laneFinished(index);
}

void CompareRun::stop(int index)
{
    if (index < 0 || index >= laneCount())
        return;
    Lane &lane = *m_lanes.at(std::size_t(index));
    if (lane.stream && lane.stream->isActive())
        lane.stream->cancel();
}

void CompareRun::stopAll()
{
    for (int i = 0; i < laneCount(); ++i)
        stop(i);
}

void CompareRun::onProgress(int index)
{
    if (!m_lanes.at(std::size_t(index))->versionAsker)
        askServerVersion(index); // once the server answers: not in the moment of Run
    m_flush.markDirty(index);
}

void CompareRun::flushLane(int index)
{
    Lane &lane = *m_lanes.at(std::size_t(index));
    if (!lane.stream)
        return;
    const ChatStream *stream = lane.stream;
    lane.model.update(0,
                      [stream](Message &m) { AnswerUpdate::apply(m, stream->result(), stream->metrics()); });
    emit laneChanged(index);
}

void CompareRun::onLaneFinished(int index)
{
    Lane &lane = *m_lanes.at(std::size_t(index));
    if (!lane.running || !lane.stream)
        return;
    m_flush.flushLane(index);
    lane.running = false;
    lane.endedAt = m_clock.elapsed();
    --m_running;
    MessageState state = MessageState::Complete;
    if (lane.stream->state() == ChatStream::State::Canceled)
        state = MessageState::Stopped;
    else if (lane.stream->state() == ChatStream::State::Failed)
        state = MessageState::Failed;
    const QString errorText = state == MessageState::Failed ? lane.stream->error().userMessage() : QString();
    lane.model.update(0, [&](Message &m) {
        m.state = state;
        m.errorText = errorText;
    });
    emit laneChanged(index);
    emit laneFinished(index);
    if (m_running == 0) {
        m_flush.stop();
        emit finished();
    }
}

QList<Message> CompareRun::conversationFrom(int index) const
{
    QList<Message> out;
    for (const ChatMessage &m : m_history) {
        Message message;
        message.role = m.role;
        message.content = m.content;
        message.reasoning = m.reasoning;
        message.toolCalls = m.toolCalls;
        out.append(message);
    }
    Message user;
    user.role = QStringLiteral("user");
    user.content = m_prompt;
    out.append(user);
    Message chosen = answer(index);
    chosen.id = 0; // the conversation it joins gives it its own
    out.append(chosen);
    return out;
}
