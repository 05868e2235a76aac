#pragma once

#include "api/apierror.h"
#include "api/chatrequest.h"
#include "chat/message.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ChatStream;
class ConversationModel;
class VllmClient;

// Runs the conversation: turns what the user typed into a request with the history, streams the
// answer into the ConversationModel, and records how it ended. Deltas are coalesced: the model is
// updated at most once a frame (kFrameMs), so a 10,000 token/s stream costs ~60 updates a second.
class ChatSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)

public:
    static constexpr int kFrameMs = 16;

    ChatSession(VllmClient *client, ConversationModel *conversation, QObject *parent = nullptr);

    void setModel(const QString &model) { m_model = model; }
    const QString &model() const { return m_model; }
    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    // Explicit sampling fields only (vLLM names); anything absent is left to the server.
    void setParams(const QJsonObject &params) { m_params = params; }
    const QJsonObject &params() const { return m_params; }

    bool isBusy() const;
    // Appends the user's message and an assistant message that streams in. Returns false (and
    // sends nothing) when busy, when the text is blank, or when no model is chosen.
    bool send(const QString &text);
    // Sends a stored request body again, exactly (same messages, parameters and seed), as a new
    // answer at the end of the conversation. False when busy or the body has no messages.
    bool replay(const QJsonObject &body);
    // Stops the answer at once; the text so far stays, marked Stopped.
    void stop();

    // The request the next send() would make for `text` (history included); for previews and tests.
    ChatRequest buildRequest(const QString &text) const;

signals:
    void busyChanged(bool busy);
    // The streaming answer's figures changed (at most once a frame) or it ended.
    void metricsChanged(const MessageMetrics &metrics);
    void answerFinished(int row, MessageState state);
    void retrying(int attempt, int delayMs, const QString &reason);

private:
    void startAnswer(const ChatRequest &request, const QString &model);
    void onProgress();
    void flush();
    void onStreamFinished();

    VllmClient *m_client;
    ConversationModel *m_conversation;
    QString m_model;
    QString m_systemPrompt;
    QJsonObject m_params;
    QPointer<ChatStream> m_stream;
    quint64 m_answerId = 0;
    QTimer m_frameTimer;
};
