#include "simanswer.h"

#include "simtokenizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

// splitmix64: small, fast and identical on every platform (QRandomGenerator's seeding is not
// guaranteed stable across Qt versions, and answers must not change under the tests).
class Rng final {
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    QString pick(const QStringList &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

const QStringList &topics()
{
    static const QStringList list{
        QStringLiteral("streaming"),  QStringLiteral("batching"),  QStringLiteral("caching"),
        QStringLiteral("sampling"),   QStringLiteral("decoding"),  QStringLiteral("scheduling"),
        QStringLiteral("tokenizing"), QStringLiteral("rendering"), QStringLiteral("routing"),
    };
    return list;
}

const QStringList &adjectives()
{
    static const QStringList list{
        QStringLiteral("short"),     QStringLiteral("careful"),       QStringLiteral("practical"),
        QStringLiteral("simulated"), QStringLiteral("deterministic"), QStringLiteral("friendly"),
    };
    return list;
}

const QStringList &bullets()
{
    static const QStringList list{
        QStringLiteral("Keep the **first token** fast; users notice latency before throughput."),
        QStringLiteral("Parse every event as it arrives and never assume `choices[0]` exists."),
        QStringLiteral("Treat *absent* and `null` fields the same way."),
        QStringLiteral("Retry only before the first byte — afterwards, keep what arrived."),
        QStringLiteral("Close the connection to cancel; the server frees the slot."),
        QStringLiteral("Budget tokens with `max_model_len` from `/v1/models`."),
        QStringLiteral("Show the server's own error message, not just a status code."),
        QStringLiteral("Decode UTF‑8 only at event boundaries (naïve splitting breaks “quotes”)."),
    };
    return list;
}

const QStringList &cities()
{
    static const QStringList list{
        QStringLiteral("Paris"),  QStringLiteral("Lyon"),      QStringLiteral("Kyoto"),
        QStringLiteral("Berlin"), QStringLiteral("São Paulo"), QStringLiteral("Oslo"),
    };
    return list;
}

QString quoteOf(const QString &prompt)
{
    const QStringList words = prompt.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("(nothing)");
    QString quote = words.mid(0, 12).join(QLatin1Char(' '));
    if (words.size() > 12)
        quote += QStringLiteral("…");
    return quote;
}

QString codeBlock(Rng &rng, int part)
{
    const int a = rng.below(90) + 10;
    const int b = rng.below(9) + 2;
    switch (rng.below(3)) {
    case 0:
        return QStringLiteral("```python\ndef tokens_per_second(tokens, seconds):\n"
                              "    # part %1\n    return tokens / max(seconds, 1e-9)\n\n"
                              "print(tokens_per_second(%2, %3))\n```\n")
            .arg(part)
            .arg(a)
            .arg(b);
    case 1:
        return QStringLiteral("```cpp\nint budget(int maxModelLen, int promptTokens) {\n"
                              "    // part %1\n    return maxModelLen - promptTokens - %2;\n}\n```\n")
            .arg(part)
            .arg(a);
    default:
        return QStringLiteral("```json\n{\"model\": \"sim-chat\", \"max_tokens\": %1, \"n\": %2}\n```\n")
            .arg(a)
            .arg(b);
    }
}

QString table(Rng &rng)
{
    QString text = QStringLiteral("| Metric | Value | Note |\n|---|---:|---|\n");
    text += QStringLiteral("| TTFT | %1 ms | first token |\n").arg(rng.below(400) + 20);
    text += QStringLiteral("| Speed | %1 tok/s | decode |\n").arg(rng.below(90) + 10);
    text += QStringLiteral("| Cache | %1 % | hit rate ✓ |\n").arg(rng.below(100));
    return text;
}

QString extraSection(Rng &rng, int part)
{
    QString text = QStringLiteral("\n### Part %1: %2\n\n").arg(part).arg(rng.pick(topics()));
    text += QStringLiteral("This %1 section repeats the structure so long answers keep exercising the "
                           "renderer: *emphasis*, **strong**, `inline code` and ~~struck~~ text.\n\n")
                .arg(rng.pick(adjectives()));
    for (int i = 0; i < 3; ++i)
        text += QStringLiteral("%1. %2\n").arg(i + 1).arg(rng.pick(bullets()));
    text += QLatin1Char('\n');
    text += rng.below(2) == 0 ? codeBlock(rng, part) : table(rng);
    return text;
}

} // namespace

quint64 SimAnswer::hash(const QByteArray &bytes)
{
    quint64 h = 1469598103934665603ULL;
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

QString SimAnswer::markdown(const QString &prompt, quint64 seed, int index, int minTokens)
{
    Rng rng(seed * 31 + quint64(index) * 0x9e3779b97f4a7c15ULL + 7);
    const QString topic = rng.pick(topics());
    QString text = QStringLiteral("## Réponse %1 — %2\n\n").arg(index + 1).arg(topic);
    text += QStringLiteral("You wrote: “%1”. Here is a %2 answer about %3 🙂 with a list, some code, a "
                           "table and a link.\n\n")
                .arg(quoteOf(prompt), rng.pick(adjectives()), topic);
    const QStringList &pool = bullets();
    const int first = rng.below(int(pool.size()));
    for (int i = 0; i < 3; ++i)
        text += QStringLiteral("- %1\n").arg(pool.at((first + i * 3) % pool.size()));
    text += QLatin1Char('\n');
    text += codeBlock(rng, 1);
    text += QLatin1Char('\n');
    text += table(rng);
    text += QStringLiteral("\nRead more in [the vLLM docs](https://docs.vllm.ai/en/latest/).");
    int part = 2;
    // Counted section by section (pieces never span a section's leading newline), so long
    // benchmark answers cost linear time.
    int tokens = minTokens > 0 ? SimTokenizer::count(text) : 0;
    while (tokens < minTokens) {
        const QString section = extraSection(rng, part++);
        tokens += SimTokenizer::count(section);
        text += section;
    }
    return text;
}

QString SimAnswer::reasoning(const QString &prompt, quint64 seed, int index)
{
    Rng rng(seed ^ (0xabcdefULL + quint64(index)));
    return QStringLiteral("The user wrote “%1”. I should answer in markdown: a heading, a %2 paragraph, "
                          "a list, code and a table. Let me think about %3 first.")
        .arg(quoteOf(prompt), rng.pick(adjectives()), rng.pick(topics()));
}

QString SimAnswer::cityFor(const QString &prompt, quint64 seed)
{
    static const QRegularExpression in(QStringLiteral("\\b(?:in|for|at)\\s+(\\p{Lu}[\\p{L}-]*)"));
    const QRegularExpressionMatch match = in.match(prompt);
    if (match.hasMatch())
        return match.captured(1);
    Rng rng(seed);
    return rng.pick(cities());
}
