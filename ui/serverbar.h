#pragma once

#include "api/modelinfo.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// The top of the window: the server profile picker (with a button that opens the profiles), the
// active server's address with a refresh button, the model picker and the optional system prompt
// (folded away until asked for). It only shows and reports; MainWindow decides what an address
// or a choice means.
class ServerBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerBar)

public:
    explicit ServerBar(QWidget *parent = nullptr);

    // The profiles to pick from (a ProfileModel: DisplayRole the name, ProfileModel::IdRole the id).
    void setProfileModel(QAbstractItemModel *model);
    // Selects the profile with this id ("" or unknown: none selected).
    void setCurrentProfile(const QString &id);
    QString currentProfileId() const;

    QString urlText() const;
    void setUrlText(const QString &text);
    // An inline message under the address (an address that cannot be one); empty hides it.
    void showUrlError(const QString &message);
    QString urlError() const;

    // Fills the picker and selects `preferred` when the server has it, else the first model.
    void setModels(const ModelList &models, const QString &preferred);
    // Empties the picker and shows `message` in it ("Loading models…", "No models").
    void setModelsMessage(const QString &message, const QString &tooltip = {});
    QString currentModel() const;
    static QString modelLabel(const ModelInfo &model); // "sim-chat · 8,192 tokens"

    QString systemPrompt() const;
    void setSystemPrompt(const QString &prompt);

    QComboBox *profilePicker() const { return m_profiles; }
    QToolButton *manageProfilesButton() const { return m_manage; }
    QLineEdit *urlEdit() const { return m_url; }
    QToolButton *refreshButton() const { return m_refresh; }
    QComboBox *modelPicker() const { return m_models; }
    QToolButton *systemPromptToggle() const { return m_promptToggle; }
    QLineEdit *systemPromptEdit() const { return m_prompt; }

signals:
    // The user picked another profile in the picker.
    void profileChosen(const QString &id);
    void manageProfilesRequested();
    // Enter in the address field or the refresh button: connect (again) and reload the models.
    void urlSubmitted(const QString &text);
    // The selected model changed; `byUser` when the user picked it (worth remembering).
    void modelChanged(const QString &id, bool byUser);
    void systemPromptChanged(const QString &prompt);

private:
    QComboBox *m_profiles;
    QToolButton *m_manage;
    QLineEdit *m_url;
    QToolButton *m_refresh;
    QComboBox *m_models;
    QToolButton *m_promptToggle;
    QLineEdit *m_prompt;
    QLabel *m_urlError;
};
