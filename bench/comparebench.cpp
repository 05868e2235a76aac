#include "comparebench.h"

#include "benchcorpus.h"
#include "busymeter.h"
#include "chat/conversationmodel.h"
#include "compare/comparepane.h"
#include "compare/comparerun.h"
#include "compare/compareview.h"
#include "compare/staggeredflush.h"
#include "sampling/presetstore.h"
#include "simserver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>

CompareBench::Result CompareBench::run(int laneCount, int tokensPerLane, int tokensPerSecond)
{
    // The real Compare view with real lanes: a simulator that sends the response head and then
    // stays silent keeps every lane open (streaming, empty), and the bench feeds each lane's
    // answer itself, so the figure measures the view (eight incremental markdown documents and
    // their status lines), not the simulator sharing this thread.
    SimServer sim;
    sim.setFault(SimFault::make(SimFault::Kind::StallBeforeFirstByte));
    if (!sim.listen())
        return {};
    VllmClient *client = nullptr;
    QTemporaryDir dir;
    PresetStore presets(dir.filePath(QStringLiteral("presets.json")));
    CompareView view(client, nullptr, &presets);
    view.resize(1800, 1000);
    view.show();
    // The window's first layout and paint are not streaming: let them happen before measuring.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    // The user sets the lanes up (here: as a sweep makes them) before pressing Run; that is a
    // moment of its own, measured as its own figure, and then the window settles again.
    QList<LaneSpec> lanes;
    for (int i = 0; i < laneCount; ++i) {
        LaneSpec lane;
        lane.model = QStringLiteral("sim-chat");
        lane.params = {{QStringLiteral("seed"), i}};
        lanes.append(lane);
    }
    QTimer::singleShot(0, &view, [&view, &lanes] { view.setLanes(lanes); });
    settle.restart();
    const BusyMeter::Result setup = BusyMeter::runLoop([&settle] { return settle.elapsed() >= 300; });
    view.promptEdit()->setPlainText(QStringLiteral("Write a long answer."));
    view.run()->setDefaultServer([&sim] {
        ServerConfig server;
        server.baseUrl = sim.baseUrl();
        return server;
    }());
    CompareRun *run = view.run();

    QList<QStringList> corpus;
    for (int i = 0; i < laneCount; ++i)
        corpus.append(BenchCorpus::markdownTokens(tokensPerLane + i)); // slightly different answers

    // Tokens arrive at a fixed rate; the lanes' views are updated as CompareRun updates them:
    // at most once a frame per lane, one lane per turn of the event loop (StaggeredFlush).
    QList<qsizetype> sent(laneCount, 0);
    QList<QString> pending(laneCount);
    StaggeredFlush flush(CompareRun::kFrameMs);
    flush.resize(laneCount);
    flush.setCallback([&](int i) {
        const QString piece = pending[i];
        pending[i].clear();
        const qint64 count = sent[i];
        run->laneModel(i)->update(0, [&](Message &m) {
            m.content += piece;
            m.metrics.completionTokens = count;
            m.metrics.tokensPerSecond = tokensPerSecond;
        });
        view.pane(i)->updateStatus(run->answer(i), true);
    });

    bool finished = false;
    QTimer arrivals; // the network's side: tokens become due with time
    arrivals.setTimerType(Qt::PreciseTimer);
    arrivals.setInterval(5);
    const double cpuStart = BusyMeter::processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    // A fixed number of tokens per tick, however late the tick runs, so that every run does the
    // same work (see BENCHMARKS.md).
    const qsizetype perTick = std::max<qsizetype>(1, qsizetype(tokensPerSecond) * arrivals.interval() / 1000);
    QObject::connect(&arrivals, &QTimer::timeout, [&] {
        bool done = true;
        for (int i = 0; i < laneCount; ++i) {
            const QStringList &tokens = corpus.at(i);
            const qsizetype due = std::min<qsizetype>(tokens.size(), sent[i] + perTick);
            if (due > sent[i]) {
                for (; sent[i] < due; ++sent[i])
                    pending[i] += tokens.at(sent[i]);
                flush.markDirty(i);
            }
            done = done && sent[i] == tokens.size() && pending[i].isEmpty();
        }
        if (done) {
            arrivals.stop();
            QTimer::singleShot(100, [&finished] { finished = true; });
        }
    });
    // Run is pressed inside the measured loop: the click's own work (the requests going out, the
    // lanes' panes made or reset) and everything it sets off count like any other iteration.
    // start() takes the client's server; without a client the run's default server is kept.
    bool started = false;
    QTimer::singleShot(0, &view, [&] {
        started = view.start();
        if (started)
            arrivals.start();
        else
            finished = true;
    });
    const BusyMeter::Result busy = BusyMeter::runLoop([&finished] { return finished; });

    if (!started)
        return {};
    Result result;
    result.setupMaxStallMs = setup.maxMs;
    result.maxStallMs = busy.maxMs;
    result.p99StallMs = busy.p99Ms;
    result.stallsOver16Ms = busy.iterationsOver16Ms;
    result.totalCpuSeconds = BusyMeter::processCpuSeconds() - cpuStart;
    result.wallSeconds = double(wall.elapsed()) / 1000.0;
    result.lanes = laneCount;
    result.tokensPerLane = tokensPerLane;
    run->stopAll();
    return result;
}
