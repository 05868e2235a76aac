// EmbeddingJob against the in-process simulator over real loopback HTTP: batching, base64 versus
// float, dimensions and truncation on the wire, a too-long text isolated with vLLM's message,
// chat-only and old servers, retries, a server that drops out mid-run and a resume that ends with
// the same vectors as an uninterrupted run, cancel, and non-finite vectors.
#include "api/vllmclient.h"
#include "embeddings/embeddingjob.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace {

QList<EmbeddingJob::Input> inputs(int count, const QString &prefix = QStringLiteral("text number"))
{
    QList<EmbeddingJob::Input> out;
    for (int i = 0; i < count; ++i)
        out.append({quint64(100 + i), QStringLiteral("%1 %2 about topic %3").arg(prefix).arg(i).arg(i % 3)});
    return out;
}

QString longText()
{
    QStringList words;
    for (int i = 0; i < 800; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    return words.join(QLatin1Char(' '));
}

EmbeddingRequest settings(EmbeddingRequest::Encoding encoding = EmbeddingRequest::Encoding::Base64)
{
    EmbeddingRequest request;
    request.model = QStringLiteral("sim-embed");
    request.encoding = encoding;
    return request;
}

// Collects what a job hands out.
struct Collector {
    QHash<quint64, QList<float>> vectors;
    QHash<quint64, ApiError> failed;
    QList<quint64> nonFinite;
    QList<QPair<int, int>> progress;
    int batches = 0;

    void attach(EmbeddingJob *job)
    {
        QObject::connect(
            job, &EmbeddingJob::batchFinished, job,
            [this](const QList<quint64> &keys, const QList<QList<float>> &vs, const QList<quint64> &nf) {
                ++batches;
                for (qsizetype i = 0; i < keys.size(); ++i)
                    vectors.insert(keys[i], vs[i]);
                nonFinite += nf;
            });
        QObject::connect(job, &EmbeddingJob::itemFailed, job,
                         [this](quint64 key, const ApiError &e) { failed.insert(key, e); });
        QObject::connect(job, &EmbeddingJob::progressed, job, [this](int done, int total) {
            progress.append({done, total});
        });
    }
};

bool runToEnd(EmbeddingJob *job, int timeoutMs = 20000)
{
    QSignalSpy finished(job, &EmbeddingJob::finished);
    job->start();
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

} // namespace

class TestEmbeddingJob final : public QObject {
    Q_OBJECT

private slots:
    void batchesAndBase64MatchesFloat();
    void settingsReachTheWire();
    void tooLongTextIsIsolated();
    void chatOnlyServerGivesVllmsAnswer();
    void oldServerErrorWithStatus200();
    void unsupportedDimensionsEndTheJob();
    void serverDropsOutThenResume();
    void retriesTransientFailures();
    void cancelStopsTheRequest();
    void nonFiniteVectorsAreReported();
    void emptyJobFinishes();
};

void TestEmbeddingJob::batchesAndBase64MatchesFloat()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());

    EmbeddingJob job(&client, settings(), inputs(10), 3);
    Collector base64;
    base64.attach(&job);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Finished);
    QCOMPARE(job.requestCount(), 4); // 3 + 3 + 3 + 1
    QCOMPARE(fixture.sim().poolingRequestCount(), 4);
    QCOMPARE(base64.batches, 4);
    QCOMPARE(base64.vectors.size(), 10);
    QCOMPARE(base64.progress.last(), qMakePair(10, 10));
    for (qsizetype i = 1; i < base64.progress.size(); ++i)
        QVERIFY(base64.progress[i].first >= base64.progress[i - 1].first);
    QVERIFY(job.usage().promptTokens > 0);
    QCOMPARE(job.usage().totalTokens, job.usage().promptTokens);
    QVERIFY(job.remaining().isEmpty());

    EmbeddingJob floatJob(&client, settings(EmbeddingRequest::Encoding::Float), inputs(10), 10);
    Collector asFloat;
    asFloat.attach(&floatJob);
    QVERIFY(runToEnd(&floatJob));
    QCOMPARE(floatJob.requestCount(), 1);
    QCOMPARE(floatJob.usage().promptTokens, job.usage().promptTokens);
    for (auto it = base64.vectors.cbegin(); it != base64.vectors.cend(); ++it) {
        QCOMPARE(it.value().size(), 768);
        QCOMPARE(asFloat.vectors.value(it.key()), it.value()); // bit for bit
    }
}

void TestEmbeddingJob::settingsReachTheWire()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    EmbeddingRequest request = settings();
    request.dimensions = 128;
    request.truncate = true;
    QList<EmbeddingJob::Input> in{{1, QStringLiteral("short")}, {2, longText()}};
    EmbeddingJob job(&client, request, in, 8);
    Collector got;
    got.attach(&job);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Finished);
    const QJsonObject body = fixture.sim().lastPoolingBody();
    QCOMPARE(body.value(QLatin1String("encoding_format")).toString(), QStringLiteral("base64"));
    QCOMPARE(body.value(QLatin1String("endianness")).toString(), QStringLiteral("little"));
    QCOMPARE(body.value(QLatin1String("dimensions")).toInt(), 128);
    QCOMPARE(body.value(QLatin1String("truncate_prompt_tokens")).toInt(), -1);
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("sim-embed"));
    QCOMPARE(got.vectors.value(2).size(), 128);
    double norm = 0;
    for (float x : got.vectors.value(2))
        norm += double(x) * double(x);
    QVERIFY(std::fabs(std::sqrt(norm) - 1.0) < 1e-5);
    QCOMPARE(fixture.sim().lastChatRawBody(), QByteArray()); // nothing went to chat
}

void TestEmbeddingJob::tooLongTextIsIsolated()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    QList<EmbeddingJob::Input> in = inputs(6);
    in[4].text = longText();
    EmbeddingJob job(&client, settings(), in, 6);
    Collector got;
    got.attach(&job);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Finished);
    QCOMPARE(got.vectors.size(), 5);
    QVERIFY(!got.vectors.contains(in[4].key));
    QCOMPARE(got.failed.size(), 1);
    const ApiError error = got.failed.value(in[4].key);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(
        error.serverMessage.startsWith(QLatin1String("This model's maximum context length is 512 tokens.")));
    QCOMPARE(job.done(), 6);
    QVERIFY(job.requestCount() <= 1 + 2 * 3); // halving, not one request per text
}

void TestEmbeddingJob::chatOnlyServerGivesVllmsAnswer()
{
    SimFixture fixture; // a chat model: no /v1/embeddings route
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    EmbeddingJob job(&client, settings(), inputs(3), 8);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Failed);
    QVERIFY(job.error().isRouteNotFound());
    QVERIFY(job.errorMessage().contains(QLatin1String("does not serve embeddings")));
    QCOMPARE(job.remaining().size(), 3);
    QCOMPARE(job.requestCount(), 1); // a 404 is not retried or split
}

void TestEmbeddingJob::oldServerErrorWithStatus200()
{
    SimOptions options;
    options.dialect = SimDialect::VllmLegacy;
    SimFixture fixture(options);
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    EmbeddingJob job(&client, settings(), inputs(2), 8);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Failed);
    QCOMPARE(job.error().serverMessage, QStringLiteral("The model does not support Embeddings API"));
    QVERIFY(job.errorMessage().contains(QLatin1String("The model does not support Embeddings API")));
}

void TestEmbeddingJob::unsupportedDimensionsEndTheJob()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    EmbeddingRequest request = settings();
    request.dimensions = 100;
    EmbeddingJob job(&client, request, inputs(8), 4);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Failed);
    QCOMPARE(job.requestCount(), 1);
    QVERIFY(job.errorMessage().contains(
        QLatin1String("only supports [64, 128, 256, 512, 768] matryoshka dimensions")));
}

void TestEmbeddingJob::serverDropsOutThenResume()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    const QList<EmbeddingJob::Input> all = inputs(12);

    // The reference: one uninterrupted run.
    EmbeddingJob whole(&client, settings(), all, 4);
    Collector reference;
    reference.attach(&whole);
    QVERIFY(runToEnd(&whole));
    QCOMPARE(reference.vectors.size(), 12);

    // From the second request on, the server refuses every connection (it went away).
    fixture.sim().resetCounters();
    QObject::connect(&fixture.sim(), &SimServer::poolingRequestReceived, &fixture.sim(), [&fixture]() {
        if (fixture.sim().poolingRequestCount() == 2)
            fixture.sim().setFault(SimFault::make(SimFault::Kind::Refuse));
    });
    EmbeddingJob first(&client, settings(), all, 4);
    Collector partial;
    partial.attach(&first);
    QSignalSpy retrying(&first, &EmbeddingJob::retrying);
    QVERIFY(runToEnd(&first));
    QCOMPARE(first.state(), EmbeddingJob::State::Failed);
    QCOMPARE(retrying.size(), fixture.config().maxRetries);
    QCOMPARE(partial.vectors.size(), 4); // the finished batch is kept
    const QList<EmbeddingJob::Input> rest = first.remaining();
    QCOMPARE(rest.size(), 8);
    QCOMPARE(rest.first().key, all[4].key); // in order
    QCOMPARE(rest.last().key, all[11].key);
    QVERIFY(!first.errorMessage().isEmpty());

    // The server is back: resume with what is left.
    QObject::disconnect(&fixture.sim(), &SimServer::poolingRequestReceived, nullptr, nullptr);
    fixture.sim().clearFaults();
    EmbeddingJob resumed(&client, settings(), rest, 4);
    partial.attach(&resumed);
    QVERIFY(runToEnd(&resumed));
    QCOMPARE(resumed.state(), EmbeddingJob::State::Finished);
    QCOMPARE(resumed.requestCount(), 2);
    QCOMPARE(partial.vectors, reference.vectors);
}

void TestEmbeddingJob::retriesTransientFailures()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    fixture.sim().setNextFault(SimFault::make(SimFault::Kind::FailTimes, 2)); // two 503s
    EmbeddingJob job(&client, settings(), inputs(3), 8);
    QSignalSpy retrying(&job, &EmbeddingJob::retrying);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Finished);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.first().at(2).value<ApiError>().httpStatus, 503);

    // An answer cut off mid-body is asked again (it has no side effects).
    fixture.sim().setNextFault(SimFault::make(SimFault::Kind::ResetAfterHeaders));
    EmbeddingJob cut(&client, settings(), inputs(3), 8);
    QSignalSpy cutRetry(&cut, &EmbeddingJob::retrying);
    QVERIFY(runToEnd(&cut));
    QCOMPARE(cut.state(), EmbeddingJob::State::Finished);
    QCOMPARE(cutRetry.size(), 1);
    QCOMPARE(cutRetry.first().at(2).value<ApiError>().kind, ApiError::Kind::Truncated);
}

void TestEmbeddingJob::cancelStopsTheRequest()
{
    SimOptions options = SimOptions::forTask(SimTask::Embed);
    options.tokenDelayMs = 300; // per text: a batch of 4 takes 1.2 s
    SimFixture fixture(options);
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    EmbeddingJob job(&client, settings(), inputs(8), 4);
    Collector got;
    got.attach(&job);
    QSignalSpy finished(&job, &EmbeddingJob::finished);
    QSignalSpy arrived(&fixture.sim(), &SimServer::poolingRequestReceived);
    job.start();
    QVERIFY(arrived.wait(5000));
    job.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.state(), EmbeddingJob::State::Canceled);
    QCOMPARE(job.error().kind, ApiError::Kind::Canceled);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().disconnectCount(), 1, 5000); // the server saw the client leave
    QCOMPARE(got.batches, 0);
    QCOMPARE(job.remaining().size(), 8);
}

void TestEmbeddingJob::nonFiniteVectorsAreReported()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    QList<EmbeddingJob::Input> in = inputs(3);
    in[1].text += QStringLiteral("\n/sim nan");
    EmbeddingJob job(&client, settings(), in, 8);
    Collector got;
    got.attach(&job);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Finished);
    QCOMPARE(got.nonFinite, QList<quint64>{in[1].key});
    QVERIFY(std::isnan(got.vectors.value(in[1].key).first()));
}

void TestEmbeddingJob::emptyJobFinishes()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    VllmClient client(&fixture.network());
    client.setServer(fixture.config());
    EmbeddingJob job(&client, settings(), {}, 8);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.state(), EmbeddingJob::State::Finished);
    QCOMPARE(job.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestEmbeddingJob)
#include "tst_embeddingjob.moc"
