#include "servernotice.h"

#include "noticestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ServerNotice::ServerNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_use(new QPushButton(tr("Use it"), this))
    , m_add(new QPushButton(tr("Add a server…"), this))
    , m_start(new QPushButton(tr("Start the simulator to try Loquat"), this))
    , m_trust(new QPushButton(tr("Trust this certificate…"), this))
{
    NoticeStyle::apply(this, m_label);
    m_label->setAccessibleName(tr("Server notice"));
    m_start->setAccessibleName(tr("Start the simulator"));
    m_start->setToolTip(tr("Starts loquat-sim, a local stand-in for vLLM with deterministic answers"));
    m_use->setAccessibleName(tr("Use this server"));
    m_use->setToolTip(tr("Saves it as a server profile and connects"));
    m_add->setAccessibleName(tr("Add a server profile"));
    m_trust->setAccessibleName(tr("Trust this certificate"));
    m_trust->setToolTip(tr("Shows the certificate and lets you trust exactly this one for this server"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    for (QPushButton *button : {m_use, m_add, m_start, m_trust})
        layout->addWidget(button);
    connect(m_start, &QPushButton::clicked, this, &ServerNotice::startSimulatorRequested);
    connect(m_use, &QPushButton::clicked, this, &ServerNotice::useServerRequested);
    connect(m_add, &QPushButton::clicked, this, &ServerNotice::addServerRequested);
    connect(m_trust, &QPushButton::clicked, this, &ServerNotice::trustCertificateRequested);
    setVisible(false);
}

void ServerNotice::present(const QString &text, QPushButton *first, QPushButton *second, QPushButton *third)
{
    m_label->setText(text);
    for (QPushButton *button : {m_use, m_add, m_start, m_trust}) {
        button->setVisible(button == first || button == second || button == third);
        button->setEnabled(true);
    }
    setVisible(true);
}

void ServerNotice::showNoServer(const QString &address, bool canStartSimulator, bool offerAdd)
{
    const QString text =
        canStartSimulator
            ? tr("No server answers at %1. Start vLLM there, enter another address above, or try "
                 "Loquat with the bundled simulator.")
                  .arg(address)
            : tr("No server answers at %1. Start vLLM there or enter another address above.").arg(address);
    present(text, offerAdd ? m_add : nullptr, canStartSimulator ? m_start : nullptr);
}

void ServerNotice::showFoundServer(const QString &address, const QString &description, bool canStartSimulator)
{
    const QString text =
        description.isEmpty()
            ? tr("A server answers at %1. Use it, add another server, or try the simulator.").arg(address)
            : tr("A server answers at %1 (%2). Use it, add another server, or try the simulator.")
                  .arg(address, description);
    present(text, m_use, m_add, canStartSimulator ? m_start : nullptr);
}

void ServerNotice::showUntrustedCertificate(const QString &address, const QString &problem)
{
    present(tr("%1 — %2").arg(address, problem), m_trust);
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
