#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

// "The longest the UI thread is busy at once": runs the event loop one iteration at a time until
// `done` says so, and reports the most CPU time one iteration took. An iteration is everything the
// thread does between two chances to handle input (timers, posted events, layout, paint), so it is
// exactly the stall a user would feel.
//
// CPU time of this thread, not the wall clock: a blocked wait costs no CPU, so idle time is left
// out without guessing where it was, and on a shared machine the time other processes held the
// core (which says nothing about Loquat) is left out too.
//
// Why not QAbstractEventDispatcher's awake/aboutToBlock: with the glib dispatcher they come from
// the posted-event source only, and with the UNIX dispatcher timers fire after aboutToBlock's
// pairing has closed; both miss the work that matters (a stream's timer updating the document).
//
// LOQUAT_BENCH_TRACE=1 prints every iteration over one frame (16 ms; LOQUAT_BENCH_TRACE=N: over
// N ms) with its time from the start and the event deliveries over 1 ms in it, nested as they ran
// (the application reports them: noteEvent).
class QObject;
namespace BusyMeter {
struct Result {
    double maxMs = 0;
    double p99Ms = 0;           // 99 % of iterations that did any work took at most this
    int iterationsOver16Ms = 0; // how many iterations took longer than a frame
};
Result runLoop(const std::function<bool()> &done);
// CPU time of this process (user + system), in seconds.
double processCpuSeconds();
// Whether LOQUAT_BENCH_TRACE is set.
bool tracing();
// CPU time of the calling thread, in nanoseconds.
qint64 threadCpuNs();
// Who received an event, taken before delivery (the delivery may delete the receiver).
struct Receiver {
    const char *className = nullptr;
    QString name;
    const char *ownerClassName = nullptr;
    QString ownerName;
    static Receiver of(const QObject *object);
};
// One event delivered to `receiver` ran from `startNs` to `endNs` (threadCpuNs); `depth` is 0 for a
// delivery made by the event loop itself, 1 for one made while another was being delivered, and so on.
void noteEvent(const Receiver &receiver, int eventType, qint64 startNs, qint64 endNs, int depth);
} // namespace BusyMeter
