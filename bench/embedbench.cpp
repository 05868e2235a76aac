#include "embedbench.h"

#include "embeddings/clustering.h"
#include "embeddings/embeddingresponse.h"
#include "embeddings/pca.h"
#include "embeddings/similarity.h"
#include "simembeddings.h"

#ifdef LOQUAT_BENCH_HAS_UI
#include "embeddings/embeddinganalysis.h"
#endif

#include <QJsonArray>
#include <QRandomGenerator>

#include <cmath>
#include <ctime>
#include <functional>

namespace {

constexpr int kRepetitions = 5;

VectorMatrix randomUnitRows(int rows, int cols, quint32 seed)
{
    QRandomGenerator random(seed);
    VectorMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.values.resize(size_t(rows) * size_t(cols));
    // A shared direction plus noise, like real embeddings (cosines mostly positive).
    std::vector<float> common(static_cast<size_t>(cols));
    for (float &c : common)
        c = float(random.generateDouble() - 0.5);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m.values[size_t(r) * size_t(cols) + size_t(c)] =
                common[size_t(c)] + float(random.generateDouble() - 0.5);
    return Similarity::normalized(m);
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The best of `repetitions` runs, in milliseconds of this thread's CPU time: what the work costs
// on one core, whatever else the machine is doing (wall time on a shared machine measures the
// neighbours too).
double bestMs(const std::function<void()> &work, int repetitions = kRepetitions)
{
    double best = -1;
    for (int i = 0; i < repetitions; ++i) {
        const double start = threadCpuMs();
        work();
        const double ms = threadCpuMs() - start;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

double naiveCosine(const VectorMatrix &m, int a, int b)
{
    double dot = 0, na = 0, nb = 0;
    for (int c = 0; c < m.cols; ++c) {
        dot += double(m.at(a, c)) * m.at(b, c);
        na += double(m.at(a, c)) * m.at(a, c);
        nb += double(m.at(b, c)) * m.at(b, c);
    }
    return dot / std::sqrt(na * nb);
}

double round1(double value)
{
    return std::round(value * 10) / 10;
}

} // namespace

QJsonObject EmbedBench::run()
{
    QJsonObject figures;

    // The similarity matrix.
    const VectorMatrix big = randomUnitRows(2000, 1024, 1);
    SimilarityMatrix matrix;
    const double cosineMs = bestMs([&] { matrix = Similarity::cosineMatrix(big); });
    bool right = matrix.size == 2000;
    for (int k = 0; right && k < 50; ++k) {
        const int a = (k * 37) % 2000, b = (k * 911 + 5) % 2000;
        right = std::fabs(double(matrix.at(a, b)) - (a == b ? 1.0 : naiveCosine(big, a, b))) < 1e-5;
    }
    figures.insert(QStringLiteral("cosine_2000x1024_ms"), right ? round1(cosineMs) : -1);

    // Decoding: the exact bytes the simulator (vLLM's wire format) sends for 1,000 texts.
    SimOptions options = SimOptions::forTask(SimTask::Embed);
    options.models.first().embeddingSize = 1024;
    options.models.first().maxModelLen = 100000;
    QJsonArray inputs;
    // Sentences drawn from a few topics, so that the vectors have structure.
    const QStringList topics{QStringLiteral("cats sleep on warm mats"),
                             QStringLiteral("quarterly revenue and profit grew"),
                             QStringLiteral("the central bank raised interest rates"),
                             QStringLiteral("paris is the capital of france"),
                             QStringLiteral("rain and storms this weekend"),
                             QStringLiteral("the team won the football final"),
                             QStringLiteral("a new phone with a faster chip")};
    QRandomGenerator pick(3);
    for (int i = 0; i < 1000; ++i) {
        const QStringList a = topics[pick.bounded(int(topics.size()))].split(QLatin1Char(' '));
        const QStringList b = topics[pick.bounded(int(topics.size()))].split(QLatin1Char(' '));
        QStringList words;
        for (int w = 0; w < 8; ++w)
            words.append(pick.bounded(3) == 0 ? b[pick.bounded(int(b.size()))]
                                              : a[pick.bounded(int(a.size()))]);
        inputs.append(words.join(QLatin1Char(' ')) + QStringLiteral(" %1").arg(i));
    }
    const QByteArray body =
        SimEmbeddings::embeddings(options,
                                  QJsonObject{{QStringLiteral("input"), inputs},
                                              {QStringLiteral("encoding_format"), QStringLiteral("base64")}})
            .body;
    EmbeddingResponse response;
    const double decodeMs = bestMs([&] { response = EmbeddingResponse::parse(body, 1000); });
    const bool decoded =
        response.ok() && response.vectors.size() == 1000 && response.vectors.first().size() == 1024;
    figures.insert(QStringLiteral("embed_decode_mb_per_s"),
                   decoded ? round1(double(body.size()) / (1024.0 * 1024.0) / (decodeMs / 1000.0)) : -1);
    figures.insert(QStringLiteral("embed_decode_vectors_per_s"),
                   decoded ? qRound64(1000.0 / (decodeMs / 1000.0)) : -1);

    // The views of 1,000 texts: the simulator's vectors, which have a structure like real ones
    // (shared words, topics), not random noise whose flat spectrum no PCA would meet in practice.
    VectorMatrix thousand;
    VectorMatrix::fromRows(response.vectors, thousand);
    Pca::Result pca;
    const double pcaMs = bestMs([&] { pca = Pca::project(thousand); }, 3);
    figures.insert(QStringLiteral("pca_1000x1024_ms"),
                   pca.converged && pca.points.size() == 1000 ? round1(pcaMs) : -1);
    figures.insert(QStringLiteral("pca_1000x1024_steps"), pca.iterations);
    const SimilarityMatrix thousandMatrix = Similarity::cosineMatrix(thousand);
    QList<int> order;
    const double clusterMs = bestMs([&] { order = Clustering::averageLinkageOrder(thousandMatrix); }, 3);
    figures.insert(QStringLiteral("cluster_1000_ms"), order.size() == 1000 ? round1(clusterMs) : -1);
#ifdef LOQUAT_BENCH_HAS_UI
    EmbeddingAnalysis::Input input;
    input.vectors = thousand;
    for (int i = 0; i < 1000; ++i)
        input.rows.append(i);
    input.order = EmbeddingAnalysis::Order::Clustered;
    EmbeddingAnalysis::Result analysis;
    const double analysisMs = bestMs([&] { analysis = EmbeddingAnalysis::run(input); }, 3);
    figures.insert(QStringLiteral("analysis_1000x1024_ms"),
                   analysis.image.width() == 1000 && analysis.pca.points.size() == 1000 ? round1(analysisMs)
                                                                                        : -1);
#endif
    return figures;
}
