#pragma once

#include "chat/message.h"

class StreamAccumulator;
struct StreamMetrics;

// Brings an assistant Message up to date with a stream's result: choice 0's text, reasoning, tool
// calls, finish reason and logprobs; the other choices as alternatives; the model the server named;
// the figures. Shared by the chat (ChatSession) and the compare lanes, so both show the same thing.
namespace AnswerUpdate {

MessageMetrics metricsOf(const StreamMetrics &stream);
// Copies only what arrived since the last call: the stream's text only grows, so each frame costs
// what arrived, not the answer's length.
void apply(Message &message, const StreamAccumulator &result, const StreamMetrics &metrics);

} // namespace AnswerUpdate
