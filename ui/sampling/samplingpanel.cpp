#include "samplingpanel.h"

#include "sampling/presetstore.h"
#include "samplingfieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
// Keys the app sets itself: never taken from Advanced JSON.
bool isReservedKey(const QString &key)
{
    return key == QLatin1String("model") || key == QLatin1String("messages") ||
           key == QLatin1String("stream");
}
} // namespace

SamplingPanel::SamplingPanel(PresetStore *presets, QWidget *parent)
    : QWidget(parent)
    , m_presets(presets)
{
    setObjectName(QStringLiteral("samplingPanel"));
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(buildPresetBar());
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("samplingSummary"));
    column->addWidget(m_summary);

    for (const SamplingField::Group group : SamplingFields::groups()) {
        auto *box = new QGroupBox(SamplingFields::groupTitle(group), content);
        auto *rows = new QVBoxLayout(box);
        rows->setSpacing(2);
        for (const SamplingField &field : SamplingFields::all()) {
            if (field.group != group)
                continue;
            auto *editor = new SamplingFieldEditor(field, box);
            m_editors.insert(field.key, editor);
            rows->addWidget(editor);
            connect(editor, &SamplingFieldEditor::changed, this, &SamplingPanel::onFieldChanged);
        }
        column->addWidget(box);
    }
    column->addWidget(buildAdvanced());
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    if (m_presets)
        connect(m_presets, &PresetStore::changed, this, &SamplingPanel::fillPresets);
    fillPresets();
    updateIssues();
}

QWidget *SamplingPanel::buildPresetBar()
{
    auto *bar = new QWidget(this);
    auto *grid = new QVBoxLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_presetPicker = new QComboBox(bar);
    m_presetPicker->setAccessibleName(tr("Preset"));
    m_presetPicker->setToolTip(tr("Apply a preset: its fields replace the form's."));
    row->addWidget(new QLabel(tr("Preset"), bar));
    row->addWidget(m_presetPicker, 1);
    auto *save = new QPushButton(tr("Save as…"), bar);
    save->setToolTip(tr("Save the form as a preset of your own"));
    m_rename = new QPushButton(tr("Rename…"), bar);
    m_delete = new QPushButton(tr("Delete"), bar);
    auto *reset = new QPushButton(tr("Reset all"), bar);
    reset->setObjectName(QStringLiteral("resetAll"));
    reset->setToolTip(tr("Every field back to the server's default"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(reset);
    m_modelDefault = new QCheckBox(tr("Start this model with this preset"), bar);
    m_modelDefault->setEnabled(false);
    m_presetMessage = new QLabel(bar);
    m_presetMessage->setWordWrap(true);
    m_presetMessage->setVisible(false);
    grid->addLayout(row);
    grid->addLayout(buttons);
    grid->addWidget(m_modelDefault);
    grid->addWidget(m_presetMessage);

    connect(m_presetPicker, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_presetPicker->itemData(index).toString()); });
    connect(save, &QPushButton::clicked, this, &SamplingPanel::savePreset);
    connect(m_rename, &QPushButton::clicked, this, &SamplingPanel::renamePreset);
    connect(m_delete, &QPushButton::clicked, this, &SamplingPanel::deletePreset);
    connect(reset, &QPushButton::clicked, this, &SamplingPanel::resetAll);
    connect(m_modelDefault, &QCheckBox::toggled, this, [this](bool on) {
        if (m_applying || !m_presets || m_model.isEmpty())
            return;
        m_presets->setDefaultFor(m_model, on ? m_presetName : QString());
    });
    return bar;
}

QWidget *SamplingPanel::buildAdvanced()
{
    auto *box = new QGroupBox(tr("Advanced JSON and the request"), this);
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("Fields the form does not have (logit_bias, priority, bad_words, …) as a JSON "
                               "object; they are merged into the request."),
                            box);
    hint->setWordWrap(true);
    m_advanced = new QPlainTextEdit(box);
    m_advanced->setObjectName(QStringLiteral("advancedJson"));
    m_advanced->setAccessibleName(tr("Advanced JSON"));
    m_advanced->setPlaceholderText(QStringLiteral("{\"logit_bias\": {\"1234\": -100}}"));
    m_advanced->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_advanced->setFixedHeight(90);
    m_advanced->setTabChangesFocus(true);
    m_advancedError = new QLabel(box);
    m_advancedError->setWordWrap(true);
    m_advancedError->setVisible(false);
    QPalette errorPalette = m_advancedError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_advancedError->setPalette(errorPalette);
    auto *previewLabel =
        new QLabel(tr("Request body (the API key travels in a header and is never shown):"), box);
    previewLabel->setWordWrap(true);
    m_preview = new QPlainTextEdit(box);
    m_preview->setObjectName(QStringLiteral("requestPreview"));
    m_preview->setAccessibleName(tr("Request body preview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(160);
    layout->addWidget(hint);
    layout->addWidget(m_advanced);
    layout->addWidget(m_advancedError);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview);
    connect(m_advanced, &QPlainTextEdit::textChanged, this, &SamplingPanel::onAdvancedChanged);
    return box;
}

QJsonObject SamplingPanel::advancedObject(QString *error) const
{
    const QByteArray text = m_advanced->toPlainText().trimmed().toUtf8();
    if (text.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("Advanced JSON is not valid JSON: %1 (at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                     : tr("Advanced JSON must be one object: {\"field\": value, …}.");
        return {};
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isReservedKey(it.key())) {
            *error = tr("Advanced JSON cannot set \"%1\": the app sets it.").arg(it.key());
            return {};
        }
        // A form field set here too would make the request ambiguous: it belongs in the form.
        const QJsonObject single{{it.key(), it.value()}};
        for (const QString &key : SamplingFields::flatKeys(single)) {
            if (SamplingFields::find(key)) {
                *error = tr("\"%1\" is a field of the form above; set it there.").arg(key);
                return {};
            }
        }
    }
    return object;
}

QJsonObject SamplingPanel::params() const
{
    QString error;
    QJsonObject out = advancedObject(&error);
    // Nested objects (chat_template_kwargs, structured_outputs) merge key by key.
    for (SamplingFieldEditor *editor : m_editors) {
        const QJsonValue v = editor->value();
        if (!v.isUndefined())
            SamplingFields::setValueAt(out, editor->field().key, v);
    }
    return out;
}

QList<SamplingIssue> SamplingPanel::issues() const
{
    QList<SamplingIssue> out;
    for (const SamplingField &field : SamplingFields::all()) {
        const SamplingFieldEditor *editor = m_editors.value(field.key);
        if (editor && !editor->error().isEmpty())
            out.append({field.key, editor->error()});
    }
    QString advancedError;
    advancedObject(&advancedError);
    if (!advancedError.isEmpty())
        out.append({QStringLiteral("advanced"), advancedError});
    for (const SamplingIssue &issue : SamplingFields::check(params())) {
        if (!std::any_of(out.begin(), out.end(),
                         [&issue](const SamplingIssue &i) { return i.key == issue.key; }))
            out.append(issue);
    }
    return out;
}

void SamplingPanel::onFieldChanged()
{
    if (m_applying)
        return;
    if (!m_presetName.isEmpty()) {
        const SamplingPreset *preset = m_presets ? m_presets->find(m_presetName) : nullptr;
        if (!preset || preset->params != params())
            m_presetName.clear();
        fillPresets();
    }
    updateIssues();
}

void SamplingPanel::onAdvancedChanged()
{
    if (m_applying)
        return;
    onFieldChanged();
}

void SamplingPanel::updateIssues()
{
    const QList<SamplingIssue> list = issues();
    // The rules between fields are shown at the field they name.
    const QList<SamplingIssue> rules = SamplingFields::check(params());
    for (SamplingFieldEditor *editor : m_editors) {
        QString message;
        for (const SamplingIssue &issue : rules) {
            if (issue.key == editor->field().key ||
                (issue.key == QLatin1String("structured_outputs") &&
                 editor->field().key.startsWith(QLatin1String("structured_outputs."))) ||
                (issue.key == QLatin1String("max_tokens") &&
                 editor->field().key == QLatin1String("max_completion_tokens")))
                message = issue.message;
        }
        editor->setExternalError(message);
    }
    QString advancedError;
    advancedObject(&advancedError);
    m_advancedError->setText(advancedError);
    m_advancedError->setVisible(!advancedError.isEmpty());

    const QStringList set = SamplingFields::flatKeys(params());
    m_summary->setText(!list.isEmpty() ? tr("Not sendable: %1").arg(list.first().message)
                       : set.isEmpty() ? tr("Everything is left to the server's defaults.")
                                       : tr("Sent: %1").arg(set.join(QStringLiteral(", "))));
    const bool valid = list.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
    refreshPreview();
    if (valid)
        emit paramsChanged(params());
}

void SamplingPanel::setPreviewFunction(PreviewFunction preview)
{
    m_previewFunction = std::move(preview);
    refreshPreview();
}

void SamplingPanel::refreshPreview()
{
    const QJsonObject body = m_previewFunction ? m_previewFunction(params()) : params();
    m_preview->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));
}

void SamplingPanel::setParams(const QJsonObject &params, const QString &presetName)
{
    m_applying = true;
    QJsonObject rest = params;
    for (SamplingFieldEditor *editor : m_editors) {
        const QString &key = editor->field().key;
        QJsonValue v = SamplingFields::valueAt(params, key);
        if (v.isUndefined() && key == QLatin1String("max_completion_tokens"))
            v = params.value(QLatin1String("max_tokens")); // the older name reads the same
        editor->setValue(v);
        SamplingFields::removeAt(rest, key);
    }
    rest.remove(QLatin1String("max_tokens"));
    m_advanced->setPlainText(
        rest.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Indented)));
    m_presetName = presetName;
    m_applying = false;
    fillPresets();
    updateIssues();
}

void SamplingPanel::resetAll()
{
    setParams({});
}

void SamplingPanel::applyPreset(const QString &name)
{
    const SamplingPreset *preset = m_presets ? m_presets->find(name) : nullptr;
    if (!preset) {
        fillPresets();
        return;
    }
    setParams(preset->params, preset->name);
}

void SamplingPanel::setModel(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    const QString preset = m_presets && !model.isEmpty() ? m_presets->defaultFor(model) : QString();
    if (!preset.isEmpty() && m_presets->find(preset))
        applyPreset(preset);
    else
        fillPresets();
}

void SamplingPanel::fillPresets()
{
    m_applying = true;
    m_presetPicker->clear();
    m_presetPicker->addItem(tr("(custom)"), QString());
    if (m_presets) {
        for (const SamplingPreset &p : m_presets->presets())
            m_presetPicker->addItem(p.builtIn ? tr("%1 (built-in)").arg(p.name) : p.name, p.name);
    }
    const int index = m_presetPicker->findData(m_presetName);
    m_presetPicker->setCurrentIndex(std::max(0, index));
    const bool own = m_presets && !m_presetName.isEmpty() && !m_presets->isBuiltIn(m_presetName);
    m_rename->setEnabled(own);
    m_delete->setEnabled(own);
    m_modelDefault->setEnabled(m_presets && !m_model.isEmpty() && !m_presetName.isEmpty());
    m_modelDefault->setChecked(m_presets && !m_model.isEmpty() && !m_presetName.isEmpty() &&
                               m_presets->defaultFor(m_model) == m_presetName);
    m_modelDefault->setText(m_model.isEmpty() ? tr("Start this model with this preset")
                                              : tr("Start %1 with this preset").arg(m_model));
    m_applying = false;
}

void SamplingPanel::savePreset()
{
    if (!m_presets)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Name of the preset:"),
                                               QLineEdit::Normal, m_presetName, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_presets->save(name, params(), &error)) {
        m_presetMessage->setText(error);
        m_presetMessage->setVisible(true);
        return;
    }
    m_presetMessage->setVisible(false);
    m_presetName = name.trimmed();
    fillPresets();
}

void SamplingPanel::renamePreset()
{
    if (!m_presets || m_presetName.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename preset"), tr("New name:"), QLineEdit::Normal,
                                               m_presetName, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_presets->rename(m_presetName, name, &error)) {
        m_presetMessage->setText(error);
        m_presetMessage->setVisible(true);
        return;
    }
    m_presetMessage->setVisible(false);
    m_presetName = name.trimmed();
    fillPresets();
}

void SamplingPanel::deletePreset()
{
    if (!m_presets || m_presetName.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete preset"), tr("Delete the preset \"%1\"?").arg(m_presetName)) !=
        QMessageBox::Yes)
        return;
    QString error;
    if (!m_presets->remove(m_presetName, &error)) {
        m_presetMessage->setText(error);
        m_presetMessage->setVisible(true);
        return;
    }
    m_presetName.clear();
    fillPresets();
}
