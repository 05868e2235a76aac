#include "profileeditor.h"

#include "api/tlstrust.h"
#include "local/localserver.h"
#include "local/localservers.h"
#include "settings/serverdirectory.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int kMaxTimeoutS = 24 * 3600;

QSpinBox *secondsBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, kMaxTimeoutS);
    box->setSuffix(ProfileEditor::tr(" s"));
    return box;
}

void setErrorColour(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
}

} // namespace

ProfileEditor::ProfileEditor(ServerDirectory *directory, LocalServers *localServers, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_localServers(localServers)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_removeKey(new QPushButton(tr("Remove key"), this))
    , m_model(new QLineEdit(this))
    , m_firstByte(secondsBox(this))
    , m_idle(secondsBox(this))
    , m_headers(new QPlainTextEdit(this))
    , m_certificate(new QLabel(this))
    , m_forgetCertificate(new QPushButton(tr("Stop trusting it"), this))
    , m_command(new QLineEdit(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_localState(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_use(new QPushButton(tr("Use this server"), this))
{
    m_name->setAccessibleName(tr("Profile name"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:8000/v1"));
    m_url->setAccessibleName(tr("Server address"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setToolTip(tr("Sent as \"Authorization: Bearer …\" to this server's address only; stored in "
                         "the OS keychain, never in a file"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setAccessibleName(tr("Where the API key is kept"));
    m_model->setPlaceholderText(tr("The server's first model"));
    m_model->setAccessibleName(tr("Default model"));
    m_firstByte->setAccessibleName(tr("First-byte time-out"));
    m_firstByte->setToolTip(tr("How long to wait for the first byte of an answer (queueing and prefill "
                               "can take long)"));
    m_idle->setAccessibleName(tr("Idle time-out"));
    m_idle->setToolTip(tr("How long a stream may stay silent between two chunks"));
    m_headers->setPlaceholderText(tr("X-Team: nlp\n(one \"Name: value\" per line, sent with every request "
                                     "to this server only)"));
    m_headers->setAccessibleName(tr("Extra headers"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificate->setAccessibleName(tr("Trusted certificate"));
    m_command->setPlaceholderText(tr("vllm serve Qwen/Qwen3-8B --port 8001"));
    m_command->setAccessibleName(tr("Local server command"));
    m_command->setToolTip(tr("Optional: the command that starts this server on this machine. The API key "
                             "is passed as VLLM_API_KEY."));
    m_localState->setAccessibleName(tr("Local server state"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(LocalServer::kMaxLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Local server log"));
    m_log->setPlaceholderText(tr("The server's output appears here once it is started."));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setAccessibleName(tr("Profile problem"));
    setErrorColour(m_problem);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_removeKey);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(new QLabel(tr("First byte:"), this));
    timeRow->addWidget(m_firstByte);
    timeRow->addSpacing(12);
    timeRow->addWidget(new QLabel(tr("Idle:"), this));
    timeRow->addWidget(m_idle);
    timeRow->addStretch(1);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_forgetCertificate);
    auto *localRow = new QHBoxLayout;
    localRow->addWidget(m_command, 1);
    localRow->addWidget(m_start);
    localRow->addWidget(m_stop);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_keyStatus);
    form->addRow(tr("Default &model:"), m_model);
    form->addRow(tr("Time-outs:"), timeRow);
    form->addRow(tr("Extra &headers:"), m_headers);
    form->addRow(tr("Certificate:"), certificateRow);
    auto *localLabel = new QLabel(tr("&Local server:"), this);
    localLabel->setBuddy(m_command);
    form->addRow(localLabel, localRow);
    form->addRow(QString(), m_localState);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_use);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    auto markDirty = [this] {
        if (!m_loading) {
            m_dirty = true;
            updateButtons();
        }
    };
    for (QLineEdit *edit : {m_name, m_url, m_key, m_model, m_command})
        connect(edit, &QLineEdit::textEdited, this, markDirty);
    connect(m_headers, &QPlainTextEdit::textChanged, this, markDirty);
    connect(m_firstByte, &QSpinBox::valueChanged, this, markDirty);
    connect(m_idle, &QSpinBox::valueChanged, this, markDirty);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfileEditor::revert);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!isModified() || save())
            emit useRequested(m_id);
    });
    connect(m_removeKey, &QPushButton::clicked, this, &ProfileEditor::removeKey);
    connect(m_forgetCertificate, &QPushButton::clicked, this, &ProfileEditor::forgetCertificate);
    connect(m_start, &QPushButton::clicked, this, &ProfileEditor::startLocal);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_local)
            m_local->stop();
    });
    connect(m_directory->keys(), &ApiKeyVault::keyChanged, this, [this](const QString &id) {
        if (id == m_id)
            refreshKeyStatus();
    });
    connect(m_directory->profiles(), &ProfileModel::activeProfileChanged, this,
            &ProfileEditor::updateButtons);
    connect(m_directory->profiles(), &ProfileModel::profileUpdated, this, [this](const QString &id) {
        if (id == m_id && !isModified())
            revert(); // changed elsewhere (a trusted certificate, the address bar)
    });
    setProfile({});
}

void ProfileEditor::setProfile(const QString &id)
{
    m_id = m_directory->profiles()->find(id) ? id : QString();
    revert();
    attachLocal();
}

bool ProfileEditor::isModified() const
{
    return m_dirty;
}

QString ProfileEditor::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

QString ProfileEditor::keyStatus() const
{
    return m_keyStatus->text();
}

void ProfileEditor::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ProfileEditor::revert()
{
    m_loading = true;
    const ServerProfile *profile = m_directory->profiles()->find(m_id);
    const ServerProfile shown = profile ? *profile : ServerProfile{};
    m_name->setText(profile ? shown.name : QString());
    m_url->setText(profile ? shown.baseUrl.toString() : QString());
    m_key->clear();
    m_model->setText(shown.defaultModel);
    m_firstByte->setValue(shown.firstByteTimeoutMs / 1000);
    m_idle->setValue(shown.idleTimeoutMs / 1000);
    m_headers->setPlainText(ServerProfile::formatHeaders(shown.extraHeaders));
    m_command->setText(shown.serveCommand);
    m_loading = false;
    m_dirty = false;
    setEnabled(profile != nullptr);
    showProblem({});
    refreshKeyStatus();
    refreshCertificate();
    updateButtons();
}

bool ProfileEditor::save()
{
    const ServerProfile *current = m_directory->profiles()->find(m_id);
    if (!current)
        return false;
    ServerProfile profile = *current;
    profile.name = m_name->text().trimmed();
    const QUrl url = ServerConfig::normalizeBaseUrl(m_url->text());
    if (url.isEmpty()) {
        showProblem(tr("\"%1\" is not a server address. Enter something like http://localhost:8000/v1 or "
                       "host:8000.")
                        .arg(m_url->text().trimmed()));
        return false;
    }
    profile.baseUrl = url;
    profile.defaultModel = m_model->text().trimmed();
    profile.firstByteTimeoutMs = m_firstByte->value() * 1000;
    profile.idleTimeoutMs = m_idle->value() * 1000;
    QString headerProblem;
    profile.extraHeaders = ServerProfile::parseHeaders(m_headers->toPlainText(), &headerProblem);
    if (!headerProblem.isEmpty()) {
        showProblem(headerProblem);
        return false;
    }
    profile.serveCommand = m_command->text().trimmed();
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    if (m_directory->profiles()->uniqueName(profile.name, profile.id) != profile.name) {
        showProblem(tr("Another profile is already called \"%1\".").arg(profile.name));
        return false;
    }
    m_directory->profiles()->update(profile);
    const QString key = m_key->text();
    m_key->clear();
    m_dirty = false;
    showProblem({});
    if (!key.isEmpty()) {
        m_keyStatus->setText(tr("Storing the key…"));
        m_directory->keys()->store(m_id, key, this, [this](const ApiKeyVault::Outcome &outcome) {
            refreshKeyStatus();
            if (!outcome.message.isEmpty())
                showProblem(outcome.message);
        });
    }
    revert();
    emit saved(m_id);
    return true;
}

void ProfileEditor::refreshKeyStatus()
{
    m_removeKey->setEnabled(false);
    if (m_id.isEmpty()) {
        m_keyStatus->clear();
        return;
    }
    const QString id = m_id;
    m_directory->keys()->read(id, this, [this, id](const QString &key, const ApiKeyVault::Outcome &outcome) {
        if (id != m_id)
            return;
        using Where = ApiKeyVault::Where;
        QString text;
        if (key.isEmpty())
            text = tr("No API key. Type one to store it in the OS keychain.");
        else if (outcome.where == Where::Keychain)
            text = tr("A key is stored in the OS keychain. Type a new one to replace it.");
        else if (outcome.where == Where::ThisRunOnly)
            text = tr("A key is kept in memory for this run only: the OS keychain is unavailable.");
        else if (outcome.where == Where::File)
            text = tr("A key is stored in the unencrypted key file (the OS keychain is unavailable).");
        else if (outcome.where == Where::Override)
            text = tr("This run uses the key from %1 (never stored).")
                       .arg(ServerDirectory::environmentApiKeyVariable().isEmpty()
                                ? tr("the environment")
                                : ServerDirectory::environmentApiKeyVariable());
        if (!outcome.ok && !outcome.message.isEmpty())
            text += QLatin1Char(' ') + outcome.message;
        m_keyStatus->setText(text);
        m_removeKey->setEnabled(!key.isEmpty() && outcome.where != Where::Override);
        m_key->setPlaceholderText(key.isEmpty() ? tr("Paste the server's --api-key") : tr("•••••• (stored)"));
    });
}

void ProfileEditor::removeKey()
{
    m_keyStatus->setText(tr("Removing the key…"));
    m_directory->keys()->forget(m_id, this, [this](const ApiKeyVault::Outcome &outcome) {
        refreshKeyStatus();
        if (!outcome.ok)
            showProblem(outcome.message);
    });
}

void ProfileEditor::refreshCertificate()
{
    const ServerProfile *profile = m_directory->profiles()->find(m_id);
    const QByteArray pin = profile ? profile->trustedCertificateSha256 : QByteArray();
    m_certificate->setText(
        pin.isEmpty()
            ? tr("The system decides which certificates to trust.")
            : tr("Also trusted: the certificate with SHA-256 %1").arg(TlsTrust::formatFingerprint(pin)));
    m_forgetCertificate->setVisible(!pin.isEmpty());
}

void ProfileEditor::forgetCertificate()
{
    const ServerProfile *current = m_directory->profiles()->find(m_id);
    if (!current)
        return;
    ServerProfile profile = *current;
    profile.trustedCertificateSha256.clear();
    m_directory->profiles()->update(profile);
    refreshCertificate();
}

void ProfileEditor::attachLocal()
{
    if (m_local)
        disconnect(m_local, nullptr, this, nullptr);
    m_local = m_id.isEmpty() ? nullptr : m_localServers->existing(m_id);
    m_log->setPlainText(m_local ? m_local->log() : QString());
    if (m_local) {
        connect(m_local, &LocalServer::logAppended, this, [this](const QString &lines) {
            QScrollBar *bar = m_log->verticalScrollBar();
            const bool atEnd = bar->value() >= bar->maximum() - 4;
            m_log->appendPlainText(lines);
            if (atEnd)
                bar->setValue(bar->maximum());
        });
        connect(m_local, &LocalServer::stateChanged, this, &ProfileEditor::showLocalState);
    }
    showLocalState();
}

void ProfileEditor::startLocal()
{
    if (isModified() && !save())
        return;
    const ServerProfile *profile = m_directory->profiles()->find(m_id);
    if (!profile)
        return;
    if (profile->serveCommand.isEmpty()) {
        showProblem(
            tr("Enter the command that starts the server, e.g. vllm serve Qwen/Qwen3-8B --port 8001."));
        return;
    }
    m_start->setEnabled(false);
    const QString id = m_id;
    m_directory->resolve(id, this, [this, id](const ServerConfig &config, const QString &) {
        const ServerProfile *p = m_directory->profiles()->find(id);
        if (!p)
            return;
        LocalServer *server = m_localServers->serverFor(id);
        if (id == m_id && server != m_local)
            attachLocal();
        if (!server->start(p->serveCommand, config) && id == m_id)
            showProblem(server->errorString());
        showLocalState();
    });
}

void ProfileEditor::showLocalState()
{
    QString text;
    if (m_local) {
        switch (m_local->state()) {
        case LocalServer::State::Stopped:
            text = m_local->log().isEmpty() ? QString() : tr("Stopped.");
            break;
        case LocalServer::State::Starting:
            text = tr("Starting — waiting for /health to answer (loading a model can take minutes)…");
            break;
        case LocalServer::State::Ready:
            text = tr("Running and ready.");
            break;
        case LocalServer::State::Stopping:
            text = tr("Stopping…");
            break;
        case LocalServer::State::Exited:
        case LocalServer::State::FailedToStart:
            text = m_local->errorString();
            break;
        }
    }
    m_localState->setText(text);
    m_localState->setVisible(!text.isEmpty());
    updateButtons();
}

void ProfileEditor::updateButtons()
{
    const bool running = m_local && m_local->isRunning();
    m_start->setEnabled(!m_id.isEmpty() && !running && !m_command->text().trimmed().isEmpty());
    m_stop->setEnabled(running && m_local->state() != LocalServer::State::Stopping);
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    m_use->setEnabled(!m_id.isEmpty() && m_directory->activeProfileId() != m_id);
}
