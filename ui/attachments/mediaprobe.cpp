#include "mediaprobe.h"

#include <QFile>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtEndian>

MediaProbe::MediaProbe(const Attachment &attachment, QObject *parent)
    : QObject(parent)
    , m_attachment(attachment)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &MediaProbe::finish);
}

MediaProbe::~MediaProbe() = default;

qint64 MediaProbe::wavDurationMs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray head = file.read(4096);
    if (!head.startsWith("RIFF") || head.mid(8, 4) != "WAVE")
        return -1;
    quint32 byteRate = 0;
    qsizetype at = 12;
    while (at + 8 <= head.size()) {
        const QByteArray id = head.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(head.constData() + at + 4);
        if (id == "fmt " && at + 20 <= head.size())
            byteRate = qFromLittleEndian<quint32>(head.constData() + at + 16);
        if (id == "data") {
            // A streaming writer leaves the data size at 0 or 0xFFFFFFFF: the file size tells.
            const qint64 bytes = (size == 0 || size == 0xFFFFFFFF) ? file.size() - at - 8 : qint64(size);
            return byteRate > 0 ? bytes * 1000 / byteRate : -1;
        }
        at += 8 + qint64(size) + (size & 1);
    }
    return -1;
}

void MediaProbe::start()
{
    if (m_attachment.format == QLatin1String("wav"))
        m_durationMs = wavDurationMs(m_attachment.filePath);
    if (m_attachment.kind == MediaKind::Audio && m_durationMs >= 0) {
        QMetaObject::invokeMethod(this, &MediaProbe::finish, Qt::QueuedConnection);
        return;
    }
    m_player = new QMediaPlayer(this);
    if (m_attachment.kind == MediaKind::Video) {
        m_sink = new QVideoSink(this);
        m_player->setVideoSink(m_sink);
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (frame.isValid() && m_frame.isNull())
                m_frame = frame.toImage();
            check();
        });
    }
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            m_durationMs = ms;
        check();
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia || status == QMediaPlayer::EndOfMedia)
            finish();
        else
            check();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &MediaProbe::finish);
    m_player->setSource(QUrl::fromLocalFile(m_attachment.filePath));
    if (m_attachment.kind == MediaKind::Video)
        m_player->play(); // without an audio output nothing is heard
    m_timeout.start();
}

void MediaProbe::check()
{
    const bool needFrame = m_attachment.kind == MediaKind::Video;
    if (m_durationMs > 0 && (!needFrame || !m_frame.isNull()))
        finish();
}

void MediaProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_player) {
        disconnect(m_player, nullptr, this, nullptr);
        if (m_sink)
            disconnect(m_sink, nullptr, this, nullptr);
        m_player->stop();
    }
    emit finished(m_durationMs, m_frame);
}
