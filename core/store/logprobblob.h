#pragma once

#include "api/logprobs.h"

#include <QByteArray>

// How an answer's token log probabilities are kept in the store's `logprobs` column: compact
// binary, compressed, because they are big: 4,000 tokens with 5 alternatives each are ~24,000
// strings, ~1.5 MB as the server's JSON, ~200 kB here (measured in tst_logprobblob). The log
// probabilities stay exact doubles, so an export of a reopened answer matches the server's
// figures. A blob this version cannot read gives an empty list, never garbage.
namespace LogprobBlob {

QByteArray encode(const TokenLogprobList &tokens); // empty for an empty list
TokenLogprobList decode(const QByteArray &blob);

} // namespace LogprobBlob
