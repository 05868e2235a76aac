#include "busymeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

namespace {
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
} // namespace

BusyMeter::Result BusyMeter::runLoop(const std::function<bool()> &done)
{
    const bool trace = qEnvironmentVariableIsSet("LOQUAT_BENCH_TRACE");
    QElapsedTimer wall;
    wall.start();
    QList<qint64> busyNs;
    while (!done()) {
        const qint64 before = threadCpuNs();
        // One iteration: dispatch what is due, or wait until something is.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const qint64 busy = threadCpuNs() - before;
        if (busy > 50'000) // more than waking up to find nothing due
            busyNs.append(busy);
        if (trace && busy > 16'000'000)
            std::fprintf(stderr, "busy %.1f ms (CPU) at %lld ms\n", double(busy) / 1e6, wall.elapsed());
    }
    Result result;
    if (busyNs.isEmpty())
        return result;
    std::sort(busyNs.begin(), busyNs.end());
    result.maxMs = double(busyNs.last()) / 1e6;
    result.p99Ms = double(busyNs.at(std::min(busyNs.size() - 1, busyNs.size() * 99 / 100))) / 1e6;
    result.iterationsOver16Ms =
        int(busyNs.end() - std::upper_bound(busyNs.begin(), busyNs.end(), 16'000'000));
    return result;
}

double BusyMeter::processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
