#include "healthmonitor.h"

#include "api/vllmclient.h"

HealthMonitor::HealthMonitor(VllmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(false); });
    connect(client, &VllmClient::serverChanged, this, [this] { check(true); });
    m_timer.start();
}

void HealthMonitor::checkNow()
{
    check(true);
}

void HealthMonitor::check(bool serverChanged)
{
    if (serverChanged) {
        ++m_generation;
        m_inFlight = false; // the old request's answer will be ignored
        m_status = Status::Checking;
        m_error = {};
        emit statusChanged(m_status, m_error);
        m_timer.start(); // the next periodic check counts from now
    }
    if (m_inFlight)
        return; // a slow server gets no second request piled on the first
    m_inFlight = true;
    const quint64 generation = m_generation;
    m_client->checkHealth(this, [this, generation](bool healthy, const ApiError &error) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        const Status status = healthy ? Status::Healthy : Status::Unhealthy;
        if (status == m_status && error.kind == m_error.kind && error.httpStatus == m_error.httpStatus)
            return;
        m_status = status;
        m_error = error;
        emit statusChanged(m_status, m_error);
    });
}
