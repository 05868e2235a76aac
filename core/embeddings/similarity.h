#pragma once

#include "vectormatrix.h"

#include <QList>

// Norms and cosine similarities of embedding vectors. The full matrix is the one heavy step of
// the panel (2,000 texts × 1,024 dimensions is two billion multiply-adds): rows are normalised
// once, then a register-blocked kernel computes 3×3 dot products at a time in 8-wide vector lanes
// over the upper triangle only, compiled twice (AVX2+FMA and the x86-64 baseline) and picked at
// load time. A zero vector has no direction: its similarities are NaN (never drawn).
namespace Similarity {

double norm(const float *values, int count);
QList<double> norms(const VectorMatrix &vectors);
// Each row divided by its norm (zero rows stay zero).
VectorMatrix normalized(const VectorMatrix &vectors);
SimilarityMatrix cosineMatrix(const VectorMatrix &vectors);
// The cosine of `query` with every row (e.g. to rank texts against a query).
QList<float> cosineTo(const QList<float> &query, const VectorMatrix &vectors);
// Row indexes sorted by descending score; NaN scores last.
QList<int> rankDescending(const QList<float> &scores);

} // namespace Similarity
