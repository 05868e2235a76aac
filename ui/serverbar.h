#pragma once

#include "api/modelinfo.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// The top of the window: the server's address with a refresh button, the model picker and the
// optional system prompt (folded away until asked for). It only shows and reports; MainWindow
// decides what an address or a choice means.
class ServerBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerBar)

public:
    explicit ServerBar(QWidget *parent = nullptr);

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

    QLineEdit *urlEdit() const { return m_url; }
    QToolButton *refreshButton() const { return m_refresh; }
    QComboBox *modelPicker() const { return m_models; }
    QToolButton *systemPromptToggle() const { return m_promptToggle; }
    QLineEdit *systemPromptEdit() const { return m_prompt; }

signals:
    // Enter in the address field or the refresh button: connect (again) and reload the models.
    void urlSubmitted(const QString &text);
    // The selected model changed; `byUser` when the user picked it (worth remembering).
    void modelChanged(const QString &id, bool byUser);
    void systemPromptChanged(const QString &prompt);

private:
    QLineEdit *m_url;
    QToolButton *m_refresh;
    QComboBox *m_models;
    QToolButton *m_promptToggle;
    QLineEdit *m_prompt;
    QLabel *m_urlError;
};
