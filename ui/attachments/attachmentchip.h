#pragma once

#include "media/attachment.h"

#include <QFrame>

class QLabel;
class QToolButton;

// One attachment in the composer's strip: its thumbnail, name and what will be sent (pixel size,
// "scaled from", byte size, length), and a button that removes it. While the file is being
// prepared it says so; a click on a ready one asks for the preview.
class AttachmentChip final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentChip)

public:
    AttachmentChip(const QString &name, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    const Attachment &attachment() const { return m_attachment; }
    void setAttachment(const Attachment &attachment);
    void setDurationMs(qint64 ms);
    void setThumbnail(const QImage &image);
    QToolButton *removeButton() const { return m_remove; }
    QString detailText() const;

    // "2048×1365 · 812 KB (scaled from 6000×4000)", "0:12 · 3.1 MB", "web reference".
    static QString describe(const Attachment &attachment);

signals:
    void removeRequested();
    void previewRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_picture;
    QLabel *m_name;
    QLabel *m_detail;
    QToolButton *m_remove;
    Attachment m_attachment;
    bool m_ready = false;
};
