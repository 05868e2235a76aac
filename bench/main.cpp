// loquat-bench: prints Loquat's performance figures as one JSON object.
//   loquat-bench [--only NAME]   (names: history, search, sse, render, attach, compare, embed, startup,
//                                 noise;
//                                 soak runs only when named:
//                                 loquat-bench --only soak [--soak-answers N] [--soak-lanes N])
// Figures and targets are reported in BENCHMARKS.md.
#include "attachbench.h"
#include "busymeter.h"
#include "embedbench.h"
#include "historybench.h"
#include "noisebench.h"
#include "runtime/allocatortuning.h"
#include "soakbench.h"
#include "ssebench.h"

#ifdef LOQUAT_BENCH_HAS_UI
#include "comparebench.h"
#include "renderbench.h"
#include "startupbench.h"
#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

#ifdef LOQUAT_BENCH_HAS_UI
namespace {
// With LOQUAT_BENCH_TRACE set, every event delivery is timed so that a long iteration can say
// what it was made of (BusyMeter prints it).
class BenchApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!BusyMeter::tracing())
            return QApplication::notify(receiver, event);
        static int depth = 0;
        const BusyMeter::Receiver who = BusyMeter::Receiver::of(receiver);
        const int type = event->type(); // the event too may be gone after delivery
        const qint64 start = BusyMeter::threadCpuNs();
        ++depth;
        const bool result = QApplication::notify(receiver, event);
        --depth;
        BusyMeter::noteEvent(who, type, start, BusyMeter::threadCpuNs(), depth);
        return result;
    }
};
} // namespace
#endif

int main(int argc, char *argv[])
{
    AllocatorTuning::applyForLongRuns(); // as the app and loquat-cli do
#ifdef LOQUAT_BENCH_HAS_UI
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loquat benchmarks; prints JSON."));
    parser.addHelpOption();
    QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral(
            "Run one group: history, search, sse, render, attach, compare, embed, startup, noise or soak."),
        QStringLiteral("name"));
    parser.addOption(only);
    QCommandLineOption soakAnswers(QStringLiteral("soak-answers"), QStringLiteral("Answers in the soak run."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    QCommandLineOption soakLanes(QStringLiteral("soak-lanes"),
                                 QStringLiteral("Concurrent chats in the soak run."), QStringLiteral("n"),
                                 QStringLiteral("8"));
    parser.addOption(soakAnswers);
    parser.addOption(soakLanes);
    parser.process(app);
    const QString group = parser.value(only);

    QJsonObject figures;
#ifdef LOQUAT_BENCH_HAS_UI
    // First: its resident memory figure should not carry what other groups left on the heap.
    if (group.isEmpty() || group == QLatin1String("history")) {
        const HistoryBench::OpenResult open = HistoryBench::open(10'000, 5);
        figures.insert(QStringLiteral("history_open_10k_ms"), qRound(open.medianMs * 10) / 10.0);
        figures.insert(QStringLiteral("history_open_10k_best_ms"), qRound(open.bestMs * 10) / 10.0);
        figures.insert(QStringLiteral("history_open_10k_cpu_ms"), qRound(open.cpuMs * 10) / 10.0);
        figures.insert(QStringLiteral("rss_10k_mb"), qRound(open.rssMb * 10) / 10.0);
        figures.insert(QStringLiteral("history_open_setup_s"), qRound(open.setupSeconds * 10) / 10.0);
        figures.insert(QStringLiteral("history_read_10k_ms"), qRound(open.readMs * 10) / 10.0);
        figures.insert(QStringLiteral("history_show_10k_ms"), qRound(open.showMs * 10) / 10.0);
    }
#endif
    if (group.isEmpty() || group == QLatin1String("search")) {
        const HistoryBench::SearchResult search = HistoryBench::search(100'000, 30);
        figures.insert(QStringLiteral("search_100k_ms"), qRound(search.medianMs * 10) / 10.0);
        figures.insert(QStringLiteral("search_100k_max_ms"), qRound(search.maxMs * 10) / 10.0);
        figures.insert(QStringLiteral("search_100k_cpu_ms"), qRound(search.cpuMs * 10) / 10.0);
        figures.insert(QStringLiteral("search_100k_prefix_ms"), qRound(search.prefixMedianMs * 10) / 10.0);
        figures.insert(QStringLiteral("search_setup_s"), qRound(search.setupSeconds * 10) / 10.0);
    }
    if (group.isEmpty() || group == QLatin1String("sse"))
        figures.insert(QStringLiteral("sse_tokens_per_s"), qRound64(SseBench::tokensPerSecond(200'000, 5)));
    if (group.isEmpty() || group == QLatin1String("attach")) {
        const AttachBench::Result attach = AttachBench::run(5);
        figures.insert(QStringLiteral("attach_24mp_jpeg_ms"), qRound(attach.medianMs));
        figures.insert(QStringLiteral("attach_24mp_jpeg_best_ms"), qRound(attach.bestMs));
        figures.insert(QStringLiteral("attach_24mp_jpeg_cpu_ms"), qRound(attach.medianCpuMs));
        figures.insert(QStringLiteral("attach_24mp_jpeg_source_mb"),
                       qRound(attach.sourceMegabytes * 10) / 10.0);
    }
    // Minutes long: only when asked for by name.
    if (group == QLatin1String("soak")) {
        SoakBench::Options options;
        options.answers = qMax(1, parser.value(soakAnswers).toInt());
        options.lanes = qMax(1, parser.value(soakLanes).toInt());
        const QJsonObject soak = SoakBench::run(options);
        for (auto it = soak.begin(); it != soak.end(); ++it)
            figures.insert(it.key(), it.value());
    }
#ifdef LOQUAT_BENCH_HAS_UI
    if (group.isEmpty() || group == QLatin1String("render")) {
        const RenderBench::Result render = RenderBench::run(100'000, 10'000);
        figures.insert(QStringLiteral("render_max_stall_ms"), render.maxStallMs);
        figures.insert(QStringLiteral("render_total_cpu_s"), render.totalCpuSeconds);
        figures.insert(QStringLiteral("render_wall_s"), render.wallSeconds);
    }
    if (group.isEmpty() || group == QLatin1String("compare")) {
        // 8 lanes × 2,000 tokens/s for 10 s each (20,000 tokens of markdown per lane).
        const CompareBench::Result compare = CompareBench::run(8, 20000, 2000);
        figures.insert(QStringLiteral("compare_8x2000_max_stall_ms"), compare.maxStallMs);
        figures.insert(QStringLiteral("compare_8x2000_p99_stall_ms"), compare.p99StallMs);
        figures.insert(QStringLiteral("compare_make_8_lanes_max_stall_ms"), compare.setupMaxStallMs);
        figures.insert(QStringLiteral("compare_8x2000_stalls_over_16ms"), compare.stallsOver16Ms);
        figures.insert(QStringLiteral("compare_8x2000_total_cpu_s"), compare.totalCpuSeconds);
        figures.insert(QStringLiteral("compare_8x2000_wall_s"), compare.wallSeconds);
    }
#endif
    if (group.isEmpty() || group == QLatin1String("noise")) {
        // The machine's own steadiness, to read the stall figures by (see BENCHMARKS.md).
        const NoiseBench::Result noise = NoiseBench::run();
        figures.insert(QStringLiteral("machine_fixed_work_median_ms"), noise.medianMs);
        figures.insert(QStringLiteral("machine_fixed_work_p99_ms"), noise.p99Ms);
        figures.insert(QStringLiteral("machine_fixed_work_max_ms"), noise.maxMs);
        figures.insert(QStringLiteral("machine_fixed_work_max_over_median"), noise.maxOverMedian);
        figures.insert(QStringLiteral("machine_fixed_work_runs_over_2x"), noise.over2xMedian);
        figures.insert(QStringLiteral("machine_fixed_work_runs_over_4x"), noise.over4xMedian);
    }
#ifdef LOQUAT_BENCH_HAS_UI
    if (group.isEmpty() || group == QLatin1String("startup")) {
        // The real app, launched 7 times with 1,000 conversations stored; idle for 3 s after its first frame.
        const StartupBench::Result startup = StartupBench::run(1000, 7, 3000);
        if (!startup.error.isEmpty())
            std::fprintf(stderr, "loquat-bench: startup: %s\n", qUtf8Printable(startup.error));
        figures.insert(QStringLiteral("startup_ms"), qRound(startup.medianMs * 10) / 10.0);
        figures.insert(QStringLiteral("startup_best_ms"), qRound(startup.bestMs * 10) / 10.0);
        figures.insert(QStringLiteral("startup_in_main_ms"), qRound(startup.inMainMs * 10) / 10.0);
        figures.insert(QStringLiteral("idle_rss_mb"), qRound(startup.idleRssMb * 10) / 10.0);
        figures.insert(QStringLiteral("startup_setup_s"), qRound(startup.setupSeconds * 10) / 10.0);
    }
#endif
    if (group.isEmpty() || group == QLatin1String("embed")) {
        const QJsonObject embed = EmbedBench::run();
        for (auto it = embed.begin(); it != embed.end(); ++it)
            figures.insert(it.key(), it.value());
    }
    std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
