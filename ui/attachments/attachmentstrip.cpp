#include "attachmentstrip.h"

#include "attachmentchip.h"
#include "thumbnailcache.h"

#include <QHBoxLayout>
#include <QScrollBar>

AttachmentStrip::AttachmentStrip(QWidget *parent)
    : QScrollArea(parent)
    , m_row(new QWidget(this))
    , m_layout(new QHBoxLayout(m_row))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    setWidget(m_row);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Attachments"));
    updateVisibility();
}

AttachmentChip *AttachmentStrip::addChip(const QString &name)
{
    auto *chip = new AttachmentChip(name, m_row);
    m_layout->insertWidget(m_layout->count() - 1, chip);
    m_chips.append(chip);
    connect(chip, &AttachmentChip::removeRequested, this, [this, chip] { remove(chip); });
    connect(chip, &AttachmentChip::previewRequested, this,
            [this, chip] { emit previewRequested(chip->attachment()); });
    updateVisibility();
    return chip;
}

void AttachmentStrip::addPending(quint64 ticket, const QString &name)
{
    m_pending.insert(ticket, addChip(name));
    emit changed();
}

void AttachmentStrip::watchThumbnail(AttachmentChip *chip)
{
    ThumbnailCache *cache = ThumbnailCache::shared();
    const Attachment a = chip->attachment();
    if (a.isReference())
        return;
    chip->setThumbnail(cache->thumbnail(a));
    chip->setDurationMs(cache->durationMs(a));
    connect(cache, &ThumbnailCache::ready, chip, [chip, cache](const QString &sha) {
        if (sha != chip->attachment().sha256)
            return;
        chip->setThumbnail(cache->thumbnail(chip->attachment()));
        chip->setDurationMs(cache->durationMs(chip->attachment()));
    });
}

bool AttachmentStrip::resolve(quint64 ticket, const Attachment &attachment)
{
    AttachmentChip *chip = m_pending.take(ticket);
    if (!chip)
        return false;
    chip->setAttachment(attachment);
    watchThumbnail(chip);
    emit changed();
    return true;
}

void AttachmentStrip::drop(quint64 ticket)
{
    if (AttachmentChip *chip = m_pending.take(ticket))
        remove(chip);
}

void AttachmentStrip::addReady(const Attachment &attachment)
{
    AttachmentChip *chip = addChip(attachment.name);
    chip->setAttachment(attachment);
    watchThumbnail(chip);
    emit changed();
}

void AttachmentStrip::remove(AttachmentChip *chip)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it.value() == chip) {
            m_pending.erase(it);
            break;
        }
    }
    m_chips.removeOne(chip);
    chip->hide();
    chip->deleteLater();
    updateVisibility();
    emit changed();
}

void AttachmentStrip::clear()
{
    const QList<AttachmentChip *> chips = m_chips;
    m_chips.clear();
    m_pending.clear();
    for (AttachmentChip *chip : chips) {
        chip->hide();
        chip->deleteLater();
    }
    updateVisibility();
    emit changed();
}

AttachmentList AttachmentStrip::attachments() const
{
    AttachmentList list;
    for (const AttachmentChip *chip : m_chips) {
        if (chip->isReady())
            list.append(chip->attachment());
    }
    return list;
}

bool AttachmentStrip::hasPending() const
{
    return !m_pending.isEmpty();
}

void AttachmentStrip::updateVisibility()
{
    setVisible(!m_chips.isEmpty());
    if (!m_chips.isEmpty())
        setFixedHeight(m_row->sizeHint().height() + horizontalScrollBar()->sizeHint().height());
}
