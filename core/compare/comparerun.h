#pragma once

#include "api/chatrequest.h"
#include "api/serverconfig.h"
#include "chat/message.h"
#include "lanespec.h"
#include "staggeredflush.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

class ChatStream;
class ConversationModel;
class QNetworkAccessManager;

// One prompt sent to several lanes at once. Every lane streams on its own connection (its own
// QNetworkAccessManager, so Qt's six-connections-per-host limit never queues a lane behind the
// others), into its own ConversationModel holding the one answer, which a ConversationView can
// show as it streams. Updates are coalesced to one a frame per lane, and a frame's lane updates run
// on separate turns of the event loop (StaggeredFlush), so eight lanes never hold the UI thread
// for eight documents' worth of work at once. A lane whose
// parameters are invalid fails at once with the reason and is never sent; a lane the server
// refuses shows the server's message; either way the other lanes go on.
class CompareRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRun)

public:
    static constexpr int kMinLanes = 1;
    static constexpr int kMaxLanes = 8; // the Compare view's limit (the CLI allows more)
    static constexpr int kFrameMs = 16;

    explicit CompareRun(QObject *parent = nullptr);
    ~CompareRun() override;

    void setDefaultServer(const ServerConfig &server) { m_server = server; }
    const ServerConfig &defaultServer() const { return m_server; }
    void setDefaultModel(const QString &model) { m_model = model; }
    const QString &defaultModel() const { return m_model; }
    // The conversation so far (system prompt included), sent before the prompt in every lane.
    void setHistory(const QList<ChatMessage> &history) { m_history = history; }
    const QList<ChatMessage> &history() const { return m_history; }

    // Starts every lane at once; earlier lanes are dropped. False (nothing started) when a run is
    // under way, the prompt is blank or there are no lanes.
    bool start(const QString &prompt, const QList<LaneSpec> &lanes);
    void stop(int lane);
    void stopAll();

    bool isRunning() const;
    int runningCount() const;
    const QString &prompt() const { return m_prompt; }
    int laneCount() const { return int(m_lanes.size()); }
    const LaneSpec &lane(int index) const;
    ConversationModel *laneModel(int index) const;
    const Message &answer(int index) const; // the lane's one message
    ChatRequest requestFor(int index) const;
    QString modelOf(int index) const; // the lane's model, or the default
    // The server the lane talks to (its own, or the default) and the profile name it goes by
    // ("" for an address that is no profile).
    const ServerConfig &serverOf(int index) const;
    QString serverNameOf(int index) const;
    // When the lane was sent and when it ended, in ms since the run started (-1: not yet), to show
    // (and test) that lanes overlap.
    qint64 startedAtMs(int index) const;
    qint64 endedAtMs(int index) const;
    // The chat a person would have after choosing this lane's answer: history, prompt, answer.
    QList<Message> conversationFrom(int index) const;

signals:
    void started();
    void laneChanged(int lane); // text, figures or state changed (at most once a frame)
    void laneFinished(int lane);
    void finished(); // every lane ended

private:
    struct Lane;
    void onProgress(int index);
    void flushLane(int index);
    void onLaneFinished(int index);
    void failUnsent(int index, const QString &message);
    void askServerVersion(int index);
    void dropLanes();

    ServerConfig m_server;
    QString m_model;
    QList<ChatMessage> m_history;
    QString m_prompt;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    StaggeredFlush m_flush;
    QElapsedTimer m_clock;
    int m_running = 0;
};
