#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QTimer>

class VllmClient;

// Asks the server's /health every kIntervalMs and whenever the server changes, one request at a
// time and never blocking. A result that arrives after the server changed is dropped, so the
// status always describes the address now in use.
class HealthMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    static constexpr int kIntervalMs = 10'000;
    enum class Status { Checking, Healthy, Unhealthy };
    Q_ENUM(Status)

    explicit HealthMonitor(VllmClient *client, QObject *parent = nullptr);

    void checkNow();
    Status status() const { return m_status; }
    const ApiError &lastError() const { return m_error; }

signals:
    void statusChanged(HealthMonitor::Status status, const ApiError &error);

private:
    void check(bool serverChanged);

    VllmClient *m_client;
    QTimer m_timer;
    quint64 m_generation = 0; // bumped when the server changes: older answers are stale
    bool m_inFlight = false;
    Status m_status = Status::Checking;
    ApiError m_error;
};
