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
    // A paste or drop that holds media (files, an image): the composer attaches it instead.
    void mediaPasted(const QMimeData *mime);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
