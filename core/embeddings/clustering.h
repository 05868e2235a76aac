#pragma once

#include "vectormatrix.h"

#include <QList>

// Orders for the rows of a similarity map.
namespace Clustering {

// The leaf order of average-linkage agglomerative clustering (UPGMA) on the distance 1 − cosine,
// built with the nearest-neighbour chain algorithm in O(n²) time: similar texts end up side by
// side and clusters show as blocks on the diagonal. When two clusters merge, the one is turned
// so that the nearest of their ends meet. Texts without a direction (NaN) go last.
QList<int> averageLinkageOrder(const SimilarityMatrix &similarity);
// Rows sorted by their similarity to row `anchor` (the anchor first), NaN last.
QList<int> orderBySimilarityTo(const SimilarityMatrix &similarity, int anchor);

} // namespace Clustering
