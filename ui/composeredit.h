#pragma once

#include <QPlainTextEdit>

// The composer's text field: Enter submits, Shift+Enter starts a new line, Esc asks to stop.
class ComposerEdit final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEdit)

public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;

signals:
    void submitted();
    void escapePressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
