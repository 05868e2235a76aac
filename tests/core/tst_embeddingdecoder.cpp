// EmbeddingDecoder: base64 and raw float32 decoding against vectors whose bytes were computed
// independently (Python's struct and base64 modules), strictness, and non-finite detection.
#include "embeddings/embeddingdecoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

class TestEmbeddingDecoder final : public QObject {
    Q_OBJECT

private slots:
    void knownLittleEndian();
    void knownBigEndian();
    void singleValueWithPadding();
    void extremesAndSubnormals();
    void nonFiniteValuesAreCounted();
    void rawBytes();
    void rejectsMalformedBase64_data();
    void rejectsMalformedBase64();
    void emptyIsEmpty();
    void roundTripsBitForBit();
};

void TestEmbeddingDecoder::knownLittleEndian()
{
    // struct.pack('<3f', 1.0, -2.0, 0.5), base64-encoded.
    const EmbeddingDecoder::Result r = EmbeddingDecoder::decodeBase64Float32("AACAPwAAAMAAAAA/");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.values, (QList<float>{1.0f, -2.0f, 0.5f}));
    QCOMPARE(r.firstNonFinite, -1);
    QCOMPARE(r.nonFiniteCount, 0);
}

void TestEmbeddingDecoder::knownBigEndian()
{
    // struct.pack('>3f', 1.0, -2.0, 0.5): read as big-endian it is the same vector; read as
    // little-endian it is not.
    const EmbeddingDecoder::Result big =
        EmbeddingDecoder::decodeBase64Float32("P4AAAMAAAAA/AAAA", EmbeddingDecoder::ByteOrder::BigEndian);
    QVERIFY(big.ok());
    QCOMPARE(big.values, (QList<float>{1.0f, -2.0f, 0.5f}));
    const EmbeddingDecoder::Result wrong = EmbeddingDecoder::decodeBase64Float32("P4AAAMAAAAA/AAAA");
    QVERIFY(wrong.ok());
    QVERIFY(wrong.values != big.values);
}

void TestEmbeddingDecoder::singleValueWithPadding()
{
    // struct.pack('<f', 0.1) is "zczMPQ=="; as a float32 it is 0.10000000149011612.
    const EmbeddingDecoder::Result r = EmbeddingDecoder::decodeBase64Float32("zczMPQ==");
    QVERIFY(r.ok());
    QCOMPARE(r.values.size(), 1);
    QCOMPARE(double(r.values.first()), 0.10000000149011612);
}

void TestEmbeddingDecoder::extremesAndSubnormals()
{
    // FLT_MAX and the smallest subnormal.
    const EmbeddingDecoder::Result r = EmbeddingDecoder::decodeBase64Float32("//9/fwEAAAA=");
    QVERIFY(r.ok());
    QCOMPARE(r.values.size(), 2);
    QCOMPARE(r.values[0], std::numeric_limits<float>::max());
    QCOMPARE(r.values[1], std::numeric_limits<float>::denorm_min());
    QCOMPARE(r.nonFiniteCount, 0);
}

void TestEmbeddingDecoder::nonFiniteValuesAreCounted()
{
    // NaN, 1.0, +inf, -inf.
    const EmbeddingDecoder::Result r = EmbeddingDecoder::decodeBase64Float32("AADAfwAAgD8AAIB/AACA/w==");
    QVERIFY(r.ok());
    QCOMPARE(r.values.size(), 4);
    QVERIFY(std::isnan(r.values[0]));
    QCOMPARE(r.values[1], 1.0f);
    QVERIFY(std::isinf(r.values[2]) && r.values[2] > 0);
    QVERIFY(std::isinf(r.values[3]) && r.values[3] < 0);
    QCOMPARE(r.firstNonFinite, 0);
    QCOMPARE(r.nonFiniteCount, 3);
}

void TestEmbeddingDecoder::rawBytes()
{
    const char bytes[] = {0, 0, char(0x80), 0x3f, 0, 0, 0, char(0xc0)};
    const EmbeddingDecoder::Result r = EmbeddingDecoder::decodeFloat32(QByteArrayView(bytes, 8));
    QVERIFY(r.ok());
    QCOMPARE(r.values, (QList<float>{1.0f, -2.0f}));
    const EmbeddingDecoder::Result odd = EmbeddingDecoder::decodeFloat32(QByteArrayView(bytes, 7));
    QVERIFY(!odd.ok());
    QVERIFY(!odd.error.isEmpty());
}

void TestEmbeddingDecoder::rejectsMalformedBase64_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("length not a multiple of 4") << QByteArray("AACAP");
    QTest::newRow("character outside the alphabet") << QByteArray("AAC@Pw==");
    QTest::newRow("url-safe alphabet") << QByteArray("_-AAAA==");
    QTest::newRow("padding in the middle") << QByteArray("AA==AACAPw==");
    QTest::newRow("three padding characters") << QByteArray("A===");
    QTest::newRow("padding then data") << QByteArray("AA=A");
    QTest::newRow("non-zero bits under padding") << QByteArray("zczMPR==");
    QTest::newRow("line break") << QByteArray("AACA\nPw==");
    QTest::newRow("space") << QByteArray("AACAPw== ");
    QTest::newRow("3 bytes: not a float") << QByteArray("AQID");
    QTest::newRow("5 bytes: not whole floats") << QByteArray("AQIDBAU=");
    QTest::newRow("non-ASCII byte") << QByteArray("AAC\xc3\xa9"
                                                  "AAA");
}

void TestEmbeddingDecoder::rejectsMalformedBase64()
{
    QFETCH(QByteArray, text);
    const EmbeddingDecoder::Result r = EmbeddingDecoder::decodeBase64Float32(text);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

void TestEmbeddingDecoder::emptyIsEmpty()
{
    const EmbeddingDecoder::Result r = EmbeddingDecoder::decodeBase64Float32("");
    QVERIFY(r.ok());
    QVERIFY(r.values.isEmpty());
}

void TestEmbeddingDecoder::roundTripsBitForBit()
{
    QRandomGenerator random(42);
    QList<float> values;
    for (int i = 0; i < 1000; ++i) {
        quint32 bits = random.generate();
        float f;
        std::memcpy(&f, &bits, 4);
        if (std::isfinite(f))
            values.append(f);
    }
    values.append(-0.0f);
    for (auto order : {EmbeddingDecoder::ByteOrder::LittleEndian, EmbeddingDecoder::ByteOrder::BigEndian}) {
        const QByteArray text = EmbeddingDecoder::encodeBase64Float32(values, order);
        QCOMPARE(text, EmbeddingDecoder::encodeFloat32(values, order).toBase64());
        const EmbeddingDecoder::Result r = EmbeddingDecoder::decodeBase64Float32(text, order);
        QVERIFY(r.ok());
        QCOMPARE(r.values.size(), values.size());
        QVERIFY(std::memcmp(r.values.constData(), values.constData(), size_t(values.size()) * 4) == 0);
    }
    // Our encoder agrees with Python's for the known vector.
    QCOMPARE(EmbeddingDecoder::encodeBase64Float32({1.0f, -2.0f, 0.5f}), QByteArray("AACAPwAAAMAAAAA/"));
}

QTEST_GUILESS_MAIN(TestEmbeddingDecoder)
#include "tst_embeddingdecoder.moc"
