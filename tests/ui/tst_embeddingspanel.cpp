// The Embeddings panel offscreen, against in-process simulators over loopback, driven as a
// person would: connect, add, import, compute in batches, cancel and resume, a server that drops
// out, a chat-only model, too-long and broken texts, the similarity map, the PCA map, a query
// ranked by embeddings and by a reranker, exports, and a saved set reopened.
#include "embeddings/embeddingsetmodel.h"
#include "embeddings/embeddingspanel.h"
#include "embeddings/heatmapview.h"
#include "embeddings/importdialog.h"
#include "embeddings/pcamapview.h"
#include "embeddings/rankingview.h"
#include "embeddings/serverpicker.h"
#include "simfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

constexpr int kWaitMs = 15000;

QStringList sampleTexts()
{
    return {QStringLiteral("The cat sat on the mat."),
            QStringLiteral("A kitten sleeps on a rug."),
            QStringLiteral("Cats and kittens like mats."),
            QStringLiteral("Quarterly revenue grew eight percent."),
            QStringLiteral("Profits and revenue rose this quarter."),
            QStringLiteral("The central bank raised interest rates."),
            QStringLiteral("Paris is the capital of France."),
            QStringLiteral("Berlin is the capital of Germany.")};
}

QString longText()
{
    QStringList words;
    for (int i = 0; i < 900; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    return words.join(QLatin1Char(' '));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestEmbeddingsPanel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void probeShowsTheModelsDimensions();
    void chatOnlyModelGivesVllmsMessage();
    void computeInBatchesWithProgressAndUsage();
    void mapHoverAndRowOrders();
    void cancelThenResume();
    void serverDropsOutMidRunThenResume();
    void tooLongTextShowsVllmsMessageOrIsTruncated();
    void nonFiniteVectorsAreReportedNotDrawn();
    void emptyTextsAreLeftOut();
    void queryRankedByEmbeddingsAndReranker();
    void rerankerOnAnotherServer();
    void importEachFormat();
    void importRefusesBadFiles();
    void exportsAndReopenedSet();
    void listEditing();

private:
    bool connectAndProbe(EmbeddingsPanel &panel, SimFixture &fixture);
    bool computeAll(EmbeddingsPanel &panel);
    bool waitForAnalysis(EmbeddingsPanel &panel);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<SimFixture> m_fixture;
    std::unique_ptr<EmbeddingsPanel> m_panel;
};

void TestEmbeddingsPanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("LoquatEmbeddingsTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestEmbeddingsPanel::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<SimFixture>(SimOptions::forTask(SimTask::Embed));
    QVERIFY(m_fixture->isListening());
    m_panel = std::make_unique<EmbeddingsPanel>(&m_fixture->network(), m_fixture->config());
    m_panel->resize(1200, 800);
    m_panel->show();
    QVERIFY(connectAndProbe(*m_panel, *m_fixture));
}

void TestEmbeddingsPanel::cleanup()
{
    m_panel.reset();
    m_fixture.reset();
}

bool TestEmbeddingsPanel::connectAndProbe(EmbeddingsPanel &panel, SimFixture &fixture)
{
    QSignalSpy probed(&panel, &EmbeddingsPanel::probeFinished);
    if (!panel.connectTo(fixture.sim().baseUrl().toString()))
        return false;
    return probed.wait(kWaitMs);
}

bool TestEmbeddingsPanel::computeAll(EmbeddingsPanel &panel)
{
    QSignalSpy finished(&panel, &EmbeddingsPanel::computeFinished);
    panel.compute();
    return finished.wait(kWaitMs);
}

bool TestEmbeddingsPanel::waitForAnalysis(EmbeddingsPanel &panel)
{
    QSignalSpy updated(&panel, &EmbeddingsPanel::analysisUpdated);
    return updated.wait(kWaitMs);
}

void TestEmbeddingsPanel::probeShowsTheModelsDimensions()
{
    QCOMPARE(m_panel->serverPicker()->currentModel(), QStringLiteral("sim-embed"));
    QCOMPARE(m_panel->probedDimensions(), 768);
    QVERIFY(m_panel->serverPicker()->statusText().contains(QLatin1String("768")));
    QVERIFY(!m_panel->computeButton()->isEnabled()); // nothing to compute yet
}

void TestEmbeddingsPanel::chatOnlyModelGivesVllmsMessage()
{
    SimFixture chat; // a generative model: no /v1/embeddings
    EmbeddingsPanel panel(&chat.network(), chat.config());
    panel.show();
    QVERIFY(connectAndProbe(panel, chat));
    QVERIFY(panel.serverPicker()->statusText().contains(QLatin1String("does not serve embeddings")));
    QVERIFY(panel.serverPicker()->statusLabel()->property("isError").toBool());
    panel.addTexts({QStringLiteral("hello"), QStringLiteral("world")});
    QVERIFY(computeAll(panel));
    QVERIFY(panel.messageLabel()->text().contains(QLatin1String("does not serve embeddings")));
    QCOMPARE(panel.model()->pendingCount(), 2); // nothing lost
    QCOMPARE(panel.model()->vectorCount(), 0);
}

void TestEmbeddingsPanel::computeInBatchesWithProgressAndUsage()
{
    QCOMPARE(m_panel->addTexts(sampleTexts()), 8);
    m_panel->batchSizeBox()->setValue(3);
    QVERIFY(m_panel->computeButton()->isEnabled());
    QCOMPARE(m_panel->computeButton()->text(), QStringLiteral("&Compute 8"));
    QSignalSpy analysed(m_panel.get(), &EmbeddingsPanel::analysisUpdated);
    QVERIFY(computeAll(*m_panel));
    QCOMPARE(m_fixture->sim().poolingRequestCount(), 1 + 3); // the probe, then 3 + 3 + 2
    QCOMPARE(m_panel->model()->vectorCount(), 8);
    QCOMPARE(m_panel->progressBar()->value(), 8);
    QCOMPARE(m_panel->progressBar()->maximum(), 8);
    QVERIFY2(m_panel->usageLabel()->text().contains(QLatin1String("Tokens: ")),
             qPrintable(m_panel->usageLabel()->text()));
    QVERIFY(m_panel->usageLabel()->text().contains(QLatin1String("requests: 3")));
    QVERIFY(m_panel->messageLabel()->text().contains(QLatin1String("Vectors computed: 8")));
    const EmbeddingSetModel *model = m_panel->model();
    QCOMPARE(model->data(model->index(0, EmbeddingSetModel::DimensionColumn)).toString(),
             QStringLiteral("768"));
    QCOMPARE(model->data(model->index(0, EmbeddingSetModel::NormColumn)).toString(),
             QStringLiteral("1.0000"));
    QCOMPARE(model->data(model->index(0, EmbeddingSetModel::StatusColumn)).toString(),
             QStringLiteral("Computed"));
    // The last request went out as base64 with the batch size asked for.
    const QJsonObject body = m_fixture->sim().lastPoolingBody();
    QCOMPARE(body.value(QLatin1String("encoding_format")).toString(), QStringLiteral("base64"));
    QCOMPARE(body.value(QLatin1String("input")).toArray().size(), 2);
    // The views follow.
    QVERIFY(analysed.size() > 0 || analysed.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->heatmap()->size(), 8, kWaitMs);
    QCOMPARE(m_panel->heatmap()->data().image.size(), QSize(8, 8));
    QCOMPARE(m_panel->pcaMap()->pointCount(), 8);
    QCOMPARE(m_panel->pcaMap()->drawnLabelCount(), 8);
    QVERIFY(m_panel->computeButton()->text() == QStringLiteral("&Compute"));
}

void TestEmbeddingsPanel::mapHoverAndRowOrders()
{
    m_panel->addTexts(sampleTexts());
    QVERIFY(computeAll(*m_panel));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->heatmap()->size(), 8, kWaitMs);
    HeatmapView *map = m_panel->heatmap();
    // The value under the pointer is the matrix's.
    const auto matrix = map->data().matrix;
    QVERIFY(matrix);
    QPoint probe;
    QPair<int, int> cell{-1, -1};
    for (int x = 0; x < map->width() && cell.first < 0; x += 4)
        for (int y = 0; y < map->height() && cell.first < 0; y += 4)
            if ((cell = map->cellAt(QPoint(x, y))).first >= 0)
                probe = QPoint(x, y);
    QVERIFY(cell.first >= 0);
    const QString described = map->describeCell(cell.first, cell.second);
    QVERIFY(described.contains(QLocale().toString(double(matrix->at(cell.first, cell.second)), 'f', 4)));
    QTest::mouseMove(map, probe);
    QTRY_VERIFY(m_panel->hoverLabel()->text() == described);

    // Clustered: the cats, the money and the capitals each end up side by side.
    QSignalSpy analysed(m_panel.get(), &EmbeddingsPanel::analysisUpdated);
    m_panel->setOrder(EmbeddingAnalysis::Order::Clustered);
    QVERIFY(analysed.wait(kWaitMs));
    const QList<int> order = map->data().order;
    QCOMPARE(order.size(), 8);
    const auto position = [&order](int row) { return order.indexOf(row); };
    QVERIFY(std::abs(position(6) - position(7)) == 1); // Paris next to Berlin
    // Clicking a row sorts by similarity to it.
    cell = map->cellAt(probe); // the clustered order put another text there
    QTest::mouseClick(map, Qt::LeftButton, {}, probe);
    QVERIFY(analysed.wait(kWaitMs));
    QCOMPARE(m_panel->orderBox()->currentIndex(), int(EmbeddingAnalysis::Order::SimilarToAnchor));
    QCOMPARE(map->data().order.first(), cell.first);
}

void TestEmbeddingsPanel::cancelThenResume()
{
    SimOptions options = SimOptions::forTask(SimTask::Embed);
    options.tokenDelayMs = 150; // per text
    m_fixture->sim().setOptions(options);
    m_panel->addTexts(sampleTexts());
    m_panel->batchSizeBox()->setValue(2);
    QSignalSpy finished(m_panel.get(), &EmbeddingsPanel::computeFinished);
    m_panel->compute();
    QVERIFY(m_panel->isComputing());
    QVERIFY(m_panel->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->vectorCount() >= 2, kWaitMs);
    QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.size() == 1 || finished.wait(kWaitMs));
    const int kept = m_panel->model()->vectorCount();
    QVERIFY(kept >= 2 && kept < 8);
    QVERIFY(m_panel->messageLabel()->text().contains(QLatin1String("Resume")));
    QCOMPARE(m_panel->computeButton()->text(), QStringLiteral("&Resume (%1 left)").arg(8 - kept));
    // A batch sent just before the click may still be on its way to the simulator (it counts a
    // request once it has read all of it): let it arrive, so that it is not counted as resumed.
    QTest::qWait(300);
    const int requests = m_fixture->sim().poolingRequestCount();
    QVERIFY(computeAll(*m_panel));
    QCOMPARE(m_panel->model()->vectorCount(), 8);
    // Only what was left was asked for.
    QCOMPARE(m_fixture->sim().poolingRequestCount() - requests, (8 - kept + 1) / 2);
}

void TestEmbeddingsPanel::serverDropsOutMidRunThenResume()
{
    m_panel->addTexts(sampleTexts());
    m_panel->batchSizeBox()->setValue(3);
    SimServer &sim = m_fixture->sim();
    sim.resetCounters();
    connect(&sim, &SimServer::poolingRequestReceived, &sim, [&sim] {
        if (sim.poolingRequestCount() == 2)
            sim.setFault(SimFault::make(SimFault::Kind::Refuse));
    });
    QVERIFY(computeAll(*m_panel));
    QCOMPARE(m_panel->model()->vectorCount(), 3); // the first batch is kept
    QVERIFY(m_panel->messageLabel()->property("isError").toBool());
    QVERIFY2(m_panel->messageLabel()->text().contains(QLatin1String("Texts left: 5")),
             qPrintable(m_panel->messageLabel()->text()));
    disconnect(&sim, &SimServer::poolingRequestReceived, nullptr, nullptr);
    sim.clearFaults();
    QCOMPARE(m_panel->computeButton()->text(), QStringLiteral("&Resume (5 left)"));
    QVERIFY(computeAll(*m_panel));
    QCOMPARE(m_panel->model()->vectorCount(), 8);
}

void TestEmbeddingsPanel::tooLongTextShowsVllmsMessageOrIsTruncated()
{
    m_panel->addTexts({QStringLiteral("short one"), longText(), QStringLiteral("short two")});
    QVERIFY(computeAll(*m_panel));
    const EmbeddingSetModel *model = m_panel->model();
    QCOMPARE(model->vectorCount(), 2);
    const QString status = model->data(model->index(1, EmbeddingSetModel::StatusColumn)).toString();
    QVERIFY2(status.contains(QLatin1String("maximum context length is 512 tokens")), qPrintable(status));
    QVERIFY(m_panel->messageLabel()->text().contains(QLatin1String("Refused by the server: 1")));
    // Asking for truncation changes the settings: everything is computed again, the long text too.
    m_panel->truncateBox()->setChecked(true);
    QVERIFY(computeAll(*m_panel));
    QCOMPARE(model->vectorCount(), 3);
    QCOMPARE(m_fixture->sim().lastPoolingBody().value(QLatin1String("truncate_prompt_tokens")).toInt(), -1);
}

void TestEmbeddingsPanel::nonFiniteVectorsAreReportedNotDrawn()
{
    m_panel->addTexts(
        {QStringLiteral("fine"), QStringLiteral("broken\n/sim nan"), QStringLiteral("also fine")});
    QVERIFY(computeAll(*m_panel));
    const EmbeddingSetModel *model = m_panel->model();
    QVERIFY(model->data(model->index(1, EmbeddingSetModel::StatusColumn))
                .toString()
                .contains(QLatin1String("NaN")));
    QVERIFY(m_panel->messageLabel()->text().contains(QLatin1String("NaN")));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->heatmap()->size(), 2, kWaitMs);
    QCOMPARE(m_panel->pcaMap()->pointCount(), 2);
    for (float v : m_panel->heatmap()->data().matrix->values)
        QVERIFY(std::isfinite(v));
}

void TestEmbeddingsPanel::emptyTextsAreLeftOut()
{
    m_panel->addTexts({QStringLiteral("one"), QStringLiteral("two")});
    EmbeddingSetModel *model = m_panel->model();
    model->setData(model->index(1, EmbeddingSetModel::TextColumn), QStringLiteral("   "));
    QSignalSpy finished(m_panel.get(), &EmbeddingsPanel::computeFinished);
    m_panel->compute();
    QVERIFY(m_panel->messageLabel()->text().contains(QLatin1String("empty texts left out: 1")));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(model->vectorCount(), 1);
    QCOMPARE(model->data(model->index(1, EmbeddingSetModel::StatusColumn)).toString(),
             QStringLiteral("Empty: left out"));
    QVERIFY(!m_fixture->sim()
                 .lastPoolingBody()
                 .value(QLatin1String("input"))
                 .toArray()
                 .contains(QStringLiteral("   ")));
}

void TestEmbeddingsPanel::queryRankedByEmbeddingsAndReranker()
{
    m_panel->addTexts(sampleTexts());
    QVERIFY(computeAll(*m_panel));
    RankingView *ranking = m_panel->rankingView();
    QSignalSpy ranked(m_panel.get(), &EmbeddingsPanel::rankingFinished);
    ranking->queryEdit()->setText(QStringLiteral("capital of France"));
    QTest::keyClick(ranking->queryEdit(), Qt::Key_Return);
    QVERIFY(ranked.wait(kWaitMs));
    QCOMPARE(ranking->embeddingTable()->rowCount(), 8);
    QCOMPARE(ranking->embeddingTable()->item(0, 1)->text(),
             QStringLiteral("Paris is the capital of France."));
    // Scores descend.
    double previous = 2;
    for (int r = 0; r < 8; ++r) {
        const double score = QLocale().toDouble(ranking->embeddingTable()->item(r, 2)->text());
        QVERIFY(score <= previous);
        previous = score;
    }
    // The embedding server serves /v1/rerank too (a bi-encoder): same order, other route.
    QCOMPARE(ranking->rerankTable()->rowCount(), 8);
    QVERIFY2(ranking->rerankNote()->text().contains(QLatin1String("/v1/rerank")),
             qPrintable(ranking->rerankNote()->text()));
    QCOMPARE(ranking->rerankTable()->item(0, 1)->text(), QStringLiteral("Paris is the capital of France."));
    QCOMPARE(ranking->rerankTable()->item(0, 3)->text(), QStringLiteral("1"));
}

void TestEmbeddingsPanel::rerankerOnAnotherServer()
{
    SimFixture reranker(SimOptions::forTask(SimTask::Score));
    m_panel->addTexts(sampleTexts());
    QVERIFY(computeAll(*m_panel));
    RankingView *ranking = m_panel->rankingView();
    ranking->sameServerBox()->setChecked(false);
    QVERIFY(!ranking->rerankPicker()->isHidden());
    QSignalSpy loaded(ranking->rerankPicker(), &ServerPicker::modelsLoaded);
    QVERIFY(ranking->rerankPicker()->connectTo(reranker.sim().baseUrl().toString()));
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(ranking->rerankPicker()->currentModel(), QStringLiteral("sim-reranker"));
    QSignalSpy ranked(m_panel.get(), &EmbeddingsPanel::rankingFinished);
    m_panel->rank(QStringLiteral("revenue this quarter"));
    QVERIFY(ranked.wait(kWaitMs));
    QVERIFY(ranking->rerankNote()->text().contains(QLatin1String("sim-reranker")));
    QCOMPARE(ranking->rerankTable()->rowCount(), 8);
    QCOMPARE(ranking->rerankTable()->item(0, 1)->text(),
             QStringLiteral("Profits and revenue rose this quarter."));
    QCOMPARE(reranker.sim().poolingRequestCount(), 1);
    QCOMPARE(reranker.sim().lastPoolingPath(), QByteArray("/v1/rerank"));

    // A chat server has no reranker: vLLM's 404 on every route, then one clear sentence.
    SimFixture chat;
    QSignalSpy chatLoaded(ranking->rerankPicker(), &ServerPicker::modelsLoaded);
    ranking->rerankPicker()->connectTo(chat.sim().baseUrl().toString());
    QVERIFY(chatLoaded.wait(kWaitMs));
    m_panel->rank(QStringLiteral("revenue"));
    QVERIFY(ranked.wait(kWaitMs));
    QVERIFY(ranking->rerankNote()->text().contains(QLatin1String("does not serve a reranker")));
    QCOMPARE(ranking->embeddingTable()->rowCount(), 8); // the embedding side is unaffected
}

void TestEmbeddingsPanel::importEachFormat()
{
    QTemporaryDir dir;
    const QString txt = dir.filePath(QStringLiteral("lines.txt"));
    writeFile(txt, "first line\n\nsecond line\r\nthird line\n");
    QSignalSpy done(m_panel.get(), &EmbeddingsPanel::fileFinished);
    m_panel->importFile(txt);
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(m_panel->model()->rowCount(), 3);

    const QString csv = dir.filePath(QStringLiteral("table.csv"));
    writeFile(csv, "id,title,body\n1,Cats,\"Cats sit, on mats\"\n2,Money,\"Revenue \"\"grew\"\"\"\n");
    m_panel->importFile(csv);
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_panel->findChild<ImportDialog *>()) != nullptr, kWaitMs);
    QCOMPARE(dialog->textPicker()->currentText(), QStringLiteral("body"));
    dialog->labelPicker()->setCurrentIndex(dialog->labelPicker()->findText(QStringLiteral("title")));
    dialog->accept();
    QVERIFY(done.wait(kWaitMs) || done.size() == 2);
    QCOMPARE(m_panel->model()->rowCount(), 5);
    QCOMPARE(m_panel->model()->item(3).label, QStringLiteral("Cats"));
    QCOMPARE(m_panel->model()->item(4).text, QStringLiteral("Revenue \"grew\""));
    const QPointer<ImportDialog> csvDialog(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(csvDialog.isNull(), kWaitMs); // closed and gone

    const QString jsonl = dir.filePath(QStringLiteral("records.jsonl"));
    writeFile(jsonl, "{\"name\": \"a\", \"content\": \"alpha text\"}\nnot json\n{\"name\": \"b\", "
                     "\"content\": \"beta\"}\n");
    m_panel->importFile(jsonl);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_panel->findChild<ImportDialog *>()) != nullptr, kWaitMs);
    dialog->textPicker()->setCurrentIndex(dialog->textPicker()->findText(QStringLiteral("content")));
    QCOMPARE(dialog->labelPicker()->currentText(), QStringLiteral("name"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 7, kWaitMs);
    QCOMPARE(m_panel->model()->item(6).label, QStringLiteral("b"));
    QCOMPARE(m_panel->model()->item(5).text, QStringLiteral("alpha text"));
}

void TestEmbeddingsPanel::importRefusesBadFiles()
{
    QTemporaryDir dir;
    QSignalSpy done(m_panel.get(), &EmbeddingsPanel::fileFinished);
    const QString latin1 = dir.filePath(QStringLiteral("latin1.txt"));
    writeFile(latin1, "caf\xe9\n");
    m_panel->importFile(latin1);
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(done.last().at(0).toBool(), false);
    QVERIFY(m_panel->messageLabel()->text().contains(QLatin1String("UTF-8")));
    m_panel->importFile(dir.filePath(QStringLiteral("missing.txt")));
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(m_panel->messageLabel()->text().contains(QLatin1String("missing.txt")));
    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    writeFile(broken, "a,b\n1,\"open quote\n");
    m_panel->importFile(broken);
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(m_panel->messageLabel()->text().contains(QLatin1String("quote")));
    QCOMPARE(m_panel->model()->rowCount(), 0);
}

void TestEmbeddingsPanel::exportsAndReopenedSet()
{
    m_panel->addTexts(sampleTexts());
    m_panel->model()->setData(m_panel->model()->index(0, EmbeddingSetModel::LabelColumn),
                              QStringLiteral("cat"));
    QVERIFY(computeAll(*m_panel));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->heatmap()->size(), 8, kWaitMs);
    QTemporaryDir dir;
    QSignalSpy done(m_panel.get(), &EmbeddingsPanel::fileFinished);
    const struct {
        EmbeddingsPanel::Export what;
        const char *name;
    } exports[] = {{EmbeddingsPanel::Export::VectorsCsv, "v.csv"},
                   {EmbeddingsPanel::Export::VectorsJson, "v.json"},
                   {EmbeddingsPanel::Export::VectorsNpy, "v.npy"},
                   {EmbeddingsPanel::Export::SimilarityCsv, "s.csv"}};
    for (const auto &e : exports) {
        m_panel->exportTo(e.what, dir.filePath(QLatin1String(e.name)));
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
    }
    QFile csv(dir.filePath(QStringLiteral("v.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 9);
    QFile npy(dir.filePath(QStringLiteral("v.npy")));
    QVERIFY(npy.open(QIODevice::ReadOnly));
    QVERIFY(npy.readAll().contains("'shape': (8, 768)"));
    QFile similarity(dir.filePath(QStringLiteral("s.csv")));
    QVERIFY(similarity.open(QIODevice::ReadOnly));
    QVERIFY(similarity.readLine().startsWith("label,cat,"));
    QCOMPARE(QJsonDocument::fromJson([&] {
                 QFile f(dir.filePath(QStringLiteral("v.json")));
                 f.open(QIODevice::ReadOnly);
                 return f.readAll();
             }())
                 .object()
                 .value(QLatin1String("count"))
                 .toInt(),
             8);
    // An unwritable place is reported, not a crash.
    m_panel->exportTo(EmbeddingsPanel::Export::VectorsCsv, dir.filePath(QStringLiteral("no/such/dir/v.csv")));
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(done.last().at(0).toBool(), false);

    // Save, and reopen in a fresh panel: the same texts, labels and vectors, and a map.
    m_panel->rankingView()->setQuery(QStringLiteral("the query"));
    const QString set = dir.filePath(QStringLiteral("set.loquat-embeddings.json"));
    m_panel->saveSet(set);
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(done.last().at(0).toBool());
    EmbeddingsPanel reopened(&m_fixture->network(), m_fixture->config());
    reopened.show();
    QSignalSpy reopenedDone(&reopened, &EmbeddingsPanel::fileFinished);
    reopened.openSet(set);
    QVERIFY(reopenedDone.wait(kWaitMs));
    QVERIFY2(reopenedDone.last().at(0).toBool(), qPrintable(reopenedDone.last().at(1).toString()));
    QCOMPARE(reopened.model()->rowCount(), 8);
    QCOMPARE(reopened.model()->vectorCount(), 8);
    QCOMPARE(reopened.model()->item(0).label, QStringLiteral("cat"));
    for (int i = 0; i < 8; ++i)
        QCOMPARE(reopened.model()->item(i).vector, m_panel->model()->item(i).vector);
    QCOMPARE(reopened.rankingView()->query(), QStringLiteral("the query"));
    QTRY_COMPARE_WITH_TIMEOUT(reopened.heatmap()->size(), 8, kWaitMs);
    // A damaged file is refused with a reason.
    const QString damaged = dir.filePath(QStringLiteral("damaged.json"));
    writeFile(damaged, "{\"format\":\"loquat-embeddings\",\"version\":7}");
    reopened.openSet(damaged);
    QVERIFY(reopenedDone.wait(kWaitMs));
    QCOMPARE(reopenedDone.last().at(0).toBool(), false);
    QCOMPARE(reopened.model()->rowCount(), 8); // nothing lost
}

void TestEmbeddingsPanel::listEditing()
{
    QCOMPARE(m_panel->addLines(QStringLiteral("a\n\n b \nc\n")), 3);
    QTableView *table = m_panel->tableView();
    table->selectRow(2);
    m_panel->moveSelected(-1);
    QCOMPARE(m_panel->model()->item(1).text, QStringLiteral("c"));
    m_panel->moveSelected(-1);
    QCOMPARE(m_panel->model()->item(0).text, QStringLiteral("c"));
    table->selectRow(1);
    m_panel->removeSelected();
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(m_panel->model()->item(1).text, QStringLiteral(" b "));
    // Settings are remembered for the next start.
    m_panel->batchSizeBox()->setValue(17);
    m_panel->dimensionsBox()->setValue(256);
    EmbeddingsPanel again(&m_fixture->network(), m_fixture->config());
    QCOMPARE(again.batchSizeBox()->value(), 17);
    QCOMPARE(again.dimensionsBox()->value(), 256);
    QCOMPARE(again.serverPicker()->addressText(), m_fixture->sim().baseUrl().toString());
}

QTEST_MAIN(TestEmbeddingsPanel)
#include "tst_embeddingspanel.moc"
