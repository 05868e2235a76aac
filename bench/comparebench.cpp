#include "comparebench.h"

#include "benchcorpus.h"
#include "chat/conversationmodel.h"
#include "compare/comparepane.h"
#include "compare/comparerun.h"
#include "compare/compareview.h"
#include "sampling/presetstore.h"
#include "simserver.h"
#include "stallmeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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
    QList<LaneSpec> lanes;
    for (int i = 0; i < laneCount; ++i) {
        LaneSpec lane;
        lane.model = QStringLiteral("sim-chat");
        lane.params = {{QStringLiteral("seed"), i}};
        lanes.append(lane);
    }
    view.setLanes(lanes);
    view.promptEdit()->setPlainText(QStringLiteral("Write a long answer."));
    view.run()->setDefaultServer([&sim] {
        ServerConfig server;
        server.baseUrl = sim.baseUrl();
        return server;
    }());
    CompareRun *run = view.run();
    // start() takes the client's server; without a client the run's default server is kept.
    if (!view.start())
        return {};

    QList<QStringList> corpus;
    for (int i = 0; i < laneCount; ++i)
        corpus.append(BenchCorpus::markdownTokens(tokensPerLane + i)); // slightly different answers

    StallMeter stalls;
    QEventLoop loop;
    QList<qsizetype> sent(laneCount, 0);
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(CompareRun::kFrameMs);
    const double cpuStart = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QObject::connect(&frame, &QTimer::timeout, [&] {
        bool done = true;
        for (int i = 0; i < laneCount; ++i) {
            const QStringList &tokens = corpus.at(i);
            const qsizetype due = std::min<qsizetype>(tokens.size(), wall.elapsed() * tokensPerSecond / 1000);
            if (due > sent[i]) {
                QString piece;
                for (; sent[i] < due; ++sent[i])
                    piece += tokens.at(sent[i]);
                run->laneModel(i)->update(0, [&](Message &m) {
                    m.content += piece;
                    m.metrics.completionTokens = sent[i];
                    m.metrics.tokensPerSecond = tokensPerSecond;
                });
                view.pane(i)->updateStatus(run->answer(i), true);
            }
            done = done && sent[i] == tokens.size();
        }
        if (done) {
            frame.stop();
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
        }
    });
    frame.start();
    stalls.reset();
    loop.exec();

    Result result;
    result.maxStallMs = stalls.maxStallMs();
    result.totalCpuSeconds = processCpuSeconds() - cpuStart;
    result.wallSeconds = double(wall.elapsed()) / 1000.0;
    result.lanes = laneCount;
    result.tokensPerLane = tokensPerLane;
    run->stopAll();
    return result;
}
