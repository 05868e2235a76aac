#include "keychaintest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>

bool KeychainTest::hasPrivateSession()
{
    // tools/test.sh runs the tests in `dbus-run-session` with HOME in a temporary folder; a
    // developer's desktop session has a bus too, but its HOME is real: never use that keyring.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
           QDir::homePath().startsWith(QDir::tempPath());
}

QString KeychainTest::uniqueService()
{
    return QStringLiteral("LoquatTest-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate64(), 0, 16);
}

QString KeychainTest::randomKey()
{
    QString key = QStringLiteral("sk-test-");
    for (int i = 0; i < 32; ++i)
        key += QLatin1Char("0123456789abcdefghijklmnopqrstuvwxyz"[QRandomGenerator::global()->bounded(36)]);
    return key;
}

QStringList KeychainTest::filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    const QByteArray base64 = utf8.toBase64();
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(base64.left(base64.size() - 4)))
            hits << path;
    }
    return hits;
}

void KeychainTest::redirectUserFolders(const QTemporaryDir &dir)
{
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString path = dir.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("xdg_config_home")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("xdg_config_home")));
}
