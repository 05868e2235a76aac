#pragma once

#include <QString>

// Issue 8's figures, measured on the real `loquat` binary launched as a user would, with a data
// folder holding 1,000 stored conversations, a fresh settings folder (no profiles) and LOQUAT_URL
// on a loopback port where nothing listens (the probe of a first start is refused at once):
//   startup_ms   process start (the fork, before exec) to the window's first frame painted, as
//                the app reports it with LOQUAT_REPORT_FIRST_PAINT; median of runs
//   idle_rss_mb  the app's resident memory once it has sat idle after that first frame
// The binary is $LOQUAT_BENCH_APP, else the build tree's app/loquat beside bench/, else a
// `loquat` in loquat-bench's own folder (an installed tree).
namespace StartupBench {
struct Result {
    double medianMs = -1;
    double bestMs = -1;
    double inMainMs = -1; // of which from the top of main() (the rest: exec, dynamic linking, static init)
    double idleRssMb = -1;
    double setupSeconds = -1;
    QString error; // set when no figure could be taken (binary missing, did not start, ...)
};

Result run(int conversations, int runs, int idleMs);
} // namespace StartupBench
