#pragma once

#include <QObject>

class MainWindow;
class QSplitter;

// The window's layout across runs: where the docks are and how wide (the history, the sampling
// panel: QMainWindow's state, restored once all of them exist), the sizes of every splitter in the
// pages (Compare's setup/lanes/chart, the embeddings' table and views) and the page on screen.
// The window's own geometry and the last conversation are MainWindow's; this keeps the rest.
// Saved when the window closes (an event filter, so MainWindow needs no hook for it).
class WindowLayout final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLayout)

public:
    explicit WindowLayout(MainWindow *window, QObject *parent = nullptr);

    void restore();
    void save() const;
    // The settings key of a splitter: its place among the window's widgets ("pages/CompareView/
    // QSplitter#0"), stable from run to run because the window is built the same way each time.
    QString keyOf(const QSplitter *splitter) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
};
