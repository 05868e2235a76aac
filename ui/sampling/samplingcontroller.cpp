#include "samplingcontroller.h"

#include "api/curlcommand.h"
#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "conversationview.h"
#include "logprobview.h"
#include "mainwindow.h"
#include "requestdialog.h"
#include "samplingpanel.h"
#include "serverbar.h"
#include "store/activeconversation.h"
#include "store/replayrequest.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QThreadPool>
#include <QVBoxLayout>

namespace {
const QString kVisibleKey = QStringLiteral("sampling/visible");
constexpr int kPreviewDelayMs = 300;
constexpr int kMessageMs = 5000;
} // namespace

SamplingController::SamplingController(MainWindow *window, ChatSession *session,
                                       ConversationModel *conversation, VllmClient *client,
                                       PresetStore *presets)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_conversation(conversation)
    , m_client(client)
    , m_panel(new SamplingPanel(presets))
    , m_dock(new QDockWidget(tr("Sampling"), window))
{
    m_dock->setObjectName(QStringLiteral("samplingDock"));
    m_dock->setWidget(m_panel);
    m_dock->setMinimumWidth(340);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_toggle = m_dock->toggleViewAction();
    m_toggle->setText(tr("&Sampling parameters"));
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_toggle->setToolTip(tr("Show or hide the sampling parameters"));
    window->viewMenu()->addAction(m_toggle);
    m_dock->setVisible(QSettings().value(kVisibleKey, true).toBool());
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!m_window->isMinimized() && m_window->isVisible())
            QSettings().setValue(kVisibleKey, visible);
        if (visible)
            m_previewTimer.start();
    });

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, m_panel, &SamplingPanel::refreshPreview);
    m_panel->setPreviewFunction([this](const QJsonObject &params) {
        // The next message's request, history included; until something is typed, a placeholder.
        const QString typed = m_window->composer()->text();
        ChatRequest request =
            m_session->buildRequest(typed.trimmed().isEmpty() ? tr("(your next message)") : typed);
        request.params = SamplingFields::forServer(params, m_ownedBy.value(m_session->model()));
        return request.toJson();
    });
    auto schedulePreview = [this] {
        if (m_dock->isVisible())
            m_previewTimer.start();
    };
    connect(m_window->composer()->editor(), &QPlainTextEdit::textChanged, this, schedulePreview);
    connect(m_conversation, &QAbstractItemModel::rowsInserted, this, schedulePreview);
    connect(m_conversation, &QAbstractItemModel::modelReset, this, schedulePreview);
    connect(m_session, &ChatSession::answerFinished, this, schedulePreview);
    connect(m_window->serverBar(), &ServerBar::systemPromptChanged, this, schedulePreview);

    connect(m_panel, &SamplingPanel::paramsChanged, this, &SamplingController::applyParams);
    // A conversation opened from the history brings its own parameters: the panel shows them.
    connect(m_session, &ChatSession::settingsChanged, this, [this] {
        if (SamplingFields::forServer(m_panel->params(), m_ownedBy.value(m_session->model())) !=
            m_session->params())
            m_panel->setParams(m_session->params());
    });
    connect(m_window->serverBar(), &ServerBar::modelChanged, this, [this](const QString &id) {
        m_panel->setModel(id);
        applyParams();
    });
    connect(m_client, &VllmClient::serverChanged, this, &SamplingController::reloadModels);
    reloadModels();
    m_window->setSendCheck([this] { return sendRefusal(); });

    ConversationView *view = m_window->conversationView();
    connect(view, &ConversationView::messageActionRequested, this,
            [this](MessageAction::Kind kind, quint64 id) {
                if (kind == MessageAction::Kind::Request)
                    openRequest(id);
                else if (kind == MessageAction::Kind::Probabilities)
                    openLogprobs(id);
            });
    m_panel->setModel(m_window->serverBar()->currentModel());
    applyParams();
}

void SamplingController::reloadModels()
{
    m_client->fetchModels(this, [this](const ModelList &models, const ApiError &error) {
        if (error.isError())
            return;
        m_ownedBy.clear();
        for (const ModelInfo &m : models)
            m_ownedBy.insert(m.id, m.ownedBy);
        applyParams();
    });
}

void SamplingController::applyParams()
{
    if (!m_panel->issues().isEmpty())
        return; // the send check refuses until they are fixed
    m_session->setParams(SamplingFields::forServer(m_panel->params(), m_ownedBy.value(m_session->model())));
    if (m_dock->isVisible())
        m_previewTimer.start();
}

QString SamplingController::sendRefusal() const
{
    const QList<SamplingIssue> issues = m_panel->issues();
    if (issues.isEmpty())
        return {};
    m_dock->show();
    return tr("fix the sampling parameters first: %1").arg(issues.first().message);
}

void SamplingController::openRequest(quint64 messageId)
{
    const int row = m_conversation->rowOfId(messageId);
    if (row < 0)
        return;
    const Message &message = m_conversation->message(row);
    if (!message.request.isEmpty() || !m_window->history()) {
        showRequest(messageId, message.request);
        return;
    }
    // A reopened answer: its body is read from the store (off this thread) when asked for.
    m_window->history()->fetchRequest(row, this, [this, messageId](const QJsonObject &body) {
        if (body.isEmpty())
            m_window->statusBar()->showMessage(
                tr("This answer's request could not be read from the history."), kMessageMs);
        else
            showRequest(messageId, body);
    });
}

void SamplingController::showRequest(quint64 messageId, const QJsonObject &body)
{
    const int row = m_conversation->rowOfId(messageId);
    if (row < 0)
        return;
    const Message &message = m_conversation->message(row);
    const ServerConfig &server = m_client->server();
    auto *dialog =
        new RequestDialog(body, server.endpoint(u"chat/completions"), !server.apiKey.isEmpty(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAnswerFacts(message.model, message.serverVersion);
    connect(dialog, &RequestDialog::copied, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, kMessageMs); });
    connect(dialog, &RequestDialog::replayRequested, this,
            [this, messageId](const QJsonObject &request) { replay(messageId, request); });
    connect(dialog, &RequestDialog::saveFullBodyRequested, this, &SamplingController::saveFullBody);
    connect(dialog, &RequestDialog::compareRequested, this, &SamplingController::compareRequested);
    dialog->show();
}

void SamplingController::replay(quint64 messageId, const QJsonObject &body)
{
    // The same body again, as a new version of that answer (the old one stays beside it); its
    // attachments are read back from the attachment store first.
    AsyncStore *store = m_window->history() ? m_window->history()->store() : nullptr;
    ReplayRequest::prepare(store, body, this,
                           [this, messageId](const ChatRequest &request, const QString &error) {
                               if (!error.isEmpty()) {
                                   refuse(error);
                                   return;
                               }
                               const int at = m_conversation->rowOfId(messageId);
                               if (at < 0 || !m_session->replay(at, request))
                                   m_window->statusBar()->showMessage(
                                       tr("Not replayed: wait for the answer to finish."), kMessageMs);
                           });
}

void SamplingController::refuse(const QString &message)
{
    // Said where it cannot be missed: nothing was sent.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Request not sent"), message, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("replayRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_window->statusBar()->showMessage(message, kMessageMs);
}

void SamplingController::saveFullBody(const QJsonObject &body)
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save the full request body"),
                                                      QDir::home().filePath(QStringLiteral("request.json")),
                                                      tr("JSON (*.json)"));
    if (!path.isEmpty())
        saveFullBodyTo(body, path);
}

void SamplingController::saveFullBodyTo(const QJsonObject &body, const QString &path)
{
    AsyncStore *store = m_window->history() ? m_window->history()->store() : nullptr;
    QPointer<SamplingController> self(this);
    const ServerConfig server = m_client->server();
    ReplayRequest::prepare(
        store, body, this, [self, path, server](const ChatRequest &request, const QString &error) {
            if (!error.isEmpty()) {
                self->refuse(error);
                return;
            }
            // Up to hundreds of MB of base64: written on a worker thread, never the UI's.
            QThreadPool::globalInstance()->start([self, request, path, server] {
                QString failure;
                const bool ok = ReplayRequest::saveFullBody(request, path, &failure);
                QMetaObject::invokeMethod(
                    qApp,
                    [self, ok, failure, path, server, stream = request.stream] {
                        if (!self)
                            return;
                        if (!ok) {
                            self->refuse(failure);
                            return;
                        }
                        QGuiApplication::clipboard()->setText(CurlCommand::forChatFile(
                            server.endpoint(u"chat/completions"), path, stream, !server.apiKey.isEmpty()));
                        self->m_window->statusBar()->showMessage(
                            tr("Saved the full request body to %1; a curl command that sends it is on the "
                               "clipboard.")
                                .arg(path),
                            kMessageMs);
                        emit self->fullBodySaved(path);
                    },
                    Qt::QueuedConnection);
            });
        });
}

void SamplingController::openLogprobs(quint64 messageId)
{
    const int row = m_conversation->rowOfId(messageId);
    if (row < 0)
        return;
    const Message &message = m_conversation->message(row);
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Token probabilities"));
    dialog->resize(720, 520);
    auto *legend =
        new QLabel(tr("Each token is shaded by its probability: red where the model was unsure, green "
                      "where it was sure. Hover a token for the alternatives."),
                   dialog);
    legend->setWordWrap(true);
    auto *view = new LogprobView(dialog);
    view->setTokens(message.logprobs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(legend);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->show();
}
