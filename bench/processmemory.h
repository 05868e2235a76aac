#pragma once

#include <QByteArray>
#include <QHash>

// What Linux says of a process's memory in /proc/<pid>/status. One reader for every benchmark
// that reports resident memory (history, startup, soak).
namespace ProcessMemory {

// The status fields given in kB (VmRSS, RssAnon, RssFile, …) by name, in KiB; empty when the file
// cannot be read (not Linux, the process gone). `pid` 0 is this process.
QHash<QByteArray, qint64> statusKib(qint64 pid = 0);

// VmRSS in MB; -1 when it cannot be read.
double residentMegabytes(qint64 pid = 0);

} // namespace ProcessMemory
