#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QUrl>

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

    QString jsonText() const;
    QString curlText() const;
    QPlainTextEdit *bodyView() const { return m_body; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *compareButton() const { return m_compare; }

signals:
    void replayRequested(const QJsonObject &body);
    void compareRequested(const QJsonObject &body);
    void copied(const QString &what);

private:
    QJsonObject m_request;
    QUrl m_url;
    bool m_needsKey;
    QPlainTextEdit *m_body;
    QPushButton *m_replay;
    QPushButton *m_compare;
};
