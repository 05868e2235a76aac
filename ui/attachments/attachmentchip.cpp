#include "attachmentchip.h"

#include "media/imaging/attachmentpreparer.h"
#include "thumbnailcache.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPixmap>
#include <QToolButton>

AttachmentChip::AttachmentChip(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_picture(new QLabel(this))
    , m_name(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    m_picture->setFixedSize(ThumbnailCache::kEdge, ThumbnailCache::kEdge * 3 / 4);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setText(tr("Preparing…"));
    m_name->setText(fontMetrics().elidedText(name, Qt::ElideMiddle, ThumbnailCache::kEdge + 24));
    m_name->setToolTip(name);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_detail->setFont(small);
    m_detail->setWordWrap(true);
    m_detail->setMaximumWidth(ThumbnailCache::kEdge + 24);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove %1").arg(name));
    m_remove->setAccessibleName(tr("Remove attachment %1").arg(name));
    setAccessibleName(tr("Attachment %1").arg(name));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_picture, 0, 0);
    layout->addWidget(m_remove, 0, 1, Qt::AlignTop);
    layout->addWidget(m_name, 1, 0, 1, 2);
    layout->addWidget(m_detail, 2, 0, 1, 2);
    connect(m_remove, &QToolButton::clicked, this, &AttachmentChip::removeRequested);
}

QString AttachmentChip::describe(const Attachment &a)
{
    if (a.isReference())
        return tr("web reference (the server fetches it)");
    QStringList parts;
    if (a.pixelSize.isValid())
        parts.append(QStringLiteral("%1×%2").arg(a.pixelSize.width()).arg(a.pixelSize.height()));
    const QString length = ThumbnailCache::formatDuration(a.durationMs);
    if (!length.isEmpty())
        parts.append(length);
    parts.append(AttachmentPreparer::formatBytes(a.bytes));
    QString text = parts.join(QStringLiteral(" · "));
    if (a.wasScaled())
        text += QLatin1Char(' ') +
                tr("(scaled from %1×%2)").arg(a.originalPixelSize.width()).arg(a.originalPixelSize.height());
    return text;
}

QString AttachmentChip::detailText() const
{
    return m_detail->text();
}

void AttachmentChip::setAttachment(const Attachment &attachment)
{
    m_attachment = attachment;
    m_ready = true;
    m_detail->setText(describe(attachment));
    setToolTip(tr("%1 — click to preview").arg(attachment.name));
    if (attachment.isReference()) {
        m_picture->setText(tr("🔗 link"));
        setCursor(Qt::ArrowCursor);
    } else if (m_picture->pixmap().isNull()) {
        m_picture->setText(QString());
    }
}

void AttachmentChip::setDurationMs(qint64 ms)
{
    if (ms < 0 || ms == m_attachment.durationMs)
        return;
    m_attachment.durationMs = ms;
    m_detail->setText(describe(m_attachment));
}

void AttachmentChip::setThumbnail(const QImage &image)
{
    if (image.isNull())
        return;
    m_picture->setPixmap(
        QPixmap::fromImage(image).scaled(m_picture->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void AttachmentChip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_ready && !m_attachment.isReference())
        emit previewRequested();
    QFrame::mouseReleaseEvent(event);
}

void AttachmentChip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        emit removeRequested();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Space) && m_ready &&
        !m_attachment.isReference()) {
        emit previewRequested();
        return;
    }
    QFrame::keyPressEvent(event);
}
