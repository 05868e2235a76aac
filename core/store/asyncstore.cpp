#include "asyncstore.h"

#include <QSqlQuery>
#include <QTimer>

#include <memory>

// Lives on the store thread: owns the connection, runs the jobs, watches for other writers.
class AsyncStoreWorker final : public QObject {
public:
    AsyncStoreWorker(AsyncStore *owner, const QString &path, const StoreDatabase::Options &options)
        : m_owner(owner)
        , m_path(path)
        , m_options(options)
    {}

    void open()
    {
        m_store = std::make_unique<ConversationStore>(m_path);
        const StoreStatus status = m_store->open(m_options);
        m_dataVersion = dataVersion();
        m_timer = new QTimer(this);
        m_timer->setInterval(AsyncStore::kExternalCheckMs);
        connect(m_timer, &QTimer::timeout, this, &AsyncStoreWorker::checkExternal);
        m_timer->start();
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, status] { owner->onOpened(status); }, Qt::QueuedConnection);
    }

    void run(const AsyncStore::Job &job)
    {
        job(*m_store);
        const StoreError &write = m_store->database().lastWriteError();
        if (write.kind != m_reportedWrite.kind) {
            m_reportedWrite = write;
            QMetaObject::invokeMethod(
                m_owner, [owner = m_owner, write] { owner->onWriteResult(write); }, Qt::QueuedConnection);
        }
        // Our own commits do not move data_version; reading it here keeps the next check honest.
        m_dataVersion = dataVersion();
    }

    void close()
    {
        delete m_timer;
        m_timer = nullptr;
        m_store.reset(); // the connection is removed on the thread that made it
    }

private:
    qint64 dataVersion()
    {
        if (!m_store || !m_store->isOpen())
            return -1;
        QSqlQuery q(m_store->database().db());
        return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    void checkExternal()
    {
        const qint64 version = dataVersion();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        QMetaObject::invokeMethod(m_owner, &AsyncStore::changedElsewhere, Qt::QueuedConnection);
    }

    AsyncStore *m_owner;
    QString m_path;
    StoreDatabase::Options m_options;
    std::unique_ptr<ConversationStore> m_store;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    StoreError m_reportedWrite;
};

AsyncStore::AsyncStore(const QString &path, const StoreDatabase::Options &options, QObject *parent)
    : QObject(parent)
    , m_worker(new AsyncStoreWorker(this, path, options))
{
    qRegisterMetaType<StoreStatus>();
    qRegisterMetaType<StoreError>();
    m_thread.setObjectName(QStringLiteral("loquat-store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
}

AsyncStore::~AsyncStore()
{
    // Queued after every job already given: they all run, then the file is closed.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, thread = &m_thread] {
            worker->close();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker; // its thread has ended; nothing of it runs any more
}

void AsyncStore::post(Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
}

void AsyncStore::onOpened(const StoreStatus &status)
{
    m_status = status;
    m_ready = true;
    emit opened(status);
}

void AsyncStore::onWriteResult(const StoreError &error)
{
    m_saveProblem = error;
    emit saveProblemChanged(error);
}
