#include "ssebench.h"

#include "api/sseparser.h"
#include "api/streamaccumulator.h"
#include "benchcorpus.h"

#include <QElapsedTimer>

#include <algorithm>

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
        QElapsedTimer timer;
        timer.start();
        for (qsizetype pos = 0; pos < stream.size(); pos += kReadSize) {
            events.clear();
            parser.feed(QByteArrayView(stream).sliced(pos, std::min(kReadSize, stream.size() - pos)), events);
            for (const SseEvent &event : events)
                accumulator.apply(event);
        }
        const qint64 ns = timer.nsecsElapsed();
        if (!accumulator.sawDone() || accumulator.choices().isEmpty() ||
            accumulator.choices().first().content.size() != tokens.join(QString()).size())
            return -1; // the figure would measure a broken parse
        best = std::max(best, double(tokens.size()) * 1e9 / double(ns));
    }
    return best;
}
