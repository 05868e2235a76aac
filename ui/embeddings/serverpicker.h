#pragma once

#include "api/apierror.h"
#include "api/modelinfo.h"
#include "api/serverconfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class ServerDirectory;
class VllmClient;

// Which server and model a panel talks to: a server-profile picker (once setDirectory() gave the
// profiles: the same list as the window's, each profile's key from the OS keychain), an address
// field with a refresh button (for "Other address", an ad-hoc server with the key the picker was
// made with, e.g. the environment's), the model picker (filled from GET /v1/models) and one
// status line under them. It points the given VllmClient at the choice and reports choices; what a
// model can do is the panel's business (setStatus). A profile's key never goes to another address.
class ServerPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPicker)

public:
    ServerPicker(VllmClient *client, const QString &label, QWidget *parent = nullptr);

    VllmClient *client() const { return m_client; }
    // Uses the server at `text` (as typed: "host:8000" is completed) and reloads the models;
    // false with a status message when it is not an address.
    // An address that is not the chosen profile's switches to "Other address".
    bool connectTo(const QString &text);
    // The profiles to offer (not owned); the picker follows their changes.
    void setDirectory(ServerDirectory *directory);
    // Uses the profile (its address and key, read asynchronously) and, with `connect`, reloads the
    // models (else the next connectTo() of its address does); false when there is no such profile.
    bool useProfile(const QString &id, bool connect = true);
    // The chosen profile ("" for an ad-hoc address) and its name.
    QString profileId() const;
    QString profileName() const;
    void reloadModels();
    QString addressText() const;
    QString currentModel() const;
    const ModelList &models() const { return m_models; }
    // The model selected whenever the server offers it (a remembered choice).
    void setPreferredModel(const QString &id) { m_preferred = id; }
    // One line under the pickers: what the model answered, or why it cannot; empty hides it.
    void setStatus(const QString &text, bool isError = false);
    QString statusText() const;

    QComboBox *profilePicker() const { return m_profileBox; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *modelPicker() const { return m_modelBox; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void modelChanged(const QString &id); // also "" while there is none
    void modelsLoaded(const ModelList &models, const ApiError &error);
    void profileChanged(const QString &id); // "" for an ad-hoc address

private:
    void fillModels(const ModelList &models, const ApiError &error);
    void fillProfiles();
    void applyProfile(const QString &id, bool connect = true);

    VllmClient *m_client;
    ServerConfig m_adHoc; // what an ad-hoc address is used with (the key and time-outs given at first)
    ServerDirectory *m_directory = nullptr;
    QString m_profileId;
    QString m_keyProblem; // the chosen profile's key could not be read
    quint64 m_resolveGeneration = 0;
    QComboBox *m_profileBox;
    QLineEdit *m_url;
    QToolButton *m_refresh;
    QComboBox *m_modelBox;
    QLabel *m_status;
    ModelList m_models;
    QString m_preferred;
    quint64 m_generation = 0;
};
