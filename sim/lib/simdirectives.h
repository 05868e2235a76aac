#pragma once

#include "simfault.h"

#include <QString>
#include <QtGlobal>

// Per-request instructions written into the last user message, so that people and
// out-of-process runs (loquat-cli, the app) can steer the simulator. A directive is a line
// starting with `/sim`, followed by space-separated words:
//
//   /sim fault=drop-after:5 tokens=200 delay=20 tool think seed=7
//
//   fault=SPEC   one fault (see SimFault), for this request only
//   tokens=N     make the answer about N tokens long (at least N, ending at a section boundary)
//   delay=MS     pause between stream events (overrides the server's token delay)
//   tool         answer with a tool call when the request has tools (also: the word "weather")
//   think        emit reasoning first, whatever the model
//   seed=N       vary the answer text
//   nan          embeddings: this text's vector holds NaN and infinity (a broken fp16 model)
//
// Directive lines are removed from the text the answer quotes. Unknown words are ignored.
struct SimDirectives {
    SimFault fault;
    int tokens = -1;
    int delayMs = -1;
    bool tool = false;
    bool think = false;
    bool nonFinite = false;
    qint64 seed = 0;
    QString text;  // the message without directive lines
    QString error; // a bad fault spec, reported in the answer

    static SimDirectives parse(const QString &message);
};
