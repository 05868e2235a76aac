#pragma once

#include <QString>

// Where the app and loquat-cli keep their data: --data-dir, else $LOQUAT_DATA_DIR, else the
// platform's data folder (~/.local/share/loquat on Linux) — the same for both programs, so
// they share one history.
namespace DataDir {
QString resolve(const QString &fromCommandLine = {});
// The conversation store inside a data folder.
QString historyFile(const QString &dataDir);
} // namespace DataDir
