// EmbeddingSetFile: a saved set reopens identically (vectors bit for bit, labels, refusals,
// settings, query) through a real file, and damaged or foreign files are refused with a reason.
#include "embeddings/embeddingsetfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

class TestEmbeddingSetFile final : public QObject {
    Q_OBJECT

private slots:
    void roundTripThroughAFile();
    void refusesOtherFiles();
    void refusesDamagedVectors();
    void neverContainsAKey();
};

namespace {

EmbeddingSetFile::Contents sample()
{
    EmbeddingSetFile::Contents c;
    c.settings.server = QUrl(QStringLiteral("http://gpu-box:8001/v1"));
    c.settings.model = QStringLiteral("sim-embed");
    c.settings.dimensions = 256;
    c.settings.truncate = true;
    c.settings.truncateTokens = 128;
    c.query = QStringLiteral("what is a loquat?");
    EmbeddingItem a;
    a.label = QStringLiteral("fruit");
    a.text = QStringLiteral("The loquat is a fruit 🍑\nfrom China.");
    a.vector = {0.1f, -0.25f, std::numeric_limits<float>::denorm_min(), -0.0f};
    EmbeddingItem b;
    b.text = QStringLiteral("too long text");
    b.error = QStringLiteral("Too long for the model (HTTP 400): ...");
    EmbeddingItem c3;
    c3.text = QStringLiteral("broken");
    c3.vector = {std::numeric_limits<float>::quiet_NaN(), 1, 2, 3};
    c3.nonFinite = true;
    c.items = {a, b, c3};
    return c;
}

} // namespace

void TestEmbeddingSetFile::roundTripThroughAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("set.loquat-embeddings.json"));
    const EmbeddingSetFile::Contents original = sample();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(EmbeddingSetFile::write(original));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    EmbeddingSetFile::Contents read;
    QString error;
    QVERIFY2(EmbeddingSetFile::read(file.readAll(), read, &error), qPrintable(error));
    QCOMPARE(read.settings, original.settings);
    QCOMPARE(read.query, original.query);
    QCOMPARE(read.items.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(read.items[i].label, original.items[i].label);
        QCOMPARE(read.items[i].text, original.items[i].text);
        QCOMPARE(read.items[i].error, original.items[i].error);
        QCOMPARE(read.items[i].nonFinite, original.items[i].nonFinite);
        QCOMPARE(read.items[i].vector.size(), original.items[i].vector.size());
        // Bits, not values (NaN is kept); an empty vector has no buffer to compare.
        QVERIFY(original.items[i].vector.isEmpty() ||
                std::memcmp(read.items[i].vector.constData(), original.items[i].vector.constData(),
                            size_t(original.items[i].vector.size()) * 4) == 0);
    }
}

void TestEmbeddingSetFile::refusesOtherFiles()
{
    EmbeddingSetFile::Contents c;
    QString error;
    QVERIFY(!EmbeddingSetFile::read("not json", c, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!EmbeddingSetFile::read("{\"format\":\"something-else\",\"version\":1}", c, &error));
    QVERIFY(
        !EmbeddingSetFile::read("{\"format\":\"loquat-embeddings\",\"version\":99,\"items\":[]}", c, &error));
    QVERIFY(error.contains(QLatin1String("99")));
}

void TestEmbeddingSetFile::refusesDamagedVectors()
{
    QJsonObject root = QJsonDocument::fromJson(EmbeddingSetFile::write(sample())).object();
    QByteArray bytes = QJsonDocument(root).toJson();
    bytes.replace("\"vector\": \"", "\"vector\": \"@"); // no longer base64
    EmbeddingSetFile::Contents c;
    QString error;
    QVERIFY(!EmbeddingSetFile::read(bytes, c, &error));
    QVERIFY(error.contains(QLatin1String("1")));
}

void TestEmbeddingSetFile::neverContainsAKey()
{
    const QByteArray bytes = EmbeddingSetFile::write(sample());
    QVERIFY(!bytes.contains("api_key"));
    QVERIFY(!bytes.contains("Bearer"));
}

QTEST_GUILESS_MAIN(TestEmbeddingSetFile)
#include "tst_embeddingsetfile.moc"
