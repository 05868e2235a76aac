#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

// With LOQUAT_REPORT_FIRST_PAINT set, prints "loquat: first frame painted after N ms" on stdout
// once the window's first frame is painted, N counted from the start of main(). loquat-bench
// launches the real binary with it to measure startup_ms (from process start, on its own clock)
// and then the idle resident memory. It only writes one line: the app goes on running as usual.
class FirstPaintReporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintReporter)

public:
    // Installs a reporter on `window` when the environment asks for one; `sinceMain` runs from
    // the top of main().
    static void installIfRequested(QWidget *window, const QElapsedTimer &sinceMain);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintReporter(QWidget *window, const QElapsedTimer &sinceMain);

    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};
