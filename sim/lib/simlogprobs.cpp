#include "simlogprobs.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kFloor = -9999.0; // vLLM's logprob for an impossible token

quint64 mix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Other pieces a tokenizer might have offered at the same place.
QString alternative(const QString &token, int rank, quint64 h)
{
    static const QStringList common{QStringLiteral(" the"), QStringLiteral(","),    QStringLiteral(" a"),
                                    QStringLiteral("."),    QStringLiteral(" and"), QStringLiteral(" to"),
                                    QStringLiteral(" of"),  QStringLiteral("\n"),   QStringLiteral(" is"),
                                    QStringLiteral(" in"),  QStringLiteral(" it"),  QStringLiteral(":")};
    if (rank == 1 && token.trimmed().size() > 1)
        return token.left(token.size() - 1); // a shorter piece of the same word
    if (rank == 2 && !token.isEmpty() && token.at(token.size() - 1).isLetter())
        return token.toUpper() == token ? token.toLower() : token.toUpper();
    return common.at(int((h + quint64(rank) * 7) % quint64(common.size())));
}

double clampLog(double p)
{
    return p <= 0 ? kFloor : std::max(kFloor, std::log(p));
}

} // namespace

SimLogprob SimLogprobs::forToken(const QString &token, quint64 seed, int position, double temperature,
                                 int top)
{
    const quint64 h = mix(seed ^ (quint64(position) * 0x100000001b3ULL));
    const double u = double(h >> 11) / double(1ULL << 53);
    const double t = temperature < 0 ? 1.0 : temperature;
    // Confidence in (0.25, 1]; raised to the temperature: hotter sampling picks less likely tokens.
    const double confidence = 0.25 + 0.75 * std::sqrt(u);
    const double p = t == 0 ? 1.0 : std::pow(confidence, t);
    SimLogprob entry;
    entry.token = token;
    entry.logprob = clampLog(p);
    if (top <= 0)
        return entry;
    QList<QPair<QString, double>> candidates{{token, entry.logprob}};
    double rest = 1.0 - p;
    for (int rank = 1; candidates.size() < top && rank < 32; ++rank) {
        const QString other = alternative(token, rank, h);
        if (std::any_of(candidates.begin(), candidates.end(),
                        [&other](const QPair<QString, double> &c) { return c.first == other; }))
            continue;
        rest *= 0.5;
        candidates.append({other, clampLog(rest)});
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const QPair<QString, double> &a, const QPair<QString, double> &b) { return a.second > b.second; });
    entry.top = candidates.mid(0, top);
    return entry;
}
