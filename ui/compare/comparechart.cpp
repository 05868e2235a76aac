#include "comparechart.h"

#include "chat/message.h"
#include "compare/comparerun.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

QChartView *makeView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    // No antialiasing: bars and grid lines are axis-aligned, so it only softens their edges, and
    // it made a chart's paint several times dearer (7 ms against 1.7 ms for the first, measured
    // with LOQUAT_BENCH_TRACE while eight lanes stream). Text keeps its own antialiasing.
    view->setRenderHint(QPainter::Antialiasing, false);
    view->setMinimumHeight(200);
    return view;
}

// A bar's value as its label shows it: one decimal (a speed of 66.3063 tok/s reads as 66.3).
double shown(double value)
{
    return std::round(std::max(0.0, value) * 10) / 10;
}

// The top of the value axis: some room above the highest bar, at a round number that the axis's
// four intervals divide into round labels (1, 2 or 5 times a power of ten each). Without it, an
// empty chart (0 to 1) or a short one labelled its ticks "0 0 1 1 1".
double axisTop(double highest)
{
    constexpr int kIntervals = 4;                                     // QValueAxis's five ticks
    const double wanted = std::max(highest * 1.15 / kIntervals, 1.0); // whole-number labels
    const double power = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = 10 * power;
    for (const double nice : {1.0, 2.0, 5.0}) {
        if (nice * power >= wanted) {
            step = nice * power;
            break;
        }
    }
    return step * kIntervals;
}

// Shows the values; when the chart already has bars for the same lanes, only the values and the
// scale change (no series or axes made again, so no relayout of the whole chart).
void fill(QChart *chart, const QString &title, const QStringList &categories, const QList<double> &values)
{
    const double top = values.isEmpty() ? 0.0 : *std::max_element(values.begin(), values.end());
    const double yMax = axisTop(top);
    auto *series = chart->series().isEmpty() ? nullptr : qobject_cast<QBarSeries *>(chart->series().first());
    const QList<QAbstractAxis *> xs = chart->axes(Qt::Horizontal);
    const QList<QAbstractAxis *> ys = chart->axes(Qt::Vertical);
    auto *x = xs.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(xs.first());
    auto *y = ys.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(ys.first());
    if (series && x && y && series->count() == 1 && x->categories() == categories &&
        series->barSets().first()->count() == values.size()) {
        QBarSet *set = series->barSets().first();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const double v = shown(values.at(i));
            if (set->at(i) != v)
                set->replace(i, v);
        }
        if (y->max() != yMax)
            y->setRange(0, yMax);
        return;
    }
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis() hands the axis back to the caller (found by LeakSanitizer)
    }
    chart->setTitle(title);
    auto *set = new QBarSet(title);
    for (const double v : values)
        *set << shown(v);
    series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    y = new QValueAxis;
    y->setRange(0, yMax);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace

CompareChart::CompareChart(QWidget *parent)
    : QWidget(parent)
    , m_speedView(makeView(this))
    , m_lengthView(makeView(this))
{
    setObjectName(QStringLiteral("compareChart"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_speedView);
    layout->addWidget(m_lengthView);
    // Each chart's update ends in a repaint that Qt Charts makes at once (the scene flushes the
    // window's pending paint): the second chart follows one turn of the event loop later, so
    // the two never add up to one long stall.
    m_lengthLater.setSingleShot(true);
    m_lengthLater.setInterval(0);
    connect(&m_lengthLater, &QTimer::timeout, this, [this] {
        fill(m_lengthView->chart(), tr("Length (completion tokens)"), m_categories, m_lengths);
    });
}

void CompareChart::showRun(const CompareRun &run)
{
    QStringList categories;
    QList<double> speeds;
    QList<double> lengths;
    for (int i = 0; i < run.laneCount(); ++i) {
        categories << tr("Lane %1").arg(i + 1);
        const MessageMetrics &m = run.answer(i).metrics;
        speeds << std::max(0.0, m.tokensPerSecond);
        lengths << double(std::max<qint64>(0, m.completionTokens));
    }
    show(categories, speeds, lengths);
}

void CompareChart::showEmpty(int lanes)
{
    QStringList categories;
    for (int i = 0; i < lanes; ++i)
        categories << tr("Lane %1").arg(i + 1);
    const QList<double> zeros(lanes, 0.0);
    show(categories, zeros, zeros);
}

void CompareChart::show(const QStringList &categories, const QList<double> &speeds,
                        const QList<double> &lengths)
{
    m_categories = categories;
    m_speeds = speeds;
    m_lengths = lengths;
    fill(m_speedView->chart(), tr("Speed (tokens/s)"), m_categories, m_speeds);
    m_lengthLater.start();
}
