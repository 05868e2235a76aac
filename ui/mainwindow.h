#pragma once

#include "api/apierror.h"
#include "api/modelinfo.h"
#include "chat/message.h"
#include "healthmonitor.h"
#include "historysidebar.h"
#include "messageaction.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

#include <memory>

class ActiveConversation;
class ApiKeyVault;
class ChatSession;
class ConversationListModel;
class InlineNotice;
class QDockWidget;
struct ConversationInfo;
struct StoreError;
struct StoreStatus;
class Composer;
class ConversationModel;
class ConversationView;
class KeychainNotice;
class LocalServers;
class MemorySecretStore;
class ProfileModel;
class ProfilesDialog;
class QLabel;
class QTabWidget;
class ServerBar;
class ServerConfig;
class ServerDirectory;
class ServerInsight;
class ServerNotice;
class SimulatorLauncher;
class TokenBudget;
class TokenBudgetLabel;
class VllmClient;

// The one window: server profile, address and model on top, the conversation, the composer with
// the prompt's token count, and a status line with the server's health, version and load and the
// last answer's figures. Errors appear in the conversation or inline, never in a modal dialog.
// The server comes from the active profile of the ServerDirectory (its key from the keychain);
// switching profiles, editing the address or trusting a certificate changes the profile. Remembers
// its geometry (QSettings); never an API key.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Without a directory the window keeps its profiles in memory (tests, throw-away runs).
    MainWindow(VllmClient *client, ConversationModel *conversation, ChatSession *session,
               QWidget *parent = nullptr);
    MainWindow(VllmClient *client, ConversationModel *conversation, ChatSession *session,
               ServerDirectory *directory, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Uses the server at `text` (as a person would type it) for the active profile, or as a new
    // profile when there is none. Returns false, with an inline message, when it is not a server
    // address.
    bool connectTo(const QString &text);
    void reloadModels();
    void newChat();
    void startSimulator();
    // Makes the profile the active one and connects to it.
    bool switchToProfile(const QString &id);
    // Opens (or raises) the profiles window; with `addNew`, with a new profile to fill in.
    ProfilesDialog *openProfiles(bool addNew = false);
    // Adds a top-level page beside the chat (the window takes ownership); returns its tab index.
    int addPage(QWidget *page, const QString &title);
    // Brings forward the page added with addPage (pages are wrapped in a scroll area, so
    // pages()->setCurrentWidget(page) would not find it).
    void showPage(QWidget *page);
    // Keeps conversations: the history sidebar (a dock on the left), message actions that need
    // the store (versions, delete), export and import, and the store's problems shown inline.
    // Without it the window is a plain chat that forgets.
    void setHistory(ActiveConversation *active);
    ActiveConversation *history() const { return m_active; }
    HistorySidebar *historySidebar() const { return m_sidebar; }
    InlineNotice *storeNotice() const { return m_storeNotice; }
    InlineNotice *editNotice() const { return m_editNotice; }
    // What the message actions do (the view's links call this); also for tests.
    void onMessageAction(MessageAction::Kind kind, quint64 messageId);
    // The message being edited in the composer (its uid), empty when none.
    const QString &editingUid() const { return m_editingUid; }
    QTabWidget *pages() const { return m_pages; }
    // The Chat and View menus, for the panels that add their commands.
    QMenu *chatMenu() const { return m_chatMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    // Puts the docks back where they were at the last close; called once all docks exist.
    void restoreLayout();
    // Asked before every send: a non-empty answer refuses the send and is shown as the reason
    // (the sampling panel uses it for parameters that cannot be sent).
    void setSendCheck(std::function<QString()> check) { m_sendCheck = std::move(check); }

    ServerDirectory *directory() const { return m_directory; }
    LocalServers *localServers() const { return m_localServers; }
    ServerBar *serverBar() const { return m_serverBar; }
    ConversationView *conversationView() const { return m_view; }
    Composer *composer() const { return m_composer; }
    ServerNotice *serverNotice() const { return m_notice; }
    KeychainNotice *keychainNotice() const { return m_keychainNotice; }
    QLabel *healthLabel() const { return m_healthLabel; }
    QLabel *insightLabel() const { return m_insightLabel; }
    QLabel *metricsLabel() const { return m_metricsLabel; }
    TokenBudgetLabel *tokenBudgetLabel() const { return m_budgetLabel; }
    HealthMonitor *healthMonitor() const { return m_health; }
    ServerInsight *serverInsight() const { return m_insight; }
    TokenBudget *tokenBudget() const { return m_budget; }
    ProfilesDialog *profilesDialog() const; // nullptr until opened (and after it was closed)
    // The certificate problem the notice offers to fix (Kind::None when there is none).
    const ApiError &untrustedCertificate() const { return m_tlsError; }
    // Trusts the certificate of untrustedCertificate() for the active profile (after the user
    // confirmed it).
    bool trustCertificate();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Files and images dropped anywhere on the window are attached in the composer.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void wireSession();
    void wireProfiles();
    void send(const QString &text);
    void restoreRefusedAttachments(int answerRow, MessageState state);
    void onModelChanged(const QString &id, bool byUser);
    void onHealth(HealthMonitor::Status status, const ApiError &error);
    void updateCanSend();
    void restoreSettings();
    void applyActiveProfile(bool reconnect);
    void applyConfig(const ServerConfig &config, bool reconnect);
    void noteServerError(const ApiError &error);
    void confirmTrust();
    void useFoundServer();
    void showFoundServer();
    void useKeyFile();
    void updateInsight();
    QString serverAddress() const;
    void cancelEdit();
    void onConversationOpened(const ConversationInfo &info);
    void showStoreStatus(const StoreStatus &status);
    void onSaveProblem(const StoreError &error);
    void exportConversations(const QStringList &uids, HistorySidebar::Format format);
    void importConversations();
    void updateTitle(const QString &conversationTitle);

    // The in-memory directory of a window built without one.
    std::unique_ptr<ProfileModel> m_ownProfiles;
    std::unique_ptr<MemorySecretStore> m_ownSecrets;
    std::unique_ptr<ApiKeyVault> m_ownVault;
    std::unique_ptr<ServerDirectory> m_ownDirectory;

    VllmClient *m_client;
    ConversationModel *m_conversation;
    ChatSession *m_session;
    ServerDirectory *m_directory;
    LocalServers *m_localServers;
    ServerBar *m_serverBar;
    KeychainNotice *m_keychainNotice;
    ServerNotice *m_notice;
    ConversationView *m_view;
    Composer *m_composer;
    TokenBudget *m_budget;
    TokenBudgetLabel *m_budgetLabel;
    QLabel *m_healthDot;
    QLabel *m_healthLabel;
    QLabel *m_insightLabel;
    QLabel *m_metricsLabel;
    HealthMonitor *m_health;
    ServerInsight *m_insight;
    SimulatorLauncher *m_simulator;
    QTabWidget *m_pages;
    InlineNotice *m_storeNotice;
    InlineNotice *m_editNotice;
    ActiveConversation *m_active = nullptr;
    ConversationListModel *m_history = nullptr;
    HistorySidebar *m_sidebar = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QMenu *m_chatMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    ModelList m_models;        // the server's, as last loaded
    QString m_editingUid;      // the user message being edited
    QString m_draftBeforeEdit; // what the composer held before, given back if the edit is cancelled
    QString m_openingUid;      // asked to open, not there yet
    QPointer<ProfilesDialog> m_profilesDialog;
    ApiError m_tlsError;
    // The conversation's model, else the active profile's default, selected whenever offered.
    QString m_preferredModel;
    std::function<QString()> m_sendCheck;
    quint64 m_modelsGeneration = 0;
    quint64 m_resolveGeneration = 0;
    qint64 m_maxModelLen = -1; // of the chosen model, from /v1/models
    bool m_modelsLoaded = false;
    bool m_resolving = false;
    bool m_simulatorStarting = false;
};
