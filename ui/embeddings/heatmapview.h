#pragma once

#include "embeddings/vectormatrix.h"

#include <QImage>
#include <QStringList>
#include <QWidget>

#include <memory>

// The cosine-similarity map of all texts: one cell per pair, in a row order chosen by the panel
// (list order, clustered, or by similarity to one text), with the labels beside the rows and above
// the columns when the cells are tall enough to read them, a colour legend, and the value of the
// cell under the pointer (tooltip). The picture itself is rendered off the UI thread (render()); the
// widget only scales it. Cells without a value (a text whose vector has no direction) are grey.
class HeatmapView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatmapView)

public:
    struct Data {
        std::shared_ptr<const SimilarityMatrix> matrix;
        QStringList labels; // by matrix index
        QList<int> order;   // display position -> matrix index
        QImage image;       // order.size() × order.size(), from render()
        float low = 0;      // the colour scale's ends
        float high = 1;
    };

    explicit HeatmapView(QWidget *parent = nullptr);

    void setData(const Data &data);
    // No map: a message in its place ("Compute vectors to see their similarities").
    void clear(const QString &message);
    const Data &data() const { return m_data; }
    QString message() const { return m_message; }
    int size() const { return int(m_data.order.size()); }

    // The matrix indexes of the cell under `position`, or {-1, -1}.
    QPair<int, int> cellAt(const QPoint &position) const;
    // "label A × label B: 0.873" for matrix indexes.
    QString describeCell(int row, int column) const;

    // The picture of `matrix` in `order`, coloured between `low` and `high` (pure; any thread).
    static QImage render(const SimilarityMatrix &matrix, const QList<int> &order, float low, float high);
    // The colour scale's ends: the smallest and largest similarity between two different texts.
    static QPair<float, float> range(const SimilarityMatrix &matrix);
    static QColor colour(float value, float low, float high);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int row, int column); // matrix indexes
    void cellHovered(int row, int column); // -1, -1 when the pointer left the map

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF mapRect() const; // where the cells are drawn
    int labelWidth() const;
    bool showsLabels() const;

    Data m_data;
    QString m_message;
};
