#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

// The size of the conversation's text (and of the message being written), set with
// Ctrl+Plus / Ctrl+Minus / Ctrl+0 and remembered. Sizes are in points; 0 means the system's
// font size. Widgets added with follow() take the size at once and on every change; their
// rich text scales with it (QTextDocument's relative sizes: headings, "small" figures).
class ConversationZoom final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationZoom)

public:
    static constexpr int kMinPointSize = 7;
    static constexpr int kMaxPointSize = 36;

    explicit ConversationZoom(QObject *parent = nullptr);

    void follow(QWidget *widget);
    // The size in effect (the system's when none was chosen).
    int pointSize() const;
    // Chosen size, clamped to the range; 0 goes back to the system's size. Remembered.
    void setPointSize(int points);
    void zoomIn();
    void zoomOut();
    void reset();
    bool canZoomIn() const { return pointSize() < kMaxPointSize; }
    bool canZoomOut() const { return pointSize() > kMinPointSize; }

signals:
    void pointSizeChanged(int points);

private:
    void apply(QWidget *widget) const;

    int m_chosen = 0; // 0: the system's size
    QList<QPointer<QWidget>> m_widgets;
};
