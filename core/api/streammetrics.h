#pragma once

#include <QtGlobal>

// Figures for one answer, measured on the client's monotonic clock.
struct StreamMetrics {
    qint64 startedMs = -1;    // request sent (first attempt)
    qint64 firstTokenMs = -1; // first content, reasoning or tool-call delta
    qint64 endedMs = -1;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1; // from usage when sent, else the count of delta chunks
    bool completionTokensEstimated = false;
    int attempts = 0;

    qint64 ttftMs() const { return firstTokenMs >= 0 && startedMs >= 0 ? firstTokenMs - startedMs : -1; }
    qint64 wallMs() const { return endedMs >= 0 && startedMs >= 0 ? endedMs - startedMs : -1; }
    // Decode speed: the tokens after the first over the time from the first token to the end
    // (see streammetrics.cpp); -1 when fewer than two tokens or no time elapsed.
    double tokensPerSecond() const;
};
