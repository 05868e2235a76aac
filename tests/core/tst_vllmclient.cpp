// VllmClient (core/api) against the simulator: models, health, version, metrics, tokenize and
// chat creation, and the insight routes against a server that lacks them (llama.cpp).

#include "api/chatstream.h"
#include "api/vllmclient.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

namespace {

struct ModelsResult {
    bool called = false;
    ModelList models;
    ApiError error;
};

struct HealthResult {
    bool called = false;
    bool healthy = false;
    ApiError error;
};

ModelsResult fetchModels(VllmClient &client, QObject *context)
{
    ModelsResult result;
    client.fetchModels(context, [&result](const ModelList &models, const ApiError &error) {
        result.called = true;
        result.models = models;
        result.error = error;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.called, 15000); }();
    return result;
}

HealthResult checkHealth(VllmClient &client, QObject *context)
{
    HealthResult result;
    client.checkHealth(context, [&result](bool healthy, const ApiError &error) {
        result.called = true;
        result.healthy = healthy;
        result.error = error;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.called, 15000); }();
    return result;
}

template<typename T> struct Answer {
    bool called = false;
    T value{};
    ApiError error;
};

Answer<QString> fetchVersion(VllmClient &client)
{
    Answer<QString> a;
    client.fetchVersion(nullptr, [&a](const QString &v, const ApiError &e) { a = {true, v, e}; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(a.called, 15000); }();
    return a;
}

Answer<ServerMetrics> fetchMetrics(VllmClient &client)
{
    Answer<ServerMetrics> a;
    client.fetchMetrics(nullptr, [&a](const ServerMetrics &m, const ApiError &e) { a = {true, m, e}; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(a.called, 15000); }();
    return a;
}

Answer<TokenCount> tokenize(VllmClient &client, const ChatRequest &request)
{
    Answer<TokenCount> a;
    client.tokenize(request, nullptr, [&a](const TokenCount &c, const ApiError &e) { a = {true, c, e}; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(a.called, 15000); }();
    return a;
}

} // namespace

class TestVllmClient : public QObject {
    Q_OBJECT

private slots:
    void fetchModelsReadsCards()
    {
        SimFixture fixture;
        VllmClient client(&fixture.network());
        QSignalSpy changed(&client, &VllmClient::serverChanged);
        client.setServer(fixture.config());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(client.server().baseUrl, fixture.sim().baseUrl());
        const ModelsResult r = fetchModels(client, this);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.userMessage()));
        QCOMPARE(r.models.size(), 5); // and the multimodal sim-vision and sim-omni
        QCOMPARE(r.models[0].id, QStringLiteral("sim-chat"));
        QCOMPARE(r.models[0].maxModelLen, 8192);
        QCOMPARE(r.models[0].root, QStringLiteral("/models/sim-chat"));
        QCOMPARE(r.models[0].ownedBy, QStringLiteral("vllm"));
        QVERIFY(r.models[0].parent.isEmpty());
        QCOMPARE(r.models[1].id, QStringLiteral("sim-reasoner"));
        // The LoRA card: parent set, max_model_len null.
        QCOMPARE(r.models[2].id, QStringLiteral("sim-lora"));
        QCOMPARE(r.models[2].parent, QStringLiteral("sim-chat"));
        QCOMPARE(r.models[2].maxModelLen, -1);
    }

    void fetchModelsNeedsTheKey()
    {
        SimOptions options;
        options.apiKey = QStringLiteral("secret");
        SimFixture fixture(options);
        VllmClient client(&fixture.network());
        client.setServer(fixture.config());
        ModelsResult r = fetchModels(client, this);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY(r.error.userMessage().contains(QStringLiteral("API key")));
        QVERIFY(r.models.isEmpty());

        ServerConfig config = fixture.config();
        config.apiKey = QStringLiteral("secret");
        client.setServer(config);
        r = fetchModels(client, this);
        QVERIFY(!r.error.isError());
        QCOMPARE(r.models.size(), 5);
        // /health is never guarded, so it cannot validate a key.
        client.setServer(fixture.config());
        QVERIFY(checkHealth(client, this).healthy);
    }

    void fetchModelsFromLlamaCpp()
    {
        SimOptions options;
        options.dialect = SimDialect::LlamaCpp;
        SimFixture fixture(options);
        VllmClient client(&fixture.network());
        client.setServer(fixture.config());
        const ModelsResult r = fetchModels(client, this);
        QVERIFY(!r.error.isError());
        QCOMPARE(r.models.size(), 1);
        QCOMPARE(r.models[0].ownedBy, QStringLiteral("llamacpp"));
        QCOMPARE(r.models[0].maxModelLen, 8192);    // from meta.n_ctx_train
        QVERIFY(checkHealth(client, this).healthy); // {"status":"ok"}
    }

    void fetchModelsErrors()
    {
        SimFixture fixture;
        VllmClient client(&fixture.network());
        ServerConfig config = fixture.config();
        // A base URL whose /models is not a route: FastAPI's {"detail":"Not Found"}.
        config.baseUrl = fixture.sim().rootUrl();
        config.baseUrl.setPath(QStringLiteral("/wrong"));
        client.setServer(config);
        ModelsResult r = fetchModels(client, this);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 404);
        QCOMPARE(r.error.serverMessage, QStringLiteral("Not Found"));

        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(SimFixture::closedPort()));
        client.setServer(config);
        r = fetchModels(client, this);
        QCOMPARE(r.error.kind, ApiError::Kind::ConnectionRefused);
    }

    void checkHealthStates()
    {
        SimFixture fixture;
        VllmClient client(&fixture.network());
        client.setServer(fixture.config());
        HealthResult r = checkHealth(client, this);
        QVERIFY(r.healthy);
        QVERIFY(!r.error.isError());

        SimOptions options = fixture.sim().options();
        options.engineDead = true;
        fixture.sim().setOptions(options);
        r = checkHealth(client, this);
        QVERIFY(!r.healthy);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 503);

        ServerConfig refused = fixture.config();
        refused.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(SimFixture::closedPort()));
        client.setServer(refused);
        r = checkHealth(client, this);
        QVERIFY(!r.healthy);
        QCOMPARE(r.error.kind, ApiError::Kind::ConnectionRefused);
    }

    void versionMetricsAndTokenizeFromVllm()
    {
        SimOptions options;
        options.version = QStringLiteral("0.21.1.dev5+g1234abcd");
        options.apiKey = QStringLiteral("secret"); // none of these routes needs it (§2)
        SimFixture fixture(options);
        VllmClient client(&fixture.network());
        client.setServer(fixture.config());
        const Answer<QString> version = fetchVersion(client);
        QVERIFY2(!version.error.isError(), qPrintable(version.error.userMessage()));
        QCOMPARE(version.value, QStringLiteral("0.21.1.dev5+g1234abcd"));

        const Answer<ServerMetrics> idle = fetchMetrics(client);
        QVERIFY(!idle.error.isError());
        QCOMPARE(idle.value.running.value_or(-1), 0.0);
        QCOMPARE(idle.value.waiting.value_or(-1), 0.0);
        QCOMPARE(idle.value.kvCacheUsage.value_or(-1), 0.0);

        ChatRequest request = SimFixture::request(QStringLiteral("How many tokens is this?"));
        request.messages.prepend(
            ChatMessage{QStringLiteral("system"), QStringLiteral("Be brief."), {}, {}, {}});
        const Answer<TokenCount> tokens = tokenize(client, request);
        QVERIFY2(!tokens.error.isError(), qPrintable(tokens.error.userMessage()));
        QVERIFY(tokens.value.count > 5);
        QCOMPARE(tokens.value.maxModelLen, 8192);
        // The same figure the chat's usage reports for the prompt.
        ServerConfig keyed = fixture.config();
        keyed.apiKey = QStringLiteral("secret");
        ChatStream *stream = fixture.run(request, keyed);
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QCOMPARE(stream->result().usage().promptTokens, tokens.value.count);
        // The /tokenize body is the messages form, with the template's generation prompt.
        const SimRequestRecord *tokenizeRecord = nullptr;
        for (const SimRequestRecord &r : fixture.sim().requests()) {
            if (r.path == "/tokenize")
                tokenizeRecord = &r;
        }
        QVERIFY(tokenizeRecord);
        QCOMPARE(tokenizeRecord->method, QByteArray("POST"));
        QCOMPARE(tokenizeRecord->header("content-type"), QByteArray("application/json"));

        // An unknown model is the server's 404.
        request.model = QStringLiteral("nope");
        QCOMPARE(tokenize(client, request).error.httpStatus, 404);
    }

    void metricsCountRunningAndWaitingRequests()
    {
        SimOptions options;
        options.maxNumSeqs = 1;
        options.tokenDelayMs = 50;
        SimFixture fixture(options);
        VllmClient client(&fixture.network());
        client.setServer(fixture.config());
        ChatStream *a = client.createChat(SimFixture::request(QStringLiteral("one")), this);
        ChatStream *b = client.createChat(SimFixture::request(QStringLiteral("two")), this);
        ChatStream *c = client.createChat(SimFixture::request(QStringLiteral("three")), this);
        for (ChatStream *s : {a, b, c})
            s->start();
        QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().waitingResponses(), 2, 15000);
        const Answer<ServerMetrics> busy = fetchMetrics(client);
        QCOMPARE(busy.value.running.value_or(-1), 1.0);
        QCOMPARE(busy.value.waiting.value_or(-1), 2.0);
        QVERIFY(busy.value.kvCacheUsage.value_or(-1) > 0.0);
        for (ChatStream *s : {a, b, c})
            s->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().activeResponses() + fixture.sim().waitingResponses(), 0,
                                  15000);
        delete a;
        delete b;
        delete c;
    }

    void insightRoutesALlamaCppServerLacks()
    {
        SimOptions options;
        options.dialect = SimDialect::LlamaCpp;
        SimFixture fixture(options);
        VllmClient client(&fixture.network());
        client.setServer(fixture.config());
        const Answer<QString> version = fetchVersion(client);
        QCOMPARE(version.error.kind, ApiError::Kind::Http);
        QCOMPARE(version.error.httpStatus, 404);
        QVERIFY(version.value.isEmpty());
        const Answer<ServerMetrics> metrics = fetchMetrics(client);
        QCOMPARE(metrics.error.httpStatus, 501); // llama-server without --metrics
        QVERIFY(metrics.value.isEmpty());
        const Answer<TokenCount> tokens = tokenize(client, SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(tokens.error.kind, ApiError::Kind::MalformedResponse); // a bare token list, no count
        QCOMPARE(tokens.value.count, -1);

        // With --metrics it exposes its own series, which read the same way.
        options.llamaMetrics = true;
        fixture.sim().setOptions(options);
        const Answer<ServerMetrics> enabled = fetchMetrics(client);
        QVERIFY(!enabled.error.isError());
        QCOMPARE(enabled.value.running.value_or(-1), 0.0);
        QCOMPARE(enabled.value.waiting.value_or(-1), 0.0);
    }

    void callbacksAreSkippedOnceTheContextIsGone()
    {
        SimFixture fixture;
        VllmClient client(&fixture.network());
        client.setServer(fixture.config());
        bool called = false;
        auto *context = new QObject;
        client.fetchModels(context, [&called](const ModelList &, const ApiError &) { called = true; });
        delete context;
        // A second request with a live context completes; the first callback never ran.
        QVERIFY(!fetchModels(client, this).error.isError());
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void createChatUsesTheServer()
    {
        SimFixture fixture;
        VllmClient client(&fixture.network());
        ServerConfig config = fixture.config();
        config.apiKey = QStringLiteral("abc");
        client.setServer(config);
        ChatStream *stream = client.createChat(SimFixture::request(QStringLiteral("Hi")), this);
        QCOMPARE(stream->parent(), this);
        QCOMPARE(stream->state(), ChatStream::State::Idle);
        QSignalSpy finished(stream, &ChatStream::finished);
        stream->start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QCOMPARE(fixture.sim().lastChatHeader("authorization"), QByteArray("Bearer abc"));
        delete stream;
    }
};

QTEST_GUILESS_MAIN(TestVllmClient)
#include "tst_vllmclient.moc"
