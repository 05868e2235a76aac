// VectorExport: every export read back by an independent reader written here (a CSV splitter,
// QJsonDocument, a .npy header parser) gives exactly the vectors and similarities that went in.
#include "embeddings/similarity.h"
#include "embeddings/vectorexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>

namespace {

QList<EmbeddingItem> sampleItems()
{
    QRandomGenerator random(5);
    QList<EmbeddingItem> items;
    const QStringList texts{QStringLiteral("plain"), QStringLiteral("with, comma"),
                            QStringLiteral("with \"quotes\""), QStringLiteral("two\nlines"),
                            QStringLiteral("ünïcödé 🙂")};
    for (int i = 0; i < texts.size(); ++i) {
        EmbeddingItem item;
        item.id = quint64(i + 1);
        item.label = i == 1 ? QStringLiteral("label, odd") : QStringLiteral("L%1").arg(i);
        item.text = texts[i];
        for (int d = 0; d < 7; ++d)
            item.vector.append(float(random.generateDouble() * 2 - 1) * (d == 3 ? 1e-20f : 1.0f));
        items.append(item);
    }
    items[2].vector[0] = -0.0f;
    items[2].vector[1] = std::numeric_limits<float>::denorm_min();
    // Not exported: no vector, and a non-finite one.
    EmbeddingItem pending;
    pending.text = QStringLiteral("pending");
    items.insert(1, pending);
    EmbeddingItem broken;
    broken.text = QStringLiteral("broken");
    broken.vector = {std::numeric_limits<float>::quiet_NaN(), 1.0f, 0, 0, 0, 0, 0};
    broken.nonFinite = true;
    items.append(broken);
    return items;
}

QList<EmbeddingItem> exported(const QList<EmbeddingItem> &items)
{
    QList<EmbeddingItem> out;
    for (const EmbeddingItem &item : items)
        if (item.hasVector())
            out.append(item);
    return out;
}

// RFC 4180 records, written from scratch for the test.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\n') {
            record.append(QString::fromUtf8(field));
            field.clear();
            records.append(record);
            record.clear();
        } else {
            field += c;
        }
    }
    return records;
}

float parseFloat(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    float value = 0;
    const auto result = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    if (result.ec != std::errc() || result.ptr != bytes.constData() + bytes.size())
        return std::numeric_limits<float>::quiet_NaN();
    return value;
}

bool sameBits(float a, float b)
{
    return std::memcmp(&a, &b, 4) == 0;
}

} // namespace

class TestVectorExport final : public QObject {
    Q_OBJECT

private slots:
    void floatsRoundTrip();
    void csvLoadsBack();
    void jsonLoadsBack();
    void npyLoadsBack();
    void similarityCsvLoadsBack();
    void nothingToExport();
};

void TestVectorExport::floatsRoundTrip()
{
    QRandomGenerator random(11);
    for (int i = 0; i < 20000; ++i) {
        const quint32 bits = random.generate();
        float f;
        std::memcpy(&f, &bits, 4);
        if (!std::isfinite(f))
            continue;
        QVERIFY(sameBits(parseFloat(QString::fromLatin1(VectorExport::formatFloat(f))), f));
    }
    QCOMPARE(VectorExport::formatFloat(0.1f), QByteArray("0.1"));
    QCOMPARE(VectorExport::formatFloat(std::numeric_limits<float>::quiet_NaN()), QByteArray("nan"));
}

void TestVectorExport::csvLoadsBack()
{
    const QList<EmbeddingItem> items = sampleItems();
    const QList<QStringList> records = readCsv(VectorExport::vectorsCsv(items));
    const QList<EmbeddingItem> expected = exported(items);
    QCOMPARE(records.size(), expected.size() + 1);
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("label"), QStringLiteral("text"), QStringLiteral("d0"),
                          QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3"),
                          QStringLiteral("d4"), QStringLiteral("d5"), QStringLiteral("d6")}));
    for (qsizetype r = 0; r < expected.size(); ++r) {
        const QStringList &row = records[r + 1];
        QCOMPARE(row.size(), 9);
        QCOMPARE(row[0], expected[r].label);
        QCOMPARE(row[1], expected[r].text);
        for (int d = 0; d < 7; ++d)
            QVERIFY(sameBits(parseFloat(row[d + 2]), expected[r].vector[d]));
    }
}

void TestVectorExport::jsonLoadsBack()
{
    ComputeSettings settings;
    settings.model = QStringLiteral("sim-embed");
    settings.server = QUrl(QStringLiteral("http://127.0.0.1:18001/v1"));
    const QList<EmbeddingItem> items = sampleItems();
    const QByteArray bytes = VectorExport::vectorsJson(items, settings);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(bytes.contains("[-0.0, ")); // the sign of zero survives for readers that keep it
    QCOMPARE(root.value(QLatin1String("model")).toString(), QStringLiteral("sim-embed"));
    QCOMPARE(root.value(QLatin1String("dimensions")).toInt(), 7);
    const QList<EmbeddingItem> expected = exported(items);
    QCOMPARE(root.value(QLatin1String("count")).toInt(), expected.size());
    const QJsonArray list = root.value(QLatin1String("items")).toArray();
    QCOMPARE(list.size(), expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        const QJsonObject item = list[r].toObject();
        QCOMPARE(item.value(QLatin1String("label")).toString(), expected[r].label);
        QCOMPARE(item.value(QLatin1String("text")).toString(), expected[r].text);
        const QJsonArray values = item.value(QLatin1String("embedding")).toArray();
        QCOMPARE(values.size(), 7);
        for (int d = 0; d < 7; ++d) {
            // Qt's JSON reader keeps integral numbers as integers, so "-0.0" comes back as 0 (Python's
            // json module keeps the sign); every other value must come back bit for bit.
            const float back = float(values[d].toDouble());
            QVERIFY(sameBits(back, expected[r].vector[d]) || (back == 0 && expected[r].vector[d] == 0));
        }
    }
}

void TestVectorExport::npyLoadsBack()
{
    const QList<EmbeddingItem> items = sampleItems();
    const QByteArray npy = VectorExport::vectorsNpy(items);
    QVERIFY(npy.startsWith(QByteArray("\x93NUMPY\x01\x00", 8)));
    const quint16 headerLength = qFromLittleEndian<quint16>(npy.constData() + 8);
    QCOMPARE((10 + headerLength) % 64, 0);
    const QString header = QString::fromLatin1(npy.mid(10, headerLength));
    QVERIFY(header.endsWith(QLatin1Char('\n')));
    const QRegularExpressionMatch m =
        QRegularExpression(
            QStringLiteral(
                R"(^\{'descr': '<f4', 'fortran_order': False, 'shape': \((\d+), (\d+)\), \} *\n$)"))
            .match(header);
    QVERIFY2(m.hasMatch(), qPrintable(header));
    const QList<EmbeddingItem> expected = exported(items);
    QCOMPARE(m.captured(1).toInt(), expected.size());
    QCOMPARE(m.captured(2).toInt(), 7);
    const QByteArray data = npy.mid(10 + headerLength);
    QCOMPARE(data.size(), expected.size() * 7 * 4);
    for (qsizetype r = 0; r < expected.size(); ++r)
        for (int d = 0; d < 7; ++d)
            QVERIFY(sameBits(qFromLittleEndian<float>(data.constData() + (r * 7 + d) * 4),
                             expected[r].vector[d]));
}

void TestVectorExport::similarityCsvLoadsBack()
{
    const QList<EmbeddingItem> expected = exported(sampleItems());
    QList<QList<float>> rows;
    QStringList labels;
    for (const EmbeddingItem &item : expected) {
        rows.append(item.vector);
        labels.append(item.displayLabel());
    }
    VectorMatrix m;
    QVERIFY(VectorMatrix::fromRows(rows, m));
    const SimilarityMatrix s = Similarity::cosineMatrix(m);
    const QList<QStringList> records = readCsv(VectorExport::similarityCsv(labels, s));
    QCOMPARE(records.size(), labels.size() + 1);
    QCOMPARE(records.first().mid(1), labels);
    for (int i = 0; i < s.size; ++i) {
        QCOMPARE(records[i + 1].first(), labels[i]);
        for (int j = 0; j < s.size; ++j)
            QVERIFY(sameBits(parseFloat(records[i + 1][j + 1]), s.at(i, j)));
    }
}

void TestVectorExport::nothingToExport()
{
    QCOMPARE(VectorExport::vectorsCsv({}), QByteArray("label,text\n"));
    const QJsonObject root = QJsonDocument::fromJson(VectorExport::vectorsJson({}, {})).object();
    QCOMPARE(root.value(QLatin1String("count")).toInt(), 0);
    QVERIFY(root.value(QLatin1String("items")).isArray());
    QVERIFY(VectorExport::vectorsNpy({}).contains("'shape': (0, 0)"));
}

QTEST_GUILESS_MAIN(TestVectorExport)
#include "tst_vectorexport.moc"
