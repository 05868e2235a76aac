// DesktopController with the whole window as the app builds it (history, sampling panel, Compare
// and Embeddings pages) against the simulator: the shortcuts do what they say and never share a
// key, the Keyboard Shortcuts dialog lists exactly the window's actions, every control has a name
// a screen reader can say, the font size and theme apply and are remembered, and the layout comes
// back on the next start.

#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "compare/compareview.h"
#include "composer.h"
#include "conversationview.h"
#include "desktop/conversationzoom.h"
#include "desktop/desktopcontroller.h"
#include "desktop/desktopsettings.h"
#include "desktop/preferencesdialog.h"
#include "desktop/shortcutlist.h"
#include "desktop/shortcutsdialog.h"
#include "desktop/themepalette.h"
#include "desktop/windowlayout.h"
#include "embeddings/embeddingspanel.h"
#include "embeddings/heatmapview.h"
#include "historysidebar.h"
#include "inlinenotice.h"
#include "mainwindow.h"
#include "markdown/markdownrenderer.h"
#include "sampling/presetstore.h"
#include "sampling/samplingcontroller.h"
#include "serverbar.h"
#include "simfixture.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "store/conversationlistmodel.h"
#include "store/conversationrecorder.h"
#include "store/conversationstore.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <numeric>

namespace {
constexpr int kWaitMs = 10000;

// What a screen reader says for the widget: its accessible name, which Qt makes from
// setAccessibleName, else the visible text of a button, else the text of the label whose buddy
// it is.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget);
}

// Parts of a composite control that Qt names and focuses through the control itself (a combo
// box's line edit and list, a spin box's line edit, a tab bar's scroll arrows).
bool isPartOfAControl(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QLineEdit *>(p) ||
            qstrcmp(p->metaObject()->className(), "QTabBar") == 0 ||
            qstrcmp(p->metaObject()->className(), "QComboBoxPrivateContainer") == 0)
            return true;
    }
    return false;
}

// Where an action's shortcut answers: the whole window, or the widgets it was added to.
QList<QWidget *> scopeOf(QAction *action)
{
    QList<QWidget *> scope;
    const Qt::ShortcutContext context = action->shortcutContext();
    if (context == Qt::WidgetShortcut || context == Qt::WidgetWithChildrenShortcut) {
        const QList<QObject *> objects = action->associatedObjects();
        for (QObject *object : objects) {
            auto *widget = qobject_cast<QWidget *>(object);
            if (widget && !qobject_cast<QMenu *>(widget) && !qobject_cast<QMenuBar *>(widget))
                scope << widget;
        }
        return scope;
    }
    QWidget *window = nullptr;
    for (QObject *o = action->parent(); o && !window; o = o->parent()) {
        if (auto *w = qobject_cast<QWidget *>(o))
            window = w->window();
    }
    return {window};
}

// A QShortcut answers while its widget is visible (WindowShortcut) or has the focus.
QList<QWidget *> scopeOf(QShortcut *shortcut)
{
    return {qobject_cast<QWidget *>(shortcut->parent())};
}

struct Binding {
    QString name;
    QList<QKeySequence> keys;
    QList<QWidget *> scope;
};

QList<Binding> bindings(QWidget *window)
{
    QList<Binding> all;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (!action->shortcuts().isEmpty())
            all.append({action->text(), action->shortcuts(), scopeOf(action)});
    }
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (QShortcut *shortcut : shortcuts)
        all.append({shortcut->whatsThis(), shortcut->keys(), scopeOf(shortcut)});
    return all;
}

bool scopesOverlap(const QList<QWidget *> &a, const QList<QWidget *> &b)
{
    for (QWidget *x : a) {
        for (QWidget *y : b) {
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
        }
    }
    return false;
}

// Widgets in the window without a name to say, as "Class objectName (parent chain)".
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // A header belongs to its view, which names the table; Qt's internal buttons (a line
        // edit's clear button, a table's corner) are parts of their control.
        // Qt's own hidden helpers ("qt_menubar_ext_button") and controls the app hid itself (a
        // notice's action button until it offers one) are not reachable.
        if (!isInteractive(widget) || isPartOfAControl(widget) || qobject_cast<QHeaderView *>(widget) ||
            widget->objectName().startsWith(QLatin1String("qt_")) ||
            (widget->isHidden() && widget->testAttribute(Qt::WA_WState_ExplicitShowHide)) ||
            !spokenName(widget).isEmpty())
            continue;
        QStringList chain;
        for (QWidget *p = widget; p && p != root; p = p->parentWidget())
            chain << QStringLiteral("%1%2").arg(
                QString::fromLatin1(p->metaObject()->className()),
                p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName());
        unnamed << chain.join(QStringLiteral(" < "));
    }
    return unnamed;
}
} // namespace

class TestDesktopController final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<SimFixture> m_fixture;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_conversation;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<ActiveConversation> m_active;
    std::unique_ptr<PresetStore> m_presets;
    std::unique_ptr<MainWindow> m_window;
    SamplingController *m_sampling = nullptr;
    DesktopController *m_desktop = nullptr;

    // The window as app/main.cpp builds it.
    void start()
    {
        m_conversation = std::make_unique<ConversationModel>();
        m_session = std::make_unique<ChatSession>(m_client.get(), m_conversation.get());
        m_store = std::make_unique<AsyncStore>(m_dataDir.filePath(QStringLiteral("history.db")),
                                               StoreDatabase::Options{});
        m_active = std::make_unique<ActiveConversation>(m_store.get(), m_conversation.get(), m_session.get(),
                                                        m_client.get());
        m_presets = std::make_unique<PresetStore>(m_dataDir.filePath(QStringLiteral("presets.json")));
        m_window = std::make_unique<MainWindow>(m_client.get(), m_conversation.get(), m_session.get());
        m_window->setHistory(m_active.get());
        m_sampling = new SamplingController(m_window.get(), m_session.get(), m_conversation.get(),
                                            m_client.get(), m_presets.get());
        m_window->addPage(new CompareView(m_client.get(), m_conversation.get(), m_presets.get()),
                          QStringLiteral("Compare"));
        m_window->addPage(new EmbeddingsPanel(&m_fixture->network(), m_fixture->config()),
                          QStringLiteral("Embeddings"));
        m_desktop = new DesktopController(m_window.get(), m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void stop()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
        m_presets.reset();
        m_active.reset();
        m_session.reset();
        m_store.reset();
        m_conversation.reset();
    }
    void connectAndWait()
    {
        QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->composer()->canSend(), kWaitMs);
    }
    void waitForAnswer()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation->rowCount() > 0 && !m_session->isBusy() &&
                                     m_conversation->message(m_conversation->rowCount() - 1).state ==
                                         MessageState::Complete,
                                 kWaitMs);
    }
    void press(const QKeySequence &key)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keySequence(target, key);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid() && m_dataDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LoquatDesktopTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        qputenv("LOQUAT_DATA_DIR", m_dataDir.path().toLocal8Bit());
    }
    void init()
    {
        QSettings().clear();
        QFile::remove(m_dataDir.filePath(QStringLiteral("history.db")));
        m_fixture = std::make_unique<SimFixture>();
        QVERIFY(m_fixture->isListening());
        m_client = std::make_unique<VllmClient>(&m_fixture->network());
        m_client->setServer(m_fixture->config());
        start();
    }
    void cleanup()
    {
        stop();
        ThemePalette::apply(DesktopSettings::Theme::System);
        m_client.reset();
        m_fixture.reset();
    }

    void noTwoActionsShareAShortcut()
    {
        // Two shortcuts may only share a key where they can never both answer it: each bound to
        // widgets (and their children) apart from the other's, like Compare's Run and the chat's
        // Send. Two that can are ambiguous, and Qt then runs neither.
        const QList<Binding> all = bindings(m_window.get());
        QVERIFY(all.size() > 20);
        QStringList clashes;
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (qsizetype j = i + 1; j < all.size(); ++j) {
                for (const QKeySequence &key : all.at(i).keys) {
                    if (all.at(j).keys.contains(key) && scopesOverlap(all.at(i).scope, all.at(j).scope))
                        clashes << QStringLiteral("%1: %2 and %3")
                                       .arg(key.toString(), all.at(i).name, all.at(j).name);
                }
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        // The check can fail: a second window-wide Ctrl+R is a clash.
        auto *twin = new QAction(QStringLiteral("Twin"), m_window.get());
        twin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        m_window->addAction(twin);
        QVERIFY(scopesOverlap(scopeOf(twin), scopeOf(m_desktop->regenerateAction())));
        delete twin;
        // The frequent commands all have one.
        for (QAction *action :
             {m_desktop->sendAction(), m_desktop->stopAction(), m_desktop->regenerateAction(),
              m_desktop->editLastAction(), m_desktop->attachAction(), m_desktop->nextConversationAction(),
              m_desktop->previousConversationAction(), m_desktop->preferencesAction(),
              m_desktop->shortcutsAction(), m_sampling->toggleAction()})
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    }

    void noShortcutTakesAnEditingKey()
    {
        // A window shortcut on a key the text fields use (Ctrl+A, Ctrl+Z, Ctrl+Left, …) would
        // either steal it from them or never fire. Only the actions that are those standard keys
        // (New, Quit, Find, zoom) may use them.
        QSet<QKeySequence> editing;
        for (int k = QKeySequence::HelpContents; k <= QKeySequence::Backspace; ++k) {
            const auto standard = QKeySequence::StandardKey(k);
            if (standard == QKeySequence::New || standard == QKeySequence::Quit ||
                standard == QKeySequence::Find || standard == QKeySequence::ZoomIn ||
                standard == QKeySequence::ZoomOut || standard == QKeySequence::Close ||
                standard == QKeySequence::HelpContents)
                continue;
            for (const QKeySequence &key : QKeySequence::keyBindings(standard))
                editing.insert(key);
        }
        QStringList taken;
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (QAction *action : actions) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (editing.contains(key))
                    taken << QStringLiteral("%1 (%2)").arg(action->text(), key.toString());
            }
        }
        QVERIFY2(taken.isEmpty(), qPrintable(taken.join(QStringLiteral(", "))));
    }

    void theShortcutsDialogListsEveryShortcutOfTheWindow()
    {
        QTest::keySequence(m_window->composer()->editor(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
        ShortcutsDialog *dialog = m_desktop->shortcutsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QStringList shown;
        QTreeWidget *table = dialog->table();
        for (int g = 0; g < table->topLevelItemCount(); ++g) {
            for (int i = 0; i < table->topLevelItem(g)->childCount(); ++i)
                shown << table->topLevelItem(g)->child(i)->text(0) + QLatin1Char('=') +
                             table->topLevelItem(g)->child(i)->text(1);
        }
        int withShortcut = 0;
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcuts().isEmpty())
                continue;
            ++withShortcut;
            const QString entry = ShortcutList::plainText(action->text()) + QLatin1Char('=') +
                                  action->shortcuts().constFirst().toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(shown.begin(), shown.end(),
                                 [&](const QString &s) { return s.startsWith(entry); }),
                     qPrintable(entry + QStringLiteral(" not in ") + shown.join(QLatin1Char('|'))));
        }
        const QList<QShortcut *> shortcuts = m_window->findChildren<QShortcut *>();
        for (QShortcut *shortcut : shortcuts) {
            QVERIFY2(!shortcut->whatsThis().isEmpty(), "a panel's shortcut without a name for the list");
            QVERIFY(shown.contains(shortcut->whatsThis() + QLatin1Char('=') +
                                   shortcut->key().toString(QKeySequence::NativeText)));
            ++withShortcut;
        }
        QCOMPARE(shown.size(), withShortcut);
        QVERIFY(shown.contains(QStringLiteral("Regenerate last answer=") +
                               QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
        // A profile added since is listed the next time (the list is made from the actions).
        QTest::keyClicks(dialog->filterField(), QStringLiteral("conversation"));
        QVERIFY(dialog->visibleCount() >= 3); // search, next, previous
        QVERIFY(dialog->visibleCount() < shown.size());
        QVERIFY2(unnamedControls(dialog).isEmpty(),
                 qPrintable(unnamedControls(dialog).join(QLatin1Char('\n'))));
    }

    void everyControlHasANameToSay()
    {
        // Every page and panel built, the notices shown too (their buttons count).
        m_window->storeNotice()->showMessage(QStringLiteral("A problem"), QStringLiteral("Retry"));
        m_window->editNotice()->showMessage(QStringLiteral("Editing"), QStringLiteral("Cancel"));
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
        PreferencesDialog *preferences = m_desktop->openPreferences();
        const QStringList unnamedInPreferences = unnamedControls(preferences);
        QVERIFY2(unnamedInPreferences.isEmpty(), qPrintable(unnamedInPreferences.join(QLatin1Char('\n'))));
    }

    void theTestForNamesCatchesAnUnnamedControl()
    {
        // The walk above must be able to fail.
        auto *bare = new QToolButton(m_window->pages()->widget(0));
        QCOMPARE(unnamedControls(m_window.get()).size(), 1);
        bare->setAccessibleName(QStringLiteral("Named"));
        QVERIFY(unnamedControls(m_window.get()).isEmpty());
        delete bare;
    }

    void tabGoesThroughTheChatInReadingOrder()
    {
        // Tab from the server bar reaches its notice, the conversation, then the message field,
        // then Send (enabled: connected, something typed).
        connectAndWait();
        QTest::keyClicks(m_window->composer()->editor(), QStringLiteral("hello"));
        QList<QWidget *> order;
        QWidget *start = m_window->serverBar()->urlEdit();
        start->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), start);
        for (int i = 0; i < 40 && !order.contains(QApplication::focusWidget()); ++i) {
            order << QApplication::focusWidget();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const qsizetype view = order.indexOf(m_window->conversationView());
        const qsizetype editor = order.indexOf(m_window->composer()->editor());
        const qsizetype send = order.indexOf(m_window->composer()->button());
        QStringList names;
        for (QWidget *w : order)
            names << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') + spokenName(w);
        QVERIFY2(view > 0 && editor > view && send > editor, qPrintable(names.join(QStringLiteral(" → "))));
    }

    void chatShortcutsSendRegenerateEditAndStop()
    {
        connectAndWait();
        QPlainTextEdit *editor = m_window->composer()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("First question"));
        press(QKeySequence(Qt::CTRL | Qt::Key_Return));
        QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
        waitForAnswer();
        QVERIFY(m_window->composer()->text().isEmpty());

        // Ctrl+R: a second version of the answer.
        press(QKeySequence(Qt::CTRL | Qt::Key_R));
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation->message(1).siblingCount == 2, kWaitMs);
        waitForAnswer();

        // Ctrl+Shift+E: the last message of the user back in the composer, as an edit.
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QCOMPARE(m_window->composer()->text(), QStringLiteral("First question"));
        QCOMPARE(m_window->editingUid(), m_conversation->message(0).uid);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(m_window->editingUid().isEmpty());

        // Ctrl+. stops an answer as it streams; it is disabled when nothing streams.
        QVERIFY(!m_desktop->stopAction()->isEnabled());
        QTest::keyClicks(editor, QStringLiteral("A long one"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, QStringLiteral("/sim tokens=3000 delay=30"));
        press(QKeySequence(Qt::CTRL | Qt::Key_Return));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isBusy(), kWaitMs);
        QVERIFY(m_desktop->stopAction()->isEnabled());
        press(QKeySequence(Qt::CTRL | Qt::Key_Period));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), kWaitMs);
        QCOMPARE(m_conversation->rowCount(), 4);
        QCOMPARE(m_conversation->message(3).state, MessageState::Stopped);
    }

    void chatShortcutsDoNothingOnAnotherPage()
    {
        connectAndWait();
        QTest::keyClicks(m_window->composer()->editor(), QStringLiteral("stays"));
        press(QKeySequence(Qt::ALT | Qt::Key_2));
        QCOMPARE(m_window->pages()->currentIndex(), 1);
        QVERIFY(m_window->pages()->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        press(QKeySequence(Qt::CTRL | Qt::Key_Return)); // Compare's own Run, not Send
        QCOMPARE(m_conversation->rowCount(), 0);
        press(QKeySequence(Qt::ALT | Qt::Key_3));
        QCOMPARE(m_window->pages()->currentIndex(), 2);
        press(QKeySequence(Qt::ALT | Qt::Key_1));
        QCOMPARE(m_window->pages()->currentIndex(), 0);
        QCOMPARE(QApplication::focusWidget(), m_window->composer()->editor());
        QCOMPARE(m_window->composer()->text(), QStringLiteral("stays"));
    }

    void nextAndPreviousConversation()
    {
        connectAndWait();
        QStringList uids;
        for (const QString &text : {QStringLiteral("one"), QStringLiteral("two")}) {
            m_window->newChat();
            QTest::keyClicks(m_window->composer()->editor(), text);
            QTest::keyClick(m_window->composer()->editor(), Qt::Key_Return);
            waitForAnswer();
            QTRY_VERIFY_WITH_TIMEOUT(m_active->isStored() && !m_active->recorder()->hasPendingWrites(),
                                     kWaitMs);
            uids << m_active->uid();
        }
        ConversationListModel *list = m_window->historySidebar()->model();
        QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 2, kWaitMs);
        m_window->composer()->editor()->setFocus();
        // Newest first: "two" is on top and on screen; the next one below is "one".
        press(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
        QTRY_COMPARE_WITH_TIMEOUT(m_active->uid(), uids.at(0), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_conversation->message(0).content, QStringLiteral("one"), kWaitMs);
        press(QKeySequence(Qt::CTRL | Qt::Key_PageDown)); // the last one stays
        QTest::qWait(100);
        QCOMPARE(m_active->uid(), uids.at(0));
        press(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
        QTRY_COMPARE_WITH_TIMEOUT(m_active->uid(), uids.at(1), kWaitMs);
    }

    void fontSizeFollowsTheKeysAndIsRemembered()
    {
        ConversationView *view = m_window->conversationView();
        ConversationZoom *zoom = m_desktop->zoom();
        const int normal = zoom->defaultPointSize();
        QCOMPARE(view->font().pointSize(), normal);
        view->setFocus();
        press(QKeySequence(Qt::CTRL | Qt::Key_Plus));
        press(QKeySequence(Qt::CTRL | Qt::Key_Equal));
        const int larger = view->font().pointSize();
        QVERIFY(larger > normal);
        QCOMPARE(view->document()->defaultFont().pointSize(), larger);
        QCOMPARE(DesktopSettings::conversationFontSize(), larger);

        // The next start shows it as it was left.
        stop();
        start();
        QCOMPARE(m_window->conversationView()->font().pointSize(), larger);
        m_window->conversationView()->setFocus();
        press(QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QVERIFY(m_window->conversationView()->font().pointSize() < larger);
        press(QKeySequence(Qt::CTRL | Qt::Key_0));
        QCOMPARE(m_window->conversationView()->font().pointSize(), normal);
        QCOMPARE(DesktopSettings::conversationFontSize(), 0); // the default is not pinned
    }

    void preferencesApplyThemeAndFontAndKeepTheLanguageForTheNextStart()
    {
        QTest::keySequence(m_window->composer()->editor(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        PreferencesDialog *dialog = m_desktop->preferencesDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(DesktopSettings::Theme::Dark)));
        QCOMPARE(DesktopSettings::theme(), DesktopSettings::Theme::Dark);
        QVERIFY(ThemePalette::isDark(QApplication::palette()));
        QTRY_VERIFY(ThemePalette::isDark(m_window->conversationView()->palette()));
        // The code blocks follow: the dark colours of the markdown style.
        QVERIFY(m_window->conversationView()->document()->defaultStyleSheet().startsWith(
            MarkdownRenderer::defaultStyleSheet(true)));

        dialog->fontSizeBox()->setValue(m_desktop->zoom()->defaultPointSize() + 4);
        QCOMPARE(m_window->conversationView()->font().pointSize(), m_desktop->zoom()->defaultPointSize() + 4);
        m_desktop->zoom()->reset(); // Ctrl+0 shows in the dialog
        QCOMPARE(dialog->fontSizeBox()->value(), m_desktop->zoom()->defaultPointSize());

        QVERIFY(!dialog->restartNote()->isVisibleTo(dialog));
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
        QCOMPARE(DesktopSettings::language(), QStringLiteral("de"));
        QCOMPARE(DesktopSettings::uiLocale().language(), QLocale::German);
        QVERIFY(dialog->restartNote()->isVisibleTo(dialog));
        dialog->languageBox()->setCurrentIndex(0);
        QVERIFY(DesktopSettings::language().isEmpty());
        QVERIFY(!dialog->restartNote()->isVisibleTo(dialog));

        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(DesktopSettings::Theme::Light)));
        QVERIFY(!ThemePalette::isDark(QApplication::palette()));
        QTRY_VERIFY(m_window->conversationView()->document()->defaultStyleSheet().startsWith(
            MarkdownRenderer::defaultStyleSheet(false)));
        dialog->themeBox()->setCurrentIndex(0);
        QCOMPARE(DesktopSettings::theme(), DesktopSettings::Theme::System);
    }

    void bothThemesKeepTextReadable()
    {
        for (const QPalette &palette : {ThemePalette::light(), ThemePalette::dark()}) {
            for (const auto group : {QPalette::Active, QPalette::Inactive}) {
                QVERIFY(ThemePalette::contrast(palette.color(group, QPalette::Text),
                                               palette.color(group, QPalette::Base)) >= 7.0);
                QVERIFY(ThemePalette::contrast(palette.color(group, QPalette::WindowText),
                                               palette.color(group, QPalette::Window)) >= 7.0);
                QVERIFY(ThemePalette::contrast(palette.color(group, QPalette::ButtonText),
                                               palette.color(group, QPalette::Button)) >= 7.0);
                QVERIFY(ThemePalette::contrast(palette.color(group, QPalette::HighlightedText),
                                               palette.color(group, QPalette::Highlight)) >= 4.5);
                QVERIFY(ThemePalette::contrast(palette.color(group, QPalette::PlaceholderText),
                                               palette.color(group, QPalette::Base)) >= 4.5);
                QVERIFY(ThemePalette::contrast(palette.color(group, QPalette::Link),
                                               palette.color(group, QPalette::Base)) >= 4.5);
            }
        }
        QVERIFY(ThemePalette::contrast(Qt::black, Qt::white) > 20.9);
        QVERIFY(ThemePalette::isDark(ThemePalette::dark()));
        QVERIFY(!ThemePalette::isDark(ThemePalette::light()));

        // The heatmap's labels and legend are drawn in the palette's text on its base.
        ThemePalette::apply(DesktopSettings::Theme::Dark);
        HeatmapView *heatmap = m_window->findChild<HeatmapView *>();
        QVERIFY(heatmap);
        QTRY_VERIFY(ThemePalette::isDark(heatmap->palette()));
        const QImage dark = heatmap->grab().toImage();
        QVERIFY(!dark.isNull());
        QCOMPARE(dark.pixelColor(1, 1), heatmap->palette().color(QPalette::Base));
        ThemePalette::apply(DesktopSettings::Theme::Light);
        QTRY_VERIFY(!ThemePalette::isDark(heatmap->palette()));
        QCOMPARE(heatmap->grab().toImage().pixelColor(1, 1), ThemePalette::light().color(QPalette::Base));
    }

    void aWidePageDoesNotWidenTheWindow()
    {
        // The Embeddings page alone needs some 1,300 px; inside its scroll area it does not make
        // the window wider than the chat needs (a laptop screen, a tiled half screen).
        QVERIFY(m_window->pages()->count() >= 3);
        const int chat = m_window->pages()->widget(0)->minimumSizeHint().width();
        for (int i = 1; i < m_window->pages()->count(); ++i)
            QVERIFY2(m_window->pages()->widget(i)->minimumSizeHint().width() <= chat,
                     qPrintable(QString::number(i)));
        QVERIFY(m_window->pages()->minimumSizeHint().width() < chat + 50);
    }

    void theLayoutComesBackOnTheNextStart()
    {
        QSplitter *splitter = m_window->pages()->widget(1)->findChild<QSplitter *>();
        QVERIFY(splitter);
        const QString key = m_desktop->layout()->keyOf(splitter);
        QVERIFY(!key.isEmpty());
        QList<int> sizes = splitter->sizes();
        QVERIFY(sizes.size() >= 2);
        const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
        QList<int> chosen(sizes.size(), 20);
        chosen.last() = total - 20 * int(sizes.size() - 1);
        splitter->setSizes(chosen);
        const QList<int> set = splitter->sizes();
        m_sampling->dock()->hide();
        m_window->pages()->setCurrentIndex(2);
        m_window->resize(900, 640);
        QApplication::processEvents();
        const QSize size = m_window->size();

        stop();
        start();
        QCOMPARE(m_window->size(), size);
        QCOMPARE(m_window->pages()->currentIndex(), 2);
        QVERIFY(!m_sampling->dock()->isVisible());
        QSplitter *again = m_window->pages()->widget(1)->findChild<QSplitter *>();
        QCOMPARE(m_desktop->layout()->keyOf(again), key);
        QCOMPARE(again->sizes(), set);
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"))->isVisible());
    }
};

QTEST_MAIN(TestDesktopController)
#include "tst_desktopcontroller.moc"
