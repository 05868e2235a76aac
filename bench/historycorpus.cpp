#include "historycorpus.h"

#include "benchcorpus.h"

#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace {
constexpr int kVocabulary = 6000;

struct Random {
    unsigned state;
    unsigned next()
    {
        state = state * 1103515245u + 12345u;
        return state >> 8;
    }
    double unit() { return double(next() % 1000000) / 1000000.0; }
};

QString word(int rank)
{
    // Pronounceable and distinct: syllables spelled from the rank.
    static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa",
                                            "do", "fi", "gu", "ha", "ju", "be", "co", "ly", "wa", "xe"};
    QString w;
    int n = rank + 20;
    while (n > 0) {
        w += QLatin1String(syllables[n % 20]);
        n /= 20;
    }
    return w;
}

QString sentence(Random &random, const QStringList &words, int length)
{
    QStringList picked;
    for (int i = 0; i < length; ++i) {
        // Zipf-like: rank ~ exp(u * ln(N)) spreads picks over the whole list, the top most often.
        const int rank = std::min(int(words.size()) - 1,
                                  int(std::exp(random.unit() * std::log(double(words.size())))) - 1);
        picked << words.at(std::max(0, rank));
    }
    QString s = picked.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}
} // namespace

QStringList HistoryCorpus::vocabulary()
{
    QStringList words;
    words.reserve(kVocabulary);
    for (int i = 0; i < kVocabulary; ++i)
        words << word(i);
    return words;
}

QList<StoredMessage> HistoryCorpus::chain(int count, unsigned seed)
{
    static const QStringList words = vocabulary();
    static const QString markdown = BenchCorpus::markdownTokens(300).join(QString());
    Random random{seed};
    QList<StoredMessage> messages;
    messages.reserve(count);
    QString parent;
    for (int i = 0; i < count; ++i) {
        StoredMessage s;
        Message &m = s.message;
        m.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.role = i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant");
        if (i % 2 == 0) {
            m.content = sentence(random, words, 8 + int(random.next() % 20));
        } else {
            // Two paragraphs of words around a realistic markdown block.
            m.content = sentence(random, words, 30 + int(random.next() % 30)) + QStringLiteral("\n\n") +
                        markdown.left(400 + int(random.next() % 800)) + QStringLiteral("\n\n") +
                        sentence(random, words, 20 + int(random.next() % 30));
            m.model = QStringLiteral("sim-chat");
            m.metrics.ttftMs = 100 + random.next() % 200;
            m.metrics.completionTokens = 300 + random.next() % 300;
        }
        m.created = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + qint64(i) * 60'000, QTimeZone::utc());
        s.parentUid = parent;
        s.active = true;
        parent = m.uid;
        messages.append(std::move(s));
    }
    return messages;
}
