#pragma once

#include <QObject>
#include <QPointer>

class ConversationZoom;
class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;
class ShortcutsDialog;
class ThemeController;
class WindowStateKeeper;

// What makes the window a good desktop citizen, beside the chat itself: the View menu (text
// size, full screen, pages, F6 between the window's parts), the Settings menu (theme,
// Preferences) and the Help menu (Keyboard Shortcuts, About). Owns the theme,
// the conversation's text size and the keeper of the window's layout.
class DesktopActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopActions)

public:
    DesktopActions(QMainWindow *window, QTabWidget *pages);

    ThemeController *theme() const { return m_theme; }
    ConversationZoom *zoom() const { return m_zoom; }
    WindowStateKeeper *stateKeeper() const { return m_state; }
    QMenu *viewMenu() const { return m_view; }
    QMenu *settingsMenu() const { return m_settings; }
    QMenu *helpMenu() const { return m_help; }

    // A page was added to the window: it gets a View ▸ Go to entry with Alt+<its number>.
    void pageAdded(int index, const QString &title);

    void showShortcuts();
    ShortcutsDialog *shortcutsDialog() const { return m_shortcuts; }
    void showPreferences();
    void showAbout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildViewMenu();
    void buildSettingsMenu();
    void buildHelpMenu();
    void updateZoomActions();

    QMainWindow *m_window;
    QTabWidget *m_pages;
    ThemeController *m_theme;
    ConversationZoom *m_zoom;
    WindowStateKeeper *m_state;
    QMenu *m_view = nullptr;
    QMenu *m_pagesMenu = nullptr;
    QMenu *m_settings = nullptr;
    QMenu *m_help = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
};
