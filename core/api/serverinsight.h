#pragma once

#include "servermetrics.h"

#include <QObject>
#include <QString>
#include <QTimer>

class VllmClient;

// What the status bar shows about the server beside its health: the vLLM version (asked once per
// server) and, where /metrics is served, running and waiting requests and KV-cache usage (asked
// every kIntervalMs, one request at a time, never blocking). A server that lacks a route (404,
// 501, or text without the known series) is not asked again until the server changes: the
// figure is simply absent. Answers that arrive after the server changed are dropped.
class ServerInsight final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerInsight)

public:
    static constexpr int kIntervalMs = 3000;

    explicit ServerInsight(VllmClient *client, QObject *parent = nullptr);

    // Empty when unknown or not served.
    QString version() const { return m_version; }
    const ServerMetrics &metrics() const { return m_metrics; }
    bool hasMetrics() const { return !m_metrics.isEmpty(); }
    bool metricsServed() const { return m_metricsServed; }

    // "vLLM 0.21.1 · 2 running · 1 waiting · KV cache 43 %", parts absent when unknown.
    QString summary() const;
    // Asks now (on server changes, and when the view wants fresh figures).
    void refresh();
    void setPolling(bool polling);

signals:
    void changed();

private:
    void restart();
    void poll();

    VllmClient *m_client;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_versionAsked = false;
    bool m_metricsInFlight = false;
    bool m_metricsServed = true; // until the server shows otherwise
    QString m_version;
    ServerMetrics m_metrics;
};
