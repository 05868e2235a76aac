#pragma once

#include "simchatplan.h"
#include "simfault.h"
#include "simwire.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class SimConnection;

// Writes one planned chat completion to a connection: a chunked SSE stream event by event
// (paced by the token delay), or a whole JSON body, and applies the request's fault on the way.
// Stops as soon as the client goes away, which is how vLLM aborts a request on disconnect.
class SimStreamer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimStreamer)

public:
    SimStreamer(SimConnection *connection, const SimChatPlan &plan, const SimFault &fault, int delayMs,
                QObject *parent = nullptr);
    ~SimStreamer() override;

    void start();
    int deltasSent() const { return m_deltasSent; }
    const SimChatPlan &plan() const { return m_plan; }

signals:
    // The response ended: completed is false when the client left before the end.
    void finished(bool completed);

private:
    enum class Phase { Head, Roles, Deltas, Tail, Done };
    enum class Step { Next, Wait, Stop };
    struct Out {
        enum class Type { Chunk, End, Close } type;
        QByteArray bytes;
    };

    void tick();
    Step advance();
    Step advanceDeltas();
    const SimDelta *nextDelta();
    void out(Out::Type type, const QByteArray &bytes = {});
    void execute(const Out &item);
    void schedule(int ms);
    void finish(bool completed);
    void onClosed(bool byClient, bool midResponse);
    void sendCompletion();
    QString neverEndingToken();

    QPointer<SimConnection> m_connection;
    SimChatPlan m_plan;
    SimWire m_wire;
    SimFault m_fault;
    int m_delayMs;
    QTimer m_timer;
    Phase m_phase = Phase::Head;
    int m_roleIndex = 0;
    int m_deltasSent = 0;
    int m_stallWaitedAt = -1;
    bool m_malformedSent = false;
    bool m_hugeSent = false;
    bool m_waitingForDrain = false;
    bool m_finished = false;
    QList<int> m_cursor;  // per choice: next delta
    QList<int> m_running; // per choice: completion tokens so far
    int m_turn = 0;       // round-robin position
    QList<Out> m_queue;   // split-bytes pieces and the actions after them, in order
    quint64 m_splitState = 0;
    QStringList m_endless; // never-end: tokens still to send
    int m_endlessRound = 0;
};
