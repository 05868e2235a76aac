#include "profilestore.h"

#include <QSettings>

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kActive = QStringLiteral("profiles/active");
const QString kList = QStringLiteral("profiles/list");
const QString kLegacyUrl = QStringLiteral("server/baseUrl");
const QString kLegacyModel = QStringLiteral("server/model");

int readTimeout(const QSettings &settings, const QString &key)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value > 0 ? value : ServerConfig::kDefaultTimeoutMs;
}

QString legacyName(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

ProfileStore::Contents ProfileStore::load(QSettings &settings)
{
    Contents contents;
    const int size = settings.beginReadArray(kList);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        ServerProfile profile;
        profile.id = settings.value(QStringLiteral("id")).toString();
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.baseUrl =
            ServerConfig::normalizeBaseUrl(settings.value(QStringLiteral("baseUrl")).toString());
        profile.defaultModel = settings.value(QStringLiteral("defaultModel")).toString();
        profile.firstByteTimeoutMs = readTimeout(settings, QStringLiteral("firstByteTimeoutMs"));
        profile.idleTimeoutMs = readTimeout(settings, QStringLiteral("idleTimeoutMs"));
        profile.extraHeaders =
            ServerProfile::parseHeaders(settings.value(QStringLiteral("headers")).toStringList().join(u'\n'));
        profile.trustedCertificateSha256 =
            settings.value(QStringLiteral("trustedCertificateSha256")).toString().toLatin1();
        profile.serveCommand = settings.value(QStringLiteral("serveCommand")).toString();
        // A hand-edited entry without an id or an address is skipped rather than half-used.
        if (profile.id.isEmpty() || profile.baseUrl.isEmpty())
            continue;
        if (profile.name.trimmed().isEmpty())
            profile.name = legacyName(profile.baseUrl);
        contents.profiles.append(profile);
    }
    settings.endArray();
    contents.activeId = settings.value(kActive).toString();

    if (size == 0 && contents.profiles.isEmpty()) {
        const QUrl legacy = ServerConfig::normalizeBaseUrl(settings.value(kLegacyUrl).toString());
        if (!legacy.isEmpty()) {
            ServerProfile profile;
            profile.id = ServerProfile::newId();
            profile.name = legacyName(legacy);
            profile.baseUrl = legacy;
            profile.defaultModel = settings.value(kLegacyModel).toString();
            contents.profiles.append(profile);
            contents.activeId = profile.id;
        }
    }
    bool activeExists = false;
    for (const ServerProfile &profile : std::as_const(contents.profiles))
        activeExists = activeExists || profile.id == contents.activeId;
    if (!activeExists)
        contents.activeId = contents.profiles.isEmpty() ? QString() : contents.profiles.first().id;
    return contents;
}

void ProfileStore::save(QSettings &settings, const Contents &contents)
{
    settings.remove(kGroup);
    settings.remove(kLegacyUrl);
    settings.remove(kLegacyModel);
    settings.beginWriteArray(kList, int(contents.profiles.size()));
    for (int i = 0; i < contents.profiles.size(); ++i) {
        const ServerProfile &profile = contents.profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), profile.id);
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
        settings.setValue(QStringLiteral("defaultModel"), profile.defaultModel);
        settings.setValue(QStringLiteral("firstByteTimeoutMs"), profile.firstByteTimeoutMs);
        settings.setValue(QStringLiteral("idleTimeoutMs"), profile.idleTimeoutMs);
        settings.setValue(
            QStringLiteral("headers"),
            ServerProfile::formatHeaders(profile.extraHeaders).split(u'\n', Qt::SkipEmptyParts));
        settings.setValue(QStringLiteral("trustedCertificateSha256"),
                          QString::fromLatin1(profile.trustedCertificateSha256));
        settings.setValue(QStringLiteral("serveCommand"), profile.serveCommand);
    }
    settings.endArray();
    settings.setValue(kActive, contents.activeId);
}
