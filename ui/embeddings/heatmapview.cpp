#include "heatmapview.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace {

constexpr int kMargin = 6;
constexpr int kLegendWidth = 14;
constexpr int kLegendGap = 10;
constexpr int kMaxLabelChars = 24;

// viridis at five stops: perceptually even, readable in grey, kind to colour-blind eyes.
const QColor kStops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x91, 0x8c),
                         QColor(0x5e, 0xc9, 0x62), QColor(0xfd, 0xe7, 0x25)};
const QColor kNoValue(0x9e, 0x9e, 0x9e);

QString shortLabel(const QString &label)
{
    return label.size() > kMaxLabelChars ? label.left(kMaxLabelChars - 1) + QChar(0x2026) : label;
}

} // namespace

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Similarity map"));
    clear(tr("Compute vectors to see how similar the texts are."));
}

void HeatmapView::setData(const Data &data)
{
    m_data = data;
    m_message.clear();
    update();
}

void HeatmapView::clear(const QString &message)
{
    m_data = {};
    m_message = message;
    update();
}

QColor HeatmapView::colour(float value, float low, float high)
{
    if (!std::isfinite(value))
        return kNoValue;
    const float span = high - low;
    float t = span > 0 ? (value - low) / span : 1.0f;
    t = std::clamp(t, 0.0f, 1.0f) * 4.0f;
    const int i = std::min(3, int(t));
    const float f = t - float(i);
    const QColor &a = kStops[i];
    const QColor &b = kStops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

QPair<float, float> HeatmapView::range(const SimilarityMatrix &matrix)
{
    float low = std::numeric_limits<float>::infinity();
    float high = -std::numeric_limits<float>::infinity();
    for (int i = 0; i < matrix.size; ++i) {
        const float *row = matrix.row(i);
        for (int j = 0; j < matrix.size; ++j) {
            if (i == j || !std::isfinite(row[j]))
                continue;
            low = std::min(low, row[j]);
            high = std::max(high, row[j]);
        }
    }
    if (!std::isfinite(low))
        return {0.0f, 1.0f};
    return {low, high};
}

QImage HeatmapView::render(const SimilarityMatrix &matrix, const QList<int> &order, float low, float high)
{
    const int n = int(order.size());
    QImage image(std::max(n, 1), std::max(n, 1), QImage::Format_RGB32);
    image.fill(kNoValue);
    // A lookup table: 1,024 shades are more than a screen shows.
    constexpr int kShades = 1024;
    QList<QRgb> shades(kShades);
    for (int s = 0; s < kShades; ++s)
        shades[s] = colour(low + (high - low) * float(s) / float(kShades - 1), low, high).rgb();
    const float span = high - low;
    for (int y = 0; y < n; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const float *row = matrix.row(order[y]);
        for (int x = 0; x < n; ++x) {
            const float value = row[order[x]];
            if (!std::isfinite(value)) {
                line[x] = kNoValue.rgb();
                continue;
            }
            const float t = span > 0 ? std::clamp((value - low) / span, 0.0f, 1.0f) : 1.0f;
            line[x] = shades[int(t * float(kShades - 1) + 0.5f)];
        }
    }
    return image;
}

bool HeatmapView::showsLabels() const
{
    const int n = size();
    if (n == 0)
        return false;
    const double cell = (height() - 2.0 * kMargin) / n;
    return cell >= fontMetrics().height() - 2;
}

int HeatmapView::labelWidth() const
{
    if (!showsLabels())
        return 0;
    int widest = 0;
    for (int index : m_data.order)
        widest = std::max(widest, fontMetrics().horizontalAdvance(shortLabel(m_data.labels.value(index))));
    return widest + kMargin;
}

QRectF HeatmapView::mapRect() const
{
    const int n = size();
    if (n == 0)
        return {};
    const int labels = labelWidth();
    const int top = kMargin + (labels > 0 ? labels : 0);
    const double available = std::min(width() - labels - 2.0 * kMargin - kLegendGap - kLegendWidth -
                                          fontMetrics().horizontalAdvance(QStringLiteral("-0.00")) - kMargin,
                                      height() - top - double(kMargin));
    const double side = std::max(0.0, available);
    return QRectF(kMargin + labels, top, side, side);
}

QPair<int, int> HeatmapView::cellAt(const QPoint &position) const
{
    const QRectF rect = mapRect();
    if (rect.isEmpty() || !rect.contains(position))
        return {-1, -1};
    const int n = size();
    const int x = std::clamp(int((position.x() - rect.left()) / rect.width() * n), 0, n - 1);
    const int y = std::clamp(int((position.y() - rect.top()) / rect.height() * n), 0, n - 1);
    return {m_data.order[y], m_data.order[x]};
}

QString HeatmapView::describeCell(int row, int column) const
{
    if (!m_data.matrix || row < 0 || column < 0 || row >= m_data.matrix->size ||
        column >= m_data.matrix->size)
        return {};
    const float value = m_data.matrix->at(row, column);
    const QString figure = std::isfinite(value) ? QLocale().toString(double(value), 'f', 4) : tr("no value");
    return tr("%1 × %2: %3").arg(m_data.labels.value(row), m_data.labels.value(column), figure);
}

QSize HeatmapView::sizeHint() const
{
    return {520, 460};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {160, 140};
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_message.isEmpty() || size() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                         Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRectF map = mapRect();
    // Nearest-neighbour scaling keeps cells crisp; smoothing would blur neighbours together.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(map, m_data.image);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(map);

    if (showsLabels()) {
        const int n = size();
        const double cell = map.height() / n;
        painter.setPen(palette().color(QPalette::Text));
        for (int p = 0; p < n; ++p) {
            const QString label = shortLabel(m_data.labels.value(m_data.order[p]));
            painter.drawText(QRectF(kMargin, map.top() + p * cell, map.left() - 2 * kMargin, cell),
                             Qt::AlignRight | Qt::AlignVCenter, label);
            painter.save();
            painter.translate(map.left() + (p + 0.5) * cell, map.top() - kMargin);
            painter.rotate(-90);
            painter.drawText(QRectF(0, -cell / 2, map.top() - 2 * kMargin, cell),
                             Qt::AlignLeft | Qt::AlignVCenter, label);
            painter.restore();
        }
    }

    // The legend: the colour scale with its two ends.
    const QRectF legend(map.right() + kLegendGap, map.top(), kLegendWidth, map.height());
    QLinearGradient gradient(legend.bottomLeft(), legend.topLeft());
    for (int s = 0; s <= 8; ++s)
        gradient.setColorAt(s / 8.0, colour(m_data.low + (m_data.high - m_data.low) * float(s) / 8.0f,
                                            m_data.low, m_data.high));
    painter.fillRect(legend, gradient);
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics metrics = fontMetrics();
    painter.drawText(QPointF(legend.right() + 4, legend.top() + metrics.ascent()),
                     QLocale().toString(double(m_data.high), 'f', 2));
    painter.drawText(QPointF(legend.right() + 4, legend.bottom()),
                     QLocale().toString(double(m_data.low), 'f', 2));
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [row, column] = cellAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), describeCell(row, column), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    const auto [row, column] = cellAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton)
        emit cellClicked(row, column);
    QWidget::mousePressEvent(event);
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    const auto [row, column] = cellAt(event->position().toPoint());
    emit cellHovered(row, column);
    QWidget::mouseMoveEvent(event);
}

void HeatmapView::leaveEvent(QEvent *event)
{
    emit cellHovered(-1, -1);
    QWidget::leaveEvent(event);
}
