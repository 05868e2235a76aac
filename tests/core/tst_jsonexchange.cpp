// JsonExchange over loopback against the simulator: GET and POST, the error shapes readObject()
// turns into one ApiError (including HTTP 200 with an error body), the first-byte time-out,
// a body cut off, and cancel.
#include "api/jsonexchange.h"
#include "api/vllmclient.h"
#include "simfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

HttpResult run(SimFixture &fixture, const QUrl &url, const QByteArray &body, const ServerConfig &config)
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
    void followsRedirectsByHand();
};

void TestJsonExchange::getAndPost()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    const HttpResult models = run(fixture, fixture.config().endpoint(u"models"), {}, fixture.config());
    QCOMPARE(models.status, 200);
    QJsonObject object;
    QVERIFY(!VllmClient::readObject(models, object).isError());
    QVERIFY(object.contains(QLatin1String("data")));
    const HttpResult post = run(fixture, fixture.config().endpoint(u"embeddings"),
                                embedBody(QStringLiteral("x")), fixture.config());
    QCOMPARE(post.status, 200);
    QCOMPARE(post.contentType, QByteArray("application/json"));
    QCOMPARE(fixture.sim().poolingRequestCount(), 1); // sent as application/json, or it would be a 400
}

void TestJsonExchange::errorBodies()
{
    SimFixture fixture; // a chat model: no embeddings route
    const HttpResult r = run(fixture, fixture.config().endpoint(u"embeddings"),
                             embedBody(QStringLiteral("x")), fixture.config());
    QCOMPARE(r.status, 404);
    QJsonObject object;
    ApiError error = VllmClient::readObject(r, object);
    QVERIFY(error.isRouteNotFound());
    SimFixture closed;
    ServerConfig config = closed.config();
    QUrl url = config.baseUrl;
    url.setPort(SimFixture::closedPort());
    config.baseUrl = url;
    const HttpResult refused = run(closed, config.endpoint(u"models"), {}, config);
    QCOMPARE(refused.transportError.kind, ApiError::Kind::ConnectionRefused);
    error = VllmClient::readObject(refused, object);
    QCOMPARE(error.kind, ApiError::Kind::ConnectionRefused);
}

void TestJsonExchange::status200WithAnErrorBody()
{
    SimOptions options;
    options.dialect = SimDialect::VllmLegacy;
    SimFixture fixture(options);
    const HttpResult r = run(fixture, fixture.config().endpoint(u"embeddings"),
                             embedBody(QStringLiteral("x")), fixture.config());
    QCOMPARE(r.status, 200);
    QJsonObject object;
    const ApiError error = VllmClient::readObject(r, object);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.serverMessage, QStringLiteral("The model does not support Embeddings API"));
}

void TestJsonExchange::firstByteTimeout()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    ServerConfig config = fixture.config();
    config.firstByteTimeoutMs = 200;
    const HttpResult r = run(fixture, config.endpoint(u"embeddings"),
                             embedBody(QStringLiteral("x\n/sim fault=stall-before-first-byte")), config);
    QCOMPARE(r.transportError.kind, ApiError::Kind::ConnectTimeout);
}

void TestJsonExchange::bodyCutOff()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    fixture.sim().setNextFault(SimFault::make(SimFault::Kind::ResetAfterHeaders));
    const HttpResult r = run(fixture, fixture.config().endpoint(u"embeddings"),
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

void TestJsonExchange::followsRedirectsByHand()
{
    SimFixture fixture(SimOptions::forTask(SimTask::Embed));
    // A 307 keeps the POST and its body; the answer comes from the new address.
    const HttpResult moved = run(fixture, fixture.config().endpoint(u"embeddings"),
                                 embedBody(QStringLiteral("x\n/sim fault=redirect")), fixture.config());
    QCOMPARE(moved.status, 200);
    QCOMPARE(fixture.sim().poolingRequestCount(), 2);
    QCOMPARE(fixture.sim().lastPoolingBody().value(QLatin1String("input")).toString(),
             QStringLiteral("x\n/sim fault=redirect"));
    const HttpResult loop = run(fixture, fixture.config().endpoint(u"embeddings"),
                                embedBody(QStringLiteral("x\n/sim fault=redirect-loop")), fixture.config());
    QVERIFY(loop.transportError.isError());
    QCOMPARE(loop.status, 0);
}

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "tst_jsonexchange.moc"
