#pragma once

#include "api/apierror.h"
#include "api/modelinfo.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class VllmClient;

// Which server and model a panel talks to: an address field with a refresh button, the model
// picker (filled from GET /v1/models) and one status line under them. It points the given
// VllmClient at the address (keeping its key and time-outs) and reports choices; what a model can
// do is the panel's business (setStatus). One small widget on purpose: server profiles (named
// servers with keys in the keychain) can replace the address field here without touching the panels.
class ServerPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPicker)

public:
    ServerPicker(VllmClient *client, const QString &label, QWidget *parent = nullptr);

    VllmClient *client() const { return m_client; }
    // Uses the server at `text` (as typed: "host:8000" is completed) and reloads the models;
    // false with a status message when it is not an address.
    bool connectTo(const QString &text);
    void reloadModels();
    QString addressText() const;
    QString currentModel() const;
    const ModelList &models() const { return m_models; }
    // The model selected whenever the server offers it (a remembered choice).
    void setPreferredModel(const QString &id) { m_preferred = id; }
    // One line under the pickers: what the model answered, or why it cannot; empty hides it.
    void setStatus(const QString &text, bool isError = false);
    QString statusText() const;

    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *modelPicker() const { return m_modelBox; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void modelChanged(const QString &id); // also "" while there is none
    void modelsLoaded(const ModelList &models, const ApiError &error);

private:
    void fillModels(const ModelList &models, const ApiError &error);

    VllmClient *m_client;
    QLineEdit *m_url;
    QToolButton *m_refresh;
    QComboBox *m_modelBox;
    QLabel *m_status;
    ModelList m_models;
    QString m_preferred;
    quint64 m_generation = 0;
};
