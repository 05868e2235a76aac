#pragma once

#include <QObject>

class QTextEdit;

// The conversation's font size: larger, smaller, back to the system's (Ctrl+Plus, Ctrl+Minus,
// Ctrl+0, and Ctrl+wheel over the view), remembered in DesktopSettings for the next start. The
// view's document sizes everything relative to its default font (headings, "small" metrics, code
// in monospace), so one font size scales the whole conversation.
class ConversationZoom final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationZoom)

public:
    explicit ConversationZoom(QTextEdit *view, QObject *parent = nullptr);

    // The size in points the view shows now.
    int pointSize() const;
    // The system's size, what Ctrl+0 goes back to.
    int defaultPointSize() const { return m_defaultPointSize; }
    void setPointSize(int points); // kept and remembered; the default size forgets the setting
    void zoomIn();
    void zoomOut();
    void reset();

signals:
    void pointSizeChanged(int points);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(int points);

    QTextEdit *m_view;
    int m_defaultPointSize;
};
