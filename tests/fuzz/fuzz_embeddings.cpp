// libFuzzer target: the embeddings decoder (raw float32 and base64 float32) and the
// /v1/embeddings response parser. The first byte picks the byte order and how many inputs the
// response must answer; the rest is the bytes, the base64 text and the response body at once.
// Checked: a decoded vector re-encodes to the same floats, the non-finite bookkeeping is right,
// a failure always says why, and a response that parses answers exactly the inputs asked for.
#include "embeddings/embeddingdecoder.h"
#include "embeddings/embeddingresponse.h"
#include "fuzzcheck.h"

#include <cmath>
#include <cstring>

namespace {

using EmbeddingDecoder::ByteOrder;

void checkResult(const EmbeddingDecoder::Result &result, ByteOrder order)
{
    if (!result.ok()) {
        FUZZ_CHECK(result.values.isEmpty() || !result.error.isEmpty());
        return;
    }
    qsizetype nonFinite = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < result.values.size(); ++i) {
        if (!std::isfinite(result.values.at(i))) {
            ++nonFinite;
            if (first < 0)
                first = i;
        }
    }
    FUZZ_CHECK(result.nonFiniteCount == nonFinite);
    FUZZ_CHECK(result.firstNonFinite == first);

    // Encoding the floats and decoding them again gives the same bits.
    const EmbeddingDecoder::Result again = EmbeddingDecoder::decodeBase64Float32(
        EmbeddingDecoder::encodeBase64Float32(result.values, order), order);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.values.size() == result.values.size());
    FUZZ_CHECK(result.values.isEmpty() || std::memcmp(again.values.constData(), result.values.constData(),
                                                      size_t(result.values.size()) * sizeof(float)) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const ByteOrder order = data[0] & 1 ? ByteOrder::BigEndian : ByteOrder::LittleEndian;
    const int expected = 1 + (data[0] >> 1) % 4;
    const QByteArrayView bytes = Fuzz::bytes(data + 1, size - 1);

    const EmbeddingDecoder::Result raw = EmbeddingDecoder::decodeFloat32(bytes, order);
    FUZZ_CHECK(raw.ok() == (bytes.size() % 4 == 0));
    if (raw.ok()) {
        FUZZ_CHECK(raw.values.size() == bytes.size() / 4);
        FUZZ_CHECK(EmbeddingDecoder::encodeFloat32(raw.values, order) == bytes);
    }
    checkResult(raw, order);
    checkResult(EmbeddingDecoder::decodeBase64Float32(bytes, order), order);

    const EmbeddingResponse response = EmbeddingResponse::parse(bytes, expected);
    if (response.ok()) {
        FUZZ_CHECK(response.vectors.size() == expected);
        for (const int index : response.nonFinite)
            FUZZ_CHECK(index >= 0 && index < expected);
    } else {
        FUZZ_CHECK(!response.error.isEmpty());
    }
    return 0;
}
