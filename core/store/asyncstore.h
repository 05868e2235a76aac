#pragma once

#include "conversationstore.h"
#include "storestatus.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>

class AsyncStoreWorker;

// The app's conversation store, on a thread of its own: the UI thread never waits for the disk.
// Jobs run one after another in the order they were given, on the store thread's connection;
// results come back on the UI thread through callbacks guarded by a context object (skipped once
// it is gone). Destroying the AsyncStore runs every job already given, then closes the file.
class AsyncStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncStore)

public:
    // How often the store thread asks SQLite whether another connection (a second window,
    // loquat-cli) committed something, to tell the lists to refresh.
    static constexpr int kExternalCheckMs = 2000;

    AsyncStore(const QString &path, const StoreDatabase::Options &options, QObject *parent = nullptr);
    ~AsyncStore() override;

    // Known once opened() has been emitted.
    const StoreStatus &status() const { return m_status; }
    bool isReady() const { return m_ready; }
    // The last write's problem (None once a write worked again).
    const StoreError &saveProblem() const { return m_saveProblem; }

    using Job = std::function<void(ConversationStore &)>;
    // Runs `job` on the store thread, nothing reported back.
    void post(Job job);
    // Runs `job` on the store thread and hands its result and the store's error to `done` on
    // this thread, unless `context` was destroyed meanwhile.
    template<typename Result>
    void call(QObject *context, std::function<Result(ConversationStore &)> job,
              std::function<void(Result, StoreError)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](ConversationStore &store) {
            Result result = job(store);
            const StoreError error = store.lastError();
            QMetaObject::invokeMethod(
                this,
                [guard, done, result = std::move(result), error] {
                    if (guard)
                        done(result, error);
                },
                Qt::QueuedConnection);
        });
    }

signals:
    void opened(const StoreStatus &status);
    // A write failed (a full disk, a read-only file) or, with an empty error, works again.
    void saveProblemChanged(const StoreError &error);
    // Another connection committed a change: what is listed may be stale.
    void changedElsewhere();

private:
    friend class AsyncStoreWorker;
    void onOpened(const StoreStatus &status);
    void onWriteResult(const StoreError &error);

    QThread m_thread;
    AsyncStoreWorker *m_worker;
    StoreStatus m_status;
    StoreError m_saveProblem;
    bool m_ready = false;
};
