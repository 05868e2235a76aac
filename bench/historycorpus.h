#pragma once

#include "store/storedmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

// Deterministic conversations for the history benchmarks: words drawn from a vocabulary with a
// Zipf-like spread (a few very common words, a long tail of rare ones), questions of a sentence
// or two and answers of a few paragraphs of markdown.
namespace HistoryCorpus {
// The vocabulary, most common word first.
QStringList vocabulary();
// A chain of `count` messages (user, assistant, user, ...), each following the one before.
QList<StoredMessage> chain(int count, unsigned seed);
} // namespace HistoryCorpus
