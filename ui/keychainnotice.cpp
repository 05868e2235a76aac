#include "keychainnotice.h"

#include "noticestyle.h"
#include "settings/apikeyvault.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

KeychainNotice::KeychainNotice(ApiKeyVault *vault, QWidget *parent)
    : QFrame(parent)
    , m_vault(vault)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("Try the keychain again"), this))
    , m_file(new QPushButton(tr("Keep keys in a file…"), this))
{
    NoticeStyle::apply(this, m_label);
    m_label->setAccessibleName(tr("Keychain notice"));
    m_retry->setToolTip(tr("After unlocking or starting the keyring, use the OS keychain again"));
    m_file->setToolTip(tr("Store API keys unencrypted in a file only you can read (not recommended)"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_file);
    connect(m_retry, &QPushButton::clicked, m_vault, &ApiKeyVault::retryKeychain);
    connect(m_file, &QPushButton::clicked, this, &KeychainNotice::askForFile);
    connect(m_vault, &ApiKeyVault::keychainProblemChanged, this, &KeychainNotice::update);
    update();
}

QString KeychainNotice::text() const
{
    return m_label->text();
}

void KeychainNotice::setUsingFile(bool usingFile, const QString &path)
{
    m_usingFile = usingFile;
    m_path = path;
    update();
}

void KeychainNotice::update()
{
    const QString problem = m_vault->keychainProblem();
    if (problem.isEmpty()) {
        setVisible(false);
        return;
    }
    m_label->setText(
        m_usingFile ? tr("The OS keychain is unavailable: API keys are stored unencrypted in %1.").arg(m_path)
                    : problem);
    m_file->setVisible(!m_usingFile);
    setVisible(true);
}

void KeychainNotice::askForFile()
{
    // An explicit choice, with the risk spelled out; the default answer is no.
    QMessageBox box(QMessageBox::Warning, tr("Keep API keys in a file?"),
                    tr("Without a keychain, Loquat can keep API keys in a plain file in your settings "
                       "folder, readable only by your user account but not encrypted: anyone who can "
                       "read your files (a backup, another program you run, an administrator) can read "
                       "the keys.\n\nKeep API keys in a file?"),
                    QMessageBox::Cancel, this);
    QPushButton *yes = box.addButton(tr("Keep keys in a file"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        emit fileStorageChosen();
}
