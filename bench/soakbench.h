#pragma once

#include <QJsonObject>

// The soak run (issue 9): many streamed answers across concurrent lanes against the in-process
// simulator, a random fault in most of them (fixed seed: the same run every time). Each lane is
// the app's chat without its window: a ChatSession streaming into a ConversationModel, recorded
// by an ActiveConversation into one real store file shared by all lanes, a new conversation every
// few turns. At the end every answer is looked up in the store file.
//
// Figures: answers run, how each ended, lost messages (an answer the store lacks or holds other
// than the model showed, or one left streaming), RSS after warm-up and at the end, and sockets
// the process holds open once everything is idle against the count after warm-up.
namespace SoakBench {

struct Options {
    int answers = 1000;
    int lanes = 8;
    int turnsPerConversation = 4;
    quint32 seed = 9;
};

QJsonObject run(const Options &options);

} // namespace SoakBench
