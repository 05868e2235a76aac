#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

// Turns the `embedding` of a vLLM response into floats. Pure functions over bytes, with no state
// and no Qt event loop, so that a fuzz target can call them directly.
//
// vLLM's `encoding_format: "base64"` is standard base64 (RFC 4648, padded, no line breaks) of the
// raw vector bytes, float32 in the server's byte order — little-endian on every usual server, and
// what Loquat asks for with `endianness: "little"` (protocol reference §11.2).
namespace EmbeddingDecoder {

enum class ByteOrder { LittleEndian, BigEndian };

struct Result {
    QList<float> values;
    QString error;                 // empty on success; one translated sentence otherwise
    qsizetype firstNonFinite = -1; // index of the first NaN or infinity, -1 when all are finite
    qsizetype nonFiniteCount = 0;

    bool ok() const { return error.isEmpty(); }
};

// Raw IEEE-754 float32 values. The length must be a multiple of four.
Result decodeFloat32(QByteArrayView bytes, ByteOrder order = ByteOrder::LittleEndian);
// Base64 text of float32 values. Strict: characters outside the standard alphabet, a wrong
// length or misplaced padding are errors (a proxy that mangled the text must not yield numbers).
Result decodeBase64Float32(QByteArrayView base64, ByteOrder order = ByteOrder::LittleEndian);
// The inverse (used by exports and the set file): float32 little-endian bytes, then base64.
QByteArray encodeFloat32(const QList<float> &values, ByteOrder order = ByteOrder::LittleEndian);
QByteArray encodeBase64Float32(const QList<float> &values, ByteOrder order = ByteOrder::LittleEndian);

} // namespace EmbeddingDecoder
