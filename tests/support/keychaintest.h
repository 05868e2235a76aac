#pragma once

#include <QString>

class QTemporaryDir;

// What keychain tests share: whether the real Secret Service is reachable (tools/test.sh starts a
// private D-Bus session with an unlocked throw-away gnome-keyring), a service name no other test
// process uses, and a search of every file under a directory for a secret.
namespace KeychainTest {

// True inside tools/test.sh's session. Elsewhere (a bare `ctest` on a desktop) the tests skip
// rather than touch the developer's own keyring.
bool hasPrivateSession();
QString uniqueService();
// A key-like random string that appears nowhere by chance.
QString randomKey();
// Every regular file below `root` whose bytes contain `secret` (as UTF-8, UTF-16 or base64).
QStringList filesContaining(const QString &root, const QString &secret);
// Points QSettings and QStandardPaths (config, data, cache, state) at subfolders of `dir`, so
// that everything the code under test writes lands there. Call before the first QSettings.
void redirectUserFolders(const QTemporaryDir &dir);

} // namespace KeychainTest
