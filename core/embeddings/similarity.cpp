#include "similarity.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

// The kernel is compiled for AVX2+FMA and for the baseline; the loader picks one (GNU ifunc).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__gnu_linux__)
#define LOQUAT_KERNEL_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define LOQUAT_KERNEL_CLONES
#endif

namespace {

constexpr int kLanes = 8;
constexpr int kBlock = 3;     // 3×3 dot products at once: 9 accumulators + 6 loads fit 16 registers
constexpr int kTileRows = 48; // rows of one side kept hot in L2 while the other side streams by

typedef float Lanes __attribute__((vector_size(kLanes * sizeof(float))));

// By reference, never by value: passing 32-byte vectors by value has an ABI that depends on the
// target (and the kernel is compiled for two).
void load(Lanes &v, const float *p)
{
    std::memcpy(&v, p, sizeof v);
}

float sum(const Lanes &v)
{
    float s = 0;
    for (int i = 0; i < kLanes; ++i)
        s += v[i];
    return s;
}

// out[i][j] (and out[j][i]) = row i · row j for i ≤ j, rows padded to a multiple of kLanes.
// Rows past `n` read `zero`.
LOQUAT_KERNEL_CLONES
void upperTriangle(const float *rows, int n, int stride, const float *zero, float *out)
{
    const auto rowAt = [&](int r) { return r < n ? rows + qsizetype(r) * stride : zero; };
    for (int tile = 0; tile < n; tile += kTileRows) {
        const int tileEnd = std::min(n, tile + kTileRows);
        for (int jb = tile; jb < n; jb += kBlock) {
            const float *b0 = rowAt(jb), *b1 = rowAt(jb + 1), *b2 = rowAt(jb + 2);
            for (int ib = tile; ib < tileEnd && ib <= jb; ib += kBlock) {
                const float *a0 = rowAt(ib), *a1 = rowAt(ib + 1), *a2 = rowAt(ib + 2);
                Lanes c00 = {}, c01 = {}, c02 = {}, c10 = {}, c11 = {}, c12 = {}, c20 = {}, c21 = {},
                      c22 = {};
                for (int k = 0; k < stride; k += kLanes) {
                    Lanes x0, x1, x2, y0, y1, y2;
                    load(x0, a0 + k);
                    load(x1, a1 + k);
                    load(x2, a2 + k);
                    load(y0, b0 + k);
                    load(y1, b1 + k);
                    load(y2, b2 + k);
                    c00 += x0 * y0;
                    c01 += x0 * y1;
                    c02 += x0 * y2;
                    c10 += x1 * y0;
                    c11 += x1 * y1;
                    c12 += x1 * y2;
                    c20 += x2 * y0;
                    c21 += x2 * y1;
                    c22 += x2 * y2;
                }
                const float block[kBlock][kBlock] = {{sum(c00), sum(c01), sum(c02)},
                                                     {sum(c10), sum(c11), sum(c12)},
                                                     {sum(c20), sum(c21), sum(c22)}};
                for (int di = 0; di < kBlock; ++di) {
                    for (int dj = 0; dj < kBlock; ++dj) {
                        const int i = ib + di, j = jb + dj;
                        if (i < n && j < n && i <= j) {
                            out[qsizetype(i) * n + j] = block[di][dj];
                            out[qsizetype(j) * n + i] = block[di][dj];
                        }
                    }
                }
            }
        }
    }
}

float dot(const float *a, const float *b, int count)
{
    Lanes acc = {};
    int k = 0;
    for (; k + kLanes <= count; k += kLanes) {
        Lanes x, y;
        load(x, a + k);
        load(y, b + k);
        acc += x * y;
    }
    float s = sum(acc);
    for (; k < count; ++k)
        s += a[k] * b[k];
    return s;
}

} // namespace

bool VectorMatrix::fromRows(const QList<QList<float>> &vectors, VectorMatrix &out)
{
    out = {};
    if (vectors.isEmpty())
        return true;
    const qsizetype cols = vectors.first().size();
    for (const QList<float> &v : vectors) {
        if (v.size() != cols)
            return false;
    }
    out.rows = int(vectors.size());
    out.cols = int(cols);
    out.values.resize(size_t(out.rows) * size_t(out.cols));
    for (int r = 0; r < out.rows; ++r)
        std::copy(vectors[r].cbegin(), vectors[r].cend(), out.row(r));
    return true;
}

double Similarity::norm(const float *values, int count)
{
    double squares = 0;
    for (int i = 0; i < count; ++i)
        squares += double(values[i]) * double(values[i]);
    return std::sqrt(squares);
}

QList<double> Similarity::norms(const VectorMatrix &vectors)
{
    QList<double> out;
    out.reserve(vectors.rows);
    for (int r = 0; r < vectors.rows; ++r)
        out.append(norm(vectors.row(r), vectors.cols));
    return out;
}

VectorMatrix Similarity::normalized(const VectorMatrix &vectors)
{
    VectorMatrix out = vectors;
    for (int r = 0; r < out.rows; ++r) {
        const double length = norm(out.row(r), out.cols);
        if (length <= 0 || !std::isfinite(length))
            continue;
        float *row = out.row(r);
        for (int c = 0; c < out.cols; ++c)
            row[c] = float(double(row[c]) / length);
    }
    return out;
}

SimilarityMatrix Similarity::cosineMatrix(const VectorMatrix &vectors)
{
    SimilarityMatrix result;
    const int n = vectors.rows;
    result.size = n;
    result.values.assign(size_t(n) * size_t(n), 0.0f);
    if (n == 0)
        return result;
    // Unit rows, padded with zeros to whole vector lanes.
    const int stride = (vectors.cols + kLanes - 1) / kLanes * kLanes;
    std::vector<float> unit(size_t(n) * size_t(stride), 0.0f);
    std::vector<bool> hasDirection(size_t(n), false);
    for (int r = 0; r < n; ++r) {
        const double length = norm(vectors.row(r), vectors.cols);
        if (length <= 0 || !std::isfinite(length))
            continue;
        hasDirection[size_t(r)] = true;
        const float *source = vectors.row(r);
        float *target = unit.data() + qsizetype(r) * stride;
        for (int c = 0; c < vectors.cols; ++c)
            target[c] = float(double(source[c]) / length);
    }
    const std::vector<float> zero(size_t(stride), 0.0f);
    upperTriangle(unit.data(), n, stride, zero.data(), result.values.data());
    const float nan = std::numeric_limits<float>::quiet_NaN();
    for (int i = 0; i < n; ++i) {
        float *row = result.values.data() + qsizetype(i) * n;
        for (int j = 0; j < n; ++j) {
            if (!hasDirection[size_t(i)] || !hasDirection[size_t(j)])
                row[j] = nan;
            else
                row[j] = std::clamp(row[j], -1.0f, 1.0f); // rounding may overshoot ±1 slightly
        }
        if (hasDirection[size_t(i)])
            row[i] = 1.0f;
    }
    return result;
}

QList<float> Similarity::cosineTo(const QList<float> &query, const VectorMatrix &vectors)
{
    QList<float> scores(vectors.rows, std::numeric_limits<float>::quiet_NaN());
    if (query.size() != vectors.cols)
        return scores;
    const double queryNorm = norm(query.constData(), int(query.size()));
    if (queryNorm <= 0 || !std::isfinite(queryNorm))
        return scores;
    for (int r = 0; r < vectors.rows; ++r) {
        const double rowNorm = norm(vectors.row(r), vectors.cols);
        if (rowNorm <= 0 || !std::isfinite(rowNorm))
            continue;
        const double cosine = dot(query.constData(), vectors.row(r), vectors.cols) / (queryNorm * rowNorm);
        scores[r] = float(std::clamp(cosine, -1.0, 1.0));
    }
    return scores;
}

QList<int> Similarity::rankDescending(const QList<float> &scores)
{
    QList<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&scores](int a, int b) {
        const bool aNan = std::isnan(scores[a]), bNan = std::isnan(scores[b]);
        if (aNan != bNan)
            return bNan;
        return !aNan && scores[a] > scores[b];
    });
    return order;
}
