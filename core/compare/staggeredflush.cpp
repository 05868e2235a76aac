#include "staggeredflush.h"

StaggeredFlush::StaggeredFlush(int frameMs, QObject *parent)
    : QObject(parent)
{
    m_frame.setSingleShot(true);
    m_frame.setInterval(frameMs);
    m_next.setSingleShot(true);
    m_next.setInterval(0);
    connect(&m_frame, &QTimer::timeout, this, &StaggeredFlush::startCycle);
    connect(&m_next, &QTimer::timeout, this, &StaggeredFlush::runNext);
}

void StaggeredFlush::resize(int lanes)
{
    stop();
    m_dirty.fill(false, lanes);
}

void StaggeredFlush::stop()
{
    m_frame.stop();
    m_next.stop();
    m_queue.clear();
    m_dirty.fill(false);
    m_turnLeftFree = false;
}

void StaggeredFlush::markDirty(int lane)
{
    if (lane < 0 || lane >= m_dirty.size())
        return;
    m_dirty[lane] = true;
    // A cycle under way picks the lane up when it comes to it, or the next frame does.
    if (!m_frame.isActive() && !m_next.isActive())
        m_frame.start();
}

void StaggeredFlush::startCycle()
{
    for (int lane = 0; lane < m_dirty.size(); ++lane) {
        if (m_dirty[lane])
            m_queue.append(lane);
    }
    runNext();
}

void StaggeredFlush::runNext()
{
    if (m_turnLeftFree) {
        m_turnLeftFree = false; // the turn the last update's repaint has
    } else {
        while (!m_queue.isEmpty()) {
            const int lane = m_queue.takeFirst();
            if (!m_dirty.value(lane))
                continue; // flushed meanwhile
            m_dirty[lane] = false;
            if (m_callback)
                m_callback(lane);
            m_turnLeftFree = !m_queue.isEmpty(); // after the last, the frame's wait is free time
            break;
        }
    }
    if (m_turnLeftFree || !m_queue.isEmpty()) {
        m_next.start();
        return;
    }
    // Lanes that changed during the cycle wait for the next frame.
    if (m_dirty.contains(true))
        m_frame.start();
}

void StaggeredFlush::flushLane(int lane)
{
    if (lane < 0 || lane >= m_dirty.size())
        return;
    m_dirty[lane] = false;
    if (m_callback)
        m_callback(lane);
}
