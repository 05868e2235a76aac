#include "profilefixture.h"

#include "keychaintest.h"
#include "settings/keychainsecretstore.h"
#include "settings/memorysecretstore.h"
#include "simfixture.h"

#include <QTest>

ProfileFixture::ProfileFixture()
{
    if (KeychainTest::hasPrivateSession())
        m_keychain = std::make_unique<KeychainSecretStore>(KeychainTest::uniqueService());
    else
        m_keychain = std::make_unique<MemorySecretStore>();
    m_vault = std::make_unique<ApiKeyVault>(m_keychain.get());
    m_profiles = std::make_unique<ProfileModel>(nullptr);
    m_directory = std::make_unique<ServerDirectory>(m_profiles.get(), m_vault.get());
}

ProfileFixture::~ProfileFixture()
{
    for (const QString &id : std::as_const(m_keyed)) {
        bool gone = false;
        m_vault->forget(id, nullptr, [&gone](const ApiKeyVault::Outcome &) { gone = true; });
        if (!QTest::qWaitFor([&gone] { return gone; }, kWaitMs))
            qWarning("ProfileFixture: a test key was not removed from the keychain in time");
    }
}

QString ProfileFixture::add(const QString &name, const QUrl &url, const QString &key)
{
    ServerProfile profile;
    profile.name = name;
    profile.baseUrl = url;
    profile.firstByteTimeoutMs = SimFixture::kTestTimeoutMs;
    profile.idleTimeoutMs = SimFixture::kTestTimeoutMs;
    const QString id = m_profiles->add(profile);
    if (key.isEmpty())
        return id;
    bool done = false;
    bool stored = false;
    m_vault->store(id, key, nullptr, [&](const ApiKeyVault::Outcome &outcome) {
        stored = outcome.ok;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, kWaitMs) || !stored)
        return {};
    m_keyed.append(id);
    return id;
}
