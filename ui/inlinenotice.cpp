#include "inlinenotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

InlineNotice::InlineNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QToolButton::clicked, this, &InlineNotice::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    hide();
}

void InlineNotice::showMessage(const QString &text, const QString &action, bool warning)
{
    m_label->setText(text);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    QPalette palette = this->palette();
    if (warning)
        palette.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xe0));
    palette.setColor(QPalette::WindowText,
                     warning ? QColor(0x5d, 0x40, 0x37) : palette.color(QPalette::WindowText));
    setAutoFillBackground(warning);
    setPalette(palette);
    show();
}

QString InlineNotice::text() const
{
    return m_label->text();
}
