// JsonExchange over loopback against the simulator: GET and POST, the error shapes object()
// turns into one ApiError (including HTTP 200 with an error body), the first-byte time-out,
// a body cut off, and cancel.
#include "api/jsonexchange.h"
#include "simfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

JsonExchange::Result run(SimFixture &fixture, const QUrl &url, const QByteArray &body,
                         const ServerConfig &config)
{
    JsonExchange exchange(&fixture.network(), config, url, body);
    QSignalSpy finished(&exchange, &JsonExchange::finished);
    exchange.start();
    if (!finished.wait(10000))
        qWarning("the exchange did not finish");
    return exchange.result();
}

QByteArray embedBody(const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("input"), text}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonExchange final : public QObject {
    Q_OBJECT

private slots:
    void getAndPost();
    void errorBodies();
    void status200WithAnErrorBody();
    void firstByteTimeout();
    void bodyCutOff();
    void cancel();
};

void TestJsonExchange::getAndPost()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    const JsonExchange::Result models =
        run(fixture, fixture.config().endpoint(u"models"), {}, fixture.config());
    QVERIFY(models.isSuccess());
    ApiError error;
    QVERIFY(models.object(error).contains(QLatin1String("data")));
    QVERIFY(!error.isError());
    const JsonExchange::Result post = run(fixture, fixture.config().endpoint(u"embeddings"),
                                          embedBody(QStringLiteral("x")), fixture.config());
    QCOMPARE(post.status, 200);
    QCOMPARE(post.contentType, QByteArray("application/json"));
    QCOMPARE(fixture.sim().poolingRequestCount(), 1); // sent as application/json, or it would be a 400
}

void TestJsonExchange::errorBodies()
{
    SimFixture fixture; // a chat model: no embeddings route
    const JsonExchange::Result r = run(fixture, fixture.config().endpoint(u"embeddings"),
                                       embedBody(QStringLiteral("x")), fixture.config());
    QCOMPARE(r.status, 404);
    ApiError error;
    QVERIFY(r.object(error).isEmpty());
    QVERIFY(error.isRouteNotFound());
    SimFixture closed;
    ServerConfig config = closed.config();
    QUrl url = config.baseUrl;
    url.setPort(SimFixture::closedPort());
    config.baseUrl = url;
    const JsonExchange::Result refused = run(closed, config.endpoint(u"models"), {}, config);
    QCOMPARE(refused.transportError.kind, ApiError::Kind::ConnectionRefused);
    refused.object(error);
    QCOMPARE(error.kind, ApiError::Kind::ConnectionRefused);
}

void TestJsonExchange::status200WithAnErrorBody()
{
    SimOptions options;
    options.dialect = SimDialect::VllmLegacy;
    SimFixture fixture(options);
    const JsonExchange::Result r = run(fixture, fixture.config().endpoint(u"embeddings"),
                                       embedBody(QStringLiteral("x")), fixture.config());
    QCOMPARE(r.status, 200);
    ApiError error;
    r.object(error);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.serverMessage, QStringLiteral("The model does not support Embeddings API"));
}

void TestJsonExchange::firstByteTimeout()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    ServerConfig config = fixture.config();
    config.firstByteTimeoutMs = 200;
    const JsonExchange::Result r =
        run(fixture, config.endpoint(u"embeddings"),
            embedBody(QStringLiteral("x\n/sim fault=stall-before-first-byte")), config);
    QCOMPARE(r.transportError.kind, ApiError::Kind::ConnectTimeout);
}

void TestJsonExchange::bodyCutOff()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    fixture.sim().setNextFault(SimFault::make(SimFault::Kind::ResetAfterHeaders));
    const JsonExchange::Result r = run(fixture, fixture.config().endpoint(u"embeddings"),
                                       embedBody(QStringLiteral("x")), fixture.config());
    QCOMPARE(r.transportError.kind, ApiError::Kind::Truncated);
    QVERIFY(r.body.isEmpty()); // half a body is never handed out
}

void TestJsonExchange::cancel()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    JsonExchange exchange(&fixture.network(), fixture.config(), fixture.config().endpoint(u"embeddings"),
                          embedBody(QStringLiteral("slow\n/sim delay=2000")));
    QSignalSpy finished(&exchange, &JsonExchange::finished);
    QSignalSpy arrived(&fixture.sim(), &SimServer::poolingRequestReceived);
    exchange.start();
    QVERIFY(arrived.wait(5000));
    exchange.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(exchange.result().transportError.kind, ApiError::Kind::Canceled);
    exchange.cancel(); // twice is harmless
    QCOMPARE(finished.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().disconnectCount(), 1, 5000);
}

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "tst_jsonexchange.moc"
