#pragma once

#include "sampling/samplingfields.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <functional>

class PresetStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SamplingFieldEditor;

// Every sampling field vLLM's chat endpoint accepts, grouped, each "server default" or explicit;
// presets (built-in and the user's: save, rename, delete, default for the model); an Advanced JSON
// box for fields the form does not know; and the final request body as it will be sent. params()
// is what goes into ChatRequest::params: only the explicit, valid fields plus the advanced ones.
class SamplingPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplingPanel)

public:
    // The body the current parameters would produce (the chat's next request), for the preview.
    using PreviewFunction = std::function<QJsonObject(const QJsonObject &params)>;

    explicit SamplingPanel(PresetStore *presets, QWidget *parent = nullptr);

    QJsonObject params() const;
    // Shows `params` in the form: known fields in their editors, the rest in Advanced JSON.
    void setParams(const QJsonObject &params, const QString &presetName = {});
    // Every reason the parameters cannot be sent (invalid fields, rules between fields, advanced
    // JSON that does not parse or repeats a form field). Empty when they can.
    QList<SamplingIssue> issues() const;
    QString presetName() const { return m_presetName; } // "" once edited away from the preset

    // The model the chat uses: its default preset is applied when it changes.
    void setModel(const QString &model);
    void setPreviewFunction(PreviewFunction preview);
    void refreshPreview();
    void resetAll();
    void applyPreset(const QString &name);

    SamplingFieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    QPlainTextEdit *advancedEdit() const { return m_advanced; }
    QPlainTextEdit *previewEdit() const { return m_preview; }
    QComboBox *presetPicker() const { return m_presetPicker; }
    QLabel *advancedError() const { return m_advancedError; }

signals:
    // The parameters changed (only valid ones are reported; see issues()).
    void paramsChanged(const QJsonObject &params);
    void validityChanged(bool valid);

private:
    QWidget *buildPresetBar();
    QWidget *buildAdvanced();
    void onFieldChanged();
    void onAdvancedChanged();
    void updateIssues();
    void fillPresets();
    void savePreset();
    void renamePreset();
    void deletePreset();
    QJsonObject advancedObject(QString *error) const;

    PresetStore *m_presets;
    QHash<QString, SamplingFieldEditor *> m_editors;
    QComboBox *m_presetPicker = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QCheckBox *m_modelDefault = nullptr;
    QLabel *m_presetMessage = nullptr;
    QPlainTextEdit *m_advanced = nullptr;
    QLabel *m_advancedError = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    PreviewFunction m_previewFunction;
    QString m_model;
    QString m_presetName;
    bool m_applying = false;
    bool m_valid = true;
};
