#include "ssebench.h"

#include "api/sseparser.h"
#include "api/streamaccumulator.h"
#include "benchcorpus.h"

#include <algorithm>
#include <ctime>

namespace {
// CPU time of this thread: "on one core" means the parse's own cycles, not the wall clock,
// which on a shared machine also counts the time other processes held the core.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
} // namespace

double SseBench::tokensPerSecond(int tokenCount, int repetitions)
{
    const QStringList tokens = BenchCorpus::markdownTokens(tokenCount);
    const QByteArray stream = BenchCorpus::vllmStream(tokens);
    // Network reads arrive in pieces of a few kilobytes; an odd size makes them cut events,
    // lines and UTF-8 characters anywhere, as real reads do.
    constexpr qsizetype kReadSize = 4093;

    double best = 0;
    for (int rep = 0; rep < repetitions; ++rep) {
        SseParser parser;
        StreamAccumulator accumulator;
        QList<SseEvent> events;
        const qint64 startNs = threadCpuNs();
        for (qsizetype pos = 0; pos < stream.size(); pos += kReadSize) {
            events.clear();
            parser.feed(QByteArrayView(stream).sliced(pos, std::min(kReadSize, stream.size() - pos)), events);
            for (const SseEvent &event : events)
                accumulator.apply(event);
        }
        const qint64 ns = threadCpuNs() - startNs;
        if (!accumulator.sawDone() || accumulator.choices().isEmpty() ||
            accumulator.choices().first().content.size() != tokens.join(QString()).size())
            return -1; // the figure would measure a broken parse
        best = std::max(best, double(tokens.size()) * 1e9 / double(ns));
    }
    return best;
}
