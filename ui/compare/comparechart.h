#pragma once

#include <QTimer>
#include <QWidget>

class CompareRun;
class QChart;
class QChartView;

// The lanes side by side in two bar charts (Qt Charts): decode speed in tokens per second, and
// length in completion tokens. Updated when a lane finishes (not on every frame: a chart relayout
// costs more than a frame while eight lanes stream).
class CompareChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareChart)

public:
    explicit CompareChart(QWidget *parent = nullptr);

    void showRun(const CompareRun &run);
    // Bars at zero for `lanes` lanes: drawn before the first run, while the user sets the lanes
    // up, so that the run's first update of the chart only changes values (making the series and
    // axes and the charts' first layout took 5-10 ms of one turn, just after Run).
    void showEmpty(int lanes);
    // The values last shown, per lane (for tests): speed and length. The length chart is drawn
    // one turn of the event loop after the speed chart.
    const QList<double> &speeds() const { return m_speeds; }
    const QList<double> &lengths() const { return m_lengths; }

private:
    void show(const QStringList &categories, const QList<double> &speeds, const QList<double> &lengths);

    QChartView *m_speedView;
    QChartView *m_lengthView;
    QStringList m_categories;
    QList<double> m_speeds;
    QList<double> m_lengths;
    QTimer m_lengthLater;
};
