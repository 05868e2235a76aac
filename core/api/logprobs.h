#pragma once

#include <QList>
#include <QString>

// One answer token's log probability as vLLM returns it with `logprobs: true` (§8.2, §9:
// `choices[].logprobs.content[]`), with the most likely alternatives when `top_logprobs` > 0.
// The server's floor is -9999.0 (a token it considers impossible).
struct TopLogprob {
    QString token;
    double logprob = 0;

    bool operator==(const TopLogprob &) const = default;
};

struct TokenLogprob {
    QString token;
    double logprob = 0;
    QList<TopLogprob> top;

    bool operator==(const TokenLogprob &) const = default;
};
using TokenLogprobList = QList<TokenLogprob>;
