#pragma once

#include "settings/apikeyvault.h"
#include "settings/profilemodel.h"
#include "settings/serverdirectory.h"

#include <QUrl>

#include <memory>

class SecretStore;

// Server profiles for tests: a ProfileModel in memory, an ApiKeyVault on the real OS keychain
// (tools/test.sh's private session; memory elsewhere) and the ServerDirectory joining them. The
// keys added are forgotten again when the fixture goes, so the shared test keyring stays clean.
class ProfileFixture final {
public:
    static constexpr int kWaitMs = 30000;

    ProfileFixture();
    ~ProfileFixture();
    Q_DISABLE_COPY_MOVE(ProfileFixture)

    ProfileModel &profiles() { return *m_profiles; }
    ApiKeyVault &vault() { return *m_vault; }
    ServerDirectory &directory() { return *m_directory; }

    // A profile at `url` with the simulator tests' time-outs, its key (unless empty) stored and
    // waited for; "" when the key could not be stored.
    QString add(const QString &name, const QUrl &url, const QString &key);

private:
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<ApiKeyVault> m_vault;
    std::unique_ptr<ProfileModel> m_profiles;
    std::unique_ptr<ServerDirectory> m_directory;
    QStringList m_keyed;
};
