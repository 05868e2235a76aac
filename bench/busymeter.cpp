#include "busymeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
} // namespace

double BusyMeter::runLoopMaxIterationMs(const std::function<bool()> &done)
{
    const bool trace = qEnvironmentVariableIsSet("LOQUAT_BENCH_TRACE");
    QElapsedTimer wall;
    wall.start();
    qint64 maxNs = 0;
    while (!done()) {
        const qint64 before = threadCpuNs();
        // One iteration: dispatch what is due, or wait until something is.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const qint64 busy = threadCpuNs() - before;
        maxNs = std::max(maxNs, busy);
        if (trace && busy > 16'000'000)
            std::fprintf(stderr, "busy %.1f ms (CPU) at %lld ms\n", double(busy) / 1e6, wall.elapsed());
    }
    return double(maxNs) / 1e6;
}
