#include "embeddingdecoder.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>
#include <cmath>
#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EmbeddingDecoder", text);
}

constexpr quint8 kInvalid = 0xff;
constexpr quint8 kPad = 0xfe;

constexpr std::array<quint8, 256> makeTable()
{
    std::array<quint8, 256> table{};
    for (auto &entry : table)
        entry = kInvalid;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<quint8>(i);
    table[static_cast<unsigned char>('=')] = kPad;
    return table;
}

constexpr std::array<quint8, 256> kTable = makeTable();

// Standard, padded base64 into `out` (sized by the caller). False on any deviation.
bool decodeBase64(QByteArrayView text, char *out, qsizetype &written)
{
    written = 0;
    const qsizetype size = text.size();
    if (size % 4 != 0)
        return false;
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    for (qsizetype i = 0; i < size; i += 4) {
        const quint8 a = kTable[in[i]];
        const quint8 b = kTable[in[i + 1]];
        const quint8 c = kTable[in[i + 2]];
        const quint8 d = kTable[in[i + 3]];
        if ((a | b | c | d) < 64) { // the common case: four data characters
            const quint32 bits = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | d;
            out[written++] = char(bits >> 16);
            out[written++] = char((bits >> 8) & 0xff);
            out[written++] = char(bits & 0xff);
            continue;
        }
        // Padding may only end the text: "xx==" or "xxx=", with the unused bits zero.
        const bool last = i + 4 == size;
        if (!last || a >= 64 || b >= 64)
            return false;
        if (c == kPad && d == kPad) {
            if (b & 0x0f)
                return false;
            out[written++] = char((a << 2) | (b >> 4));
        } else if (c < 64 && d == kPad) {
            if (c & 0x03)
                return false;
            out[written++] = char((a << 2) | (b >> 4));
            out[written++] = char(((b & 0x0f) << 4) | (c >> 2));
        } else {
            return false;
        }
    }
    return true;
}

void scanFinite(EmbeddingDecoder::Result &result)
{
    const float *v = result.values.constData();
    for (qsizetype i = 0, n = result.values.size(); i < n; ++i) {
        if (!std::isfinite(v[i])) {
            if (result.firstNonFinite < 0)
                result.firstNonFinite = i;
            ++result.nonFiniteCount;
        }
    }
}

void fromBytes(const char *bytes, qsizetype count, EmbeddingDecoder::ByteOrder order, float *out)
{
    if (count == 0)
        return; // an empty list has no buffer, and memcpy from or to null is undefined even for 0 bytes
    if (order == EmbeddingDecoder::ByteOrder::LittleEndian)
        qFromLittleEndian<float>(bytes, count, out);
    else
        qFromBigEndian<float>(bytes, count, out);
}

} // namespace

EmbeddingDecoder::Result EmbeddingDecoder::decodeFloat32(QByteArrayView bytes, ByteOrder order)
{
    Result result;
    if (bytes.size() % 4 != 0) {
        result.error = tr("The vector's bytes are not a whole number of float32 values.");
        return result;
    }
    result.values.resize(bytes.size() / 4);
    fromBytes(bytes.data(), result.values.size(), order, result.values.data());
    scanFinite(result);
    return result;
}

EmbeddingDecoder::Result EmbeddingDecoder::decodeBase64Float32(QByteArrayView base64, ByteOrder order)
{
    Result result;
    QByteArray bytes(base64.size() / 4 * 3, Qt::Uninitialized);
    qsizetype written = 0;
    if (!decodeBase64(base64, bytes.data(), written)) {
        result.error = tr("The vector is not valid base64.");
        return result;
    }
    if (written % 4 != 0) {
        result.error = tr("The vector's bytes are not a whole number of float32 values.");
        return result;
    }
    result.values.resize(written / 4);
    fromBytes(bytes.constData(), result.values.size(), order, result.values.data());
    scanFinite(result);
    return result;
}

QByteArray EmbeddingDecoder::encodeFloat32(const QList<float> &values, ByteOrder order)
{
    QByteArray bytes(values.size() * 4, Qt::Uninitialized);
    if (values.isEmpty())
        return bytes; // no buffer to copy from (see fromBytes)
    if (order == ByteOrder::LittleEndian)
        qToLittleEndian<float>(values.constData(), values.size(), bytes.data());
    else
        qToBigEndian<float>(values.constData(), values.size(), bytes.data());
    return bytes;
}

QByteArray EmbeddingDecoder::encodeBase64Float32(const QList<float> &values, ByteOrder order)
{
    return encodeFloat32(values, order).toBase64();
}
