#include "worddiff.h"

#include <vector>

namespace {

void push(QList<WordDiffPiece> &out, WordDiffPiece::Op op, const QString &word)
{
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += word;
    else
        out.append({op, word});
}

} // namespace

QStringList WordDiff::words(const QString &text)
{
    // A word is its leading whitespace plus a run of non-space characters.
    QStringList out;
    qsizetype start = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        out.append(text.mid(start, i - start));
        start = i;
    }
    return out;
}

QList<WordDiffPiece> WordDiff::diff(const QString &a, const QString &b)
{
    using Op = WordDiffPiece::Op;
    const QStringList left = words(a);
    const QStringList right = words(b);
    // Words compare without their leading whitespace: a reflowed line is not a change of words.
    auto same = [&](qsizetype i, qsizetype j) { return left.at(i).trimmed() == right.at(j).trimmed(); };
    qsizetype head = 0;
    while (head < left.size() && head < right.size() && same(head, head))
        ++head;
    qsizetype tail = 0;
    while (tail < left.size() - head && tail < right.size() - head &&
           same(left.size() - 1 - tail, right.size() - 1 - tail))
        ++tail;

    QList<WordDiffPiece> out;
    for (qsizetype i = 0; i < head; ++i)
        push(out, Op::Same, right.at(i));
    const qsizetype n = left.size() - head - tail;
    const qsizetype m = right.size() - head - tail;
    if (n > kMaxWords || m > kMaxWords) {
        for (qsizetype i = 0; i < n; ++i)
            push(out, Op::Removed, left.at(head + i));
        for (qsizetype j = 0; j < m; ++j)
            push(out, Op::Added, right.at(head + j));
    } else if (n > 0 || m > 0) {
        // Longest common subsequence over the middle, then walked from the start.
        std::vector<quint16> lcs(std::size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> quint16 & { return lcs[std::size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = same(head + i, head + j) ? quint16(at(i + 1, j + 1) + 1)
                                                    : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0, j = 0;
        while (i < n && j < m) {
            if (same(head + i, head + j)) {
                push(out, Op::Same, right.at(head + j));
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                push(out, Op::Removed, left.at(head + i++));
            } else {
                push(out, Op::Added, right.at(head + j++));
            }
        }
        for (; i < n; ++i)
            push(out, Op::Removed, left.at(head + i));
        for (; j < m; ++j)
            push(out, Op::Added, right.at(head + j));
    }
    for (qsizetype k = right.size() - tail; k < right.size(); ++k)
        push(out, Op::Same, right.at(k));
    return out;
}

double WordDiff::similarity(const QList<WordDiffPiece> &pieces)
{
    qsizetype same = 0, removed = 0, added = 0;
    for (const WordDiffPiece &p : pieces) {
        const qsizetype count = words(p.text).size();
        (p.op == WordDiffPiece::Op::Same      ? same
         : p.op == WordDiffPiece::Op::Removed ? removed
                                              : added) += count;
    }
    const qsizetype total = 2 * same + removed + added;
    return total == 0 ? 1.0 : double(2 * same) / double(total);
}
