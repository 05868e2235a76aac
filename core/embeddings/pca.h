#pragma once

#include "vectormatrix.h"

#include <QList>
#include <QPointF>

// A two-dimensional map of embedding vectors by principal component analysis, computed locally:
// the rows are centred, and the two directions of largest variance are found by Lanczos iteration
// (with full reorthogonalisation) on the covariance, which is never formed — each step is two
// passes over the data, and a few dozen steps find the top of even a flat spectrum, so 1,000
// vectors of 1,024 dimensions take tens of milliseconds. The number of steps is bounded; when the
// two wanted eigenpairs are not yet exact then (a flat spectrum where the axes hardly matter),
// the best estimate is returned with converged = false. Signs are fixed (the largest loading of
// each axis is positive), so the same data always gives the same picture.
namespace Pca {

struct Result {
    QList<QPointF> points;        // one per row: (first component, second component)
    double explained[2] = {0, 0}; // the share of the total variance each axis carries
    double variance[2] = {0, 0};  // the two largest eigenvalues of the covariance
    QList<double> axes[2];        // the principal directions (unit vectors)
    int iterations = 0;           // Lanczos steps (each one multiplication by the covariance)
    bool converged = false;
};

// With `normalize`, each row is first scaled to unit length (what cosine similarity compares).
// Fewer than two rows, or rows of different lengths, give an empty result.
Result project(const VectorMatrix &vectors, bool normalize = true);

} // namespace Pca
