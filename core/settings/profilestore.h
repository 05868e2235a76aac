#pragma once

#include "serverprofile.h"

#include <QList>

class QSettings;

// Reads and writes the profile list in the application's settings (never a key: those are in the
// keychain). Layout, under "profiles/": "active" (an id) and the array "list" of profiles.
// A settings file from before profiles existed ("server/baseUrl", "server/model") is read as
// one profile, and those keys are removed on the next save.
class ProfileStore final {
public:
    struct Contents {
        QList<ServerProfile> profiles;
        QString activeId;
    };

    static Contents load(QSettings &settings);
    static void save(QSettings &settings, const Contents &contents);
};
