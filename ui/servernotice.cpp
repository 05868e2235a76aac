#include "servernotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ServerNotice::ServerNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_start(new QPushButton(tr("Start the simulator to try Loquat"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, palette().color(QPalette::AlternateBase));
    setPalette(tinted);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Server notice"));
    m_start->setAccessibleName(tr("Start the simulator"));
    m_start->setToolTip(tr("Starts loquat-sim, a local stand-in for vLLM with deterministic answers"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_start);
    connect(m_start, &QPushButton::clicked, this, &ServerNotice::startSimulatorRequested);
    setVisible(false);
}

void ServerNotice::showNoServer(const QString &address, bool canStartSimulator)
{
    m_label->setText(
        canStartSimulator
            ? tr("No server answers at %1. Start vLLM there, enter another address above, or try "
                 "Loquat with the bundled simulator.")
                  .arg(address)
            : tr("No server answers at %1. Start vLLM there or enter another address above.").arg(address));
    m_start->setVisible(canStartSimulator);
    m_start->setEnabled(true);
    setVisible(true);
}

void ServerNotice::showStarting()
{
    m_label->setText(tr("Starting the simulator…"));
    m_start->setEnabled(false);
    setVisible(true);
}

void ServerNotice::showFailure(const QString &message)
{
    m_label->setText(message);
    m_start->setEnabled(true);
    setVisible(true);
}

QString ServerNotice::text() const
{
    return m_label->text();
}
