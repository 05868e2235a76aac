#pragma once

#include <QString>
#include <QWidget>

// One line of plain text, elided at the right, whose size never follows its text: setText()
// repaints the line and nothing else. A QLabel asks the layouts around it to run again on every
// change (QWidget::updateGeometry), which for a figure that changes every frame meant the whole
// row of Compare panes laid out again, and their scroll area's scroll bars repainted, each frame.
// The full text is the tooltip and the accessible name.
class ElidedLine final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLine)

public:
    explicit ElidedLine(QWidget *parent = nullptr);

    const QString &text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
};
