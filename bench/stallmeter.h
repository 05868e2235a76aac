#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

// The longest stretch the UI thread is busy without getting back to its event loop, measured
// by a probe: a 1 ms precise timer whose ticks can only run between two pieces of work, so the
// longest gap between two ticks, less the interval, is the longest time anything (a click, a
// key, a repaint) would have waited.
//
// Why not QAbstractEventDispatcher's awake()/aboutToBlock(): with the glib dispatcher (Qt's
// default on Linux) aboutToBlock() is emitted *before* the iteration that waits and then
// dispatches timers and sockets, so the stretch between the two signals leaves out the very work
// being measured and reads a few microseconds whatever the load.
class StallMeter final {
public:
    StallMeter();
    StallMeter(const StallMeter &) = delete;
    StallMeter &operator=(const StallMeter &) = delete;

    void reset();
    double maxStallMs() const;
    // The stall that 99% of the probe's gaps stay under: robust against one preemption by another
    // process on a loaded machine, which the maximum is not.
    double p99StallMs() const;
    int stallsOver(double ms) const; // how many gaps exceeded `ms` of busy time

private:
    static constexpr int kProbeMs = 1;

    QTimer m_probe;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = -1;
    qint64 m_maxGapNs = 0;
    QList<qint64> m_gapsNs;
};

// CPU time of this process (user + system), in seconds.
double processCpuSeconds();
