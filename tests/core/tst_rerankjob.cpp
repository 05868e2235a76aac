// RerankJob against in-process simulators: a cross-encoder's /v1/rerank, an embedding model used
// as a bi-encoder, the fallback through /rerank and /score when a route is not there, batches,
// and the servers that have no reranker at all (a chat model, an old vLLM answering HTTP 200 with
// an error body).
#include "api/vllmclient.h"
#include "embeddings/rerankjob.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace {

const QStringList kDocuments{QStringLiteral("Bananas are yellow."),
                             QStringLiteral("The capital of France is Paris."),
                             QStringLiteral("Berlin is in Germany."), QStringLiteral("France exports wine.")};

bool runToEnd(RerankJob &job)
{
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    return !finished.isEmpty() || finished.wait(15000);
}

} // namespace

class TestRerankJob final : public QObject {
    Q_OBJECT

private slots:
    void crossEncoderScoresEveryDocument();
    void batchesKeepTheirPlaces();
    void fallsBackToRootRoutes();
    void scoreRouteWhenRerankIsMissing();
    void chatServerHasNoReranker();
    void oldServerErrorWithStatus200();
    void cancel();
};

void TestRerankJob::crossEncoderScoresEveryDocument()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Score));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    RerankJob job(&client, QStringLiteral("sim-reranker"), QStringLiteral("capital of France"), kDocuments);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), RerankJob::State::Finished);
    QCOMPARE(job.route(), RerankJob::Route::V1Rerank);
    QCOMPARE(job.routePath(), QStringLiteral("/v1/rerank"));
    QCOMPARE(fixture.sim().lastPoolingPath(), QByteArray("/v1/rerank"));
    QCOMPARE(job.model(), QStringLiteral("sim-reranker"));
    QCOMPARE(job.scores().size(), 4);
    for (double s : job.scores())
        QVERIFY(s > 0 && s < 1);
    // The document that holds the query's words wins; the unrelated ones lose.
    QVERIFY(job.scores()[1] > job.scores()[3]);
    QVERIFY(job.scores()[3] > job.scores()[0]);
    QVERIFY(job.usage().promptTokens > 0);
}

void TestRerankJob::batchesKeepTheirPlaces()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Score));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    RerankJob whole(&client, QString(), QStringLiteral("France"), kDocuments, 64);
    QVERIFY(runToEnd(whole));
    RerankJob batched(&client, QString(), QStringLiteral("France"), kDocuments, 3);
    QSignalSpy progress(&batched, &RerankJob::progressed);
    QVERIFY(runToEnd(batched));
    QCOMPARE(fixture.sim().poolingRequestCount(), 1 + 2);
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(batched.scores(), whole.scores());
}

void TestRerankJob::fallsBackToRootRoutes()
{
    // A server without /v1/rerank (Hugging Face TEI serves only /rerank): the job moves on to
    // /rerank at the root, and remembers it.
    SimOptions options = SimOptions::forTask(SimTask::Score);
    options.unregisteredRoutes = {"/v1/rerank"};
    SimFixture fixture(options);
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    RerankJob job(&client, QString(), QStringLiteral("capital of France"), kDocuments);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), RerankJob::State::Finished);
    QCOMPARE(job.route(), RerankJob::Route::Rerank);
    QCOMPARE(job.routePath(), QStringLiteral("/rerank"));
    QCOMPARE(fixture.sim().lastPoolingPath(), QByteArray("/rerank"));
    QCOMPARE(fixture.sim().poolingRequestCount(), 1); // the 404 is not a pooling request
    QVERIFY(job.scores()[1] > job.scores()[0]);
    // Starting where the last one answered asks once.
    RerankJob again(&client, QString(), QStringLiteral("capital of France"), kDocuments);
    again.setFirstRoute(job.route());
    QVERIFY(runToEnd(again));
    QCOMPARE(fixture.sim().requestCount(), 3);
}

void TestRerankJob::scoreRouteWhenRerankIsMissing()
{
    // vLLM before its rerank API (v0.7.3) had only /score: the job ends up there, with text_1/text_2.
    SimOptions options = SimOptions::forTask(SimTask::Score);
    options.unregisteredRoutes = {"/v1/rerank", "/rerank", "/v2/rerank"};
    SimFixture fixture(options);
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    RerankJob score(&client, QString(), QStringLiteral("capital of France"), kDocuments, 3);
    QVERIFY(runToEnd(score));
    QCOMPARE(score.state(), RerankJob::State::Finished);
    QCOMPARE(score.route(), RerankJob::Route::Score);
    QCOMPARE(fixture.sim().lastPoolingPath(), QByteArray("/score"));
    QCOMPARE(fixture.sim().lastPoolingBody().value(QLatin1String("text_1")).toString(),
             QStringLiteral("capital of France"));
    // The same scores as the rerank route gives.
    SimFixture full(SimOptions::forTask(SimTask::Score));
    VllmClient fullClient(&full.network());
    fullClient.setServer(full.config());
    RerankJob rerank(&fullClient, QString(), QStringLiteral("capital of France"), kDocuments);
    QVERIFY(runToEnd(rerank));
    for (int i = 0; i < 4; ++i)
        QVERIFY(std::fabs(score.scores()[i] - rerank.scores()[i]) < 1e-6);
}

void TestRerankJob::chatServerHasNoReranker()
{
    SimFixture fixture; // a chat model: /v1/rerank, /rerank and /score are all 404
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    RerankJob job(&client, QString(), QStringLiteral("q"), kDocuments);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), RerankJob::State::Failed);
    QCOMPARE(job.route(), RerankJob::Route::Score); // it tried all three
    QVERIFY(job.errorMessage().contains(QLatin1String("does not serve a reranker")));
}

void TestRerankJob::oldServerErrorWithStatus200()
{
    SimOptions options;
    options.dialect = SimDialect::VllmLegacy;
    SimFixture fixture(options);
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    RerankJob job(&client, QString(), QStringLiteral("q"), kDocuments);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.state(), RerankJob::State::Failed);
    QCOMPARE(job.error().serverMessage, QStringLiteral("The model does not support Rerank (Score) API"));
}

void TestRerankJob::cancel()
{
    SimOptions options = SimOptions::forTask(SimTask::Score);
    options.tokenDelayMs = 500;
    SimFixture fixture(options);
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    RerankJob job(&client, QString(), QStringLiteral("q"), kDocuments);
    QSignalSpy finished(&job, &RerankJob::finished);
    QSignalSpy arrived(&fixture.sim(), &SimServer::poolingRequestReceived);
    job.start();
    QVERIFY(arrived.wait(5000));
    job.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.state(), RerankJob::State::Canceled);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().disconnectCount(), 1, 5000);
}

QTEST_GUILESS_MAIN(TestRerankJob)
#include "tst_rerankjob.moc"
