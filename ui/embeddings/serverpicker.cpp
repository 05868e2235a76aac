#include "serverpicker.h"

#include "api/vllmclient.h"
#include "serverbar.h"
#include "settings/serverdirectory.h"
#include "statustext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

ServerPicker::ServerPicker(VllmClient *client, const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_adHoc(client->server())
    , m_profileBox(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_modelBox(new QComboBox(this))
    , m_status(new QLabel(this))
{
    auto *urlLabel = new QLabel(label, this);
    urlLabel->setBuddy(m_profileBox);
    m_profileBox->setAccessibleName(tr("Server profile"));
    m_profileBox->setToolTip(tr("One of your server profiles (its address and its key from the OS "
                                "keychain), or another address"));
    m_profileBox->setVisible(false); // until setDirectory()
    m_url->setPlaceholderText(QStringLiteral("http://localhost:8000/v1"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setToolTip(
        tr("The server's OpenAI base URL; \"host:8000\" is completed for you. Enter connects."));
    m_url->setClearButtonEnabled(true);
    m_url->setText(client->server().baseUrl.toString());
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Connect again and reload the models"));
    m_refresh->setAccessibleName(tr("Refresh models"));
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_modelBox);
    m_modelBox->setAccessibleName(tr("Model"));
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelBox->setMinimumContentsLength(16);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    m_status->setAccessibleName(tr("Server status"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(urlLabel);
    row->addWidget(m_profileBox);
    row->addWidget(m_url, 2);
    row->addWidget(m_refresh);
    row->addSpacing(12);
    row->addWidget(modelLabel);
    row->addWidget(m_modelBox, 1);
    layout->addLayout(row, 0, 0);
    layout->addWidget(m_status, 1, 0);

    connect(m_profileBox, &QComboBox::activated, this, [this] {
        const QString id = m_profileBox->currentData().toString();
        if (id.isEmpty())
            connectTo(m_url->text());
        else
            useProfile(id);
    });
    connect(m_url, &QLineEdit::returnPressed, this, [this] { connectTo(m_url->text()); });
    connect(m_refresh, &QToolButton::clicked, this, [this] { connectTo(m_url->text()); });
    connect(m_modelBox, &QComboBox::activated, this, [this] { m_preferred = currentModel(); });
    connect(m_modelBox, &QComboBox::currentIndexChanged, this, [this] { emit modelChanged(currentModel()); });
}

void ServerPicker::setDirectory(ServerDirectory *directory)
{
    if (m_directory || !directory)
        return;
    m_directory = directory;
    ProfileModel *profiles = m_directory->profiles();
    for (auto signal :
         {&ProfileModel::profileAdded, &ProfileModel::profileRemoved, &ProfileModel::profileUpdated})
        connect(profiles, signal, this, &ServerPicker::fillProfiles);
    connect(m_directory, &ServerDirectory::configChanged, this, [this](const QString &id) {
        if (id != m_profileId)
            return;
        if (m_directory->profiles()->find(id))
            applyProfile(id); // its address or key changed
        else
            connectTo(m_url->text()); // removed: the address stays, without its key
    });
    m_profileBox->setVisible(true);
    fillProfiles();
}

void ServerPicker::fillProfiles()
{
    const QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    if (!m_directory)
        return;
    for (const ServerProfile &profile : m_directory->profiles()->profiles()) {
        m_profileBox->addItem(profile.name, profile.id);
        m_profileBox->setItemData(m_profileBox->count() - 1, profile.baseUrl.toString(), Qt::ToolTipRole);
    }
    m_profileBox->addItem(tr("Other address"), QString());
    m_profileBox->setItemData(m_profileBox->count() - 1,
                              tr("A server that is none of your profiles: type its address"),
                              Qt::ToolTipRole);
    m_profileBox->setCurrentIndex(std::max(0, m_profileBox->findData(m_profileId)));
    if (m_profileId.isEmpty())
        m_profileBox->setCurrentIndex(m_profileBox->count() - 1);
}

QString ServerPicker::profileId() const
{
    return m_profileId;
}

QString ServerPicker::profileName() const
{
    const ServerProfile *profile = m_directory ? m_directory->profiles()->find(m_profileId) : nullptr;
    return profile ? profile->name : QString();
}

bool ServerPicker::useProfile(const QString &id, bool connect)
{
    if (!m_directory || !m_directory->profiles()->find(id))
        return false;
    const bool changed = id != m_profileId;
    m_profileId = id;
    m_profileBox->setCurrentIndex(std::max(0, m_profileBox->findData(id)));
    if (changed)
        emit profileChanged(id);
    applyProfile(id, connect);
    return true;
}

void ServerPicker::applyProfile(const QString &id, bool connect)
{
    const ServerProfile *profile = m_directory->profiles()->find(id);
    m_url->setText(profile->baseUrl.toString());
    m_url->setReadOnly(true); // the profile's address: changed in the profile, or with "Other address"
    m_url->setToolTip(tr("The address of the profile %1 (edit it in Profiles…)").arg(profile->name));
    const quint64 generation = ++m_resolveGeneration;
    if (!connect)
        return;
    {
        const QSignalBlocker blocker(m_modelBox);
        m_modelBox->clear();
        m_modelBox->addItem(tr("Loading models…"));
        m_modelBox->setEnabled(false);
    }
    m_directory->resolve(id, this,
                         [this, id, generation](const ServerConfig &config, const QString &problem) {
                             if (generation != m_resolveGeneration || id != m_profileId)
                                 return;
                             if (config.baseUrl.isEmpty()) {
                                 setStatus(problem, true);
                                 return;
                             }
                             m_keyProblem = problem;
                             if (!(config == m_client->server()))
                                 m_client->setServer(config);
                             reloadModels();
                         });
}

bool ServerPicker::connectTo(const QString &text)
{
    if (m_directory && !m_profileId.isEmpty()) {
        const ServerProfile *profile = m_directory->profiles()->find(m_profileId);
        if (profile && ServerConfig::normalizeBaseUrl(text) == profile->baseUrl) {
            applyProfile(m_profileId); // the profile's own address: connect again
            return true;
        }
    }
    const QUrl url = ServerConfig::normalizeBaseUrl(text);
    if (url.isEmpty()) {
        setStatus(text.trimmed().isEmpty()
                      ? tr("Enter the server's address, for example http://localhost:8000/v1.")
                      : tr("\"%1\" is not a server address. Enter something like http://localhost:8000/v1.")
                            .arg(text.trimmed()),
                  true);
        return false;
    }
    m_url->setText(url.toString());
    if (!m_profileId.isEmpty()) {
        // Leaving a profile: its key and headers stay with it.
        m_profileId.clear();
        m_keyProblem.clear();
        ++m_resolveGeneration;
        m_url->setReadOnly(false);
        m_url->setToolTip(
            tr("The server's OpenAI base URL; \"host:8000\" is completed for you. Enter connects."));
        if (m_directory)
            m_profileBox->setCurrentIndex(m_profileBox->count() - 1);
        emit profileChanged(QString());
    }
    if (url != m_client->server().baseUrl || !m_client->server().profileId.isEmpty()) {
        ServerConfig server = m_adHoc; // the key and the time-outs given at first, never a profile's
        server.baseUrl = url;
        m_client->setServer(server);
    }
    reloadModels();
    return true;
}

void ServerPicker::reloadModels()
{
    const quint64 generation = ++m_generation;
    {
        const QSignalBlocker blocker(m_modelBox);
        m_modelBox->clear();
        m_modelBox->addItem(tr("Loading models…"));
        m_modelBox->setEnabled(false);
    }
    m_models.clear();
    emit modelChanged(QString());
    setStatus({});
    m_client->fetchModels(this, [this, generation](const ModelList &models, const ApiError &error) {
        if (generation == m_generation)
            fillModels(models, error);
    });
}

void ServerPicker::fillModels(const ModelList &models, const ApiError &error)
{
    m_models = models;
    {
        const QSignalBlocker blocker(m_modelBox);
        m_modelBox->clear();
        int selected = 0;
        for (const ModelInfo &model : models) {
            m_modelBox->addItem(ServerBar::modelLabel(model), model.id);
            m_modelBox->setItemData(m_modelBox->count() - 1, model.root.isEmpty() ? model.id : model.root,
                                    Qt::ToolTipRole);
            if (model.id == m_preferred)
                selected = m_modelBox->count() - 1;
        }
        if (models.isEmpty())
            m_modelBox->addItem(error.isError() ? tr("No connection") : tr("No models"));
        m_modelBox->setEnabled(!models.isEmpty());
        m_modelBox->setCurrentIndex(selected);
    }
    if (error.isError())
        setStatus(error.userMessage(), true);
    else if (!m_keyProblem.isEmpty())
        setStatus(tr("The profile's API key could not be read: %1").arg(m_keyProblem), true);
    emit modelsLoaded(models, error);
    emit modelChanged(currentModel());
}

QString ServerPicker::addressText() const
{
    return m_url->text();
}

QString ServerPicker::currentModel() const
{
    return m_modelBox->currentData().toString();
}

void ServerPicker::setStatus(const QString &text, bool isError)
{
    StatusText::show(m_status, text, isError);
}

QString ServerPicker::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}
