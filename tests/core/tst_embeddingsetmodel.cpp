// EmbeddingSetModel: adding, editing, moving and removing texts; results landing on the right
// text by id (and not on a text edited meanwhile); settings changes dropping old vectors; the
// status of every kind of row. Checked with QAbstractItemModelTester.
#include "embeddings/embeddingsetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace {

QList<TextImport::Entry> entries(std::initializer_list<const char *> texts)
{
    QList<TextImport::Entry> out;
    for (const char *t : texts)
        out.append({QString(), QString::fromUtf8(t)});
    return out;
}

QString status(const EmbeddingSetModel &model, int row)
{
    return model.data(model.index(row, EmbeddingSetModel::StatusColumn)).toString();
}

} // namespace

class TestEmbeddingSetModel final : public QObject {
    Q_OBJECT

private slots:
    void appendSkipsBlankTexts();
    void resultsLandByIdEvenAfterMoves();
    void editingTheTextDropsItsVector();
    void editedWhileComputingIsNotOverwritten();
    void statuses();
    void settingsChangeDropsVectors();
    void moveAndRemove();
    void resetAssignsNewIds();
};

void TestEmbeddingSetModel::appendSkipsBlankTexts()
{
    EmbeddingSetModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.append(entries({"one", "  ", "", "two"})), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pendingCount(), 2);
    QCOMPARE(model.columnCount(), int(EmbeddingSetModel::ColumnCount));
    QVERIFY(model.item(0).id != model.item(1).id);
}

void TestEmbeddingSetModel::resultsLandByIdEvenAfterMoves()
{
    EmbeddingSetModel model;
    QAbstractItemModelTester tester(&model);
    model.append(entries({"a", "b", "c"}));
    const quint64 idOfC = model.item(2).id;
    QVERIFY(model.moveRows({}, 2, 1, {}, 0)); // c first
    QCOMPARE(model.item(0).text, QStringLiteral("c"));
    QSignalSpy changed(&model, &EmbeddingSetModel::vectorsChanged);
    model.setVector(idOfC, QStringLiteral("c"), {3, 4}, false);
    QCOMPARE(model.item(0).vector, (QList<float>{3, 4}));
    QCOMPARE(model.item(0).norm, 5.0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.index(0, EmbeddingSetModel::DimensionColumn)).toString(), QStringLiteral("2"));
    QCOMPARE(model.vectorCount(), 1);
    QCOMPARE(model.pendingCount(), 2);
    // A result for a text that is gone is dropped.
    model.removeRows(0, 1);
    model.setVector(idOfC, QStringLiteral("c"), {1}, false);
    QCOMPARE(model.vectorCount(), 0);
}

void TestEmbeddingSetModel::editingTheTextDropsItsVector()
{
    EmbeddingSetModel model;
    QAbstractItemModelTester tester(&model);
    model.append(entries({"a"}));
    model.setVector(model.item(0).id, QStringLiteral("a"), {1, 0}, false);
    QVERIFY(model.setData(model.index(0, EmbeddingSetModel::LabelColumn), QStringLiteral("first")));
    QCOMPARE(model.item(0).vector.size(), 2); // a label changes nothing computed
    QVERIFY(model.setData(model.index(0, EmbeddingSetModel::TextColumn), QStringLiteral("a, edited")));
    QVERIFY(model.item(0).vector.isEmpty());
    QCOMPARE(model.item(0).norm, -1.0);
    QCOMPARE(model.item(0).displayLabel(), QStringLiteral("first"));
    QVERIFY(!model.setData(model.index(0, EmbeddingSetModel::NormColumn), 1.0)); // read-only
}

void TestEmbeddingSetModel::editedWhileComputingIsNotOverwritten()
{
    EmbeddingSetModel model;
    model.append(entries({"original"}));
    const quint64 id = model.item(0).id;
    model.setData(model.index(0, EmbeddingSetModel::TextColumn), QStringLiteral("changed"));
    model.setVector(id, QStringLiteral("original"), {1}, false); // the vector of the old text
    QVERIFY(model.item(0).vector.isEmpty());
    model.setError(id, QStringLiteral("original"), QStringLiteral("too long"));
    QVERIFY(model.item(0).error.isEmpty());
}

void TestEmbeddingSetModel::statuses()
{
    EmbeddingSetModel model;
    model.append(entries({"pending", "done", "refused", "broken", "empty later"}));
    model.setVector(model.item(1).id, QStringLiteral("done"), {1}, false);
    model.setError(model.item(2).id, QStringLiteral("refused"), QStringLiteral("Too long for the model"));
    model.setVector(model.item(3).id, QStringLiteral("broken"), {std::numeric_limits<float>::quiet_NaN()},
                    true);
    model.setData(model.index(4, EmbeddingSetModel::TextColumn), QStringLiteral("   "));
    QCOMPARE(status(model, 0), QStringLiteral("Not computed"));
    QCOMPARE(status(model, 1), QStringLiteral("Computed"));
    QCOMPARE(status(model, 2), QStringLiteral("Too long for the model"));
    QVERIFY(status(model, 3).contains(QLatin1String("NaN")));
    QCOMPARE(status(model, 4), QStringLiteral("Empty: left out"));
    QCOMPARE(model.pendingCount(), 1);
    QCOMPARE(model.vectorCount(), 1);
    QCOMPARE(model.emptyCount(), 1);
    QVERIFY(model.data(model.index(3, EmbeddingSetModel::NormColumn)).toString().isEmpty());
}

void TestEmbeddingSetModel::settingsChangeDropsVectors()
{
    EmbeddingSetModel model;
    model.append(entries({"a", "b"}));
    ComputeSettings settings;
    settings.model = QStringLiteral("m1");
    model.setSettings(settings);
    model.setVector(model.item(0).id, QStringLiteral("a"), {1}, false);
    model.setError(model.item(1).id, QStringLiteral("b"), QStringLiteral("refused"));
    model.setSettings(settings); // the same: resume keeps what is done
    QCOMPARE(model.vectorCount(), 1);
    settings.dimensions = 64;
    QSignalSpy changed(&model, &EmbeddingSetModel::vectorsChanged);
    model.setSettings(settings);
    QCOMPARE(model.vectorCount(), 0);
    QCOMPARE(model.pendingCount(), 2);
    QCOMPARE(changed.size(), 1);
}

void TestEmbeddingSetModel::moveAndRemove()
{
    EmbeddingSetModel model;
    QAbstractItemModelTester tester(&model);
    model.append(entries({"a", "b", "c", "d"}));
    QVERIFY(model.moveRows({}, 0, 1, {}, 4)); // a to the end
    QCOMPARE(model.item(3).text, QStringLiteral("a"));
    QVERIFY(model.moveRows({}, 1, 2, {}, 0)); // c, d to the front
    QStringList order;
    for (const EmbeddingItem &i : model.items())
        order.append(i.text);
    QCOMPARE(order, (QStringList{QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("b"),
                                 QStringLiteral("a")}));
    QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself
    QVERIFY(model.removeRows(1, 2));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.removeRows(5, 1));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestEmbeddingSetModel::resetAssignsNewIds()
{
    EmbeddingSetModel model;
    EmbeddingItem a;
    a.text = QStringLiteral("a");
    a.vector = {3, 4};
    ComputeSettings settings;
    settings.model = QStringLiteral("m");
    model.reset({a, a}, settings);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.item(0).id != model.item(1).id);
    QCOMPARE(model.item(0).norm, 5.0);
    QCOMPARE(model.settings(), settings);
}

QTEST_GUILESS_MAIN(TestEmbeddingSetModel)
#include "tst_embeddingsetmodel.moc"
