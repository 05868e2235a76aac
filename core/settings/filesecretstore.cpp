#include "filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr auto kUserOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Reads the whole file; a missing file is an empty store.
bool load(const QString &path, QJsonObject &secrets, QString &error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error = FileSecretStore::tr("%1 is not a key file Loquat wrote").arg(path);
        return false;
    }
    secrets = doc.object();
    return true;
}

bool save(const QString &path, const QJsonObject &secrets, QString &error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        error = FileSecretStore::tr("cannot create the folder for %1").arg(path);
        return false;
    }
    QSaveFile file(path);
    // The permissions are set before any byte is written, so the key is never world-readable.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kUserOnly)) {
        error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
{
    m_pool.setMaxThreadCount(1); // one operation at a time, in the order they were asked for
}

FileSecretStore::~FileSecretStore()
{
    m_pool.waitForDone();
}

QString FileSecretStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/api-keys-unencrypted.json");
}

void FileSecretStore::run(QObject *context, Callback done, std::function<SecretResult()> work)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_pool.start([this, guard, hasContext, done = std::move(done), work = std::move(work)]() mutable {
        const SecretResult result = work();
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, done = std::move(done), result] {
                if (done && (!hasContext || guard))
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

void FileSecretStore::read(const QString &name, QObject *context, Callback done)
{
    run(context, std::move(done), [path = m_path, name] {
        QJsonObject secrets;
        QString error;
        if (!load(path, secrets, error))
            return SecretResult::failure(SecretResult::Status::Unavailable, error);
        return SecretResult{SecretResult::Status::Ok, secrets.value(name).toString(), {}};
    });
}

void FileSecretStore::write(const QString &name, const QString &secret, QObject *context, Callback done)
{
    run(context, std::move(done), [path = m_path, name, secret] {
        QJsonObject secrets;
        QString error;
        if (!load(path, secrets, error))
            return SecretResult::failure(SecretResult::Status::Unavailable, error);
        secrets.insert(name, secret);
        if (!save(path, secrets, error))
            return SecretResult::failure(SecretResult::Status::Unavailable, error);
        return SecretResult{};
    });
}

void FileSecretStore::remove(const QString &name, QObject *context, Callback done)
{
    run(context, std::move(done), [path = m_path, name] {
        QJsonObject secrets;
        QString error;
        if (!load(path, secrets, error))
            return SecretResult::failure(SecretResult::Status::Unavailable, error);
        if (!secrets.contains(name))
            return SecretResult{};
        secrets.remove(name);
        if (secrets.isEmpty()) {
            // The last key gone: no unencrypted file is left behind.
            if (!QFile::remove(path))
                return SecretResult::failure(SecretResult::Status::Unavailable,
                                             FileSecretStore::tr("cannot remove %1").arg(path));
            return SecretResult{};
        }
        if (!save(path, secrets, error))
            return SecretResult::failure(SecretResult::Status::Unavailable, error);
        return SecretResult{};
    });
}
