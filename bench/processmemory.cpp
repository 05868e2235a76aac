#include "processmemory.h"

#include <QFile>
#include <QList>

QHash<QByteArray, qint64> ProcessMemory::statusKib(qint64 pid)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    QHash<QByteArray, qint64> fields;
    if (!status.open(QIODevice::ReadOnly))
        return fields;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.endsWith(" kB"))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed().split(' ').value(0).toLongLong());
    }
    return fields;
}

double ProcessMemory::residentMegabytes(qint64 pid)
{
    const qint64 kib = statusKib(pid).value("VmRSS", -1);
    return kib < 0 ? -1 : double(kib) / 1024.0;
}
