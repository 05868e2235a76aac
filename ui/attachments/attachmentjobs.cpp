#include "attachmentjobs.h"

#include <QPointer>
#include <QThreadPool>

AttachmentJobs::AttachmentJobs(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AttachmentPreparer::Result>();
}

AttachmentJobs::~AttachmentJobs() = default;

quint64 AttachmentJobs::prepareFile(const QString &path)
{
    return run(
        [path](const AttachmentPreparer::Options &o) { return AttachmentPreparer::prepareFile(path, o); });
}

quint64 AttachmentJobs::prepareImage(const QImage &image, const QString &name)
{
    return run([image, name](const AttachmentPreparer::Options &o) {
        return AttachmentPreparer::prepareImage(image, name, o);
    });
}

quint64
AttachmentJobs::run(std::function<AttachmentPreparer::Result(const AttachmentPreparer::Options &)> job)
{
    const quint64 ticket = m_nextTicket++;
    ++m_pending;
    // The options are copied: the store they point to outlives every job (it is the app's).
    const AttachmentPreparer::Options options = m_options;
    QPointer<AttachmentJobs> self(this);
    QThreadPool::globalInstance()->start([self, ticket, options, job = std::move(job)] {
        AttachmentPreparer::Result result = job(options);
        QMetaObject::invokeMethod(
            self.data(),
            [self, ticket, result] {
                if (!self)
                    return;
                --self->m_pending;
                emit self->prepared(ticket, result);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}
