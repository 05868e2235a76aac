// Similarity: the vectorised cosine matrix against a plain double-precision computation, for
// sizes that do and do not fill the kernel's blocks and lanes; zero vectors; ranking.
#include "embeddings/similarity.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

namespace {

VectorMatrix randomMatrix(int rows, int cols, quint32 seed)
{
    QRandomGenerator random(seed);
    VectorMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.values.resize(size_t(rows) * size_t(cols));
    for (float &v : m.values)
        v = float(random.generateDouble() * 2.0 - 1.0);
    return m;
}

// The textbook definition, in doubles, one pair at a time.
double naiveCosine(const VectorMatrix &m, int a, int b)
{
    double dot = 0, na = 0, nb = 0;
    for (int c = 0; c < m.cols; ++c) {
        dot += double(m.at(a, c)) * double(m.at(b, c));
        na += double(m.at(a, c)) * double(m.at(a, c));
        nb += double(m.at(b, c)) * double(m.at(b, c));
    }
    return dot / std::sqrt(na * nb);
}

} // namespace

class TestSimilarity final : public QObject {
    Q_OBJECT

private slots:
    void matchesNaiveComputation_data();
    void matchesNaiveComputation();
    void knownValues();
    void zeroVectorHasNoDirection();
    void norms();
    void cosineToQuery();
    void rankingPutsNaNLast();
    void fromRowsRejectsRaggedInput();
};

void TestSimilarity::matchesNaiveComputation_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::newRow("1 x 1") << 1 << 1;
    QTest::newRow("2 x 3") << 2 << 3;
    QTest::newRow("7 x 13 (ragged blocks and lanes)") << 7 << 13;
    QTest::newRow("50 x 64") << 50 << 64;
    QTest::newRow("101 x 385 (several tiles)") << 101 << 385;
}

void TestSimilarity::matchesNaiveComputation()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    const VectorMatrix m = randomMatrix(rows, cols, quint32(rows * 1000 + cols));
    const SimilarityMatrix s = Similarity::cosineMatrix(m);
    QCOMPARE(s.size, rows);
    QCOMPARE(s.values.size(), size_t(rows) * size_t(rows));
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < rows; ++j) {
            const double expected = i == j ? 1.0 : naiveCosine(m, i, j);
            if (std::fabs(double(s.at(i, j)) - expected) > 1e-5)
                QFAIL(qPrintable(QStringLiteral("cos(%1, %2) = %3, expected %4")
                                     .arg(i)
                                     .arg(j)
                                     .arg(double(s.at(i, j)), 0, 'g', 9)
                                     .arg(expected, 0, 'g', 9)));
            QCOMPARE(s.at(i, j), s.at(j, i)); // exactly symmetric
        }
    }
}

void TestSimilarity::knownValues()
{
    // (1,0), (0,1), (1,1), (-1,0): 90°, 45°, 180°.
    VectorMatrix m;
    QVERIFY(VectorMatrix::fromRows({{1, 0}, {0, 1}, {1, 1}, {-1, 0}}, m));
    const SimilarityMatrix s = Similarity::cosineMatrix(m);
    QCOMPARE(s.at(0, 1), 0.0f);
    QVERIFY(std::fabs(s.at(0, 2) - float(M_SQRT1_2)) < 1e-7f);
    QCOMPARE(s.at(0, 3), -1.0f);
    QCOMPARE(s.at(2, 2), 1.0f);
}

void TestSimilarity::zeroVectorHasNoDirection()
{
    VectorMatrix m;
    QVERIFY(VectorMatrix::fromRows({{1, 2, 3}, {0, 0, 0}, {3, 2, 1}}, m));
    const SimilarityMatrix s = Similarity::cosineMatrix(m);
    for (int j = 0; j < 3; ++j) {
        QVERIFY(std::isnan(s.at(1, j)));
        QVERIFY(std::isnan(s.at(j, 1)));
    }
    QVERIFY(std::fabs(double(s.at(0, 2)) - 10.0 / 14.0) < 1e-6);
}

void TestSimilarity::norms()
{
    VectorMatrix m;
    QVERIFY(VectorMatrix::fromRows({{3, 4}, {0, 0}, {1, 1}}, m));
    const QList<double> n = Similarity::norms(m);
    QCOMPARE(n, (QList<double>{5.0, 0.0, std::sqrt(2.0)}));
    const VectorMatrix unit = Similarity::normalized(m);
    QCOMPARE(unit.at(0, 0), 0.6f);
    QCOMPARE(unit.at(0, 1), 0.8f);
    QCOMPARE(unit.at(1, 0), 0.0f);
}

void TestSimilarity::cosineToQuery()
{
    const VectorMatrix m = randomMatrix(20, 37, 7);
    QList<float> query(37);
    for (int c = 0; c < 37; ++c)
        query[c] = m.at(5, c) * 3.0f; // a scaled copy of row 5
    const QList<float> scores = Similarity::cosineTo(query, m);
    QCOMPARE(scores.size(), 20);
    QVERIFY(std::fabs(scores[5] - 1.0f) < 1e-6f);
    for (int r = 0; r < 20; ++r)
        QVERIFY(std::fabs(double(scores[r]) - naiveCosine(m, 5, r)) < 1e-5);
    QCOMPARE(Similarity::rankDescending(scores).first(), 5);
    // A query of the wrong length scores nothing.
    for (float s : Similarity::cosineTo(QList<float>(3, 1.0f), m))
        QVERIFY(std::isnan(s));
}

void TestSimilarity::rankingPutsNaNLast()
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    QCOMPARE(Similarity::rankDescending({0.1f, nan, 0.9f, 0.5f, nan, 0.5f}), (QList<int>{2, 3, 5, 0, 1, 4}));
}

void TestSimilarity::fromRowsRejectsRaggedInput()
{
    VectorMatrix m;
    QVERIFY(!VectorMatrix::fromRows({{1, 2}, {1, 2, 3}}, m));
    QVERIFY(m.isEmpty());
    QVERIFY(VectorMatrix::fromRows({}, m));
    QVERIFY(m.isEmpty());
}

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
