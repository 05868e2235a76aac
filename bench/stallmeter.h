#pragma once

#include <QElapsedTimer>
#include <QMetaObject>

// The longest stretch the UI thread is busy without returning to the event loop: from the
// dispatcher waking up to it going back to sleep.
class StallMeter final {
public:
    StallMeter();
    ~StallMeter();
    StallMeter(const StallMeter &) = delete;
    StallMeter &operator=(const StallMeter &) = delete;

    void reset() { m_maxBusyNs = 0; }
    double maxStallMs() const { return double(m_maxBusyNs) / 1e6; }

private:
    QElapsedTimer m_clock;
    qint64 m_awakeAt = -1;
    qint64 m_maxBusyNs = 0;
    QMetaObject::Connection m_awake;
    QMetaObject::Connection m_aboutToBlock;
};

// CPU time of this process (user + system), in seconds.
double processCpuSeconds();
