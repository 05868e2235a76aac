#pragma once

#include "settings/apikeyvault.h"
#include "settings/profilemodel.h"
#include "settings/serverdirectory.h"

#include <QObject>

#include <cstdio>
#include <memory>

struct CliOptions;
class FileSecretStore;
class QSettings;
class SecretStore;

// loquat-cli's door to the app's server profiles: the same settings file and the same keychain
// entries as the app, so a profile added here is offered in the app's picker and the reverse.
//
//     loquat-cli profiles list|add NAME --url URL [--model M]|remove NAME|set-key NAME
//     loquat-cli chat --profile NAME ...      (any other command too)
//
// The keychain answers asynchronously; a command-line tool has nothing else to do meanwhile, so
// each call here waits for it in a local event loop.
class CliProfiles final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliProfiles)

public:
    // Neither is owned. The key file is used only where the user opted into it in the app.
    CliProfiles(QSettings *settings, SecretStore *keychain, QObject *parent = nullptr);
    ~CliProfiles() override;

    // `profiles list|add|remove|set-key`; returns the exit status. set-key reads the key from
    // `keyInput` (one line), never from argv.
    int run(const CliOptions &options, std::FILE *keyInput);
    // --profile NAME: the profile's address, key, time-outs, headers and trusted certificate go
    // into options.server, and its default model into options.model unless --model was given.
    // The environment's key (LOQUAT_API_KEY, ...) still wins for this run.
    bool apply(CliOptions &options, QString &error);
    // compare: the server of every profile a lane names (profile=NAME) into options.laneServers,
    // each with its own key from the keychain (the environment's key only where the profile is
    // --profile's own). False (nothing sent) when a lane names a profile that does not exist.
    bool resolveLaneProfiles(CliOptions &options, QString &error);

private:
    int list(bool json);
    int add(const CliOptions &options);
    int remove(const QString &name);
    int setKey(const QString &name, std::FILE *keyInput);
    const ServerProfile *findNamed(const QString &name, QString &error) const;

    ProfileModel m_profiles;
    ApiKeyVault m_vault;
    std::unique_ptr<FileSecretStore> m_keyFile;
    ServerDirectory m_directory;
};
