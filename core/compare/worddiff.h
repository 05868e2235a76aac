#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A word-level diff of two answers: runs of words that both share, that only the first has
// (removed) and that only the second has (added). Whitespace stays attached to the word after
// it and is not compared (a reflowed line is no change), so joining the Same + Added pieces gives
// the second text back exactly, and Same + Removed the first one's words.
struct WordDiffPiece {
    enum class Op { Same, Removed, Added };
    Op op = Op::Same;
    QString text;

    bool operator==(const WordDiffPiece &) const = default;
};

namespace WordDiff {

// Above this many words on each side (after the shared head and tail are cut off) the middle is
// shown as one removal and one addition instead of an exact diff, to bound time and memory.
constexpr qsizetype kMaxWords = 4000;

QStringList words(const QString &text); // the pieces the diff works on
QList<WordDiffPiece> diff(const QString &a, const QString &b);
// The share of words the two texts have in common, 0..1 (1 for two empty texts).
double similarity(const QList<WordDiffPiece> &pieces);

} // namespace WordDiff
