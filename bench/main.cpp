// loquat-bench: prints Loquat's performance figures as one JSON object.
//   loquat-bench [--only NAME]   (names: sse, render, attach, compare)
// Figures and targets are reported in BENCHMARKS.md.
#include "attachbench.h"
#include "ssebench.h"

#ifdef LOQUAT_BENCH_HAS_UI
#include "comparebench.h"
#include "renderbench.h"
#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
#ifdef LOQUAT_BENCH_HAS_UI
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loquat benchmarks; prints JSON."));
    parser.addHelpOption();
    QCommandLineOption only(QStringLiteral("only"),
                            QStringLiteral("Run one group: sse, render, attach or compare."),
                            QStringLiteral("name"));
    parser.addOption(only);
    parser.process(app);
    const QString group = parser.value(only);

    QJsonObject figures;
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
        figures.insert(QStringLiteral("compare_8x2000_stalls_over_16ms"), compare.stallsOver16Ms);
        figures.insert(QStringLiteral("compare_8x2000_total_cpu_s"), compare.totalCpuSeconds);
        figures.insert(QStringLiteral("compare_8x2000_wall_s"), compare.wallSeconds);
    }
#endif
    std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
