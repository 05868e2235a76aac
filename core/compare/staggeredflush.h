#pragma once

#include <QObject>
#include <QTimer>
#include <QVector>
#include <functional>

// Coalesces updates of several lanes to one a frame each, and spreads a frame's updates over
// separate turns of the event loop: lane after lane, with the loop getting control in between. So
// the UI thread is busy for one lane's update at a time (a click, a key or a repaint waits for one
// lane, not for all eight), and a lane that streams fast never delays the others by more than a
// frame. After each lane's update one turn is left free: the repaint that update asked for
// (a posted event, delivered on the next turn) then runs alone, not with the next lane's update.
class StaggeredFlush final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaggeredFlush)

public:
    using Callback = std::function<void(int lane)>;

    explicit StaggeredFlush(int frameMs, QObject *parent = nullptr);

    void setCallback(Callback callback) { m_callback = std::move(callback); }
    void resize(int lanes); // forgets pending updates
    void markDirty(int lane);
    // Runs the pending update of `lane` now (a lane that ends shows its last text at once).
    void flushLane(int lane);
    void stop(); // forgets pending updates

private:
    void startCycle();
    void runNext();

    Callback m_callback;
    QVector<bool> m_dirty;
    QVector<int> m_queue;        // lanes of the current cycle still to run
    bool m_turnLeftFree = false; // the next turn of the cycle runs no lane (see above)
    QTimer m_frame;
    QTimer m_next;
};
