#include "attachmentpreview.h"

#include "attachmentchip.h"
#include "thumbnailcache.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMediaPlayer>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QVideoWidget>

AttachmentPreview::AttachmentPreview(const Attachment &attachment, QWidget *parent)
    : QDialog(parent)
    , m_attachment(attachment)
{
    setWindowTitle(tr("%1 — %2").arg(attachment.name, AttachmentChip::describe(attachment)));
    auto *layout = new QVBoxLayout(this);
    if (attachment.kind == MediaKind::Image)
        buildImage();
    else
        buildPlayer();
    auto *caption = new QLabel(AttachmentChip::describe(attachment), this);
    caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(caption);
    resize(720, attachment.kind == MediaKind::Audio ? 140 : 560);
}

AttachmentPreview::~AttachmentPreview()
{
    if (m_player)
        m_player->stop();
}

AttachmentPreview *AttachmentPreview::open(const Attachment &attachment, QWidget *parent)
{
    auto *preview = new AttachmentPreview(attachment, parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->show();
    return preview;
}

void AttachmentPreview::buildImage()
{
    auto *scroll = new QScrollArea(this);
    m_image = new QLabel(tr("Loading…"), scroll);
    m_image->setAlignment(Qt::AlignCenter);
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    static_cast<QVBoxLayout *>(layout())->addWidget(scroll, 1);
    QPointer<QLabel> label = m_image;
    const QString path = m_attachment.filePath;
    QThreadPool::globalInstance()->start([label, path] {
        const QImage image = QImageReader(path).read(); // what is sent is already upright
        QMetaObject::invokeMethod(
            label.data(),
            [label, image] {
                if (!label)
                    return;
                if (image.isNull())
                    label->setText(AttachmentPreview::tr("The image cannot be shown."));
                else
                    label->setPixmap(QPixmap::fromImage(image));
            },
            Qt::QueuedConnection);
    });
}

void AttachmentPreview::buildPlayer()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    if (m_attachment.kind == MediaKind::Video) {
        auto *video = new QVideoWidget(this);
        m_player->setVideoOutput(video);
        layout->addWidget(video, 1);
    }
    auto *controls = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"), this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setAccessibleName(tr("Position"));
    m_time = new QLabel(this);
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);
    layout->addLayout(controls);
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else
            m_player->play();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_play->setText(state == QMediaPlayer::PlayingState ? tr("Pause") : tr("Play"));
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_slider->setRange(0, int(ms));
        updatePosition();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &AttachmentPreview::updatePosition);
    connect(m_slider, &QSlider::sliderMoved, m_player, [this](int ms) { m_player->setPosition(ms); });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) { m_time->setText(message); });
    m_player->setSource(QUrl::fromLocalFile(m_attachment.filePath));
    m_player->play();
}

void AttachmentPreview::updatePosition()
{
    if (!m_slider->isSliderDown())
        m_slider->setValue(int(m_player->position()));
    m_time->setText(QStringLiteral("%1 / %2").arg(ThumbnailCache::formatDuration(m_player->position()),
                                                  ThumbnailCache::formatDuration(m_player->duration())));
}
