#pragma once

#include "media/attachment.h"

#include <QDialog>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;

// A look at one attachment as it will be (or was) sent: the image at its sent size (loaded on a
// worker thread), or the video or audio with play/pause and a position slider (Qt Multimedia).
// Non-modal; closes its player when closed.
class AttachmentPreview final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentPreview)

public:
    explicit AttachmentPreview(const Attachment &attachment, QWidget *parent = nullptr);
    ~AttachmentPreview() override;

    // Opens a preview that deletes itself when closed.
    static AttachmentPreview *open(const Attachment &attachment, QWidget *parent);

    QMediaPlayer *player() const { return m_player; }
    QLabel *imageLabel() const { return m_image; }

private:
    void buildImage();
    void buildPlayer();
    void updatePosition();

    Attachment m_attachment;
    QLabel *m_image = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QPushButton *m_play = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
};
