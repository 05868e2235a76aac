#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QUrl>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// The exact request body that produced an answer (the API key is never in it: it travels in a
// header), with ways to reproduce it: copy it as JSON or as a curl command, replay it (same
// parameters and seed) as a new answer in the chat, or open it as a lane in Compare.
class RequestDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDialog)

public:
    RequestDialog(const QJsonObject &body, const QUrl &chatUrl, bool needsKey, QWidget *parent = nullptr);

    // What else the answer keeps beside its body: the model that answered and the server's
    // version (GET /version; empty when the server did not say).
    void setAnswerFacts(const QString &model, const QString &serverVersion);
    QString factsText() const;

    QString jsonText() const;
    QString curlText() const;
    QPlainTextEdit *bodyView() const { return m_body; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *compareButton() const { return m_compare; }
    // Shown when the body stands for attachments with placeholders.
    QPushButton *saveFullButton() const { return m_saveFull; }
    QString placeholderNote() const;

signals:
    void replayRequested(const QJsonObject &body);
    void compareRequested(const QJsonObject &body);
    void copied(const QString &what);
    // The body as sent, attachments' data included, to be written to a file.
    void saveFullBodyRequested(const QJsonObject &body);

private:
    QJsonObject m_request;
    QUrl m_url;
    bool m_needsKey;
    QPlainTextEdit *m_body;
    QLabel *m_facts;
    QPushButton *m_replay;
    QPushButton *m_compare;
    QPushButton *m_saveFull;
    QLabel *m_placeholders;
    QString m_placeholderSummary; // empty: the body has no placeholders
};
