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

namespace {

QChartView *makeView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

void fill(QChart *chart, const QString &title, const QStringList &categories, const QList<double> &values)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis() hands the axis back to the caller (found by LeakSanitizer)
    }
    chart->setTitle(title);
    auto *set = new QBarSet(title);
    for (const double v : values)
        *set << std::max(0.0, v);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    const double top = values.isEmpty() ? 1.0 : *std::max_element(values.begin(), values.end());
    y->setRange(0, top > 0 ? top * 1.15 : 1.0);
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
}

void CompareChart::showRun(const CompareRun &run)
{
    QStringList categories;
    m_speeds.clear();
    m_lengths.clear();
    for (int i = 0; i < run.laneCount(); ++i) {
        categories << tr("Lane %1").arg(i + 1);
        const MessageMetrics &m = run.answer(i).metrics;
        m_speeds << std::max(0.0, m.tokensPerSecond);
        m_lengths << double(std::max<qint64>(0, m.completionTokens));
    }
    fill(m_speedView->chart(), tr("Speed (tokens/s)"), categories, m_speeds);
    fill(m_lengthView->chart(), tr("Length (completion tokens)"), categories, m_lengths);
}
