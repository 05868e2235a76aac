#pragma once

#include "compare/lanespec.h"

#include <QWidget>

class PresetStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// One lane to run: a model, a preset (or none) and overrides typed as NAME=VALUE pairs
// ("temperature=0.9, seed=3"), checked as they are typed against the sampling-field table.
class LaneEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneEditor)

public:
    LaneEditor(PresetStore *presets, QWidget *parent = nullptr);

    void setNumber(int number);
    void setModels(const QStringList &models, const QString &fallback);
    // Shows a lane (model, preset, the params beyond the preset's as overrides).
    void setSpec(const LaneSpec &spec);
    // The lane, or false with the reason (also shown under the row).
    bool spec(LaneSpec *out, QString *error) const;

    QComboBox *modelPicker() const { return m_model; }
    QComboBox *presetPicker() const { return m_preset; }
    QLineEdit *overridesEdit() const { return m_overrides; }
    QLabel *errorLabel() const { return m_error; }
    QToolButton *removeButton() const { return m_remove; }

signals:
    void removeRequested(LaneEditor *editor);
    void changed();

private:
    void fillPresets();
    void validate();

    PresetStore *m_presets;
    QLabel *m_number;
    QComboBox *m_model;
    QComboBox *m_preset;
    QLineEdit *m_overrides;
    QToolButton *m_remove;
    QLabel *m_error;
    int m_repeat = 0;
};
