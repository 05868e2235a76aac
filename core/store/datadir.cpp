#include "datadir.h"

#include <QDir>
#include <QStandardPaths>

QString DataDir::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.trimmed().isEmpty())
        return QDir(fromCommandLine.trimmed()).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("LOQUAT_DATA_DIR").trimmed();
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    // Not AppDataLocation: it is named after each program, and the app and the CLI differ.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("loquat"));
}

QString DataDir::historyFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("history.db"));
}
