#include "pcamapview.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kPadding = 0.08; // of the data's extent, around the points

QString snippet(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 160 ? simple.left(159) + QChar(0x2026) : simple;
}

} // namespace

PcaMapView::PcaMapView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_series(new QScatterSeries(this))
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedLayout)
    , m_hover(new QLabel(this))
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series->setMarkerSize(9);
    m_series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_series->setBorderColor(Qt::transparent);
    chart->addSeries(m_series);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_view->setChart(chart); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Map of the texts (PCA)"));

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_hover->setWordWrap(true);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setAccessibleName(tr("Point under the pointer"));
    m_hover->setText(tr("Point at a dot to see its text."));

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_hover);

    connect(m_series, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state) {
            emit pointHovered(-1);
            return;
        }
        // The series reports the point, not its index: find the nearest one.
        const QList<QPointF> points = m_series->points();
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < points.size(); ++i) {
            const double d = std::hypot(points[i].x() - point.x(), points[i].y() - point.y());
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        if (best >= 0)
            m_hover->setText(tr("%1: %2").arg(m_labelTexts.value(best), snippet(m_texts.value(best))));
        emit pointHovered(best);
    });
    connect(chart, &QChart::plotAreaChanged, this, &PcaMapView::placeLabels);
    connect(m_x, &QValueAxis::rangeChanged, this, &PcaMapView::placeLabels);
    connect(m_y, &QValueAxis::rangeChanged, this, &PcaMapView::placeLabels);
    clear(tr("Compute vectors for at least two texts to see them on a map."));
}

QChart *PcaMapView::chart() const
{
    return m_view->chart();
}

void PcaMapView::setPoints(const QList<QPointF> &points, const QStringList &labels, const QStringList &texts,
                           double explainedX, double explainedY)
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_labelTexts = labels;
    m_texts = texts;
    m_series->replace(points);
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    if (!points.isEmpty()) {
        minX = maxX = points.first().x();
        minY = maxY = points.first().y();
        for (const QPointF &p : points) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    const double padX = std::max((maxX - minX) * kPadding, 1e-6);
    const double padY = std::max((maxY - minY) * kPadding, 1e-6);
    m_x->setRange(minX - padX, maxX + padX);
    m_y->setRange(minY - padY, maxY + padY);
    m_x->setTitleText(
        tr("First component (%1 % of the variance)").arg(QLocale().toString(explainedX * 100, 'f', 1)));
    m_y->setTitleText(tr("Second component (%1 %)").arg(QLocale().toString(explainedY * 100, 'f', 1)));
    if (points.size() <= kMaxDrawnLabels) {
        for (int i = 0; i < points.size(); ++i) {
            auto *item = new QGraphicsSimpleTextItem(labels.value(i), chart());
            item->setBrush(palette().color(QPalette::Text));
            m_labels.append(item);
        }
    }
    m_hover->setText(
        points.size() > kMaxDrawnLabels
            ? tr("%1 texts: point at a dot to see its text.").arg(QLocale().toString(points.size()))
            : tr("Point at a dot to see its text."));
    m_message->clear();
    m_stack->setCurrentWidget(m_view);
    placeLabels();
}

void PcaMapView::clear(const QString &message)
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_series->clear();
    m_labelTexts.clear();
    m_texts.clear();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

int PcaMapView::pointCount() const
{
    return int(m_series->count());
}

int PcaMapView::drawnLabelCount() const
{
    return int(m_labels.size());
}

QString PcaMapView::message() const
{
    return m_message->text();
}

QString PcaMapView::hoveredText() const
{
    return m_hover->text();
}

void PcaMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLabels();
}

void PcaMapView::placeLabels()
{
    const QList<QPointF> points = m_series->points();
    for (int i = 0; i < m_labels.size() && i < points.size(); ++i) {
        const QPointF at = chart()->mapToPosition(points[i], m_series);
        m_labels[i]->setPos(at + QPointF(6, -m_labels[i]->boundingRect().height() / 2));
    }
}
