#pragma once

// The history's figures (issue 3), on real SQLite files in a temporary folder:
//   history_open_10k_ms  a conversation of 10,000 messages opened from the store to the first
//                        paint of the conversation view (store thread read, model reset, the
//                        view's lazy build of the last messages, layout and paint); median of runs
//   rss_10k_mb           the process's resident memory with it open
//   search_100k_ms       one word searched over 100,000 messages (1,000 conversations), ranked,
//                        with snippets; median over words of every frequency (max beside it)
namespace HistoryBench {
struct OpenResult {
    double medianMs = -1;
    double bestMs = -1;
    double cpuMs = -1; // the process's CPU time for it (both threads), median: the wall time on idle cores
    double rssMb = -1;
    double setupSeconds = -1;
    double readMs = -1; // of which: the store reading the branch (median, on this thread)
    double showMs = -1; // and: model reset, the view's build and the first paint (median)
};
struct SearchResult {
    double medianMs = -1;
    double maxMs = -1;
    double cpuMs = -1;
    double prefixMedianMs = -1;
    double setupSeconds = -1;
};

#ifdef LOQUAT_BENCH_HAS_UI
OpenResult open(int messages, int runs);
#endif
SearchResult search(int messages, int queries);
} // namespace HistoryBench
