#pragma once

#include "api/modelinfo.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class ChatSession;
class ConversationModel;
class MainWindow;
class PresetStore;
class QAction;
class QDockWidget;
class SamplingPanel;
class VllmClient;

// Puts the sampling panel beside the chat and makes every answer reproducible: the panel's
// parameters go to the chat session (a send with invalid ones is refused with the reason), the
// panel follows the chosen model (its default preset) and previews the next request; an answer's
// "Request" link opens its exact body (copy as JSON or curl, replay, open in Compare), its
// "Probabilities" link its tokens shaded by probability.
class SamplingController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplingController)

public:
    SamplingController(MainWindow *window, ChatSession *session, ConversationModel *conversation,
                       VllmClient *client, PresetStore *presets);

    SamplingPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *toggleAction() const { return m_toggle; }
    // The request body of the message with this id, opened as the dialog would.
    void openRequest(quint64 messageId);
    void openLogprobs(quint64 messageId);
    // Sends the recorded `body` again as a new version of that answer, its attachments read back
    // from the attachment store; refused with a clear message when one is gone.
    void replay(quint64 messageId, const QJsonObject &body);
    // Writes `body` as sent (attachments' data included) to `path` off the UI thread, then puts
    // a curl command that sends that file on the clipboard.
    void saveFullBodyTo(const QJsonObject &body, const QString &path);

signals:
    void compareRequested(const QJsonObject &body);
    void fullBodySaved(const QString &path);

private:
    void showRequest(quint64 messageId, const QJsonObject &body);
    void saveFullBody(const QJsonObject &body);
    void refuse(const QString &message);
    void applyParams();
    void reloadModels();
    QString sendRefusal() const;

    MainWindow *m_window;
    ChatSession *m_session;
    ConversationModel *m_conversation;
    VllmClient *m_client;
    SamplingPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_toggle;
    QTimer m_previewTimer;
    QHash<QString, QString> m_ownedBy; // model id → owned_by, for the token budget's name
};
