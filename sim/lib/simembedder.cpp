#include "simembedder.h"

#include <QSet>

#include <cmath>

namespace {

constexpr double kTrigramWeight = 0.35;
constexpr quint64 kSharedFeature = 0x5eed5eed5eed5eedULL;

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 fnv1a(QStringView text)
{
    quint64 hash = 1469598103934665603ULL;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

// Adds weight × (a ±1 pattern seeded by `feature`) to the vector: 64 signs per splitmix call.
void addFeature(QList<double> &vector, quint64 feature, double weight)
{
    const qsizetype size = vector.size();
    double *v = vector.data();
    for (qsizetype block = 0; block * 64 < size; ++block) {
        const quint64 bits = splitmix(feature ^ (quint64(block) * 0x632be59bd9b4e019ULL));
        const qsizetype end = std::min<qsizetype>(size, (block + 1) * 64);
        for (qsizetype i = block * 64; i < end; ++i)
            v[i] += ((bits >> (i - block * 64)) & 1) ? weight : -weight;
    }
}

QStringList trigrams(const QString &word)
{
    const QString padded = QLatin1Char('<') + word + QLatin1Char('>');
    QStringList grams;
    for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
        grams.append(padded.mid(i, 3));
    return grams;
}

void addShared(QList<double> &vector, double squaredWeights)
{
    // cos(unrelated) ≈ c² / (c² + r²) with r² the summed squared weights: c² = r² / 3 gives 0.25.
    addFeature(vector, kSharedFeature, std::sqrt(std::max(squaredWeights, 1.0) / 3.0));
}

} // namespace

QStringList SimEmbedder::words(QStringView text)
{
    QStringList out;
    QString current;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QList<double> SimEmbedder::embed(QStringView text, int size)
{
    QList<double> vector(size, 0.0);
    double squared = 0;
    for (const QString &word : words(text)) {
        addFeature(vector, fnv1a(word), 1.0);
        squared += 1.0;
        for (const QString &gram : trigrams(word)) {
            addFeature(vector, fnv1a(gram) ^ 0x7472696772616dULL, kTrigramWeight);
            squared += kTrigramWeight * kTrigramWeight;
        }
    }
    addShared(vector, squared);
    return vector;
}

QList<double> SimEmbedder::embedTokens(const QList<qint64> &ids, int size)
{
    QList<double> vector(size, 0.0);
    for (qint64 id : ids)
        addFeature(vector, splitmix(quint64(id) ^ 0x746f6b656eULL), 1.0);
    addShared(vector, double(ids.size()));
    return vector;
}

QList<double> SimEmbedder::finish(QList<double> vector, int dimensions, bool normalize)
{
    if (dimensions > 0 && dimensions < vector.size())
        vector.resize(dimensions);
    if (normalize) {
        double norm = 0;
        for (double x : std::as_const(vector))
            norm += x * x;
        norm = std::sqrt(norm);
        if (norm > 0) {
            for (double &x : vector)
                x /= norm;
        }
    }
    return vector;
}

double SimEmbedder::cosine(const QList<double> &a, const QList<double> &b)
{
    double dot = 0, na = 0, nb = 0;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        dot += a[i] * b[i];
        na += a[i] * a[i];
        nb += b[i] * b[i];
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

double SimEmbedder::relevance(QStringView query, QStringView document)
{
    const QStringList queryWords = words(query);
    if (queryWords.isEmpty())
        return 1.0 / (1.0 + std::exp(4.0));
    const QStringList documentWords = words(document);
    const QSet<QString> exact(documentWords.begin(), documentWords.end());
    QSet<QString> stems;
    for (const QString &word : documentWords)
        stems.insert(word.left(5));
    double hits = 0;
    for (const QString &word : queryWords) {
        if (exact.contains(word))
            hits += 1.0;
        else if (word.size() >= 4 && stems.contains(word.left(5)))
            hits += 0.6;
    }
    const double share = hits / double(queryWords.size());
    return 1.0 / (1.0 + std::exp(-(8.0 * share - 4.0)));
}
