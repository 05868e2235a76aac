#pragma once

#include "media/attachment.h"

#include <QImage>
#include <QObject>
#include <QTimer>

class QMediaPlayer;
class QVideoSink;

// Asks Qt Multimedia what a video or audio attachment holds: its duration and, for video, a
// frame to show. Plays muted (no audio output is attached) until the first frame and the
// duration are known, then stops; gives up after kTimeoutMs and reports what it has. For WAV
// the header is read too, so the duration is known even where no audio backend is available.
class MediaProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaProbe)

public:
    static constexpr int kTimeoutMs = 5000;

    explicit MediaProbe(const Attachment &attachment, QObject *parent = nullptr);
    ~MediaProbe() override;

    void start();

    // The duration of a PCM WAV from its header; -1 when it cannot tell.
    static qint64 wavDurationMs(const QString &path);

signals:
    // durationMs -1 and a null frame when nothing could be learnt.
    void finished(qint64 durationMs, const QImage &frame);

private:
    void check();
    void finish();

    Attachment m_attachment;
    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QTimer m_timeout;
    QImage m_frame;
    qint64 m_durationMs = -1;
    bool m_done = false;
};
