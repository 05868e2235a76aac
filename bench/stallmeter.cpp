#include "stallmeter.h"

#include <sys/resource.h>

#include <algorithm>

StallMeter::StallMeter()
{
    m_clock.start();
    m_probe.setTimerType(Qt::PreciseTimer);
    m_probe.setInterval(kProbeMs);
    QObject::connect(&m_probe, &QTimer::timeout, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_lastTickNs >= 0) {
            m_maxGapNs = std::max(m_maxGapNs, now - m_lastTickNs);
            m_gapsNs.append(now - m_lastTickNs);
        }
        m_lastTickNs = now;
    });
    m_probe.start();
}

void StallMeter::reset()
{
    m_lastTickNs = -1;
    m_maxGapNs = 0;
    m_gapsNs.clear();
}

double StallMeter::p99StallMs() const
{
    if (m_gapsNs.isEmpty())
        return 0;
    QList<qint64> sorted = m_gapsNs;
    std::sort(sorted.begin(), sorted.end());
    const qint64 gap = sorted.at(std::min<qsizetype>(sorted.size() - 1, sorted.size() * 99 / 100));
    return std::max(0.0, double(gap) / 1e6 - kProbeMs);
}

int StallMeter::stallsOver(double ms) const
{
    return int(std::count_if(m_gapsNs.begin(), m_gapsNs.end(),
                             [ms](qint64 gap) { return double(gap) / 1e6 - kProbeMs > ms; }));
}

double StallMeter::maxStallMs() const
{
    return std::max(0.0, double(m_maxGapNs) / 1e6 - kProbeMs);
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
