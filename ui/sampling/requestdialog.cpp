#include "requestdialog.h"

#include "api/curlcommand.h"
#include "media/replaymedia.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RequestDialog::RequestDialog(const QJsonObject &body, const QUrl &chatUrl, bool needsKey, QWidget *parent)
    : QDialog(parent)
    , m_request(body)
    , m_url(chatUrl)
    , m_needsKey(needsKey)
    , m_body(new QPlainTextEdit(this))
    , m_facts(new QLabel(this))
    , m_replay(new QPushButton(tr("Replay in chat"), this))
    , m_compare(new QPushButton(tr("Open in Compare"), this))
    , m_saveFull(new QPushButton(tr("Save full body…"), this))
    , m_placeholders(new QLabel(this))
{
    setWindowTitle(tr("Request of this answer"));
    resize(720, 560);
    m_body->setReadOnly(true);
    m_body->setObjectName(QStringLiteral("requestBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlainText(jsonText());
    auto *note = new QLabel(tr("Sent to %1. The API key is sent in a header and is not part of the body.")
                                .arg(chatUrl.toString()),
                            this);
    note->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("requestFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setVisible(false);
    // Attachments are recorded by digest, not by data (a 200 MB video is not copied into the
    // history once per answer): the JSON and curl copies show placeholders, and say so; Replay
    // sends the real files, and "Save full body…" writes the body with their data for curl.
    const QList<ContentParts::RecordedFile> files =
        ReplayMedia::recordedFiles(body.value(QLatin1String("messages")).toArray());
    m_placeholderSummary = files.isEmpty() ? QString() : ReplayMedia::summary(files);
    m_placeholders->setObjectName(QStringLiteral("placeholderNote"));
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextFormat(Qt::PlainText);
    m_placeholders->setText(
        tr("This body shows %1 as placeholders (<attachment sha256=… bytes=…>) instead of their data: "
           "Copy JSON and Copy as curl copy it so. Replay sends the files themselves; Save full body… "
           "writes the body with their data, for curl.")
            .arg(m_placeholderSummary));
    m_placeholders->setVisible(!files.isEmpty());
    m_saveFull->setVisible(!files.isEmpty());
    m_saveFull->setToolTip(tr("Write the request body with the attachments' data to a file"));
    auto *copyJson = new QPushButton(tr("Copy JSON"), this);
    auto *copyCurl = new QPushButton(tr("Copy as curl"), this);
    m_replay->setToolTip(tr("Send this exact request again (same parameters and seed) as a new answer"));
    m_compare->setToolTip(tr("Use this request's model and parameters as a lane in Compare"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyJson);
    buttons->addWidget(copyCurl);
    buttons->addWidget(m_saveFull);
    buttons->addStretch(1);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_replay);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_facts);
    layout->addWidget(m_placeholders);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyJson, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(jsonText());
        emit copied(m_placeholderSummary.isEmpty()
                        ? tr("Copied the request as JSON.")
                        : tr("Copied the request as JSON, with placeholders for %1 (use Save full body… "
                             "for their data).")
                              .arg(m_placeholderSummary));
    });
    connect(copyCurl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(curlText());
        emit copied(m_placeholderSummary.isEmpty()
                        ? tr("Copied the request as a curl command.")
                        : tr("Copied the request as a curl command, with placeholders for %1: the server "
                             "would refuse it as it is (use Save full body… for their data).")
                              .arg(m_placeholderSummary));
    });
    connect(m_saveFull, &QPushButton::clicked, this, [this] { emit saveFullBodyRequested(m_request); });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        emit replayRequested(m_request);
        accept();
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        emit compareRequested(m_request);
        accept();
    });
}

void RequestDialog::setAnswerFacts(const QString &model, const QString &serverVersion)
{
    const QString server = serverVersion.isEmpty() ? tr("Server version: not reported by the server")
                                                   : tr("Server: vLLM %1").arg(serverVersion);
    m_facts->setText(model.isEmpty() ? server : tr("Answered by %1 · %2").arg(model, server));
    m_facts->setVisible(true);
}

QString RequestDialog::factsText() const
{
    return m_facts->text();
}

QString RequestDialog::placeholderNote() const
{
    return m_placeholders->isVisible() || !m_placeholderSummary.isEmpty() ? m_placeholders->text()
                                                                          : QString();
}

QString RequestDialog::jsonText() const
{
    return QString::fromUtf8(QJsonDocument(m_request).toJson(QJsonDocument::Indented));
}

QString RequestDialog::curlText() const
{
    return CurlCommand::forChat(m_url, m_request, m_needsKey);
}
