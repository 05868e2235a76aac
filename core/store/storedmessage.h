#pragma once

#include "chat/message.h"

// A message with its place in the conversation's tree, as exports, imports and duplicates
// carry it: the turn it follows and whether it is the version shown after that turn.
struct StoredMessage {
    Message message;   // request included
    QString parentUid; // empty: a first turn
    bool active = false;
};
