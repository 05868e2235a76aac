#include "composer.h"

#include "composeredit.h"

#include <QHBoxLayout>
#include <QPushButton>

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_button(new QPushButton(this))
{
    m_edit->setPlaceholderText(tr("Message — Enter to send, Shift+Enter for a new line, Esc to stop"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setAccessibleDescription(
        tr("Enter sends the message, Shift+Enter starts a new line, Esc stops the answer."));
    m_button->setAccessibleName(tr("Send or stop"));
    m_button->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button, 0, Qt::AlignBottom);
    setFocusProxy(m_edit);
    setTabOrder(m_edit, m_button);

    connect(m_edit, &ComposerEdit::submitted, this, &Composer::submit);
    connect(m_edit, &ComposerEdit::escapePressed, this, &Composer::stopRequested);
    connect(m_button, &QPushButton::clicked, this, &Composer::onButton);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateButton);
    updateButton();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::clear()
{
    m_edit->clear();
}

QPlainTextEdit *Composer::editor() const
{
    return m_edit;
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void Composer::setCanSend(bool canSend, const QString &reason)
{
    m_canSend = canSend;
    m_cannotSendReason = reason;
    updateButton();
}

void Composer::submit()
{
    const QString message = text();
    if (m_busy || !m_canSend || message.trimmed().isEmpty())
        return;
    emit sendRequested(message);
}

void Composer::onButton()
{
    if (m_busy)
        emit stopRequested();
    else
        submit();
    m_edit->setFocus();
}

void Composer::updateButton()
{
    if (m_busy) {
        m_button->setText(tr("Stop"));
        m_button->setToolTip(tr("Stop the answer (Esc)"));
        m_button->setEnabled(true);
        return;
    }
    m_button->setText(tr("Send"));
    if (!m_canSend) {
        m_button->setToolTip(m_cannotSendReason);
        m_button->setEnabled(false);
    } else {
        m_button->setToolTip(tr("Send the message (Enter)"));
        m_button->setEnabled(!text().trimmed().isEmpty());
    }
}
