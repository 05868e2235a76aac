#include "busymeter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QMetaEnum>
#include <QObject>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

namespace {
struct TracedEvent {
    QByteArray what;
    qint64 startNs;
    qint64 cpuNs;
    int depth;
};
// The deliveries of the current iteration that took more than a millisecond.
QList<TracedEvent> &tracedEvents()
{
    static QList<TracedEvent> events;
    return events;
}

} // namespace

qint64 BusyMeter::threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

bool BusyMeter::tracing()
{
    static const bool on = qEnvironmentVariableIsSet("LOQUAT_BENCH_TRACE");
    return on;
}

namespace {
// LOQUAT_BENCH_TRACE=N prints the iterations over N ms; any other value, those over a frame.
qint64 traceThresholdNs()
{
    bool ok = false;
    const double ms = qEnvironmentVariable("LOQUAT_BENCH_TRACE").toDouble(&ok);
    return qint64((ok && ms > 0 ? ms : 16.0) * 1e6);
}
} // namespace

BusyMeter::Receiver BusyMeter::Receiver::of(const QObject *object)
{
    Receiver receiver;
    if (!object)
        return receiver;
    receiver.className = object->metaObject()->className();
    receiver.name = object->objectName();
    if (const QObject *owner = object->parent()) {
        receiver.ownerClassName = owner->metaObject()->className();
        receiver.ownerName = owner->objectName();
    }
    return receiver;
}

void BusyMeter::noteEvent(const Receiver &receiver, int eventType, qint64 startNs, qint64 endNs, int depth)
{
    const qint64 cpuNs = endNs - startNs;
    if (cpuNs < 1'000'000 || !receiver.className)
        return;
    QByteArray what = receiver.className;
    if (!receiver.name.isEmpty())
        what += '#' + receiver.name.toUtf8();
    // A QTimer or a signal's target says little by itself; its owner says whose work it is.
    if (receiver.ownerClassName) {
        what += QByteArray(" in ") + receiver.ownerClassName;
        if (!receiver.ownerName.isEmpty())
            what += '#' + receiver.ownerName.toUtf8();
    }
    const QByteArray type = QMetaEnum::fromType<QEvent::Type>().valueToKey(eventType);
    what += ' ' + (type.isEmpty() ? QByteArray::number(eventType) : type);
    tracedEvents().append({what, startNs, cpuNs, depth});
}

BusyMeter::Result BusyMeter::runLoop(const std::function<bool()> &done)
{
    const bool trace = tracing();
    const qint64 traceOverNs = trace ? traceThresholdNs() : 0;
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
        if (trace && busy > traceOverNs) {
            std::fprintf(stderr, "busy %.1f ms (CPU) at %lld ms\n", double(busy) / 1e6, wall.elapsed());
            // Deliveries end inner first: print them in the order they began.
            QList<TracedEvent> &events = tracedEvents();
            std::stable_sort(events.begin(), events.end(), [](const TracedEvent &a, const TracedEvent &b) {
                return a.startNs < b.startNs;
            });
            for (const TracedEvent &event : events)
                std::fprintf(stderr, "  %*s%.1f ms %s\n", event.depth * 2, "", double(event.cpuNs) / 1e6,
                             event.what.constData());
        }
        tracedEvents().clear();
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
