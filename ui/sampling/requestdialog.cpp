#include "requestdialog.h"

#include "api/curlcommand.h"

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
    , m_replay(new QPushButton(tr("Replay in chat"), this))
    , m_compare(new QPushButton(tr("Open in Compare"), this))
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
    auto *copyJson = new QPushButton(tr("Copy JSON"), this);
    auto *copyCurl = new QPushButton(tr("Copy as curl"), this);
    m_replay->setToolTip(tr("Send this exact request again (same parameters and seed) as a new answer"));
    m_compare->setToolTip(tr("Use this request's model and parameters as a lane in Compare"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyJson);
    buttons->addWidget(copyCurl);
    buttons->addStretch(1);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_replay);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyJson, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(jsonText());
        emit copied(tr("Copied the request as JSON."));
    });
    connect(copyCurl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(curlText());
        emit copied(tr("Copied the request as a curl command."));
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        emit replayRequested(m_request);
        accept();
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        emit compareRequested(m_request);
        accept();
    });
}

QString RequestDialog::jsonText() const
{
    return QString::fromUtf8(QJsonDocument(m_request).toJson(QJsonDocument::Indented));
}

QString RequestDialog::curlText() const
{
    return CurlCommand::forChat(m_url, m_request, m_needsKey);
}
