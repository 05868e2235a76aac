// Clustering: the NN-chain average-linkage order against a naive O(n³) UPGMA written here (every
// cluster the naive algorithm forms must be a contiguous run of the order), plus planted clusters.
#include "embeddings/clustering.h"
#include "embeddings/similarity.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>

namespace {

SimilarityMatrix fromVectors(const QList<QList<float>> &rows)
{
    VectorMatrix m;
    VectorMatrix::fromRows(rows, m);
    return Similarity::cosineMatrix(m);
}

// Textbook UPGMA: repeatedly merge the closest pair, cluster distance = mean pairwise distance.
QList<QSet<int>> naiveUpgmaClusters(const SimilarityMatrix &s)
{
    QList<QSet<int>> clusters;
    for (int i = 0; i < s.size; ++i)
        clusters.append(QSet<int>{i});
    QList<QSet<int>> formed;
    const auto distance = [&](const QSet<int> &a, const QSet<int> &b) {
        double total = 0;
        for (int i : a)
            for (int j : b)
                total += 1.0 - double(s.at(i, j));
        return total / double(a.size() * b.size());
    };
    while (clusters.size() > 1) {
        double best = std::numeric_limits<double>::infinity();
        int bi = 0, bj = 1;
        for (int i = 0; i < clusters.size(); ++i)
            for (int j = i + 1; j < clusters.size(); ++j) {
                const double d = distance(clusters[i], clusters[j]);
                if (d < best) {
                    best = d;
                    bi = i;
                    bj = j;
                }
            }
        clusters[bi].unite(clusters[bj]);
        clusters.removeAt(bj);
        formed.append(clusters[bi]);
    }
    return formed;
}

bool isContiguous(const QList<int> &order, const QSet<int> &members)
{
    int first = -1, last = -1;
    for (int p = 0; p < order.size(); ++p) {
        if (members.contains(order[p])) {
            if (first < 0)
                first = p;
            last = p;
        }
    }
    return last - first + 1 == members.size();
}

QList<QList<float>> randomVectors(int count, int dims, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QList<float>> rows;
    for (int i = 0; i < count; ++i) {
        QList<float> v(dims);
        for (float &x : v)
            x = float(random.generateDouble() - 0.5);
        rows.append(v);
    }
    return rows;
}

} // namespace

class TestClustering final : public QObject {
    Q_OBJECT

private slots:
    void orderIsAPermutation();
    void agreesWithNaiveUpgma_data();
    void agreesWithNaiveUpgma();
    void plantedClustersAreBlocks();
    void undirectedRowsGoLast();
    void orderBySimilarity();
};

void TestClustering::orderIsAPermutation()
{
    const SimilarityMatrix s = fromVectors(randomVectors(57, 9, 1));
    QList<int> order = Clustering::averageLinkageOrder(s);
    std::sort(order.begin(), order.end());
    QList<int> expected(57);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(order, expected);
    QVERIFY(Clustering::averageLinkageOrder(SimilarityMatrix{}).isEmpty());
    QCOMPARE(Clustering::averageLinkageOrder(fromVectors({{1, 0}})), QList<int>{0});
}

void TestClustering::agreesWithNaiveUpgma_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("seed");
    QTest::newRow("12 points") << 12 << 2;
    QTest::newRow("30 points") << 30 << 3;
    QTest::newRow("45 points") << 45 << 4;
}

void TestClustering::agreesWithNaiveUpgma()
{
    QFETCH(int, count);
    QFETCH(int, seed);
    const SimilarityMatrix s = fromVectors(randomVectors(count, 6, quint32(seed)));
    const QList<int> order = Clustering::averageLinkageOrder(s);
    for (const QSet<int> &cluster : naiveUpgmaClusters(s))
        QVERIFY2(isContiguous(order, cluster), "a UPGMA cluster is split in the order");
}

void TestClustering::plantedClustersAreBlocks()
{
    // Three tight groups around three orthogonal directions, interleaved in the input.
    QRandomGenerator random(9);
    QList<QList<float>> rows;
    for (int i = 0; i < 30; ++i) {
        QList<float> v(3, 0.0f);
        v[i % 3] = 1.0f;
        for (float &x : v)
            x += float(random.generateDouble() * 0.05);
        rows.append(v);
    }
    const QList<int> order = Clustering::averageLinkageOrder(fromVectors(rows));
    for (int group = 0; group < 3; ++group) {
        QSet<int> members;
        for (int i = group; i < 30; i += 3)
            members.insert(i);
        QVERIFY(isContiguous(order, members));
    }
}

void TestClustering::undirectedRowsGoLast()
{
    const QList<int> order =
        Clustering::averageLinkageOrder(fromVectors({{1, 0}, {0, 0}, {0, 1}, {1, 0.1f}}));
    QCOMPARE(order.size(), 4);
    QCOMPARE(order.last(), 1);
}

void TestClustering::orderBySimilarity()
{
    const SimilarityMatrix s = fromVectors({{1, 0}, {0, 1}, {1, 1}, {1, 0.2f}});
    QCOMPARE(Clustering::orderBySimilarityTo(s, 0), (QList<int>{0, 3, 2, 1}));
    QCOMPARE(Clustering::orderBySimilarityTo(s, -1), (QList<int>{0, 1, 2, 3}));
}

QTEST_GUILESS_MAIN(TestClustering)
#include "tst_clustering.moc"
