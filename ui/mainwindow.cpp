#include "mainwindow.h"

#include "api/serverconfig.h"
#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "conversationview.h"
#include "desktop/desktopactions.h"
#include "desktop/conversationzoom.h"
#include "desktop/focusregions.h"
#include "metricstext.h"
#include "serverbar.h"
#include "servernotice.h"
#include "simulatorlauncher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QString kUrlKey = QStringLiteral("server/baseUrl");
const QString kModelKey = QStringLiteral("server/model");
const QString kGeometryKey = QStringLiteral("window/geometry");
constexpr int kMessageMs = 5000;

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

void setDotColour(QLabel *dot, const QColor &colour)
{
    QPalette palette = dot->palette();
    palette.setColor(QPalette::WindowText, colour);
    dot->setPalette(palette);
}
} // namespace

MainWindow::MainWindow(VllmClient *client, ConversationModel *conversation, ChatSession *session,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_conversation(conversation)
    , m_session(session)
    , m_serverBar(new ServerBar(this))
    , m_notice(new ServerNotice(this))
    , m_view(new ConversationView(conversation, this))
    , m_composer(new Composer(this))
    , m_healthDot(new QLabel(QStringLiteral("●"), this))
    , m_healthLabel(new QLabel(this))
    , m_metricsLabel(new QLabel(this))
    , m_health(new HealthMonitor(client, this))
    , m_simulator(new SimulatorLauncher(this))
    , m_pages(new QTabWidget(this))
{
    setWindowTitle(tr("Loquat"));
    auto *chatPage = new QWidget(this);
    auto *layout = new QVBoxLayout(chatPage);
    layout->addWidget(m_serverBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_composer);
    // The chat is the first page; other panels (compare, embeddings) are added with addPage().
    // With one page the tab bar hides itself.
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->addTab(chatPage, tr("Chat"));
    setCentralWidget(m_pages);

    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_healthLabel->setAccessibleName(tr("Server health"));
    m_healthDot->setAccessibleName(tr("Server health indicator"));
    m_metricsLabel->setObjectName(QStringLiteral("metricsLabel"));
    m_metricsLabel->setAccessibleName(tr("Last answer's figures"));
    statusBar()->addWidget(m_healthDot);
    statusBar()->addWidget(m_healthLabel);
    statusBar()->addPermanentWidget(m_metricsLabel);

    setTabOrder(m_serverBar->systemPromptEdit(), m_view);
    setTabOrder(m_view, m_composer->editor());
    setTabOrder(m_composer->editor(), m_composer->button());

    buildActions();
    m_desktop = new DesktopActions(this, m_pages);
    m_desktop->zoom()->follow(m_view);
    m_desktop->zoom()->follow(m_composer->editor());
    FocusRegions::mark(m_serverBar, 10);
    FocusRegions::mark(m_view, 20);
    FocusRegions::mark(m_composer, 30);
    wireSession();
    connect(m_serverBar, &ServerBar::urlSubmitted, this, &MainWindow::connectTo);
    connect(m_serverBar, &ServerBar::modelChanged, this, &MainWindow::onModelChanged);
    connect(m_serverBar, &ServerBar::systemPromptChanged, m_session, &ChatSession::setSystemPrompt);
    connect(m_health, &HealthMonitor::statusChanged, this, &MainWindow::onHealth);
    connect(m_notice, &ServerNotice::startSimulatorRequested, this, &MainWindow::startSimulator);
    connect(m_simulator, &SimulatorLauncher::started, this, [this](const QUrl &url) {
        m_simulatorStarting = false;
        m_notice->setVisible(false);
        useServer(ServerConfig::normalizeBaseUrl(url.toString()), false); // its port changes every run
    });
    connect(m_simulator, &SimulatorLauncher::failed, this, [this](const QString &message) {
        m_simulatorStarting = false;
        m_notice->showFailure(message);
    });
    connect(m_view, &ConversationView::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    connect(m_view, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        // Where a web link leads, before it is clicked (the view's own links need no address).
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto"))
            statusBar()->showMessage(url.toString());
        else
            statusBar()->clearMessage();
    });

    setAcceptDrops(true);
    restoreSettings();
    m_composer->setFocus();
}

MainWindow::~MainWindow() = default;

int MainWindow::addPage(QWidget *page, const QString &title)
{
    const int index = m_pages->addTab(page, title);
    FocusRegions::mark(page, 20); // F6 goes into the page when it is the one shown
    m_desktop->pageAdded(index, title);
    return index;
}

void MainWindow::buildActions()
{
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    auto *newChat = chat->addAction(tr("&New chat"), this, &MainWindow::newChat);
    newChat->setShortcut(QKeySequence::New);
    newChat->setToolTip(tr("Clear the conversation"));
    chat->addSeparator();
    auto *quit = chat->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::wireSession()
{
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::send);
    connect(m_composer, &Composer::stopRequested, m_session, &ChatSession::stop);
    connect(m_session, &ChatSession::busyChanged, m_composer, &Composer::setBusy);
    connect(m_session, &ChatSession::answerFinished, this, &MainWindow::restoreRefusedAttachments);
    connect(m_session, &ChatSession::metricsChanged, this, [this](const MessageMetrics &metrics) {
        const QString figures = MetricsText::format(metrics);
        m_metricsLabel->setText(figures.isEmpty() ? QString() : tr("Last answer: %1").arg(figures));
    });
    connect(m_session, &ChatSession::retrying, this, [this](int attempt, int delayMs, const QString &reason) {
        statusBar()->showMessage(tr("Retrying (attempt %1) in %2 s: %3")
                                     .arg(attempt)
                                     .arg(QString::number(delayMs / 1000.0, 'f', 1), reason),
                                 delayMs + kMessageMs);
    });
}

void MainWindow::send(const QString &text)
{
    // Cleared only once the session took it: a refused send leaves every word where it was.
    if (m_session->send(text, m_composer->attachments()))
        m_composer->clear();
    else
        statusBar()->showMessage(tr("Not sent: wait for the answer to finish, or choose a model."),
                                 kMessageMs);
}

bool MainWindow::connectTo(const QString &text)
{
    const QUrl url = ServerConfig::normalizeBaseUrl(text);
    if (url.isEmpty() || !url.isValid()) {
        m_serverBar->showUrlError(
            text.trimmed().isEmpty() ? tr("Enter the server's address, for example http://localhost:8000/v1.")
                                     : tr("\"%1\" is not a server address. Enter something like "
                                          "http://localhost:8000/v1 or host:8000.")
                                           .arg(text.trimmed()));
        return false;
    }
    useServer(url, true);
    return true;
}

void MainWindow::useServer(const QUrl &baseUrl, bool remember)
{
    m_serverBar->showUrlError({});
    m_serverBar->setUrlText(baseUrl.toString());
    if (remember)
        QSettings().setValue(kUrlKey, baseUrl.toString());
    if (baseUrl != m_client->server().baseUrl) {
        ServerConfig server = m_client->server(); // keeps the API key and the time-outs
        server.baseUrl = baseUrl;
        m_client->setServer(server); // the health monitor checks the new address at once
    } else {
        m_health->checkNow();
    }
    m_composer->setServerKey(serverAddress()); // images are scaled as set for this server
    if (!isLoopback(baseUrl) && !m_simulatorStarting)
        m_notice->setVisible(false);
    reloadModels();
}

void MainWindow::reloadModels()
{
    const quint64 generation = ++m_modelsGeneration;
    m_modelsLoaded = false;
    m_serverBar->setModelsMessage(tr("Loading models…"));
    m_client->fetchModels(this, [this, generation](const ModelList &models, const ApiError &error) {
        if (generation != m_modelsGeneration)
            return; // the address changed since
        if (error.isError()) {
            m_serverBar->setModelsMessage(tr("No models"), error.userMessage());
            return;
        }
        m_modelsLoaded = true;
        m_serverBar->setModels(models, m_preferredModel);
    });
}

void MainWindow::onModelChanged(const QString &id, bool byUser)
{
    m_session->setModel(id);
    if (byUser && !id.isEmpty()) {
        m_preferredModel = id;
        QSettings().setValue(kModelKey, id);
    }
    updateCanSend();
}

void MainWindow::updateCanSend()
{
    m_composer->setCanSend(!m_session->model().isEmpty(),
                           tr("Choose a model first: the server has not offered one yet."));
}

QString MainWindow::serverAddress() const
{
    const QUrl root = m_client->server().serverRoot();
    return root.port() > 0 ? QStringLiteral("%1:%2").arg(root.host()).arg(root.port()) : root.host();
}

void MainWindow::onHealth(HealthMonitor::Status status, const ApiError &error)
{
    const QString address = serverAddress();
    m_healthLabel->setToolTip(error.detail);
    switch (status) {
    case HealthMonitor::Status::Checking:
        setDotColour(m_healthDot, palette().color(QPalette::PlaceholderText));
        m_healthLabel->setText(tr("Checking %1…").arg(address));
        return;
    case HealthMonitor::Status::Healthy:
        setDotColour(m_healthDot, QColor(0x2e, 0x7d, 0x32));
        m_healthLabel->setText(tr("Server healthy · %1").arg(address));
        if (!m_simulatorStarting)
            m_notice->setVisible(false);
        if (!m_modelsLoaded)
            reloadModels(); // it came up after the models were asked for
        return;
    case HealthMonitor::Status::Unhealthy:
        break;
    }
    setDotColour(m_healthDot, QColor(0xc6, 0x28, 0x28));
    const bool refused = error.kind == ApiError::Kind::ConnectionRefused;
    m_healthLabel->setText(refused ? tr("No server answers at %1").arg(address)
                                   : tr("Server at %1 is not healthy: %2").arg(address, error.userMessage()));
    // Nothing listens on this machine: the moment to offer the simulator.
    if (refused && isLoopback(m_client->server().baseUrl) && !m_simulatorStarting)
        m_notice->showNoServer(address, !SimulatorLauncher::findProgram().isEmpty());
}

void MainWindow::newChat()
{
    m_session->stop();
    m_conversation->clear();
    m_metricsLabel->clear();
    m_composer->setFocus();
}

void MainWindow::startSimulator()
{
    m_simulatorStarting = true;
    m_notice->showStarting();
    m_simulator->start();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1040, 760); // first run: room for a table or a code block without wrapping
    m_preferredModel = settings.value(kModelKey).toString();
    const QUrl saved = ServerConfig::normalizeBaseUrl(settings.value(kUrlKey).toString());
    useServer(saved.isEmpty() ? m_client->server().baseUrl : saved, false);
}

void MainWindow::restoreRefusedAttachments(int answerRow, MessageState state)
{
    // The server refused the request before answering (a text-only model, too many images):
    // the attachments go back to the composer, so the user can change them and send again.
    if (state != MessageState::Failed || answerRow < 1 || answerRow >= m_conversation->rowCount())
        return;
    const Message &answer = m_conversation->message(answerRow);
    const Message &question = m_conversation->message(answerRow - 1);
    if (!answer.content.isEmpty() || question.attachments.isEmpty() || !m_composer->attachments().isEmpty() ||
        m_composer->isPreparingAttachments())
        return;
    m_composer->setAttachments(question.attachments);
    if (m_composer->text().isEmpty())
        m_composer->setText(question.content);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (Composer::hasMedia(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_composer->addMedia(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    m_session->stop();
    QMainWindow::closeEvent(event);
}
