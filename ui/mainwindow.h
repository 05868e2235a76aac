#pragma once

#include "api/apierror.h"
#include "chat/message.h"
#include "healthmonitor.h"

#include <QMainWindow>

class ChatSession;
class Composer;
class ConversationModel;
class ConversationView;
class DesktopActions;
class QLabel;
class QTabWidget;
class ServerBar;
class ServerNotice;
class SimulatorLauncher;
class VllmClient;

// The one window: server address and model on top, the conversation, the composer, and a status
// line with the server's health and the last answer's figures. Errors appear in the conversation
// or inline, never in a modal dialog. Remembers the address, the model and its geometry
// (QSettings); never the API key.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(VllmClient *client, ConversationModel *conversation, ChatSession *session,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Uses the server at `text` (as a person would type it). Returns false, with an inline
    // message, when it is not a server address.
    bool connectTo(const QString &text);
    void reloadModels();
    void newChat();
    void startSimulator();
    // Adds a top-level page beside the chat (the window takes ownership); returns its tab index.
    int addPage(QWidget *page, const QString &title);
    QTabWidget *pages() const { return m_pages; }

    ServerBar *serverBar() const { return m_serverBar; }
    ConversationView *conversationView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    ServerNotice *serverNotice() const { return m_notice; }
    QLabel *healthLabel() const { return m_healthLabel; }
    QLabel *metricsLabel() const { return m_metricsLabel; }
    HealthMonitor *healthMonitor() const { return m_health; }
    // View, Settings and Help menus: theme, text size, shortcuts, the window's layout.
    DesktopActions *desktop() const { return m_desktop; }

protected:
    void closeEvent(QCloseEvent *event) override;
    // Files and images dropped anywhere on the window are attached in the composer.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void wireSession();
    void send(const QString &text);
    void restoreRefusedAttachments(int answerRow, MessageState state);
    void onModelChanged(const QString &id, bool byUser);
    void onHealth(HealthMonitor::Status status, const ApiError &error);
    void updateCanSend();
    void restoreSettings();
    void useServer(const QUrl &baseUrl, bool remember);
    QString serverAddress() const;

    VllmClient *m_client;
    ConversationModel *m_conversation;
    ChatSession *m_session;
    ServerBar *m_serverBar;
    ServerNotice *m_notice;
    ConversationView *m_view;
    Composer *m_composer;
    QLabel *m_healthDot;
    QLabel *m_healthLabel;
    QLabel *m_metricsLabel;
    HealthMonitor *m_health;
    SimulatorLauncher *m_simulator;
    QTabWidget *m_pages;
    DesktopActions *m_desktop = nullptr;
    QString m_preferredModel; // the remembered choice, selected whenever the server offers it
    quint64 m_modelsGeneration = 0;
    bool m_modelsLoaded = false;
    bool m_simulatorStarting = false;
};
