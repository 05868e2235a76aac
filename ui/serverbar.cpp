#include "serverbar.h"

#include "metricstext.h"
#include "settings/profilemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

ServerBar::ServerBar(QWidget *parent)
    : QWidget(parent)
    , m_profiles(new QComboBox(this))
    , m_manage(new QToolButton(this))
    , m_url(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_models(new QComboBox(this))
    , m_promptToggle(new QToolButton(this))
    , m_prompt(new QLineEdit(this))
    , m_urlError(new QLabel(this))
{
    auto *urlLabel = new QLabel(tr("&Server:"), this);
    urlLabel->setBuddy(m_profiles);
    m_profiles->setAccessibleName(tr("Server profile"));
    m_profiles->setToolTip(tr("The server profile in use; pick another to switch servers"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setMinimumContentsLength(10);
    m_profiles->setPlaceholderText(tr("No profile"));
    m_manage->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_manage->setText(tr("Profiles…"));
    m_manage->setToolTip(tr("Add, edit, duplicate or delete server profiles (API keys, time-outs, "
                            "headers, certificates, a local vLLM)"));
    m_manage->setAccessibleName(tr("Manage server profiles"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:8000/v1"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setToolTip(
        tr("The server's OpenAI base URL; \"host:8000\" is completed for you. Enter connects."));
    m_url->setClearButtonEnabled(true);
    m_url->setMinimumWidth(
        m_url->fontMetrics().horizontalAdvance(QStringLiteral("http://127.0.0.1:65535/v1")) + 40);

    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Connect again and reload the models"));
    m_refresh->setAccessibleName(tr("Refresh models"));

    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_models);
    m_models->setAccessibleName(tr("Model"));
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_models->setMinimumContentsLength(18);

    m_promptToggle->setText(tr("System prompt"));
    m_promptToggle->setCheckable(true);
    m_promptToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_promptToggle->setArrowType(Qt::RightArrow);
    m_promptToggle->setAutoRaise(true);
    m_promptToggle->setAccessibleName(tr("Show the system prompt"));
    m_prompt->setPlaceholderText(
        tr("Optional instructions sent before the conversation, e.g. \"Answer briefly.\""));
    m_prompt->setAccessibleName(tr("System prompt"));
    m_prompt->setClearButtonEnabled(true);
    m_prompt->setVisible(false);

    m_urlError->setVisible(false);
    m_urlError->setWordWrap(true);
    m_urlError->setAccessibleName(tr("Server address problem"));
    QPalette errorPalette = m_urlError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_urlError->setPalette(errorPalette);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(urlLabel);
    row->addWidget(m_profiles);
    row->addWidget(m_manage);
    row->addWidget(m_url, 2);
    row->addWidget(m_refresh);
    row->addSpacing(12);
    row->addWidget(modelLabel);
    row->addWidget(m_models, 1);
    row->addWidget(m_promptToggle);
    grid->addLayout(row, 0, 0);
    grid->addWidget(m_urlError, 1, 0);
    grid->addWidget(m_prompt, 2, 0);

    setTabOrder(m_profiles, m_manage);
    setTabOrder(m_manage, m_url);
    setTabOrder(m_url, m_refresh);
    setTabOrder(m_refresh, m_models);
    setTabOrder(m_models, m_promptToggle);
    setTabOrder(m_promptToggle, m_prompt);

    connect(m_profiles, &QComboBox::activated, this, [this] { emit profileChosen(currentProfileId()); });
    connect(m_manage, &QToolButton::clicked, this, &ServerBar::manageProfilesRequested);
    connect(m_url, &QLineEdit::returnPressed, this, [this] { emit urlSubmitted(m_url->text()); });
    connect(m_refresh, &QToolButton::clicked, this, [this] { emit urlSubmitted(m_url->text()); });
    connect(m_models, &QComboBox::currentIndexChanged, this,
            [this] { emit modelChanged(currentModel(), false); });
    connect(m_models, &QComboBox::activated, this, [this] { emit modelChanged(currentModel(), true); });
    connect(m_promptToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_prompt->setVisible(shown);
        m_promptToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_promptToggle->setAccessibleName(shown ? tr("Hide the system prompt")
                                                : tr("Show the system prompt"));
        if (shown)
            m_prompt->setFocus();
    });
    connect(m_prompt, &QLineEdit::textChanged, this, &ServerBar::systemPromptChanged);
}

void ServerBar::setProfileModel(QAbstractItemModel *model)
{
    m_profiles->setModel(model);
}

void ServerBar::setCurrentProfile(const QString &id)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->setCurrentIndex(id.isEmpty() ? -1 : m_profiles->findData(id, ProfileModel::IdRole));
}

QString ServerBar::currentProfileId() const
{
    return m_profiles->currentData(ProfileModel::IdRole).toString();
}

QString ServerBar::urlText() const
{
    return m_url->text();
}

void ServerBar::setUrlText(const QString &text)
{
    m_url->setText(text);
}

void ServerBar::showUrlError(const QString &message)
{
    m_urlError->setText(message);
    m_urlError->setVisible(!message.isEmpty());
}

QString ServerBar::urlError() const
{
    return m_urlError->isVisible() ? m_urlError->text() : QString();
}

QString ServerBar::modelLabel(const ModelInfo &model)
{
    if (model.maxModelLen <= 0)
        return model.id;
    return tr("%1 · %2 tokens").arg(model.id, MetricsText::count(model.maxModelLen));
}

void ServerBar::setModels(const ModelList &models, const QString &preferred)
{
    const QSignalBlocker blocker(m_models);
    m_models->clear();
    m_models->setEnabled(!models.isEmpty());
    int selected = 0;
    for (const ModelInfo &model : models) {
        m_models->addItem(modelLabel(model), model.id);
        QString tip = model.root.isEmpty() ? model.id : model.root;
        if (!model.parent.isEmpty())
            tip = tr("LoRA adapter of %1").arg(model.parent);
        m_models->setItemData(m_models->count() - 1, tip, Qt::ToolTipRole);
        if (model.id == preferred)
            selected = m_models->count() - 1;
    }
    if (models.isEmpty())
        m_models->addItem(tr("No models"));
    m_models->setToolTip({});
    m_models->setCurrentIndex(selected);
    emit modelChanged(currentModel(), false);
}

void ServerBar::setModelsMessage(const QString &message, const QString &tooltip)
{
    {
        const QSignalBlocker blocker(m_models);
        m_models->clear();
        m_models->addItem(message);
        m_models->setEnabled(false);
        m_models->setToolTip(tooltip);
    }
    emit modelChanged(QString(), false);
}

QString ServerBar::currentModel() const
{
    return m_models->currentData().toString();
}

QString ServerBar::systemPrompt() const
{
    return m_prompt->text();
}

void ServerBar::setSystemPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}
