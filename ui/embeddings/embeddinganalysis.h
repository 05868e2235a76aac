#pragma once

#include "embeddings/pca.h"
#include "embeddings/vectormatrix.h"

#include <QImage>
#include <QList>
#include <QStringList>

#include <memory>

// Everything the panel draws from a set of vectors, computed in one go on a worker thread: the
// cosine matrix, the row order of the similarity map, its picture, and the PCA map. Pure: the
// input is copied in, the result handed back; nothing here touches a widget.
namespace EmbeddingAnalysis {

// Above this many texts the similarity map is not drawn (the matrix alone would take 64 MB);
// the ranking and the PCA map still work.
constexpr int kMaxMapTexts = 4000;
// PCA works in doubles: rows × dimensions × 8 bytes.
constexpr int kMaxPcaTexts = 20000;

enum class Order { List, Clustered, SimilarToAnchor };

struct Input {
    VectorMatrix vectors; // usable vectors only, in list order
    QList<int> rows;      // the set's row of each vector
    Order order = Order::List;
    int anchor = -1; // index into `vectors` for SimilarToAnchor
};

struct Result {
    std::shared_ptr<const SimilarityMatrix> matrix; // null above kMaxMapTexts
    QList<int> order;                               // display position -> vector index
    QImage image;
    float low = 0;
    float high = 1;
    Pca::Result pca; // empty below two vectors or above kMaxPcaTexts
    QList<int> rows; // as given
    double milliseconds = 0;
};

Result run(const Input &input);
// Only the order and picture, for a new order of an existing matrix.
Result reorder(const Result &previous, Order order, int anchor);

} // namespace EmbeddingAnalysis
