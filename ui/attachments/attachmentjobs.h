#pragma once

#include "media/imaging/attachmentpreparer.h"

#include <QObject>

// Runs AttachmentPreparer on the global thread pool, one job per file, image or URL, and hands
// each result back on the owner's thread. The UI thread only queues work and receives results:
// reading, decoding, scaling, hashing and storing never happen on it.
class AttachmentJobs final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentJobs)

public:
    explicit AttachmentJobs(QObject *parent = nullptr);
    ~AttachmentJobs() override;

    void setOptions(const AttachmentPreparer::Options &options) { m_options = options; }
    const AttachmentPreparer::Options &options() const { return m_options; }

    // Each returns the job's ticket; prepared() reports it once.
    quint64 prepareFile(const QString &path);
    quint64 prepareImage(const QImage &image, const QString &name);
    int pending() const { return m_pending; }

signals:
    void prepared(quint64 ticket, const AttachmentPreparer::Result &result);

private:
    quint64 run(std::function<AttachmentPreparer::Result(const AttachmentPreparer::Options &)> job);

    AttachmentPreparer::Options m_options;
    quint64 m_nextTicket = 1;
    int m_pending = 0;
};
