#pragma once

#include <QObject>

class QMainWindow;
class QSplitter;
class QTabWidget;

// Brings the window back as it was left: its docks and toolbars (where, how wide, shown or
// not; QMainWindow::saveState), the sizes of every splitter in it, and the page that was shown.
// Restored once, when the window is first shown (so pages and docks added after the window was
// built are there), and saved when it closes. The window's own geometry is MainWindow's.
class WindowStateKeeper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStateKeeper)

public:
    WindowStateKeeper(QMainWindow *window, QTabWidget *pages);

    void save() const;
    void restore();
    // The settings key of a splitter: its object name, else its place among its parents.
    static QString splitterKey(const QSplitter *splitter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    QTabWidget *m_pages;
    bool m_restored = false;
};
