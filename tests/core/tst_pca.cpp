// Pca: the subspace-iteration result against a full eigen-decomposition of the explicitly formed
// covariance matrix (cyclic Jacobi, written here independently), plus analytic cases.
#include "embeddings/pca.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <vector>

namespace {

using Matrix = std::vector<std::vector<double>>;

// Eigenvalues of a symmetric matrix by cyclic Jacobi; `vectors` gets the eigenvectors as columns.
std::vector<double> jacobi(Matrix a, Matrix &vectors)
{
    const size_t n = a.size();
    vectors.assign(n, std::vector<double>(n, 0));
    for (size_t i = 0; i < n; ++i)
        vectors[i][i] = 1;
    for (int sweep = 0; sweep < 200; ++sweep) {
        double off = 0;
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j)
                if (i != j)
                    off += a[i][j] * a[i][j];
        if (off < 1e-28)
            break;
        for (size_t p = 0; p < n; ++p) {
            for (size_t q = p + 1; q < n; ++q) {
                if (a[p][q] == 0)
                    continue;
                const double phi = 0.5 * std::atan2(2 * a[p][q], a[q][q] - a[p][p]);
                const double c = std::cos(phi), s = std::sin(phi);
                for (size_t k = 0; k < n; ++k) {
                    const double kp = a[k][p], kq = a[k][q];
                    a[k][p] = c * kp - s * kq;
                    a[k][q] = s * kp + c * kq;
                }
                for (size_t k = 0; k < n; ++k) {
                    const double pk = a[p][k], qk = a[q][k];
                    a[p][k] = c * pk - s * qk;
                    a[q][k] = s * pk + c * qk;
                }
                for (size_t k = 0; k < n; ++k) {
                    const double kp = vectors[k][p], kq = vectors[k][q];
                    vectors[k][p] = c * kp - s * kq;
                    vectors[k][q] = s * kp + c * kq;
                }
            }
        }
    }
    std::vector<double> values(n);
    for (size_t i = 0; i < n; ++i)
        values[i] = a[i][i];
    return values;
}

struct Reference {
    std::vector<double> values;            // descending
    std::vector<std::vector<double>> axes; // matching unit eigenvectors
    std::vector<std::vector<double>> centred;
    double total = 0;
};

Reference reference(const VectorMatrix &m, bool normalize)
{
    Reference ref;
    const int n = m.rows, d = m.cols;
    ref.centred.assign(static_cast<size_t>(n), std::vector<double>(static_cast<size_t>(d)));
    std::vector<double> mean(static_cast<size_t>(d), 0);
    for (int r = 0; r < n; ++r) {
        double norm = 0;
        for (int c = 0; c < d; ++c)
            norm += double(m.at(r, c)) * double(m.at(r, c));
        norm = normalize ? std::sqrt(norm) : 1.0;
        for (int c = 0; c < d; ++c) {
            ref.centred[static_cast<size_t>(r)][static_cast<size_t>(c)] = double(m.at(r, c)) / norm;
            mean[static_cast<size_t>(c)] += ref.centred[static_cast<size_t>(r)][static_cast<size_t>(c)] / n;
        }
    }
    for (auto &row : ref.centred)
        for (int c = 0; c < d; ++c)
            row[static_cast<size_t>(c)] -= mean[static_cast<size_t>(c)];
    Matrix cov(static_cast<size_t>(d), std::vector<double>(static_cast<size_t>(d), 0));
    for (const auto &row : ref.centred)
        for (int i = 0; i < d; ++i)
            for (int j = 0; j < d; ++j)
                cov[static_cast<size_t>(i)][static_cast<size_t>(j)] +=
                    row[static_cast<size_t>(i)] * row[static_cast<size_t>(j)] / (n - 1);
    for (int i = 0; i < d; ++i)
        ref.total += cov[static_cast<size_t>(i)][static_cast<size_t>(i)];
    Matrix vectors;
    const std::vector<double> values = jacobi(cov, vectors);
    std::vector<size_t> order(static_cast<size_t>(d));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] > values[b]; });
    for (size_t k = 0; k < 2 && k < order.size(); ++k) {
        ref.values.push_back(values[order[k]]);
        std::vector<double> axis(static_cast<size_t>(d));
        for (int i = 0; i < d; ++i)
            axis[static_cast<size_t>(i)] = vectors[static_cast<size_t>(i)][order[k]];
        ref.axes.push_back(axis);
    }
    return ref;
}

// Anisotropic Gaussian data in a random orientation: clear gaps between the top eigenvalues.
VectorMatrix anisotropic(int rows, int cols, quint32 seed)
{
    QRandomGenerator random(seed);
    const auto gaussian = [&random]() {
        const double u = std::max(random.generateDouble(), 1e-12), v = random.generateDouble();
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
    };
    VectorMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.values.resize(static_cast<size_t>(rows) * static_cast<size_t>(cols));
    // A random rotation-ish mixing matrix.
    Matrix mix(static_cast<size_t>(cols), std::vector<double>(static_cast<size_t>(cols)));
    for (auto &row : mix)
        for (double &x : row)
            x = gaussian();
    for (int r = 0; r < rows; ++r) {
        std::vector<double> z(static_cast<size_t>(cols));
        for (int c = 0; c < cols; ++c)
            z[static_cast<size_t>(c)] = gaussian() * (c == 0 ? 6.0 : c == 1 ? 3.0 : 1.0 / (1 + c));
        for (int c = 0; c < cols; ++c) {
            double x = 0.5; // an offset, so that centring matters
            for (int k = 0; k < cols; ++k)
                x += mix[static_cast<size_t>(c)][static_cast<size_t>(k)] * z[static_cast<size_t>(k)];
            m.values[static_cast<size_t>(r) * static_cast<size_t>(cols) + static_cast<size_t>(c)] = float(x);
        }
    }
    return m;
}

double dot(const QList<double> &a, const std::vector<double> &b)
{
    double s = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        s += a[i] * b[static_cast<size_t>(i)];
    return s;
}

} // namespace

class TestPca final : public QObject {
    Q_OBJECT

private slots:
    void matchesFullEigenDecomposition_data();
    void matchesFullEigenDecomposition();
    void pointsOnALine();
    void signConventionAndDeterminism();
    void tooFewRows();
    void identicalRows();
};

void TestPca::matchesFullEigenDecomposition_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<bool>("normalize");
    QTest::newRow("200 x 8, raw") << 200 << 8 << false;
    QTest::newRow("200 x 8, unit rows") << 200 << 8 << true;
    QTest::newRow("60 x 16, raw") << 60 << 16 << false;
    QTest::newRow("10 x 24 (fewer rows than dimensions)") << 10 << 24 << false;
}

void TestPca::matchesFullEigenDecomposition()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(bool, normalize);
    const VectorMatrix m = anisotropic(rows, cols, quint32(rows + cols));
    const Pca::Result result = Pca::project(m, normalize);
    const Reference ref = reference(m, normalize);
    QVERIFY(result.converged);
    QCOMPARE(result.points.size(), rows);
    for (int k = 0; k < 2; ++k) {
        QVERIFY2(std::fabs(result.variance[k] - ref.values[static_cast<size_t>(k)]) <= 1e-6 * ref.values[0],
                 qPrintable(QStringLiteral("eigenvalue %1: %2 vs %3")
                                .arg(k)
                                .arg(result.variance[k])
                                .arg(ref.values[static_cast<size_t>(k)])));
        QVERIFY(std::fabs(result.explained[k] - ref.values[static_cast<size_t>(k)] / ref.total) < 1e-6);
        // The same direction up to sign.
        const double alignment = dot(result.axes[k], ref.axes[static_cast<size_t>(k)]);
        QVERIFY2(std::fabs(std::fabs(alignment) - 1.0) < 1e-6,
                 qPrintable(QString::number(alignment, 'g', 12)));
        const double sign = alignment > 0 ? 1.0 : -1.0;
        for (int r = 0; r < rows; ++r) {
            double projection = 0;
            for (int c = 0; c < cols; ++c)
                projection += ref.centred[static_cast<size_t>(r)][static_cast<size_t>(c)] *
                              ref.axes[static_cast<size_t>(k)][static_cast<size_t>(c)] * sign;
            const double got = k == 0 ? result.points[r].x() : result.points[r].y();
            QVERIFY(std::fabs(got - projection) < 1e-5 * std::sqrt(ref.values[0]));
        }
    }
    QVERIFY(result.variance[0] >= result.variance[1]);
}

void TestPca::pointsOnALine()
{
    // (t, 2t, 0) for t = 0..9: one direction, (1, 2, 0)/√5, carries all the variance.
    QList<QList<float>> rows;
    for (int t = 0; t < 10; ++t)
        rows.append({float(t), float(2 * t), 0.0f});
    VectorMatrix m;
    QVERIFY(VectorMatrix::fromRows(rows, m));
    const Pca::Result result = Pca::project(m, false);
    QVERIFY(std::fabs(result.axes[0][0] - 1.0 / std::sqrt(5.0)) < 1e-9);
    QVERIFY(std::fabs(result.axes[0][1] - 2.0 / std::sqrt(5.0)) < 1e-9);
    QVERIFY(std::fabs(result.explained[0] - 1.0) < 1e-9);
    QVERIFY(result.variance[1] < 1e-9);
    // The mean is t = 4.5: the first point sits at −4.5·√5 on the axis (largest loading positive).
    QVERIFY(std::fabs(result.points[0].x() + 4.5 * std::sqrt(5.0)) < 1e-9);
    for (const QPointF &p : result.points)
        QVERIFY(std::fabs(p.y()) < 1e-6);
}

void TestPca::signConventionAndDeterminism()
{
    const VectorMatrix m = anisotropic(80, 12, 3);
    const Pca::Result a = Pca::project(m);
    const Pca::Result b = Pca::project(m);
    QCOMPARE(a.points, b.points);
    for (int k = 0; k < 2; ++k) {
        double largest = 0;
        for (double x : a.axes[k])
            if (std::fabs(x) > std::fabs(largest))
                largest = x;
        QVERIFY(largest > 0);
    }
}

void TestPca::tooFewRows()
{
    VectorMatrix m;
    QVERIFY(VectorMatrix::fromRows({{1, 2, 3}}, m));
    QVERIFY(Pca::project(m).points.isEmpty());
}

void TestPca::identicalRows()
{
    VectorMatrix m;
    QVERIFY(VectorMatrix::fromRows({{1, 2, 3}, {1, 2, 3}, {1, 2, 3}}, m));
    const Pca::Result result = Pca::project(m);
    QCOMPARE(result.points.size(), 3);
    for (const QPointF &p : result.points)
        QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()) && std::fabs(p.x()) < 1e-9);
}

QTEST_GUILESS_MAIN(TestPca)
#include "tst_pca.moc"
