#pragma once

// compare_8x2000_max_stall_ms: eight lanes of the Compare view, each receiving markdown at a
// fixed token rate (2,000 tokens/s each, 16,000 together), updated once a frame as CompareRun
// does; the longest stretch the UI thread is busy without returning to the event loop.
namespace CompareBench {
struct Result {
    double maxStallMs = -1;
    double setupMaxStallMs = -1; // making the lanes (before Run), measured on its own
    double p99StallMs = -1;
    int stallsOver16Ms = -1;
    double totalCpuSeconds = -1;
    double wallSeconds = -1;
    int lanes = 0;
    int tokensPerLane = 0;
};
Result run(int lanes, int tokensPerLane, int tokensPerSecondPerLane);
} // namespace CompareBench
