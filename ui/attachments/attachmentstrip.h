#pragma once

#include "media/attachment.h"

#include <QHash>
#include <QList>
#include <QScrollArea>

class AttachmentChip;
class QHBoxLayout;

// The composer's row of attachments, in the order they were added (which is the order they are
// sent). Holds chips still being prepared (by ticket) and ready ones; hidden while empty.
class AttachmentStrip final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentStrip)

public:
    explicit AttachmentStrip(QWidget *parent = nullptr);

    void addPending(quint64 ticket, const QString &name);
    // The prepared attachment takes its chip's place; false when the chip was removed meanwhile.
    bool resolve(quint64 ticket, const Attachment &attachment);
    void drop(quint64 ticket); // preparation failed
    void addReady(const Attachment &attachment);
    void clear();

    AttachmentList attachments() const; // the ready ones, in order
    bool hasPending() const;
    int count() const { return int(m_chips.size()); }
    QList<AttachmentChip *> chips() const { return m_chips; }

signals:
    void changed();
    void previewRequested(const Attachment &attachment);

private:
    AttachmentChip *addChip(const QString &name);
    void remove(AttachmentChip *chip);
    void watchThumbnail(AttachmentChip *chip);
    void updateVisibility();

    QWidget *m_row;
    QHBoxLayout *m_layout;
    QList<AttachmentChip *> m_chips;
    QHash<quint64, AttachmentChip *> m_pending;
};
