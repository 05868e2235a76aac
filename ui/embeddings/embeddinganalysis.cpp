#include "embeddinganalysis.h"

#include "embeddings/clustering.h"
#include "embeddings/similarity.h"
#include "heatmapview.h"

#include <QElapsedTimer>

#include <numeric>

namespace {

QList<int> orderFor(const SimilarityMatrix &matrix, EmbeddingAnalysis::Order order, int anchor)
{
    switch (order) {
    case EmbeddingAnalysis::Order::Clustered:
        return Clustering::averageLinkageOrder(matrix);
    case EmbeddingAnalysis::Order::SimilarToAnchor:
        if (anchor >= 0 && anchor < matrix.size)
            return Clustering::orderBySimilarityTo(matrix, anchor);
        break;
    case EmbeddingAnalysis::Order::List:
        break;
    }
    QList<int> identity(matrix.size);
    std::iota(identity.begin(), identity.end(), 0);
    return identity;
}

void draw(EmbeddingAnalysis::Result &result)
{
    const auto [low, high] = HeatmapView::range(*result.matrix);
    result.low = low;
    result.high = high;
    result.image = HeatmapView::render(*result.matrix, result.order, low, high);
}

} // namespace

EmbeddingAnalysis::Result EmbeddingAnalysis::run(const Input &input)
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    result.rows = input.rows;
    const int n = input.vectors.rows;
    if (n > 0 && n <= kMaxMapTexts) {
        result.matrix = std::make_shared<const SimilarityMatrix>(Similarity::cosineMatrix(input.vectors));
        result.order = orderFor(*result.matrix, input.order, input.anchor);
        draw(result);
    }
    if (n >= 2 && n <= kMaxPcaTexts)
        result.pca = Pca::project(input.vectors, true);
    result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
    return result;
}

EmbeddingAnalysis::Result EmbeddingAnalysis::reorder(const Result &previous, Order order, int anchor)
{
    Result result = previous;
    if (!result.matrix)
        return result;
    result.order = orderFor(*result.matrix, order, anchor);
    draw(result);
    return result;
}
