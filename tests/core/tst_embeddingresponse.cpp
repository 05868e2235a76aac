// EmbeddingResponse: parsing exact bodies of vLLM (float and base64), llama.cpp, and the broken
// answers a client must refuse instead of reading half-way.
#include "embeddings/embeddingresponse.h"

#include <QTest>

#include <cmath>

class TestEmbeddingResponse final : public QObject {
    Q_OBJECT

private slots:
    void vllmFloatBody();
    void vllmBase64Body();
    void indexesDecideTheOrder();
    void llamaCppBase64WithEncodingField();
    void llamaCppNullsAreNonFinite();
    void nonFiniteVectorsAreListed();
    void refusesBrokenAnswers_data();
    void refusesBrokenAnswers();
    void numbersOutOfRange();
};

void TestEmbeddingResponse::vllmFloatBody()
{
    const QByteArray body =
        "{\"id\":\"embd-4be7a1c09d2f3e58\",\"object\":\"list\",\"created\":1747650300,\"model\":"
        "\"bge-m3\",\"data\":[{\"index\":0,\"object\":\"embedding\",\"embedding\":[0.0123,-0.0456,"
        "0.0789]},{\"index\":1,\"object\":\"embedding\",\"embedding\":[0.0021,0.0333,-0.0117]}],"
        "\"usage\":{\"prompt_tokens\":9,\"total_tokens\":9,\"completion_tokens\":0,"
        "\"prompt_tokens_details\":null}}";
    const EmbeddingResponse r = EmbeddingResponse::parse(body, 2);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.model, QStringLiteral("bge-m3"));
    QCOMPARE(r.vectors.size(), 2);
    QCOMPARE(r.vectors[0], (QList<float>{0.0123f, -0.0456f, 0.0789f}));
    QCOMPARE(r.vectors[1], (QList<float>{0.0021f, 0.0333f, -0.0117f}));
    QCOMPARE(r.usage.promptTokens, 9);
    QCOMPARE(r.usage.totalTokens, 9);
    QCOMPARE(r.usage.completionTokens, 0);
    QVERIFY(r.nonFinite.isEmpty());
}

void TestEmbeddingResponse::vllmBase64Body()
{
    // [1, -2, 0.5] and [0.1] as little-endian float32.
    const QByteArray body =
        "{\"id\":\"embd-1\",\"object\":\"list\",\"created\":1,\"model\":\"m\",\"data\":[{\"index\":0,"
        "\"object\":\"embedding\",\"embedding\":\"AACAPwAAAMAAAAA/\"}],\"usage\":{\"prompt_tokens\":"
        "3,\"total_tokens\":3,\"completion_tokens\":0,\"prompt_tokens_details\":null}}";
    const EmbeddingResponse r = EmbeddingResponse::parse(body, 1);
    QVERIFY(r.ok());
    QCOMPARE(r.vectors[0], (QList<float>{1.0f, -2.0f, 0.5f}));
}

void TestEmbeddingResponse::indexesDecideTheOrder()
{
    const QByteArray body =
        "{\"data\":[{\"index\":1,\"embedding\":[2,2]},{\"index\":0,\"embedding\":[1,1]}]}";
    const EmbeddingResponse r = EmbeddingResponse::parse(body, 2);
    QVERIFY(r.ok());
    QCOMPARE(r.vectors[0], (QList<float>{1, 1}));
    QCOMPARE(r.vectors[1], (QList<float>{2, 2}));
    QCOMPARE(r.usage.promptTokens, -1); // no usage sent
}

void TestEmbeddingResponse::llamaCppBase64WithEncodingField()
{
    const QByteArray body =
        "{\"data\":[{\"embedding\":\"zczMPQ==\",\"encoding_format\":\"base64\",\"index\":0,\"object\":"
        "\"embedding\"}],\"model\":\"gpt-3.5-turbo\",\"object\":\"list\",\"usage\":{\"prompt_tokens\":"
        "2,\"total_tokens\":2}}";
    const EmbeddingResponse r = EmbeddingResponse::parse(body, 1);
    QVERIFY(r.ok());
    QCOMPARE(r.vectors[0], QList<float>{0.1f});
    QCOMPARE(r.usage.completionTokens, -1);
}

void TestEmbeddingResponse::llamaCppNullsAreNonFinite()
{
    const EmbeddingResponse r =
        EmbeddingResponse::parse("{\"data\":[{\"index\":0,\"embedding\":[null,1]}]}", 1);
    QVERIFY(r.ok());
    QCOMPARE(r.nonFinite, QList<int>{0});
    QVERIFY(std::isnan(r.vectors[0][0]));
}

void TestEmbeddingResponse::nonFiniteVectorsAreListed()
{
    // Item 1 holds NaN (base64 of NaN, 1.0); item 2 overflows float32.
    const QByteArray body =
        "{\"data\":[{\"index\":0,\"embedding\":[1,2]},{\"index\":1,\"embedding\":\"AADAfwAAgD8=\"},"
        "{\"index\":2,\"embedding\":[1e39,0]}]}";
    const EmbeddingResponse r = EmbeddingResponse::parse(body, 3);
    QVERIFY(r.ok());
    QCOMPARE(r.nonFinite, (QList<int>{1, 2}));
}

void TestEmbeddingResponse::refusesBrokenAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");
    QTest::newRow("not JSON") << QByteArray("<html>") << 1;
    QTest::newRow("no data") << QByteArray("{\"object\":\"list\"}") << 1;
    QTest::newRow("too few vectors") << QByteArray("{\"data\":[{\"index\":0,\"embedding\":[1]}]}") << 2;
    QTest::newRow("too many vectors")
        << QByteArray("{\"data\":[{\"index\":0,\"embedding\":[1]},{\"index\":1,\"embedding\":[1]}]}") << 1;
    QTest::newRow("duplicate index")
        << QByteArray("{\"data\":[{\"index\":0,\"embedding\":[1]},{\"index\":0,\"embedding\":[1]}]}") << 2;
    QTest::newRow("index out of range") << QByteArray("{\"data\":[{\"index\":5,\"embedding\":[1]}]}") << 1;
    // Found by fuzz_embeddings: cast to qint64 it was undefined behaviour.
    QTest::newRow("index past qint64") << QByteArray("{\"data\":[{\"index\":81e39,\"embedding\":[1]}]}") << 1;
    QTest::newRow("fractional index") << QByteArray("{\"data\":[{\"index\":0.5,\"embedding\":[1]}]}") << 1;
    QTest::newRow("bad base64") << QByteArray("{\"data\":[{\"index\":0,\"embedding\":\"@@@@\"}]}") << 1;
    QTest::newRow("strings in the vector")
        << QByteArray("{\"data\":[{\"index\":0,\"embedding\":[\"1\"]}]}") << 1;
    QTest::newRow("no embedding") << QByteArray("{\"data\":[{\"index\":0}]}") << 1;
    QTest::newRow("empty vector") << QByteArray("{\"data\":[{\"index\":0,\"embedding\":[]}]}") << 1;
    QTest::newRow("different lengths")
        << QByteArray("{\"data\":[{\"index\":0,\"embedding\":[1,2]},{\"index\":1,\"embedding\":[1]}]}") << 2;
}

void TestEmbeddingResponse::refusesBrokenAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    const EmbeddingResponse r = EmbeddingResponse::parse(body, expected);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

// Found by fuzz_embeddings (UndefinedBehaviorSanitizer): token counts past qint64 were cast.
void TestEmbeddingResponse::numbersOutOfRange()
{
    const QByteArray body = "{\"data\":[{\"index\":0,\"embedding\":[1]}],\"usage\":{\"prompt_tokens\":1e300,"
                            "\"total_tokens\":-1e300,\"completion_tokens\":4}}";
    const EmbeddingResponse r = EmbeddingResponse::parse(body, 1);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.usage.promptTokens, -1); // not a number of tokens: unknown
    QCOMPARE(r.usage.totalTokens, -1);
    QCOMPARE(r.usage.completionTokens, 4);
}

QTEST_GUILESS_MAIN(TestEmbeddingResponse)
#include "tst_embeddingresponse.moc"
