#pragma once

#include <QWidget>

class CompareRun;
class QComboBox;
class QLabel;
class QTextBrowser;

// A word-level diff between any two lanes' answers: words only the first has are struck through
// in red, words only the second has are green, shared words plain; with the share of words in
// common.
class DiffView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setRun(const CompareRun *run); // refills the lane pickers
    void refresh();
    void compare(int first, int second);

    QComboBox *firstPicker() const { return m_first; }
    QComboBox *secondPicker() const { return m_second; }
    QTextBrowser *browser() const { return m_browser; }
    QLabel *summary() const { return m_summary; }

private:
    const CompareRun *m_run = nullptr;
    QComboBox *m_first;
    QComboBox *m_second;
    QLabel *m_summary;
    QTextBrowser *m_browser;
};
