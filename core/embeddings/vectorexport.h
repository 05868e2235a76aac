#pragma once

#include "embeddingitem.h"
#include "vectormatrix.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Vectors and similarities in the formats other tools read. Numbers are written with the fewest
// digits that read back as the same float32, so every export loads back identically. Only texts
// with a usable vector are exported, in list order.
namespace VectorExport {

// label,text,d0,d1,... (RFC 4180 quoting; a header row).
QByteArray vectorsCsv(const QList<EmbeddingItem> &items);
// {"model","server","dimensions","count","items":[{"label","text","embedding":[...]}]}.
QByteArray vectorsJson(const QList<EmbeddingItem> &items, const ComputeSettings &settings);
// A NumPy .npy file (format 1.0) holding one little-endian float32 array of shape (rows, dims).
QByteArray vectorsNpy(const QList<EmbeddingItem> &items);
// The similarity matrix with the labels as the header row and the first column.
QByteArray similarityCsv(const QStringList &labels, const SimilarityMatrix &similarity);
// The shortest decimal text that reads back as exactly `value` (NaN as "nan").
QByteArray formatFloat(float value);
// A CSV field, quoted when it holds a comma, a quote or a line break.
QByteArray csvField(const QString &text);

} // namespace VectorExport
