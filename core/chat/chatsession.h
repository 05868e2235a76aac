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
struct StreamMetrics;
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

    // Each setter emits settingsChanged() when the value changes (a conversation opened from the
    // history sets all three: panels showing them follow that signal).
    void setModel(const QString &model);
    const QString &model() const { return m_model; }
    void setSystemPrompt(const QString &prompt);
    const QString &systemPrompt() const { return m_systemPrompt; }
    // Explicit sampling fields only (vLLM names); anything absent is left to the server.
    void setParams(const QJsonObject &params);
    const QJsonObject &params() const { return m_params; }

    // The server's version (ServerInsight asks GET /version once per server), kept with each
    // answer. An answer started before it was known gets it when it arrives (same server only);
    // empty when the server does not say. Forgotten when the client's server changes.
    void setServerVersion(const QString &version);
    const QString &serverVersion() const { return m_serverVersion; }

    bool isBusy() const;
    // Appends the user's message and an assistant message that streams in. Returns false (and
    // sends nothing) when busy, when the text is blank, or when no model is chosen.
    bool send(const QString &text);
    // With media (sent before the text, in order); the text may then be blank.
    bool send(const QString &text, const AttachmentList &attachments);
    // Stops the answer at once; the text so far stays, marked Stopped.
    void stop();

    // Branches: each replaces the rows from `row` on with a new version of that turn, and the
    // conversation store keeps the old version beside it ("2 / 2"). All return false, and change
    // nothing, when busy or when `row` is not the kind of message named.
    // The user message at `row`, edited to `text`, sent again.
    bool resend(int row, const QString &text);
    // A new answer in place of the assistant message at `row`, from the history before it and
    // the current model, system prompt and params.
    bool regenerate(int row);
    // `request` sent exactly as given, its answer a new version of the assistant message at
    // `row` (replaying a stored request, perhaps with other params).
    bool replay(int row, const ChatRequest &request);

    // The request the next send() would make for `text` (history included); for previews and tests.
    ChatRequest buildRequest(const QString &text, const AttachmentList &attachments = {}) const;
    // The request built from the first `historyRows` rows, then `text` (with `attachments`) as a
    // new user message when it is not null.
    ChatRequest buildRequest(int historyRows, const QString &text,
                             const AttachmentList &attachments = {}) const;

signals:
    void busyChanged(bool busy);
    void settingsChanged();
    // The streaming answer's figures changed (at most once a frame) or it ended.
    void metricsChanged(const MessageMetrics &metrics);
    void answerFinished(int row, MessageState state);
    void retrying(int attempt, int delayMs, const QString &reason);

private:
    bool canBranchAt(int row, const QString &role) const;
    void startAnswer(const ChatRequest &request);
    void onProgress();
    void flush();
    void onStreamFinished();

    VllmClient *m_client;
    ConversationModel *m_conversation;
    QString m_model;
    QString m_systemPrompt;
    QJsonObject m_params;
    QString m_serverVersion;
    bool m_versionPending = false; // the newest answer still lacks the version of its server
    QPointer<ChatStream> m_stream;
    quint64 m_answerId = 0;
    QTimer m_frameTimer;
};
