#include "desktopcontroller.h"

#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "conversationview.h"
#include "conversationzoom.h"
#include "historysidebar.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "store/activeconversation.h"
#include "windowlayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>

namespace {
constexpr int kMaxPageShortcuts = 9;

// The focus goes where it was last on that page, else to `fallback` (the chat's message field),
// else to the page's first control, so the keyboard can carry on at once.
void focusInto(QWidget *page, QWidget *fallback)
{
    QWidget *target = page->focusWidget();
    if (!target)
        target = fallback;
    for (QWidget *w = page->nextInFocusChain(); !target && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
            target = w;
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}
} // namespace

DesktopController::DesktopController(MainWindow *window, ChatSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_zoom(new ConversationZoom(window->conversationView(), this))
    , m_layout(new WindowLayout(window, this))
{
    buildChatActions();
    buildViewActions();
    buildEditAndHelp();
    m_layout->restore();
}

DesktopController::~DesktopController() = default;

PreferencesDialog *DesktopController::preferencesDialog() const
{
    return m_preferencesDialog;
}

ShortcutsDialog *DesktopController::shortcutsDialog() const
{
    return m_shortcutsDialog;
}

QAction *DesktopController::chatAction(const QString &text, const QKeySequence &key, const QString &toolTip)
{
    auto *action = new QAction(text, m_window);
    action->setShortcut(key);
    action->setToolTip(toolTip);
    // Answers while the focus is in the chat page or the history (see the class comment).
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_window->pages()->widget(0)->addAction(action);
    if (QDockWidget *history = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock")))
        history->addAction(action);
    return action;
}

void DesktopController::buildChatActions()
{
    Composer *composer = m_window->composer();
    m_send = chatAction(tr("Sen&d message"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                        tr("Send what is in the message field (Enter there does the same)"));
    connect(m_send, &QAction::triggered, composer, [composer] {
        composer->submit();
        composer->editor()->setFocus();
    });
    m_stop = chatAction(tr("S&top answer"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                        tr("Stop the answer being written (Esc in the message field does the same)"));
    m_stop->setEnabled(m_session->isBusy());
    connect(m_session, &ChatSession::busyChanged, m_stop, &QAction::setEnabled);
    connect(m_stop, &QAction::triggered, m_session, &ChatSession::stop);
    m_regenerate = chatAction(tr("&Regenerate last answer"), QKeySequence(Qt::CTRL | Qt::Key_R),
                              tr("Write the last answer again, keeping the old one as a version"));
    connect(m_regenerate, &QAction::triggered, this, [this] {
        if (const int row = lastRowOf(QStringLiteral("assistant")); row >= 0)
            m_window->onMessageAction(MessageAction::Kind::Regenerate,
                                      m_window->conversationView()->model()->message(row).id);
    });
    m_editLast = chatAction(tr("&Edit last message"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                            tr("Put your last message in the message field to change and send again"));
    connect(m_editLast, &QAction::triggered, this, [this] {
        if (const int row = lastRowOf(QStringLiteral("user")); row >= 0)
            m_window->onMessageAction(MessageAction::Kind::Edit,
                                      m_window->conversationView()->model()->message(row).id);
    });
    m_attach = chatAction(tr("&Attach…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                          tr("Attach files, an image from the clipboard or a web address"));
    connect(m_attach, &QAction::triggered, composer, [composer] {
        // The Attach button's menu, opened under it, so every way of attaching is a key away.
        composer->attachButton()->showMenu();
    });
    m_next = chatAction(tr("Ne&xt conversation"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                        tr("Open the conversation below this one in the history"));
    connect(m_next, &QAction::triggered, this, [this] { openRelative(1); });
    m_previous = chatAction(tr("Pre&vious conversation"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                            tr("Open the conversation above this one in the history"));
    connect(m_previous, &QAction::triggered, this, [this] { openRelative(-1); });
    const bool withHistory = m_window->historySidebar() != nullptr;
    m_next->setVisible(withHistory);
    m_previous->setVisible(withHistory);

    // In the Chat menu after New chat, before the history's commands.
    QMenu *chat = m_window->chatMenu();
    const QList<QAction *> existing = chat->actions();
    QAction *before = existing.size() > 1 ? existing.at(1) : nullptr;
    chat->insertActions(before, {m_send, m_stop, m_regenerate, m_editLast, m_attach});
    chat->insertSeparator(before);
    if (withHistory) {
        chat->insertActions(before, {m_next, m_previous});
        chat->insertSeparator(before);
    }
}

void DesktopController::buildViewActions()
{
    QMenu *view = m_window->viewMenu();
    view->addSeparator();
    auto *larger = view->addAction(tr("&Larger text"), m_zoom, &ConversationZoom::zoomIn);
    // Ctrl+= too: on most keyboards Plus needs Shift.
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    larger->setToolTip(tr("A larger font in the conversation"));
    auto *smaller = view->addAction(tr("&Smaller text"), m_zoom, &ConversationZoom::zoomOut);
    smaller->setShortcut(QKeySequence::ZoomOut);
    smaller->setToolTip(tr("A smaller font in the conversation"));
    auto *reset = view->addAction(tr("&Default text size"), m_zoom, &ConversationZoom::reset);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    reset->setToolTip(tr("The conversation in the system's font size"));

    // One entry per page (Chat, Compare, Embeddings), Alt+1… as browsers switch tabs.
    QTabWidget *pages = m_window->pages();
    view->addSeparator();
    for (int i = 0; i < pages->count() && i < kMaxPageShortcuts; ++i) {
        QWidget *page = pages->widget(i);
        QWidget *fallback = i == 0 ? m_window->composer()->editor() : nullptr;
        auto *go = view->addAction(tr("Go to %1").arg(pages->tabText(i)), pages, [pages, page, fallback] {
            pages->setCurrentWidget(page);
            focusInto(page, fallback);
        });
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
}

void DesktopController::buildEditAndHelp()
{
    QMenuBar *bar = m_window->menuBar();
    auto *edit = new QMenu(tr("&Edit"), bar);
    bar->insertMenu(m_window->viewMenu()->menuAction(), edit);
    m_preferences = edit->addAction(tr("&Preferences…"), this, &DesktopController::openPreferences);
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setToolTip(tr("Theme, conversation font size and language"));

    QMenu *help = bar->addMenu(tr("&Help"));
    m_shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &DesktopController::openShortcuts);
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_shortcuts->setToolTip(tr("Every shortcut of the window"));
}

PreferencesDialog *DesktopController::openPreferences()
{
    if (!m_preferencesDialog) {
        m_preferencesDialog = new PreferencesDialog(m_zoom, m_window);
        m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_preferencesDialog->show();
    m_preferencesDialog->raise();
    m_preferencesDialog->activateWindow();
    return m_preferencesDialog;
}

ShortcutsDialog *DesktopController::openShortcuts()
{
    // Made anew each time: the actions may have changed (a profile added: Ctrl+1…).
    if (m_shortcutsDialog)
        m_shortcutsDialog->close();
    m_shortcutsDialog = new ShortcutsDialog(m_window);
    m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutsDialog->show();
    m_shortcutsDialog->activateWindow();
    return m_shortcutsDialog;
}

int DesktopController::lastRowOf(const QString &role) const
{
    const ConversationModel *model = m_window->conversationView()->model();
    for (int row = model ? model->rowCount() - 1 : -1; row >= 0; --row) {
        if (model->message(row).role == role)
            return row;
    }
    return -1;
}

void DesktopController::openRelative(int step)
{
    if (HistorySidebar *sidebar = m_window->historySidebar())
        sidebar->openRelative(m_window->history()->uid(), step);
}
