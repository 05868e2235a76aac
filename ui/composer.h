#pragma once

#include <QWidget>

class ComposerEdit;
class QPlainTextEdit;
class QPushButton;

// Where the user writes. Enter (or the Send button) asks to send, Shift+Enter starts a new line,
// Esc (or the button, which reads Stop while an answer streams) asks to stop. The composer never
// clears itself: its owner clears it once the send was accepted, so nothing typed is ever lost.
class Composer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    QPlainTextEdit *editor() const;
    QPushButton *button() const { return m_button; }

    // While busy the button stops the answer, and Enter does not send (the text stays for later).
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Whether sending is possible at all; `reason` says why not (shown as the button's tooltip).
    void setCanSend(bool canSend, const QString &reason = {});
    bool canSend() const { return m_canSend; }

signals:
    void sendRequested(const QString &text);
    void stopRequested();

private:
    void submit();
    void onButton();
    void updateButton();

    ComposerEdit *m_edit;
    QPushButton *m_button;
    QString m_cannotSendReason;
    bool m_busy = false;
    bool m_canSend = true;
};
