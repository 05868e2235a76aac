#pragma once

#include "compare/lanespec.h"

#include <QWidget>

class PresetStore;
class ProfileModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// One lane to run: a server profile (once setProfiles() gave the list; "the window's profile"
// unless another is chosen), a model, a preset (or none) and overrides typed as NAME=VALUE pairs
// ("temperature=0.9, seed=3"), checked as they are typed against the sampling-field table.
class LaneEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneEditor)

public:
    LaneEditor(PresetStore *presets, QWidget *parent = nullptr);

    void setNumber(int number);
    void setModels(const QStringList &models, const QString &fallback);
    // The profiles to choose from (not owned); the picker follows the model's changes.
    void setProfiles(const ProfileModel *profiles);
    // The chosen profile's id; "" for the window's own.
    QString profileId() const;
    void setProfileId(const QString &id);
    // Shows a lane (model, preset, the params beyond the preset's as overrides).
    void setSpec(const LaneSpec &spec);
    // The lane, or false with the reason (also shown under the row).
    bool spec(LaneSpec *out, QString *error) const;

    QComboBox *profilePicker() const { return m_profile; }
    QComboBox *modelPicker() const { return m_model; }
    QComboBox *presetPicker() const { return m_preset; }
    QLineEdit *overridesEdit() const { return m_overrides; }
    QLabel *errorLabel() const { return m_error; }
    QToolButton *removeButton() const { return m_remove; }

signals:
    void removeRequested(LaneEditor *editor);
    void changed();
    // The user chose another profile: the model list is that server's now.
    void profileChanged(LaneEditor *editor);

private:
    void fillPresets();
    void fillProfiles();
    void validate();

    PresetStore *m_presets;
    const ProfileModel *m_profiles = nullptr;
    QLabel *m_number;
    QComboBox *m_profile;
    QComboBox *m_model;
    QComboBox *m_preset;
    QLineEdit *m_overrides;
    QToolButton *m_remove;
    QLabel *m_error;
    int m_repeat = 0;
};
