#include "serverpicker.h"

#include "api/vllmclient.h"
#include "serverbar.h"
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
    , m_url(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_modelBox(new QComboBox(this))
    , m_status(new QLabel(this))
{
    auto *urlLabel = new QLabel(label, this);
    urlLabel->setBuddy(m_url);
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
    row->addWidget(m_url, 2);
    row->addWidget(m_refresh);
    row->addSpacing(12);
    row->addWidget(modelLabel);
    row->addWidget(m_modelBox, 1);
    layout->addLayout(row, 0, 0);
    layout->addWidget(m_status, 1, 0);

    connect(m_url, &QLineEdit::returnPressed, this, [this] { connectTo(m_url->text()); });
    connect(m_refresh, &QToolButton::clicked, this, [this] { connectTo(m_url->text()); });
    connect(m_modelBox, &QComboBox::activated, this, [this] { m_preferred = currentModel(); });
    connect(m_modelBox, &QComboBox::currentIndexChanged, this, [this] { emit modelChanged(currentModel()); });
}

bool ServerPicker::connectTo(const QString &text)
{
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
    if (url != m_client->server().baseUrl) {
        ServerConfig server = m_client->server(); // keeps the key and the time-outs
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
