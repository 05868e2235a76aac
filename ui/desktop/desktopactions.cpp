#include "desktopactions.h"

#include "conversationzoom.h"
#include "focusregions.h"
#include "settingsdialog.h"
#include "shortcutcatalog.h"
#include "shortcutsdialog.h"
#include "themecontroller.h"
#include "windowstatekeeper.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>

DesktopActions::DesktopActions(QMainWindow *window, QTabWidget *pages)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
    , m_theme(new ThemeController(this))
    , m_zoom(new ConversationZoom(this))
    , m_state(new WindowStateKeeper(window, pages))
{
    buildViewMenu();
    buildSettingsMenu();
    buildHelpMenu();
    window->installEventFilter(this);
    for (int i = 0; pages && i < pages->count(); ++i)
        pageAdded(i, pages->tabText(i));
}

void DesktopActions::buildViewMenu()
{
    m_view = m_window->menuBar()->addMenu(tr("&View"));
    m_zoomIn = m_view->addAction(tr("Zoom &In"), m_zoom, &ConversationZoom::zoomIn);
    // Ctrl+= too: on most keyboards "+" needs Shift, and Ctrl+Shift+= is what arrives.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomIn->setToolTip(tr("Larger text in the conversation"));
    m_zoomOut = m_view->addAction(tr("Zoom &Out"), m_zoom, &ConversationZoom::zoomOut);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto *actual = m_view->addAction(tr("&Actual Size"), m_zoom, &ConversationZoom::reset);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoom, &ConversationZoom::pointSizeChanged, this, &DesktopActions::updateZoomActions);
    updateZoomActions();

    m_view->addSeparator();
    m_pagesMenu = m_view->addMenu(tr("&Go To"));
    auto *nextPage = m_view->addAction(tr("&Next Page"), this, [this] {
        if (m_pages && m_pages->count() > 1)
            m_pages->setCurrentIndex((m_pages->currentIndex() + 1) % m_pages->count());
    });
    nextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    auto *previousPage = m_view->addAction(tr("&Previous Page"), this, [this] {
        if (m_pages && m_pages->count() > 1)
            m_pages->setCurrentIndex((m_pages->currentIndex() + m_pages->count() - 1) % m_pages->count());
    });
    previousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    auto *nextRegion = m_view->addAction(tr("Next Pa&rt of the Window"), this,
                                         [this] { FocusRegions::cycle(m_window, true); });
    nextRegion->setShortcut(QKeySequence(Qt::Key_F6));
    auto *previousRegion = m_view->addAction(tr("Previous Part of the &Window"), this,
                                             [this] { FocusRegions::cycle(m_window, false); });
    previousRegion->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));

    m_view->addSeparator();
    auto *fullScreen = m_view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        m_window->setWindowState(on ? m_window->windowState() | Qt::WindowFullScreen
                                    : m_window->windowState() & ~Qt::WindowFullScreen);
    });
}

void DesktopActions::buildSettingsMenu()
{
    m_settings = m_window->menuBar()->addMenu(tr("&Settings"));
    QMenu *themes = m_settings->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    for (const ThemeController::Theme t :
         {ThemeController::Theme::System, ThemeController::Theme::Light, ThemeController::Theme::Dark}) {
        QAction *action = themes->addAction(ThemeController::themeName(t), this, [this, t] { m_theme->setTheme(t); });
        action->setCheckable(true);
        action->setChecked(m_theme->theme() == t);
        action->setData(QVariant::fromValue(t));
        group->addAction(action);
    }
    connect(m_theme, &ThemeController::themeChanged, group, [group](ThemeController::Theme theme) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().value<ThemeController::Theme>() == theme);
    });
    m_settings->addSeparator();
    auto *preferences = m_settings->addAction(tr("&Preferences…"), this, &DesktopActions::showPreferences);
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
}

void DesktopActions::buildHelpMenu()
{
    m_help = m_window->menuBar()->addMenu(tr("&Help"));
    auto *shortcuts = m_help->addAction(tr("&Keyboard Shortcuts"), this, &DesktopActions::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_help->addSeparator();
    auto *about = m_help->addAction(tr("&About Loquat"), this, &DesktopActions::showAbout);
    about->setMenuRole(QAction::AboutRole);
    auto *aboutQt = m_help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void DesktopActions::pageAdded(int index, const QString &title)
{
    if (index >= 9)
        return; // Alt+1 … Alt+9
    QAction *go = m_pagesMenu->addAction(ShortcutCatalog::plainText(title), this, [this, index] {
        if (m_pages && index < m_pages->count()) {
            m_pages->setCurrentIndex(index);
            FocusRegions::cycle(m_pages->widget(index), true);
        }
    });
    go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)));
}

void DesktopActions::updateZoomActions()
{
    m_zoomIn->setEnabled(m_zoom->canZoomIn());
    m_zoomOut->setEnabled(m_zoom->canZoomOut());
}

void DesktopActions::showShortcuts()
{
    // One at a time, beside the window (not modal: try a key while reading); asking again
    // brings it to the front.
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_window, m_window);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void DesktopActions::showPreferences()
{
    SettingsDialog dialog(m_theme, m_zoom, m_window);
    dialog.exec();
}

void DesktopActions::showAbout()
{
    QMessageBox::about(m_window, tr("About Loquat"),
                       tr("<h3>Loquat %1</h3>"
                          "<p>A native desktop client for vLLM servers.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

bool DesktopActions::eventFilter(QObject *watched, QEvent *event)
{
    // Help goes last, after the menus other parts of the window added since.
    if (watched == m_window && event->type() == QEvent::Show) {
        QMenuBar *bar = m_window->menuBar();
        bar->removeAction(m_help->menuAction());
        bar->addAction(m_help->menuAction());
    }
    return QObject::eventFilter(watched, event);
}
