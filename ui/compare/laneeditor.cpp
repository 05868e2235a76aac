#include "laneeditor.h"

#include "sampling/presetstore.h"
#include "sampling/samplingfields.h"
#include "settings/profilemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace {

// A parameter's value as the overrides field shows it (the inverse of parseValue).
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json);
}

} // namespace

LaneEditor::LaneEditor(PresetStore *presets, QWidget *parent)
    : QWidget(parent)
    , m_presets(presets)
    , m_number(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_overrides(new QLineEdit(this))
    , m_remove(new QToolButton(this))
    , m_error(new QLabel(this))
{
    m_profile->setAccessibleName(tr("Server profile"));
    m_profile->setToolTip(tr("The server profile this lane talks to (its address and its key); lanes "
                             "on different servers run at the same time"));
    m_profile->setVisible(false); // until there are profiles to choose from
    m_model->setEditable(true);   // a LoRA or a model the list does not show can be typed
    m_model->setAccessibleName(tr("Model"));
    m_model->setMinimumContentsLength(14);
    m_preset->setAccessibleName(tr("Preset"));
    m_overrides->setAccessibleName(tr("Parameter overrides"));
    m_overrides->setPlaceholderText(tr("overrides, e.g. temperature=0.9, seed=3"));
    m_overrides->setToolTip(
        tr("Sampling fields as NAME=VALUE, separated by commas; they win over the preset's. "
           "Names are vLLM's: temperature, top_p, top_k, min_p, seed, max_completion_tokens, "
           "stop, n, logprobs, …"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove this lane"));
    m_remove->setAutoRaise(true);
    m_error->setVisible(false);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 0, 0);
    layout->addWidget(m_profile, 0, 1);
    layout->addWidget(m_model, 0, 2);
    layout->addWidget(m_preset, 0, 3);
    layout->addWidget(m_overrides, 0, 4);
    layout->addWidget(m_remove, 0, 5);
    layout->addWidget(m_error, 1, 1, 1, 5);
    layout->setColumnStretch(4, 1);
    fillPresets();
    if (m_presets)
        connect(m_presets, &PresetStore::changed, this, &LaneEditor::fillPresets);
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });
    connect(m_overrides, &QLineEdit::textChanged, this, [this] {
        validate();
        emit changed();
    });
    connect(m_preset, &QComboBox::activated, this, [this] {
        validate();
        emit changed();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, &LaneEditor::changed);
    connect(m_profile, &QComboBox::activated, this, [this] {
        m_model->setCurrentText(QString()); // the other server's default model, once its list is here
        emit profileChanged(this);
        emit changed();
    });
}

void LaneEditor::setProfiles(const ProfileModel *profiles)
{
    if (m_profiles)
        m_profiles->disconnect(this);
    m_profiles = profiles;
    if (m_profiles) {
        for (auto signal : {&ProfileModel::profileAdded, &ProfileModel::profileRemoved,
                            &ProfileModel::profileUpdated, &ProfileModel::activeProfileChanged})
            connect(m_profiles, signal, this, &LaneEditor::fillProfiles);
    }
    fillProfiles();
}

void LaneEditor::fillProfiles()
{
    const QString current = profileId();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->setVisible(m_profiles != nullptr);
    if (!m_profiles)
        return;
    const ServerProfile *active = m_profiles->active();
    m_profile->addItem(active ? tr("Window's profile (%1)").arg(active->name) : tr("Window's profile"),
                       QString());
    m_profile->setItemData(0, tr("Whichever profile the window uses when the comparison runs"),
                           Qt::ToolTipRole);
    for (const ServerProfile &profile : m_profiles->profiles()) {
        m_profile->addItem(profile.name, profile.id);
        m_profile->setItemData(m_profile->count() - 1, profile.baseUrl.toString(), Qt::ToolTipRole);
    }
    const int index = m_profile->findData(current);
    m_profile->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        emit profileChanged(this); // its profile was removed: back to the window's
}

QString LaneEditor::profileId() const
{
    return m_profile->currentData().toString();
}

void LaneEditor::setProfileId(const QString &id)
{
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(id)));
}

void LaneEditor::setNumber(int number)
{
    m_number->setText(tr("Lane %1").arg(number));
}

void LaneEditor::fillPresets()
{
    const QString current = m_preset->currentData().toString();
    m_preset->clear();
    m_preset->addItem(tr("no preset"), QString());
    if (m_presets) {
        for (const SamplingPreset &p : m_presets->presets())
            m_preset->addItem(p.name, p.name);
    }
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(current)));
}

void LaneEditor::setModels(const QStringList &models, const QString &fallback)
{
    const QString current = m_model->currentText().isEmpty() ? fallback : m_model->currentText();
    m_model->clear();
    m_model->addItems(models);
    m_model->setCurrentText(current);
}

void LaneEditor::setSpec(const LaneSpec &spec)
{
    setProfileId(spec.profileId);
    if (!spec.model.isEmpty())
        m_model->setCurrentText(spec.model);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(spec.preset)));
    const SamplingPreset *preset =
        m_presets && !spec.preset.isEmpty() ? m_presets->find(spec.preset) : nullptr;
    QStringList parts;
    for (const QString &key : SamplingFields::flatKeys(spec.params)) {
        const QJsonValue value = SamplingFields::valueAt(spec.params, key);
        if (preset && SamplingFields::valueAt(preset->params, key) == value)
            continue; // comes with the preset
        parts << key + QLatin1Char('=') + valueText(value);
    }
    m_overrides->setText(parts.join(QStringLiteral(", ")));
    m_repeat = spec.repeat;
    validate();
}

bool LaneEditor::spec(LaneSpec *out, QString *error) const
{
    QString text = m_overrides->text();
    const QString preset = m_preset->currentData().toString();
    if (!preset.isEmpty())
        text = QStringLiteral("preset=%1,%2").arg(preset, text);
    if (!LaneSpec::fromText(text, m_presets, out, error))
        return false;
    out->model = m_model->currentText().trimmed();
    out->profileId = profileId();
    out->repeat = m_repeat;
    return true;
}

void LaneEditor::validate()
{
    LaneSpec lane;
    QString error;
    spec(&lane, &error);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_overrides->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c62828;"));
}
