#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A one-line notice in the window (not a dialog): a sentence, an optional action link-button
// and a close button. Used for the history's problems (a full disk, a read-only or damaged
// file) and for "editing a message".
class InlineNotice final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineNotice)

public:
    explicit InlineNotice(QWidget *parent = nullptr);

    // Shows the notice; `action` names the button (hidden when empty).
    void showMessage(const QString &text, const QString &action = {}, bool warning = false);
    QString text() const;
    QToolButton *actionButton() const { return m_action; }
    QToolButton *closeButton() const { return m_close; }

signals:
    void actionTriggered();
    void closed();

private:
    QLabel *m_label;
    QToolButton *m_action;
    QToolButton *m_close;
};
