#pragma once

#include "chat/message.h"
#include "conversationinfo.h"
#include "storeerror.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class AsyncStore;
class ChatSession;
class ConversationModel;
class ConversationRecorder;
class VllmClient;

// The conversation on screen, as the history knows it: opening one fills the model with its
// branch and gives the session its system prompt and params (and tells the window its server
// and model); what is then sent, streamed, edited or regenerated is recorded; the "2 / 3"
// arrows and deleting a message go through here. Everything touching the disk runs on the
// store thread; the UI thread only waits for callbacks.
class ActiveConversation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveConversation)

public:
    ActiveConversation(AsyncStore *store, ConversationModel *model, ChatSession *session, VllmClient *client,
                       QObject *parent = nullptr);
    ~ActiveConversation() override;

    const ConversationInfo &info() const;
    QString uid() const { return info().uid; }
    bool isStored() const;
    ConversationRecorder *recorder() const { return m_recorder; }
    AsyncStore *store() const { return m_store; }

    // An empty conversation with the settings now in use; it is stored with its first message.
    void startNew();
    // Loads the conversation; opened() follows (or failed()). An answer streaming is stopped
    // first (and kept, marked Stopped).
    void open(const QString &uid);

    // Shows the version of the turn at `row` that is `delta` away (-1: previous, +1: next).
    // Refused while an answer streams.
    bool showSibling(int row, int delta);
    // Removes the message at `row` from the history; what followed it follows its parent.
    bool deleteMessage(int row);
    // The exact request that produced the answer at `row` (read from the store when the loaded
    // message does not hold it), handed to `done` on this thread.
    void fetchRequest(int row, QObject *context, std::function<void(const QJsonObject &)> done);

    // What the user chose, kept with the conversation (the model the picker fell back to when
    // the server lacks the stored one is not a choice, so the window reports only real ones).
    void noteModelChosen(const QString &model);
    void noteServer(const QString &baseUrl);
    void noteProfile(const QString &profileId);
    void notePreset(const QString &preset);

signals:
    // A conversation was opened (its settings, for the window to restore server and model).
    void opened(const ConversationInfo &info);
    // A new, empty conversation began.
    void started(const ConversationInfo &info);
    // The history changed in a way a list shows (created, renamed by its first message, moved up).
    void historyChanged();
    // One sentence: opening or changing the history did not work.
    void failed(const QString &message);

private:
    void onSettingsChanged();
    void onSiblingPlace(const QString &uid, int index, int count);
    int rowOfUid(const QString &uid) const;
    void onRowsInserted(int first, int last);
    void applyBranchTail(int row, const QList<Message> &tail);
    ConversationInfo currentSettings(ConversationInfo info) const;

    AsyncStore *m_store;
    ConversationModel *m_model;
    ChatSession *m_session;
    VllmClient *m_client;
    ConversationRecorder *m_recorder;
    quint64 m_openGeneration = 0;
    bool m_restoring = false;
};
