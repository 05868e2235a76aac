#include "noisebench.h"

#include "busymeter.h"

#include <QList>
#include <QThread>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace {

// A fixed amount of work of the kind the UI thread does: arithmetic and scattered reads and
// writes over 4 MB (more than the caches hold), so it feels both CPU and memory contention.
std::uint32_t fixedWork(std::vector<std::uint32_t> &buffer)
{
    std::uint32_t x = 1;
    const std::size_t mask = buffer.size() - 1;
    for (int k = 0; k < 300'000; ++k) {
        x = x * 1103515245u + 12345u;
        buffer[(x >> 8) & mask] += x;
    }
    return x;
}

} // namespace

NoiseBench::Result NoiseBench::run(int runs)
{
    std::vector<std::uint32_t> buffer(std::size_t(1) << 20);
    QList<double> ms;
    ms.reserve(runs);
    volatile std::uint32_t sink = 0;
    for (int i = 0; i < runs; ++i) {
        const qint64 before = BusyMeter::threadCpuNs();
        sink = sink + fixedWork(buffer);
        ms.append(double(BusyMeter::threadCpuNs() - before) / 1e6);
        QThread::usleep(2000); // as the UI thread waits between events
    }
    Result result;
    result.runs = runs;
    if (ms.isEmpty())
        return result;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    result.medianMs = sorted.at(sorted.size() / 2);
    result.p99Ms = sorted.at(std::min(sorted.size() - 1, sorted.size() * 99 / 100));
    result.maxMs = sorted.last();
    result.maxOverMedian = result.medianMs > 0 ? result.maxMs / result.medianMs : 0;
    result.over2xMedian =
        int(std::count_if(ms.begin(), ms.end(), [&](double v) { return v > 2 * result.medianMs; }));
    result.over4xMedian =
        int(std::count_if(ms.begin(), ms.end(), [&](double v) { return v > 4 * result.medianMs; }));
    return result;
}
