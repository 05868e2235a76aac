#include "mainwindow.h"

#include "api/serverconfig.h"
#include "api/serverinsight.h"
#include "api/tlstrust.h"
#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "chat/tokenbudget.h"
#include "composer.h"
#include "conversationview.h"
#include "inlinenotice.h"
#include "keychainnotice.h"
#include "local/localservers.h"
#include "markdown/markdownrenderer.h"
#include "metricstext.h"
#include "profilesdialog.h"
#include "serverbar.h"
#include "servernotice.h"
#include "settings/filesecretstore.h"
#include "settings/memorysecretstore.h"
#include "settings/serverdirectory.h"
#include "simulatorlauncher.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "store/conversationexport.h"
#include "store/conversationlistmodel.h"
#include "store/conversationrecorder.h"
#include "store/conversationstore.h"
#include "store/markdownexport.h"
#include "tokenbudgetlabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kCurrentConversationKey = QStringLiteral("history/current");
const QString kSimulatorProfileKey = QStringLiteral("simulator/profileId");
constexpr int kMessageMs = 5000;
constexpr int kMaxProfileShortcuts = 9;

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

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}
} // namespace

MainWindow::MainWindow(VllmClient *client, ConversationModel *conversation, ChatSession *session,
                       QWidget *parent)
    : MainWindow(client, conversation, session, nullptr, parent)
{}

MainWindow::MainWindow(VllmClient *client, ConversationModel *conversation, ChatSession *session,
                       ServerDirectory *directory, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_conversation(conversation)
    , m_session(session)
    , m_directory(directory)
{
    if (!m_directory) {
        m_ownProfiles = std::make_unique<ProfileModel>(nullptr);
        m_ownSecrets = std::make_unique<MemorySecretStore>();
        m_ownVault = std::make_unique<ApiKeyVault>(m_ownSecrets.get());
        m_ownDirectory = std::make_unique<ServerDirectory>(m_ownProfiles.get(), m_ownVault.get());
        m_directory = m_ownDirectory.get();
    }
    m_localServers = new LocalServers(client->network(), this);
    m_serverBar = new ServerBar(this);
    m_keychainNotice = new KeychainNotice(m_directory->keys(), this);
    m_notice = new ServerNotice(this);
    m_view = new ConversationView(conversation, this);
    if (client)
        m_view->setNetwork(client->network()); // clicked web images come through the app's manager
    m_composer = new Composer(this);
    m_budget = new TokenBudget(client, this);
    m_budgetLabel = new TokenBudgetLabel(m_budget, this);
    m_healthDot = new QLabel(QStringLiteral("●"), this);
    m_healthLabel = new QLabel(this);
    m_insightLabel = new QLabel(this);
    m_metricsLabel = new QLabel(this);
    m_health = new HealthMonitor(client, this);
    m_insight = new ServerInsight(client, this);
    m_simulator = new SimulatorLauncher(this);
    m_pages = new QTabWidget(this);
    m_storeNotice = new InlineNotice(this);
    m_editNotice = new InlineNotice(this);

    setWindowTitle(tr("Loquat"));
    auto *chatPage = new QWidget(this);
    auto *layout = new QVBoxLayout(chatPage);
    layout->addWidget(m_serverBar);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(m_notice);
    layout->addWidget(m_storeNotice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_editNotice);
    layout->addWidget(m_composer);
    layout->addWidget(m_budgetLabel);
    m_storeNotice->setObjectName(QStringLiteral("storeNotice"));
    m_editNotice->setObjectName(QStringLiteral("editNotice"));
    connect(m_editNotice, &InlineNotice::closed, this, &MainWindow::cancelEdit);
    connect(m_editNotice, &InlineNotice::actionTriggered, this, &MainWindow::cancelEdit);
    // The chat is the first page; other panels (compare, embeddings) are added with addPage().
    // With one page the tab bar hides itself.
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->addTab(chatPage, tr("Chat"));
    setCentralWidget(m_pages);

    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_healthLabel->setAccessibleName(tr("Server health"));
    m_healthDot->setAccessibleName(tr("Server health indicator"));
    m_insightLabel->setObjectName(QStringLiteral("insightLabel"));
    m_insightLabel->setAccessibleName(tr("Server version and load"));
    m_insightLabel->setToolTip(tr("From the server's /version and /metrics, refreshed every few seconds"));
    m_metricsLabel->setObjectName(QStringLiteral("metricsLabel"));
    m_metricsLabel->setAccessibleName(tr("Last answer's figures"));
    statusBar()->addWidget(m_healthDot);
    statusBar()->addWidget(m_healthLabel);
    statusBar()->addWidget(m_insightLabel);
    statusBar()->addPermanentWidget(m_metricsLabel);
    m_insightLabel->setVisible(false);

    // Reading order: the server bar, its notices, the conversation, the message, Send.
    setTabOrder(m_view, m_composer->editor());
    setTabOrder(m_composer->editor(), m_composer->button());

    buildActions();
    wireSession();
    wireProfiles();
    connect(m_serverBar, &ServerBar::urlSubmitted, this, &MainWindow::connectTo);
    connect(m_serverBar, &ServerBar::modelChanged, this, &MainWindow::onModelChanged);
    connect(m_serverBar, &ServerBar::systemPromptChanged, m_session, &ChatSession::setSystemPrompt);
    connect(m_serverBar, &ServerBar::systemPromptChanged, m_budget, &TokenBudget::invalidate);
    connect(m_health, &HealthMonitor::statusChanged, this, &MainWindow::onHealth);
    connect(m_insight, &ServerInsight::changed, this, &MainWindow::updateInsight);
    // Each answer keeps the version of the server that gave it (issue 4).
    connect(m_insight, &ServerInsight::changed, m_session,
            [this] { m_session->setServerVersion(m_insight->version()); });
    connect(m_notice, &ServerNotice::startSimulatorRequested, this, &MainWindow::startSimulator);
    connect(m_notice, &ServerNotice::useServerRequested, this, &MainWindow::useFoundServer);
    connect(m_notice, &ServerNotice::addServerRequested, this, [this] { openProfiles(true); });
    connect(m_notice, &ServerNotice::trustCertificateRequested, this, &MainWindow::confirmTrust);
    connect(m_keychainNotice, &KeychainNotice::fileStorageChosen, this, &MainWindow::useKeyFile);
    connect(m_simulator, &SimulatorLauncher::started, this, [this](const QUrl &url) {
        m_simulatorStarting = false;
        m_notice->setVisible(false);
        // Its port changes every run: one "Simulator" profile follows it.
        QSettings settings;
        ServerProfile profile;
        if (const ServerProfile *known =
                m_directory->profiles()->find(settings.value(kSimulatorProfileKey).toString()))
            profile = *known;
        profile.baseUrl = ServerConfig::normalizeBaseUrl(url.toString());
        if (profile.id.isEmpty()) {
            profile.name = tr("Simulator");
            profile.id = m_directory->profiles()->add(profile);
            settings.setValue(kSimulatorProfileKey, profile.id);
        } else {
            m_directory->profiles()->update(profile);
        }
        switchToProfile(profile.id);
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
        else if (const QString image = MarkdownRenderer::remoteImageFromLink(url.toString());
                 !image.isEmpty())
            statusBar()->showMessage(tr("Click to load the image from %1").arg(image));
        else
            statusBar()->clearMessage();
    });

    m_budget->setSource([this] {
        // The composer's text and attachments (images take tokens too); no text counts as nothing.
        return m_session->buildRequest(m_composer->text(), m_composer->attachments());
    });
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, m_budget, &TokenBudget::invalidate);
    connect(m_conversation, &QAbstractItemModel::rowsInserted, m_budget, &TokenBudget::invalidate);
    connect(m_conversation, &QAbstractItemModel::rowsRemoved, m_budget, &TokenBudget::invalidate);
    connect(m_conversation, &QAbstractItemModel::modelReset, m_budget, &TokenBudget::invalidate);
    connect(m_session, &ChatSession::answerFinished, m_budget, &TokenBudget::invalidate);

    setAcceptDrops(true);
    restoreSettings();
    m_composer->setFocus();
}

MainWindow::~MainWindow() = default;

int MainWindow::addPage(QWidget *page, const QString &title)
{
    // A page's own minimum size (the Embeddings page needs some 1,300 px) must not become the
    // window's: narrower than that, the page scrolls instead.
    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title);
    // Named by its tab's place, so saved layouts (splitter sizes) find it again on the next start.
    scroll->setObjectName(QStringLiteral("page%1").arg(m_pages->count()));
    scroll->setWidget(page);
    return m_pages->addTab(scroll, title);
}

void MainWindow::showPage(QWidget *page)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *scroll = qobject_cast<QScrollArea *>(m_pages->widget(i));
        if (m_pages->widget(i) == page || (scroll && scroll->widget() == page)) {
            m_pages->setCurrentIndex(i);
            return;
        }
    }
}

void MainWindow::buildActions()
{
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    m_chatMenu = chat;
    auto *newChat = chat->addAction(tr("&New chat"), this, &MainWindow::newChat);
    newChat->setShortcut(QKeySequence::New);
    newChat->setToolTip(tr("Start a new conversation"));
    chat->addSeparator();
    auto *quit = chat->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(tr("&View"));

    // One entry per profile (Ctrl+1…9 for the first nine), rebuilt as the list changes.
    QMenu *servers = menuBar()->addMenu(tr("&Server"));
    auto rebuild = [this, servers] {
        servers->clear();
        const QList<ServerProfile> &profiles = m_directory->profiles()->profiles();
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            const QString id = profiles.at(i).id;
            QAction *action =
                servers->addAction(profiles.at(i).name, this, [this, id] { switchToProfile(id); });
            action->setCheckable(true);
            action->setChecked(id == m_directory->activeProfileId());
            action->setToolTip(profiles.at(i).baseUrl.toString());
            if (i < kMaxProfileShortcuts)
                action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        }
        if (!profiles.isEmpty())
            servers->addSeparator();
        servers->addAction(tr("&Profiles…"), this, [this] { openProfiles(); });
        servers->addAction(tr("&Add a server…"), this, [this] { openProfiles(true); });
    };
    ProfileModel *model = m_directory->profiles();
    for (auto signal : {&ProfileModel::profileAdded, &ProfileModel::profileRemoved,
                        &ProfileModel::profileUpdated, &ProfileModel::activeProfileChanged})
        connect(model, signal, servers, rebuild);
    rebuild();
}

void MainWindow::wireSession()
{
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::send);
    connect(m_composer, &Composer::stopRequested, this, [this] {
        // Esc stops an answer; with none streaming it gives up an edit.
        if (m_session->isBusy())
            m_session->stop();
        else
            cancelEdit();
    });
    connect(m_view, &ConversationView::messageActionRequested, this, &MainWindow::onMessageAction);
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

void MainWindow::wireProfiles()
{
    m_serverBar->setProfileModel(m_directory->profiles());
    connect(m_serverBar, &ServerBar::profileChosen, this, &MainWindow::switchToProfile);
    connect(m_serverBar, &ServerBar::manageProfilesRequested, this, [this] { openProfiles(); });
    connect(m_directory->profiles(), &ProfileModel::activeProfileChanged, this,
            [this] { applyActiveProfile(true); });
    connect(m_directory, &ServerDirectory::configChanged, this, [this](const QString &id) {
        // Another profile's change does not concern this window; the active one's may (a new key,
        // address, certificate): reconnect only when what is sent changes.
        if (id == m_directory->activeProfileId())
            applyActiveProfile(false);
    });
}

void MainWindow::send(const QString &text)
{
    if (const QString refusal = m_sendCheck ? m_sendCheck() : QString(); !refusal.isEmpty()) {
        statusBar()->showMessage(tr("Not sent: %1").arg(refusal), kMessageMs);
        return;
    }
    const ChatRequest request = m_session->buildRequest(text, m_composer->attachments());
    if (m_budget->cannotFit(request)) {
        // The server would refuse it (HTTP 400); the text stays for shortening.
        statusBar()->showMessage(
            tr("Not sent: %1")
                .arg(TokenBudgetLabel::warningText(m_budget->count(), TokenBudget::reservedOutput(request),
                                                   m_budget->maxModelLen())),
            kMessageMs * 2);
        return;
    }
    // Cleared only once the session took it: a refused send leaves every word where it was.
    if (!m_editingUid.isEmpty()) {
        int row = -1;
        for (int r = 0; r < m_conversation->rowCount(); ++r) {
            if (m_conversation->message(r).uid == m_editingUid)
                row = r;
        }
        if (row >= 0 && m_session->resend(row, text)) {
            cancelEdit();
            m_composer->clear();
        } else if (row < 0) {
            cancelEdit();
            statusBar()->showMessage(tr("The message being edited is no longer shown; nothing was sent."),
                                     kMessageMs);
        } else {
            statusBar()->showMessage(tr("Not sent: wait for the answer to finish, or choose a model."),
                                     kMessageMs);
        }
        return;
    }
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
    m_serverBar->showUrlError({});
    ProfileModel *profiles = m_directory->profiles();
    if (const ServerProfile *active = profiles->active()) {
        if (active->baseUrl == url) {
            applyActiveProfile(true); // the refresh button: connect again
            return true;
        }
        ServerProfile changed = *active;
        changed.baseUrl = url;
        profiles->update(changed); // configChanged reconnects
        if (m_active)
            m_active->noteServer(url.toString());
        return true;
    }
    // The first address typed becomes the first profile (and the active one).
    ServerProfile profile;
    profile.name = hostAndPort(url);
    profile.baseUrl = url;
    const QString added = profiles->add(profile);
    if (m_active) {
        m_active->noteProfile(added);
        m_active->noteServer(url.toString());
    }
    return true;
}

bool MainWindow::switchToProfile(const QString &id)
{
    if (!m_directory->profiles()->find(id))
        return false;
    if (id == m_directory->activeProfileId())
        applyActiveProfile(true);
    else
        m_directory->setActiveProfile(id); // activeProfileChanged connects
    return true;
}

void MainWindow::applyActiveProfile(bool reconnect)
{
    const ServerProfile *profile = m_directory->profiles()->active();
    m_serverBar->setCurrentProfile(profile ? profile->id : QString());
    if (!profile)
        return;
    m_serverBar->showUrlError({});
    m_serverBar->setUrlText(profile->baseUrl.toString());
    m_preferredModel = profile->defaultModel;
    const QString id = profile->id;
    const quint64 generation = ++m_resolveGeneration;
    if (reconnect) {
        ++m_modelsGeneration; // a list still on its way is for the server before
        m_modelsLoaded = false;
        m_serverBar->setModelsMessage(tr("Loading models…"));
    }
    m_resolving = true;
    updateCanSend();
    m_directory->resolve(
        id, this, [this, id, generation, reconnect](const ServerConfig &config, const QString &problem) {
            if (generation != m_resolveGeneration)
                return; // another profile was chosen meanwhile
            m_resolving = false;
            if (config.baseUrl.isEmpty())
                return;
            if (!problem.isEmpty())
                statusBar()->showMessage(problem, kMessageMs * 2);
            applyConfig(config, reconnect);
        });
}

void MainWindow::applyConfig(const ServerConfig &config, bool reconnect)
{
    const bool changed = !(config == m_client->server());
    if (!changed && !reconnect) {
        updateCanSend();
        return;
    }
    m_tlsError = {};
    if (changed)
        m_client->setServer(config); // the health monitor, insight and budget follow at once
    else
        m_health->checkNow();
    m_composer->setServerKey(serverAddress()); // images are scaled as set for this server
    if (!isLoopback(config.baseUrl) && !m_simulatorStarting)
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
            noteServerError(error);
            return;
        }
        m_modelsLoaded = true;
        m_models = models;
        m_serverBar->setModels(models, m_preferredModel);
        for (const ModelInfo &model : models) {
            if (model.id == m_session->model())
                m_budget->setFallbackMaxModelLen(model.maxModelLen);
        }
    });
}

void MainWindow::onModelChanged(const QString &id, bool byUser)
{
    m_session->setModel(id);
    m_budget->invalidate();
    if (byUser && !id.isEmpty()) {
        m_preferredModel = id;
        if (const ServerProfile *active = m_directory->profiles()->active();
            active && active->defaultModel != id) {
            ServerProfile remembered = *active;
            remembered.defaultModel = id; // the next start (and the next switch back) selects it
            m_directory->profiles()->update(remembered);
        }
        if (m_active)
            m_active->noteModelChosen(id);
    }
    updateCanSend();
}

void MainWindow::updateCanSend()
{
    if (m_resolving) {
        m_composer->setCanSend(false, tr("Reading the server's API key from the keychain…"));
        return;
    }
    m_composer->setCanSend(!m_session->model().isEmpty(),
                           tr("Choose a model first: the server has not offered one yet."));
}

QString MainWindow::serverAddress() const
{
    return hostAndPort(m_client->server().serverRoot());
}

void MainWindow::noteServerError(const ApiError &error)
{
    // A certificate the system does not trust: offer to trust exactly this one, for this profile.
    if (error.kind != ApiError::Kind::Tls || error.certificate.isNull() || !m_directory->profiles()->active())
        return;
    m_tlsError = error;
    m_notice->showUntrustedCertificate(serverAddress(), error.userMessage());
}

void MainWindow::updateInsight()
{
    const QString summary = m_insight->summary();
    m_insightLabel->setText(summary.isEmpty() ? QString() : QStringLiteral("· ") + summary);
    m_insightLabel->setVisible(!summary.isEmpty());
    if (m_directory->profiles()->isEmpty() && m_health->status() == HealthMonitor::Status::Healthy &&
        !m_simulatorStarting)
        showFoundServer(); // now with its version
}

void MainWindow::showFoundServer()
{
    // First start: what answers on this machine, to keep or not.
    const QString version = m_insight->version();
    m_notice->showFoundServer(serverAddress(), version.isEmpty() ? QString() : tr("vLLM %1").arg(version),
                              !SimulatorLauncher::findProgram().isEmpty());
}

void MainWindow::onHealth(HealthMonitor::Status status, const ApiError &error)
{
    const QString address = serverAddress();
    const bool noProfile = m_directory->profiles()->isEmpty();
    m_healthLabel->setToolTip(error.detail);
    switch (status) {
    case HealthMonitor::Status::Checking:
        setDotColour(m_healthDot, palette().color(QPalette::PlaceholderText));
        m_healthLabel->setText(tr("Checking %1…").arg(address));
        return;
    case HealthMonitor::Status::Healthy:
        setDotColour(m_healthDot, QColor(0x2e, 0x7d, 0x32));
        m_healthLabel->setText(tr("Server healthy · %1").arg(address));
        m_insight->refresh();
        if (noProfile && !m_simulatorStarting) {
            showFoundServer();
        } else if (!m_simulatorStarting && m_tlsError.kind == ApiError::Kind::None) {
            m_notice->setVisible(false);
        }
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
    noteServerError(error);
    // Nothing listens on this machine: the moment to offer the simulator (and, on first start,
    // to add a server).
    if (refused && isLoopback(m_client->server().baseUrl) && !m_simulatorStarting)
        m_notice->showNoServer(address, !SimulatorLauncher::findProgram().isEmpty(), noProfile);
}

void MainWindow::useFoundServer()
{
    ServerProfile profile;
    profile.name = serverAddress();
    profile.baseUrl = m_client->server().baseUrl;
    m_notice->setVisible(false);
    switchToProfile(m_directory->profiles()->add(profile));
}

ProfilesDialog *MainWindow::profilesDialog() const
{
    return m_profilesDialog;
}

ProfilesDialog *MainWindow::openProfiles(bool addNew)
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_directory, m_localServers, this);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profilesDialog, &ProfilesDialog::useRequested, this, &MainWindow::switchToProfile);
    }
    if (addNew)
        m_profilesDialog->addProfile();
    m_profilesDialog->show();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
    return m_profilesDialog;
}

bool MainWindow::trustCertificate()
{
    const ServerProfile *active = m_directory->profiles()->active();
    if (!active || m_tlsError.certificate.isNull())
        return false;
    ServerProfile trusted = *active;
    trusted.trustedCertificateSha256 = TlsTrust::fingerprint(m_tlsError.certificate);
    m_tlsError = {};
    m_notice->setVisible(false);
    m_directory->profiles()->update(trusted); // configChanged reconnects with the pin
    return true;
}

void MainWindow::confirmTrust()
{
    const ServerProfile *active = m_directory->profiles()->active();
    if (!active || m_tlsError.certificate.isNull())
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Trust this certificate?"),
        tr("The server at %1 presented a certificate your system does not trust:\n%2\n\n%3\n\n"
           "Trust exactly this certificate for \"%4\"? Only do this if you know the server uses a "
           "self-signed certificate and this is its fingerprint. Any other certificate will "
           "still be refused.")
            .arg(serverAddress(), m_tlsError.tlsErrors.join(QLatin1Char('\n')),
                 TlsTrust::describeCertificate(m_tlsError.certificate), active->name),
        QMessageBox::Cancel, this);
    QPushButton *trust = box.addButton(tr("Trust this certificate"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == trust)
        trustCertificate();
}

void MainWindow::useKeyFile()
{
    auto *file = new FileSecretStore(FileSecretStore::defaultPath(), this);
    m_directory->keys()->setFileStore(file);
    QSettings().setValue(QLatin1String(FileSecretStore::kOptInKey), true);
    m_keychainNotice->setUsingFile(true, file->path());
}

void MainWindow::newChat()
{
    cancelEdit();
    if (m_active) {
        m_active->startNew(); // stops any answer; it is kept
    } else {
        m_session->stop();
        m_conversation->clear();
    }
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
    if (m_directory->keys()->usesFileStore())
        m_keychainNotice->setUsingFile(true, FileSecretStore::defaultPath());
    if (m_directory->profiles()->active()) {
        applyActiveProfile(true);
        return;
    }
    // No profile yet: look at the usual address on this machine (or $LOQUAT_URL, as loquat-cli
    // does) and offer what answers there (onHealth shows the notice).
    ServerConfig probe;
    probe.applyEnvironment();
    if (const QUrl url = ServerConfig::normalizeBaseUrl(qEnvironmentVariable("LOQUAT_URL")); !url.isEmpty())
        probe.baseUrl = url;
    probe.apiKey = ServerDirectory::environmentApiKey();
    m_serverBar->setUrlText(probe.baseUrl.toString());
    applyConfig(probe, true);
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
    QSettings().setValue(kStateKey, saveState());
    m_session->stop();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    restoreState(QSettings().value(kStateKey).toByteArray());
}

void MainWindow::setHistory(ActiveConversation *active)
{
    if (m_active || !active)
        return;
    m_active = active;
    AsyncStore *store = active->store();
    m_history = new ConversationListModel(store, this);
    m_sidebar = new HistorySidebar(m_history, this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_sidebar);
    m_historyDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    resizeDocks({m_historyDock}, {280}, Qt::Horizontal);
    restoreState(QSettings().value(kStateKey).toByteArray());

    // The Chat menu gains the history's commands, before Quit.
    QAction *quit = m_chatMenu->actions().constLast();
    auto *search = new QAction(tr("&Search conversations"), this);
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, [this] {
        m_historyDock->show();
        m_sidebar->focusSearch();
    });
    QAction *show = m_historyDock->toggleViewAction();
    show->setText(tr("Show &history"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    auto *exportMarkdown = new QAction(tr("Export conversation as &Markdown…"), this);
    connect(exportMarkdown, &QAction::triggered, this,
            [this] { exportConversations({m_active->uid()}, HistorySidebar::Format::Markdown); });
    auto *exportJson = new QAction(tr("Export conversation as &JSON…"), this);
    connect(exportJson, &QAction::triggered, this,
            [this] { exportConversations({m_active->uid()}, HistorySidebar::Format::Json); });
    auto *exportAll = new QAction(tr("Export &all conversations…"), this);
    connect(exportAll, &QAction::triggered, this,
            [this] { exportConversations({}, HistorySidebar::Format::Json); });
    auto *import = new QAction(tr("&Import conversations…"), this);
    connect(import, &QAction::triggered, this, &MainWindow::importConversations);
    m_chatMenu->insertActions(quit, {search, show});
    m_chatMenu->insertSeparator(quit);
    m_chatMenu->insertActions(quit, {exportMarkdown, exportJson, exportAll, import});
    m_chatMenu->insertSeparator(quit);

    connect(m_sidebar, &HistorySidebar::openRequested, this, [this](const QString &uid) {
        if (uid == m_active->uid() || uid == m_openingUid)
            return;
        cancelEdit();
        m_openingUid = uid;
        m_active->open(uid);
    });
    connect(m_sidebar, &HistorySidebar::newRequested, this, &MainWindow::newChat);
    connect(m_sidebar, &HistorySidebar::deleted, this, [this](const QString &uid) {
        if (uid == m_active->uid())
            newChat();
    });
    connect(
        m_sidebar, &HistorySidebar::exportRequested, this,
        [this](const QString &uid, HistorySidebar::Format format) { exportConversations({uid}, format); });
    connect(m_sidebar, &HistorySidebar::exportAllRequested, this,
            [this](HistorySidebar::Format format) { exportConversations({}, format); });
    connect(m_sidebar, &HistorySidebar::importRequested, this, &MainWindow::importConversations);
    connect(m_history, &ConversationListModel::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, kMessageMs); });
    connect(m_history, &ConversationListModel::duplicated, this, [this](const ConversationInfo &copy) {
        statusBar()->showMessage(tr("Duplicated as “%1”.").arg(copy.title), kMessageMs);
    });
    connect(m_history, &ConversationListModel::loaded, this, [this] {
        const int row = m_history->rowOfUid(m_active->uid());
        if (row >= 0)
            updateTitle(m_history->info(row).title);
    });
    connect(active, &ActiveConversation::opened, this, &MainWindow::onConversationOpened);
    connect(active, &ActiveConversation::started, this, [this] {
        m_openingUid.clear();
        m_sidebar->setActiveUid({});
        updateTitle({});
        QSettings().remove(kCurrentConversationKey);
    });
    // The conversation on screen is the one the next start reopens (after a crash too).
    connect(active->recorder(), &ConversationRecorder::conversationStored, this,
            [this](const ConversationInfo &info) {
                if (info.uid == m_active->uid())
                    QSettings().setValue(kCurrentConversationKey, info.uid);
                m_history->refresh();
            });
    connect(active, &ActiveConversation::historyChanged, m_history, &ConversationListModel::refresh);
    connect(active, &ActiveConversation::failed, this, [this](const QString &message) {
        // The conversation to reopen at start was deleted meanwhile: a new one it is, quietly.
        if (m_openingUid == QSettings().value(kCurrentConversationKey).toString()) {
            QSettings().remove(kCurrentConversationKey);
            m_openingUid.clear();
            return;
        }
        m_openingUid.clear();
        statusBar()->showMessage(message, kMessageMs);
    });
    connect(store, &AsyncStore::opened, this, &MainWindow::showStoreStatus);
    connect(store, &AsyncStore::saveProblemChanged, this, &MainWindow::onSaveProblem);
    if (store->isReady())
        showStoreStatus(store->status());
    m_sidebar->setActiveUid(active->uid());
    const QString last = QSettings().value(kCurrentConversationKey).toString();
    if (!last.isEmpty()) {
        m_openingUid = last;
        m_active->open(last);
    }
}

void MainWindow::updateTitle(const QString &conversationTitle)
{
    setWindowTitle(conversationTitle.isEmpty() ? tr("Loquat") : tr("%1 — Loquat").arg(conversationTitle));
}

void MainWindow::onConversationOpened(const ConversationInfo &info)
{
    m_openingUid.clear();
    QSettings().setValue(kCurrentConversationKey, info.uid);
    m_metricsLabel->clear();
    m_serverBar->setSystemPrompt(info.systemPrompt);
    // Its server and model come back too; a server that lacks the model gets the picker's
    // choice, which is not written back to the conversation until the user sends or picks.
    // Its profile is found by id, else by address; a conversation whose profile was deleted
    // gets its address back as a profile, as if typed.
    const QUrl url = ServerConfig::normalizeBaseUrl(info.serverUrl);
    ProfileModel *profiles = m_directory->profiles();
    QString profileId = profiles->find(info.profileId) ? info.profileId : QString();
    for (const ServerProfile &profile : profiles->profiles()) {
        if (profileId.isEmpty() && !url.isEmpty() && profile.baseUrl == url)
            profileId = profile.id;
    }
    if (profileId.isEmpty() && !url.isEmpty() && url != m_client->server().baseUrl) {
        ServerProfile restored;
        restored.name = hostAndPort(url);
        restored.baseUrl = url;
        profileId = profiles->add(restored);
    }
    const bool switching = !profileId.isEmpty() && profileId != m_directory->activeProfileId();
    if (switching)
        switchToProfile(profileId); // sets the profile's default model as the preferred one
    if (!info.model.isEmpty())
        m_preferredModel = info.model;
    if (!switching && m_modelsLoaded && !info.model.isEmpty())
        m_serverBar->setModels(m_models, info.model);
    m_sidebar->setActiveUid(info.uid);
    updateTitle(info.title);
    m_composer->setFocus();
}

void MainWindow::showStoreStatus(const StoreStatus &status)
{
    const QStringList notices = status.notices();
    if (!notices.isEmpty())
        m_storeNotice->showMessage(notices.join(QLatin1Char(' ')), {},
                                   status.error.isError() || !status.keptAside.isEmpty());
    // Deletions whose undo was cut short (the app ended) are final now.
    if (status.writable) {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
        m_active->store()->post([before](ConversationStore &store) { store.purgeDeleted(before); });
    }
}

void MainWindow::onSaveProblem(const StoreError &error)
{
    if (error.isError()) {
        m_storeNotice->showMessage(error.message + QLatin1Char(' ') +
                                       tr("Loquat keeps trying while it runs; nothing on screen is lost."),
                                   {}, true);
        return;
    }
    const QString resolved = tr("Saving works again: everything on screen is written.");
    m_storeNotice->showMessage(resolved);
    QTimer::singleShot(kMessageMs, m_storeNotice, [notice = m_storeNotice, resolved] {
        if (notice->text() == resolved)
            notice->hide();
    });
}

void MainWindow::cancelEdit()
{
    if (m_editingUid.isEmpty())
        return;
    m_editingUid.clear();
    m_editNotice->hide();
    m_composer->setText(std::exchange(m_draftBeforeEdit, {}));
}

void MainWindow::onMessageAction(MessageAction::Kind kind, quint64 messageId)
{
    const int row = m_conversation->rowOfId(messageId);
    if (row < 0)
        return;
    const Message &message = m_conversation->message(row);
    const QString waitForIt = tr("Wait for the answer to finish (or stop it with Esc) first.");
    switch (kind) {
    case MessageAction::Kind::Copy:
        QGuiApplication::clipboard()->setText(message.content);
        statusBar()->showMessage(tr("Copied the message (as markdown) to the clipboard."), kMessageMs);
        return;
    case MessageAction::Kind::Edit:
        if (m_session->isBusy()) {
            statusBar()->showMessage(waitForIt, kMessageMs);
            return;
        }
        if (m_editingUid.isEmpty())
            m_draftBeforeEdit = m_composer->text();
        m_editingUid = message.uid;
        m_composer->setText(message.content);
        m_editNotice->showMessage(tr("Editing your message: sending it starts a new version from here; the "
                                     "old one is kept. Esc cancels."),
                                  tr("Cancel"));
        m_composer->setFocus();
        return;
    case MessageAction::Kind::Regenerate:
        cancelEdit();
        if (!m_session->regenerate(row))
            statusBar()->showMessage(m_session->isBusy() ? waitForIt : tr("Choose a model first."),
                                     kMessageMs);
        return;
    case MessageAction::Kind::Delete:
        if (!m_active) {
            statusBar()->showMessage(tr("Messages can only be deleted from a kept conversation."),
                                     kMessageMs);
            return;
        }
        if (message.uid == m_editingUid)
            cancelEdit();
        if (!m_active->deleteMessage(row))
            statusBar()->showMessage(waitForIt, kMessageMs);
        return;
    case MessageAction::Kind::Previous:
    case MessageAction::Kind::Next:
        if (m_active && !m_active->showSibling(row, kind == MessageAction::Kind::Next ? 1 : -1))
            statusBar()->showMessage(waitForIt, kMessageMs);
        return;
    case MessageAction::Kind::Request:
    case MessageAction::Kind::Probabilities:
        return; // the sampling controller opens these dialogs
    }
}

void MainWindow::exportConversations(const QStringList &uids, HistorySidebar::Format format)
{
    const bool markdown = format == HistorySidebar::Format::Markdown;
    QString name = tr("conversations");
    if (uids.size() == 1) {
        if (uids.first() == m_active->uid() && !m_active->isStored()) {
            statusBar()->showMessage(tr("Nothing to export yet: this conversation has no messages."),
                                     kMessageMs);
            return;
        }
        const int row = m_history->rowOfUid(uids.first());
        name = row >= 0 ? m_history->info(row).title : m_active->info().title;
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
        name = name.simplified().left(60);
        if (name.isEmpty())
            name = tr("conversation");
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, uids.isEmpty() ? tr("Export all conversations") : tr("Export the conversation"),
        QDir(folder).filePath(name + (markdown ? QStringLiteral(".md") : QStringLiteral(".json"))),
        markdown ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_active->recorder()->flushNow(); // the export holds what is on screen
    statusBar()->showMessage(tr("Exporting…"));
    m_active->store()->call<QString>(
        this,
        [uids, markdown, path](ConversationStore &store) {
            // Markdown gets the attachment files in a folder beside it (MarkdownExport).
            if (markdown)
                return MarkdownExport::summary(MarkdownExport::write(store, uids, path), path);
            QString error;
            const std::optional<QByteArray> bytes = ConversationExport::render(store, uids, markdown, &error);
            if (bytes && ConversationExport::save(path, *bytes, &error))
                return tr("Exported to %1.").arg(path);
            return error;
        },
        [this](const QString &message, const StoreError &) {
            statusBar()->showMessage(message, kMessageMs * 2);
        });
}

void MainWindow::importConversations()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import conversations"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    struct Imported {
        QList<ConversationInfo> conversations;
        QString error;
    };
    statusBar()->showMessage(tr("Importing…"));
    m_active->store()->call<Imported>(
        this,
        [path](ConversationStore &store) {
            Imported result;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                result.error = tr("Could not read %1: %2").arg(path, file.errorString());
                return result;
            }
            const QList<ConversationExport::Conversation> parsed =
                ConversationExport::fromJson(file.readAll(), &result.error);
            if (parsed.isEmpty()) {
                result.error = tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), result.error);
                return result;
            }
            result.conversations = ConversationExport::import(store, parsed);
            if (result.conversations.size() < parsed.size())
                result.error = store.lastError().message;
            return result;
        },
        [this](const Imported &result, const StoreError &) {
            m_history->refresh();
            if (!result.error.isEmpty() && result.conversations.isEmpty()) {
                statusBar()->showMessage(result.error, kMessageMs * 2);
                return;
            }
            statusBar()->showMessage(
                tr("Imported %n conversation(s).", nullptr, int(result.conversations.size())), kMessageMs);
            if (result.conversations.size() == 1)
                m_active->open(result.conversations.first().uid);
        });
}
