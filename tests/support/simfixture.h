#pragma once

#include "api/chatrequest.h"
#include "api/serverconfig.h"
#include "simserver.h"

#include <QNetworkAccessManager>
#include <QObject>

class ChatStream;

// A SimServer on an ephemeral loopback port plus what a client test needs to talk to it: one
// QNetworkAccessManager, a ServerConfig with short time-outs (2 s first byte and idle, fast
// retries), and a helper that runs a chat stream to its end.
class SimFixture final {
public:
    static constexpr int kTestTimeoutMs = 2000;
    static constexpr int kRetryBaseDelayMs = 20;

    explicit SimFixture(const SimOptions &options = SimOptions{});
    ~SimFixture();
    Q_DISABLE_COPY_MOVE(SimFixture)

    bool isListening() const { return m_sim.isListening(); }
    SimServer &sim() { return m_sim; }
    QNetworkAccessManager &network() { return m_network; }
    ServerConfig config() const;

    // One user message to sim-chat (or `model`), streaming unless told otherwise.
    static ChatRequest request(const QString &text, const QString &model = QStringLiteral("sim-chat"),
                               bool stream = true);
    // Starts a stream (parented to the fixture) and waits up to waitMs for finished(); returns it
    // whatever its state (a QTest failure is logged when it did not finish).
    ChatStream *run(const ChatRequest &request, const ServerConfig &config, int waitMs = 30000);
    ChatStream *run(const ChatRequest &request) { return run(request, config()); }
    // A loopback port with nothing listening (bound once, then released).
    static quint16 closedPort();

private:
    SimServer m_sim;
    QNetworkAccessManager m_network;
    QObject m_owner; // parent of the streams run() creates
};
