#pragma once

#include <QObject>
#include <QPointer>

class ChatSession;
class ConversationZoom;
class MainWindow;
class PreferencesDialog;
class QAction;
class QMenu;
class ShortcutsDialog;
class WindowLayout;

// Makes the window work from the keyboard and look as the user chose: the frequent commands as
// actions with shortcuts (send, stop, regenerate and edit the last message, attach, next and
// previous conversation, the pages, the conversation's font size), Edit → Preferences (theme, font
// size, language), Help → Keyboard Shortcuts (made from these very actions), and the window's
// layout restored on start and kept on close (WindowLayout). Built last, once every panel and
// page of the window exists, so the shortcuts and the layout cover them all.
//
// The commands that act on the chat (send, stop, regenerate, edit, attach, next/previous
// conversation) answer only while the focus is in the chat page or the history: the Compare page
// has its own Ctrl+Return, and Ctrl+R there must not regenerate a hidden chat answer.
class DesktopController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopController)

public:
    DesktopController(MainWindow *window, ChatSession *session);
    ~DesktopController() override;

    ConversationZoom *zoom() const { return m_zoom; }
    WindowLayout *layout() const { return m_layout; }
    QAction *sendAction() const { return m_send; }
    QAction *stopAction() const { return m_stop; }
    QAction *regenerateAction() const { return m_regenerate; }
    QAction *editLastAction() const { return m_editLast; }
    QAction *attachAction() const { return m_attach; }
    QAction *nextConversationAction() const { return m_next; }
    QAction *previousConversationAction() const { return m_previous; }
    QAction *preferencesAction() const { return m_preferences; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    // Opens (or raises) the dialogs; nullptr from the getters until opened.
    PreferencesDialog *openPreferences();
    ShortcutsDialog *openShortcuts();
    PreferencesDialog *preferencesDialog() const;
    ShortcutsDialog *shortcutsDialog() const;

    // The row of the last message with this role, -1 when there is none.
    int lastRowOf(const QString &role) const;

private:
    void buildChatActions();
    void buildViewActions();
    void buildEditAndHelp();
    QAction *chatAction(const QString &text, const QKeySequence &key, const QString &toolTip);
    void openRelative(int step);

    MainWindow *m_window;
    ChatSession *m_session;
    ConversationZoom *m_zoom;
    WindowLayout *m_layout;
    QAction *m_send = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_regenerate = nullptr;
    QAction *m_editLast = nullptr;
    QAction *m_attach = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_shortcuts = nullptr;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};
