#pragma once

// render_max_stall_ms: a long markdown answer streamed into the conversation view at a fixed
// token rate, updated once a frame as ChatSession does; the longest stretch the UI thread is busy
// without returning to the event loop.
namespace RenderBench {
struct Result {
    double maxStallMs = -1;
    double totalCpuSeconds = -1;
    double wallSeconds = -1;
};
Result run(int tokenCount, int tokensPerSecond);
} // namespace RenderBench
