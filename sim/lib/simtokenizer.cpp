#include "simtokenizer.h"

namespace {

constexpr int kMaxCharsPerToken = 4;
constexpr qint64 kVocabularySize = 151936;

// Length in UTF-16 units of the character starting at i (2 for a surrogate pair).
qsizetype charLength(QStringView text, qsizetype i)
{
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return 2;
    return 1;
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

QStringList SimTokenizer::split(QStringView text)
{
    QStringList pieces;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype start = i;
        if (text[i] == QLatin1Char('\n')) {
            while (i < n && text[i] == QLatin1Char('\n') && i - start < 2)
                ++i;
        } else {
            while (i < n && isBlank(text[i]))
                ++i;
            int chars = 0;
            while (i < n && chars < kMaxCharsPerToken && !text[i].isSpace()) {
                i += charLength(text, i);
                ++chars;
            }
            // Other white space (\r, NBSP...) that is neither blank nor newline: take it alone.
            if (i == start)
                i += charLength(text, i);
        }
        pieces.append(text.mid(start, i - start).toString());
    }
    return pieces;
}

int SimTokenizer::count(QStringView text)
{
    return int(split(text).size());
}

qint64 SimTokenizer::tokenId(QStringView piece)
{
    // FNV-1a over the UTF-16 units.
    quint64 hash = 1469598103934665603ULL;
    for (QChar c : piece) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return qint64(hash % quint64(kVocabularySize));
}
