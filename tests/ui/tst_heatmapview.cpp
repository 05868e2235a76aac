// HeatmapView: the picture (colours by value, the row order, grey for no value), the colour
// scale's range, and the mapping from a point on the widget back to the pair of texts.
#include "embeddings/heatmapview.h"
#include "embeddings/similarity.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

namespace {

SimilarityMatrix matrixOf(std::initializer_list<std::initializer_list<float>> rows)
{
    SimilarityMatrix m;
    m.size = int(rows.size());
    for (const auto &row : rows)
        m.values.insert(m.values.end(), row.begin(), row.end());
    return m;
}

} // namespace

class TestHeatmapView final : public QObject {
    Q_OBJECT

private slots:
    void rangeLeavesOutTheDiagonal();
    void renderFollowsValuesAndOrder();
    void cellsUnderThePointer();
    void messageWhenEmpty();
};

void TestHeatmapView::rangeLeavesOutTheDiagonal()
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const SimilarityMatrix m = matrixOf({{1, 0.2f, 0.5f}, {0.2f, 1, nan}, {0.5f, nan, 1}});
    const auto [low, high] = HeatmapView::range(m);
    QCOMPARE(low, 0.2f);
    QCOMPARE(high, 0.5f);
    QCOMPARE(HeatmapView::range(matrixOf({{1}})), qMakePair(0.0f, 1.0f)); // nothing to compare
}

void TestHeatmapView::renderFollowsValuesAndOrder()
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const SimilarityMatrix m = matrixOf({{1, 0, nan}, {0, 1, 0.5f}, {nan, 0.5f, 1}});
    const QImage image = HeatmapView::render(m, {2, 0, 1}, 0.0f, 1.0f);
    QCOMPARE(image.size(), QSize(3, 3));
    // Display row 0 is matrix row 2: (2,2)=1, (2,0)=NaN, (2,1)=0.5.
    QCOMPARE(QColor(image.pixel(0, 0)), HeatmapView::colour(1.0f, 0, 1));
    QCOMPARE(QColor(image.pixel(1, 0)), HeatmapView::colour(nan, 0, 1));
    const QColor middle = HeatmapView::colour(0.5f, 0, 1);
    const QColor got(image.pixel(2, 0));
    QVERIFY(std::abs(got.red() - middle.red()) <= 1 && std::abs(got.green() - middle.green()) <= 1 &&
            std::abs(got.blue() - middle.blue()) <= 1);
    QCOMPARE(QColor(image.pixel(1, 1)), HeatmapView::colour(1.0f, 0, 1)); // (0,0)
    QCOMPARE(QColor(image.pixel(2, 1)), HeatmapView::colour(0.0f, 0, 1)); // (0,1)
    // The scale's ends are viridis's: dark purple low, yellow high; values outside are clamped.
    QCOMPARE(HeatmapView::colour(-5, 0, 1), QColor(0x44, 0x01, 0x54));
    QCOMPARE(HeatmapView::colour(5, 0, 1), QColor(0xfd, 0xe7, 0x25));
    QVERIFY(HeatmapView::colour(0.25f, 0, 1) != HeatmapView::colour(0.75f, 0, 1));
}

void TestHeatmapView::cellsUnderThePointer()
{
    auto matrix = std::make_shared<SimilarityMatrix>(matrixOf({{1, 0.1f}, {0.1f, 1}}));
    HeatmapView view;
    view.resize(300, 300);
    HeatmapView::Data data;
    data.matrix = matrix;
    data.labels = {QStringLiteral("alpha"), QStringLiteral("beta")};
    data.order = {1, 0};
    data.image = HeatmapView::render(*matrix, data.order, 0.1f, 1.0f);
    data.low = 0.1f;
    data.high = 1.0f;
    view.setData(data);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Find the map's cells by scanning: the top-left cell is display (0, 0) = matrix (1, 1).
    QPoint first(-1, -1);
    for (int y = 0; y < 300 && first.x() < 0; ++y)
        for (int x = 0; x < 300 && first.x() < 0; ++x)
            if (view.cellAt(QPoint(x, y)).first >= 0)
                first = QPoint(x, y);
    QVERIFY(first.x() >= 0);
    QCOMPARE(view.cellAt(first), qMakePair(1, 1));
    QCOMPARE(view.cellAt(QPoint(0, 0)), qMakePair(-1, -1));
    QVERIFY(view.describeCell(1, 0).startsWith(QStringLiteral("beta × alpha: ")));
    QVERIFY(view.describeCell(1, 0).contains(QLocale().toString(0.1, 'f', 4)));
    QSignalSpy clicked(&view, &HeatmapView::cellClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, first + QPoint(2, 2));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 1);
}

void TestHeatmapView::messageWhenEmpty()
{
    HeatmapView view;
    QVERIFY(!view.message().isEmpty());
    QCOMPARE(view.size(), 0);
    QCOMPARE(view.cellAt(QPoint(10, 10)), qMakePair(-1, -1));
    view.clear(QStringLiteral("nothing"));
    QCOMPARE(view.message(), QStringLiteral("nothing"));
}

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
