#pragma once

#include "clioptions.h"
#include "media/attachment.h"
#include "store/conversationinfo.h"
#include "store/conversationstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class ChatStream;
class VllmClient;
struct ChatRequest;

// loquat-cli's side of the history, on the same store as the app (synchronous: a command
// line may wait for its disk). `conversations list|export|import` run here whole; for
// `chat --save` it adds the history of a continued conversation to the request, records the
// question and the streaming answer — written at most kWriteMs behind and every kHeartbeatMs
// while nothing arrives, like the app — and its end state.
class CliHistory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliHistory)

public:
    static constexpr int kWriteMs = 500;
    static constexpr int kHeartbeatMs = 5000;

    explicit CliHistory(const CliOptions &options, QObject *parent = nullptr);
    ~CliHistory() override;

    // conversations list|export|import; returns the exit status (0, 1 the store failed, 2 usage).
    int runConversations();

    // chat --save. Opens the store and, for --conversation, fills in what the command line left
    // out (server, model, system prompt, params); false with `error` when that cannot be done.
    bool prepare(CliOptions &options, QString *error);
    // Builds the request (the conversation's branch, then the prompt) and records the question
    // and an answer that streams in.
    ChatRequest begin(VllmClient *client, const CliOptions &options, const QString &prompt,
                      const AttachmentList &attachments = {});
    // Follows the stream: its progress is written as it arrives, its end when it ends.
    void watch(ChatStream *stream);
    // The server's version (GET /version, asked beside the chat), kept with the answer.
    void setServerVersion(const QString &version) { m_answer.serverVersion = version; }
    // The answer's end: complete, stopped (Ctrl+C) or failed, with what had arrived.
    bool finish();
    qint64 conversationId() const { return m_info.id; }
    const StoreError &lastError() const { return m_store->lastError(); }

private:
    void write();
    Message snapshot() const;

    CliOptions m_options;
    std::unique_ptr<ConversationStore> m_store;
    ConversationInfo m_info;
    QList<Message> m_branch;
    Message m_answer;
    QPointer<ChatStream> m_stream;
    QTimer m_writeTimer;
    QTimer m_heartbeat;
    bool m_failed = false;
};
