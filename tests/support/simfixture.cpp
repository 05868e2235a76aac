#include "simfixture.h"

#include "api/chatstream.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

SimFixture::SimFixture(const SimOptions &options)
    : m_sim(options)
{
    m_sim.listen();
}

SimFixture::~SimFixture() = default;

ServerConfig SimFixture::config() const
{
    ServerConfig config;
    config.baseUrl = m_sim.baseUrl();
    config.firstByteTimeoutMs = kTestTimeoutMs;
    config.idleTimeoutMs = kTestTimeoutMs;
    config.maxRetries = 3;
    config.retryBaseDelayMs = kRetryBaseDelayMs;
    return config;
}

ChatRequest SimFixture::request(const QString &text, const QString &model, bool stream)
{
    ChatRequest request;
    request.model = model;
    ChatMessage message;
    message.role = QStringLiteral("user");
    message.content = text;
    request.messages.append(message);
    request.stream = stream;
    return request;
}

ChatStream *SimFixture::run(const ChatRequest &request, const ServerConfig &config, int waitMs)
{
    auto *stream = new ChatStream(&m_network, config, request, &m_owner);
    QSignalSpy finished(stream, &ChatStream::finished);
    stream->start();
    if (finished.isEmpty() && !finished.wait(waitMs))
        qWarning("SimFixture::run: the stream did not finish within %d ms", waitMs);
    return stream;
}

quint16 SimFixture::closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}
