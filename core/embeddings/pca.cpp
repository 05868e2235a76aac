#include "pca.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr int kMaxIterations = 300;
constexpr double kTolerance = 1e-9;
// Two extra directions beyond the two wanted speed up convergence when the 2nd and 3rd
// eigenvalues are close (the rate is λ₅/λ₂ instead of λ₃/λ₂).
constexpr int kBasis = 4;

using Column = std::vector<double>;

double dot(const Column &a, const Column &b)
{
    double s = 0;
    for (size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

void normalize(Column &v)
{
    const double n = std::sqrt(dot(v, v));
    if (n > 0) {
        for (double &x : v)
            x /= n;
    }
}

// Modified Gram-Schmidt, twice (enough for orthogonality to working precision). A column that
// vanishes (rank-deficient data) is replaced by a fresh random one.
void orthonormalize(std::vector<Column> &basis, QRandomGenerator &random)
{
    for (size_t i = 0; i < basis.size(); ++i) {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const double before = std::sqrt(dot(basis[i], basis[i]));
            for (int pass = 0; pass < 2; ++pass) {
                for (size_t j = 0; j < i; ++j) {
                    const double p = dot(basis[i], basis[j]);
                    for (size_t k = 0; k < basis[i].size(); ++k)
                        basis[i][k] -= p * basis[j][k];
                }
            }
            const double after = std::sqrt(dot(basis[i], basis[i]));
            if (after > 1e-12 * std::max(before, 1e-300) && after > 1e-300) {
                normalize(basis[i]);
                break;
            }
            for (double &x : basis[i])
                x = random.generateDouble() - 0.5;
        }
    }
}

// Cyclic Jacobi eigen-decomposition of a small symmetric matrix: eigenvalues descending, the
// eigenvectors as the columns of `vectors`.
void symmetricEigen(std::vector<std::vector<double>> a, std::vector<double> &values,
                    std::vector<std::vector<double>> &vectors)
{
    const size_t n = a.size();
    vectors.assign(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i)
        vectors[i][i] = 1.0;
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0;
        for (size_t p = 0; p < n; ++p)
            for (size_t q = p + 1; q < n; ++q)
                off += a[p][q] * a[p][q];
        if (off < 1e-300)
            break;
        for (size_t p = 0; p < n; ++p) {
            for (size_t q = p + 1; q < n; ++q) {
                if (std::fabs(a[p][q]) < 1e-300)
                    continue;
                const double theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                const double t =
                    (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1.0));
                const double c = 1.0 / std::sqrt(t * t + 1.0);
                const double s = t * c;
                for (size_t k = 0; k < n; ++k) {
                    const double akp = a[k][p], akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (size_t k = 0; k < n; ++k) {
                    const double apk = a[p][k], aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
                for (size_t k = 0; k < n; ++k) {
                    const double vkp = vectors[k][p], vkq = vectors[k][q];
                    vectors[k][p] = c * vkp - s * vkq;
                    vectors[k][q] = s * vkp + c * vkq;
                }
            }
        }
    }
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&a](size_t x, size_t y) { return a[x][x] > a[y][y]; });
    values.resize(n);
    std::vector<std::vector<double>> sorted(n, std::vector<double>(n));
    for (size_t j = 0; j < n; ++j) {
        values[j] = a[order[j]][order[j]];
        for (size_t k = 0; k < n; ++k)
            sorted[k][j] = vectors[k][order[j]];
    }
    vectors = sorted;
}

// The centred data, row-major in doubles.
struct Centred {
    int rows = 0;
    int cols = 0;
    std::vector<double> values;
    double totalVariance = 0;
    const double *row(int r) const { return values.data() + size_t(r) * size_t(cols); }
};

Centred centre(const VectorMatrix &vectors, bool unitRows)
{
    Centred data;
    data.rows = vectors.rows;
    data.cols = vectors.cols;
    data.values.resize(size_t(data.rows) * size_t(data.cols));
    std::vector<double> mean(size_t(data.cols), 0.0);
    for (int r = 0; r < data.rows; ++r) {
        const float *source = vectors.row(r);
        double scale = 1.0;
        if (unitRows) {
            double squares = 0;
            for (int c = 0; c < data.cols; ++c)
                squares += double(source[c]) * double(source[c]);
            scale = squares > 0 ? 1.0 / std::sqrt(squares) : 0.0;
        }
        double *target = data.values.data() + size_t(r) * size_t(data.cols);
        for (int c = 0; c < data.cols; ++c) {
            target[c] = double(source[c]) * scale;
            mean[size_t(c)] += target[c];
        }
    }
    for (double &m : mean)
        m /= double(data.rows);
    for (int r = 0; r < data.rows; ++r) {
        double *target = data.values.data() + size_t(r) * size_t(data.cols);
        for (int c = 0; c < data.cols; ++c) {
            target[c] -= mean[size_t(c)];
            data.totalVariance += target[c] * target[c];
        }
    }
    data.totalVariance /= double(data.rows - 1);
    return data;
}

// Z = C·Q for the covariance C = XᵀX / (n − 1), without forming C.
std::vector<Column> applyCovariance(const Centred &data, const std::vector<Column> &basis)
{
    const size_t p = basis.size();
    std::vector<Column> out(p, Column(size_t(data.cols), 0.0));
    std::vector<double> projection(p);
    for (int r = 0; r < data.rows; ++r) {
        const double *x = data.row(r);
        for (size_t j = 0; j < p; ++j) {
            double s = 0;
            for (int c = 0; c < data.cols; ++c)
                s += x[c] * basis[j][size_t(c)];
            projection[j] = s;
        }
        for (size_t j = 0; j < p; ++j) {
            const double s = projection[j];
            double *o = out[j].data();
            for (int c = 0; c < data.cols; ++c)
                o[c] += s * x[c];
        }
    }
    const double scale = 1.0 / double(data.rows - 1);
    for (Column &column : out)
        for (double &v : column)
            v *= scale;
    return out;
}

} // namespace

Pca::Result Pca::project(const VectorMatrix &vectors, bool normalizeRows)
{
    Result result;
    if (vectors.rows < 2 || vectors.cols < 1)
        return result;
    const Centred data = centre(vectors, normalizeRows);
    const int p = std::min(kBasis, data.cols);
    QRandomGenerator random(0x10c0a7); // the same start every time: the same picture every time
    std::vector<Column> basis(static_cast<size_t>(p), Column(static_cast<size_t>(data.cols)));
    for (Column &column : basis)
        for (double &x : column)
            x = random.generateDouble() - 0.5;
    orthonormalize(basis, random);

    std::vector<double> ritz(size_t(p), 0.0);
    const int wanted = std::min(2, p);
    for (int iteration = 1; iteration <= kMaxIterations; ++iteration) {
        result.iterations = iteration;
        std::vector<Column> image = applyCovariance(data, basis);
        // Rayleigh–Ritz on span(basis): B = Qᵀ C Q, rotate the basis to B's eigenvectors.
        std::vector<std::vector<double>> projected(static_cast<size_t>(p),
                                                   std::vector<double>(static_cast<size_t>(p)));
        for (int i = 0; i < p; ++i)
            for (int j = 0; j < p; ++j)
                projected[size_t(i)][size_t(j)] =
                    0.5 * (dot(basis[size_t(i)], image[size_t(j)]) + dot(basis[size_t(j)], image[size_t(i)]));
        std::vector<std::vector<double>> rotation;
        symmetricEigen(projected, ritz, rotation);
        std::vector<Column> rotated(size_t(p), Column(size_t(data.cols), 0.0));
        std::vector<Column> rotatedImage(size_t(p), Column(size_t(data.cols), 0.0));
        for (int j = 0; j < p; ++j) {
            for (int i = 0; i < p; ++i) {
                const double w = rotation[size_t(i)][size_t(j)];
                for (int c = 0; c < data.cols; ++c) {
                    rotated[size_t(j)][size_t(c)] += w * basis[size_t(i)][size_t(c)];
                    rotatedImage[size_t(j)][size_t(c)] += w * image[size_t(i)][size_t(c)];
                }
            }
        }
        // Converged when C·q ≈ θ·q for the wanted directions.
        bool done = true;
        const double scale = std::max(ritz[0], 1e-300);
        for (int j = 0; j < wanted; ++j) {
            double residual = 0;
            for (int c = 0; c < data.cols; ++c) {
                const double d =
                    rotatedImage[size_t(j)][size_t(c)] - ritz[size_t(j)] * rotated[size_t(j)][size_t(c)];
                residual += d * d;
            }
            done = done && std::sqrt(residual) <= kTolerance * scale;
        }
        basis = rotated;
        if (done || ritz[0] <= 0) {
            result.converged = true;
            break;
        }
        basis = rotatedImage;
        orthonormalize(basis, random);
    }

    for (int axis = 0; axis < 2; ++axis) {
        Column direction = axis < p ? basis[size_t(axis)] : Column(size_t(data.cols), 0.0);
        // The sign convention: the largest loading is positive.
        size_t largest = 0;
        for (size_t c = 1; c < direction.size(); ++c)
            if (std::fabs(direction[c]) > std::fabs(direction[largest]))
                largest = c;
        if (!direction.empty() && direction[largest] < 0)
            for (double &x : direction)
                x = -x;
        result.variance[axis] = axis < p ? std::max(0.0, ritz[size_t(axis)]) : 0.0;
        result.explained[axis] = data.totalVariance > 0 ? result.variance[axis] / data.totalVariance : 0.0;
        result.axes[axis] = QList<double>(direction.begin(), direction.end());
    }
    result.points.reserve(data.rows);
    for (int r = 0; r < data.rows; ++r) {
        const double *x = data.row(r);
        double a = 0, b = 0;
        for (int c = 0; c < data.cols; ++c) {
            a += x[c] * result.axes[0][c];
            b += x[c] * result.axes[1][c];
        }
        result.points.append(QPointF(a, b));
    }
    return result;
}
