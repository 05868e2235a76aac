#include "streammetrics.h"

// Decode speed = (completionTokens - 1) / (endedMs - firstTokenMs) in seconds. The first token's
// time belongs to the time to first token (queueing + prefill), so only the tokens after it are
// counted over the span that followed it. -1 when it cannot be measured: fewer than two tokens,
// no first token, or no time elapsed.
double StreamMetrics::tokensPerSecond() const
{
    if (completionTokens < 2 || firstTokenMs < 0 || endedMs <= firstTokenMs)
        return -1;
    return double(completionTokens - 1) * 1000.0 / double(endedMs - firstTokenMs);
}
