#pragma once

#include "simchatplan.h"

#include <QString>

// Deterministic log probabilities for the simulator's tokens: the same seed and position give the
// same figures. The sampled token's probability falls as the temperature rises (greedy decoding,
// temperature 0, is certain), and the alternatives share the rest of the probability mass, most
// likely first, so a client can shade tokens and list alternatives as it would with vLLM.
namespace SimLogprobs {

// `top` alternatives (0: an empty list); temperature < 0 means "not sent" (1.0).
SimLogprob forToken(const QString &token, quint64 seed, int position, double temperature, int top);

} // namespace SimLogprobs
