#include "stallmeter.h"

#include <QAbstractEventDispatcher>
#include <QObject>

#include <sys/resource.h>

#include <algorithm>

StallMeter::StallMeter()
{
    m_clock.start();
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    m_awake = QObject::connect(dispatcher, &QAbstractEventDispatcher::awake,
                               [this] { m_awakeAt = m_clock.nsecsElapsed(); });
    m_aboutToBlock = QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, [this] {
        if (m_awakeAt >= 0)
            m_maxBusyNs = std::max(m_maxBusyNs, m_clock.nsecsElapsed() - m_awakeAt);
        m_awakeAt = -1;
    });
}

StallMeter::~StallMeter()
{
    QObject::disconnect(m_awake);
    QObject::disconnect(m_aboutToBlock);
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
