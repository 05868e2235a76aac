#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The simulator's stand-in for a real tokenizer: pieces of at most four characters, each
// carrying the whitespace before it, runs of newlines on their own. Joining the pieces gives
// the text back exactly, and no piece splits a character (so no piece is invalid UTF-8).
namespace SimTokenizer {

QStringList split(QStringView text);
int count(QStringView text);
// A stable fake id for a piece, below a 151,936-entry vocabulary (Qwen-sized).
qint64 tokenId(QStringView piece);

} // namespace SimTokenizer
