#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The simulated embedding model: a deterministic vector for every text, with enough meaning to
// make a similarity map worth looking at. Words (lower-cased letter/digit runs) and their
// character trigrams each add a fixed pseudo-random ±1 pattern (seeded by the feature's hash), so
// texts that share words or word stems point the same way; a shared component gives the
// anisotropy real models have (unrelated texts still score about 0.25). Same text, same vector,
// on every machine.
namespace SimEmbedder {

// The raw (unnormalised) vector of `text`, `size` long.
QList<double> embed(QStringView text, int size);
// The vector of a token-id input ([101, 2023, ...]): one feature per id.
QList<double> embedTokens(const QList<qint64> &ids, int size);
// vLLM's pooler: the first `dimensions` values (Matryoshka), then L2 normalisation when
// `normalize` (use_activation, the default for embedding models).
QList<double> finish(QList<double> vector, int dimensions, bool normalize);
double cosine(const QList<double> &a, const QList<double> &b);
// A cross-encoder's relevance of `document` to `query` in (0, 1): a logistic of the share of the
// query's words and stems found in the document. Deliberately not the embedding cosine, so that a
// reranker's order differs from the embedding order.
double relevance(QStringView query, QStringView document);
// The lower-cased words of a text (runs of letters and digits).
QStringList words(QStringView text);

} // namespace SimEmbedder
