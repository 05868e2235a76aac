#pragma once

// sse_tokens_per_s: bytes of a vLLM stream to accumulated deltas, per second of the calling
// thread's CPU time.
namespace SseBench {
// The best of `repetitions` runs over `tokenCount` tokens; -1 when the result was wrong.
double tokensPerSecond(int tokenCount, int repetitions);
} // namespace SseBench
