#pragma once

#include <QPointF>
#include <QStringList>
#include <QWidget>

class QGraphicsSimpleTextItem;
class QLabel;
class QScatterSeries;
class QStackedLayout;
class QValueAxis;
class QChart;
class QChartView;

// The texts on a plane: the first two principal components of their vectors (PCA computed
// locally, off the UI thread), as a Qt Charts scatter plot. Each point carries its label (drawn
// beside it while there are few enough points to read them, always shown on hover with the start
// of the text); the axes say how much of the variance each component carries.
class PcaMapView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PcaMapView)

public:
    static constexpr int kMaxDrawnLabels = 150;

    explicit PcaMapView(QWidget *parent = nullptr);

    // `labels[i]` and `texts[i]` belong to `points[i]`; `explained` is each axis's share of variance.
    void setPoints(const QList<QPointF> &points, const QStringList &labels, const QStringList &texts,
                   double explainedX, double explainedY);
    void clear(const QString &message);

    QScatterSeries *series() const { return m_series; }
    QChartView *chartView() const { return m_view; }
    QChart *chart() const;
    int pointCount() const;
    int drawnLabelCount() const;
    QString message() const;
    QString hoveredText() const; // what the hover line says now

signals:
    void pointHovered(int index); // -1 when the pointer left it

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeLabels();

    QChartView *m_view;
    QScatterSeries *m_series;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QLabel *m_message;
    QStackedLayout *m_stack;
    QLabel *m_hover;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QStringList m_labelTexts;
    QStringList m_texts;
};
