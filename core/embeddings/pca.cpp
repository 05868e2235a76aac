#include "pca.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace {

// Relative residual at which the two wanted eigenpairs count as found.
constexpr double kTolerance = 1e-10;
// A Krylov basis this large captures the top of any spectrum a display needs; beyond it the
// answer is returned as it stands (converged = false), so the time is bounded.
constexpr int kMaxSteps = 160;
constexpr int kCheckEvery = 4; // solve the small tridiagonal problem every few steps

using Column = std::vector<double>;

typedef double Lanes __attribute__((vector_size(4 * sizeof(double))));
constexpr int kLanes = 4;

// By reference only: passing vector types by value has a target-dependent ABI (-Wpsabi).
void load(Lanes &v, const double *p)
{
    std::memcpy(&v, p, sizeof v);
}

double dot(const double *a, const double *b, int n)
{
    Lanes acc0 = {}, acc1 = {};
    int i = 0;
    for (; i + 2 * kLanes <= n; i += 2 * kLanes) {
        Lanes x0, y0, x1, y1;
        load(x0, a + i);
        load(y0, b + i);
        load(x1, a + i + kLanes);
        load(y1, b + i + kLanes);
        acc0 += x0 * y0;
        acc1 += x1 * y1;
    }
    acc0 += acc1;
    double s = acc0[0] + acc0[1] + acc0[2] + acc0[3];
    for (; i < n; ++i)
        s += a[i] * b[i];
    return s;
}

void axpy(double alpha, const double *x, double *y, int n)
{
    for (int i = 0; i < n; ++i)
        y[i] += alpha * x[i];
}

double norm(const Column &v)
{
    return std::sqrt(dot(v.data(), v.data(), int(v.size())));
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
        double off = 0, diagonal = 0;
        for (size_t p = 0; p < n; ++p) {
            diagonal += a[p][p] * a[p][p];
            for (size_t q = p + 1; q < n; ++q)
                off += a[p][q] * a[p][q];
        }
        if (off <= 1e-30 * std::max(diagonal, 1e-300))
            break;
        for (size_t p = 0; p < n; ++p) {
            for (size_t q = p + 1; q < n; ++q) {
                if (a[p][q] == 0)
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
    std::vector<double> mean(static_cast<size_t>(data.cols), 0.0);
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

// out = C·v for the covariance C = XᵀX / (n − 1), without forming C: two passes over the data.
void applyCovariance(const Centred &data, const Column &v, Column &out)
{
    std::fill(out.begin(), out.end(), 0.0);
    for (int r = 0; r < data.rows; ++r) {
        const double *x = data.row(r);
        axpy(dot(x, v.data(), data.cols), x, out.data(), data.cols);
    }
    const double scale = 1.0 / double(data.rows - 1);
    for (double &value : out)
        value *= scale;
}

// A unit vector orthogonal to every vector in `basis` (for rank-deficient data).
Column orthogonalTo(const std::vector<Column> &basis, int size, QRandomGenerator &random)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        Column v(static_cast<size_t>(size));
        for (double &x : v)
            x = random.generateDouble() - 0.5;
        for (int pass = 0; pass < 2; ++pass)
            for (const Column &q : basis)
                axpy(-dot(q.data(), v.data(), size), q.data(), v.data(), size);
        const double length = norm(v);
        if (length > 1e-8) {
            for (double &x : v)
                x /= length;
            return v;
        }
    }
    return Column(static_cast<size_t>(size), 0.0);
}

} // namespace

Pca::Result Pca::project(const VectorMatrix &vectors, bool normalizeRows)
{
    // Lanczos with full reorthogonalisation on the covariance operator: the two largest
    // eigenpairs in a few dozen passes over the data even when the spectrum is flat, where plain
    // power (subspace) iteration crawls.
    Result result;
    if (vectors.rows < 2 || vectors.cols < 1)
        return result;
    const Centred data = centre(vectors, normalizeRows);
    const int d = data.cols;
    QRandomGenerator random(0x10c0a7); // the same start every time: the same picture every time
    std::vector<Column> basis;
    Column q(static_cast<size_t>(d));
    for (double &x : q)
        x = random.generateDouble() - 0.5;
    const double start = norm(q);
    for (double &x : q)
        x /= start;
    basis.push_back(q);
    std::vector<double> alpha, beta;
    Column w(static_cast<size_t>(d));
    std::vector<double> ritz;
    std::vector<std::vector<double>> ritzVectors;
    const int limit = std::min({kMaxSteps, d, std::max(1, data.rows - 1)});
    const auto solveTridiagonal = [&]() {
        const size_t k = alpha.size();
        std::vector<std::vector<double>> t(k, std::vector<double>(k, 0.0));
        for (size_t i = 0; i < k; ++i) {
            t[i][i] = alpha[i];
            if (i + 1 < k)
                t[i][i + 1] = t[i + 1][i] = beta[i];
        }
        symmetricEigen(t, ritz, ritzVectors);
    };
    for (int step = 0; step < limit; ++step) {
        result.iterations = step + 1;
        const Column &current = basis.back();
        applyCovariance(data, current, w);
        const double a = dot(current.data(), w.data(), d);
        alpha.push_back(a);
        // Full reorthogonalisation (twice is enough) keeps the basis orthonormal in floating point.
        for (int pass = 0; pass < 2; ++pass)
            for (const Column &v : basis)
                axpy(-dot(v.data(), w.data(), d), v.data(), w.data(), d);
        const double b = norm(w);
        const bool invariant = b <= 1e-12 * std::max(std::fabs(alpha.front()), 1e-300);
        const bool last = step + 1 == limit;
        if (invariant || last || (step + 1) % kCheckEvery == 0) {
            solveTridiagonal();
            // The residual of Ritz pair i is β·|the last component of its eigenvector|.
            const size_t k = alpha.size();
            bool small = k >= 2;
            for (size_t i = 0; i < std::min<size_t>(2, k); ++i)
                small =
                    small && b * std::fabs(ritzVectors[k - 1][i]) <= kTolerance * std::max(ritz[0], 1e-300);
            if (invariant || last || small) {
                // An invariant subspace, or a basis as large as the data's rank, is exact.
                result.converged = small || invariant || int(k) >= std::min(d, data.rows - 1);
                break;
            }
        }
        beta.push_back(b);
        for (double &x : w)
            x /= b;
        basis.push_back(w);
    }

    const size_t k = alpha.size();
    std::vector<Column> axes;
    for (size_t axis = 0; axis < 2 && axis < k; ++axis) {
        Column direction(static_cast<size_t>(d), 0.0);
        for (size_t j = 0; j < k; ++j)
            axpy(ritzVectors[j][axis], basis[j].data(), direction.data(), d);
        const double length = norm(direction);
        if (length > 0)
            for (double &x : direction)
                x /= length;
        axes.push_back(direction);
    }
    while (axes.size() < 2)
        axes.push_back(orthogonalTo(axes, d, random));

    for (int axis = 0; axis < 2; ++axis) {
        Column &direction = axes[size_t(axis)];
        // The sign convention: the largest loading is positive.
        size_t largest = 0;
        for (size_t c = 1; c < direction.size(); ++c)
            if (std::fabs(direction[c]) > std::fabs(direction[largest]))
                largest = c;
        if (direction[largest] < 0)
            for (double &x : direction)
                x = -x;
        result.variance[axis] = size_t(axis) < k ? std::max(0.0, ritz[size_t(axis)]) : 0.0;
        result.explained[axis] = data.totalVariance > 0 ? result.variance[axis] / data.totalVariance : 0.0;
        result.axes[axis] = QList<double>(direction.begin(), direction.end());
    }
    result.points.reserve(data.rows);
    for (int r = 0; r < data.rows; ++r) {
        const double *x = data.row(r);
        result.points.append(QPointF(dot(x, axes[0].data(), d), dot(x, axes[1].data(), d)));
    }
    return result;
}
