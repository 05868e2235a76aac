// ChatStream (core/api) over loopback against the simulator, one failure mode at a time.

#include "api/chatstream.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

using Kind = SimFault::Kind;

QString contentOf(const ChatStream *stream, int index = 0)
{
    const ChoiceState *choice = stream->result().choice(index);
    return choice ? choice->content : QString();
}

bool isValidUtf8Text(const QString &text)
{
    return !text.contains(QChar::ReplacementCharacter) && QString::fromUtf8(text.toUtf8()) == text;
}

} // namespace

class TestChatStream : public QObject {
    Q_OBJECT

private:
    // The text the simulator answers to `text` (non-streaming, no fault): the reference.
    QString referenceAnswer(SimFixture &fixture, const QString &text,
                            const QString &model = QStringLiteral("sim-chat"))
    {
        const ChatStream *whole = fixture.run(SimFixture::request(text, model, false));
        [&] { QCOMPARE(whole->state(), ChatStream::State::Finished); }();
        return contentOf(whole);
    }

private slots:
    void normalStreamDeliversContentUsageAndMetrics()
    {
        SimFixture fixture;
        QVERIFY(fixture.isListening());
        const QString expected = referenceAnswer(fixture, QStringLiteral("Hello"));
        QVERIFY(expected.startsWith(QStringLiteral("## Réponse 1")));

        auto *stream = new ChatStream(&fixture.network(), fixture.config(),
                                      SimFixture::request(QStringLiteral("Hello")), this);
        QSignalSpy progressed(stream, &ChatStream::progressed);
        QSignalSpy finished(stream, &ChatStream::finished);
        stream->start();
        QVERIFY(stream->isActive());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QVERIFY(!stream->error().isError());
        QVERIFY(progressed.count() > 0);
        QCOMPARE(contentOf(stream), expected);
        const ChoiceState *choice = stream->result().choice(0);
        QCOMPARE(choice->finishReason, QStringLiteral("stop"));
        QCOMPARE(choice->role, QStringLiteral("assistant"));
        QVERIFY(stream->result().sawDone());
        QVERIFY(stream->result().responseId().startsWith(QStringLiteral("chatcmpl-")));
        QCOMPARE(stream->result().model(), QStringLiteral("sim-chat"));
        QVERIFY(stream->result().systemFingerprint().startsWith(QStringLiteral("vllm-0.21.1-")));
        const Usage usage = stream->result().usage();
        QVERIFY(usage.promptTokens > 0);
        QVERIFY(usage.completionTokens > 10);
        QCOMPARE(usage.totalTokens, usage.promptTokens + usage.completionTokens);
        const StreamMetrics &metrics = stream->metrics();
        QCOMPARE(metrics.attempts, 1);
        QCOMPARE(metrics.promptTokens, usage.promptTokens);
        QCOMPARE(metrics.completionTokens, usage.completionTokens);
        QVERIFY(!metrics.completionTokensEstimated);
        QVERIFY(metrics.ttftMs() >= 0);
        QVERIFY(metrics.wallMs() >= metrics.ttftMs());
        delete stream;
    }

    void bodyCarriesOnlyExplicitParams()
    {
        SimFixture fixture;
        ChatRequest request = SimFixture::request(QStringLiteral("Hi"));
        fixture.run(request);
        QJsonObject body = fixture.sim().lastChatBody();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("sim-chat"));
        QVERIFY(body.value(QLatin1String("stream")).toBool());
        QVERIFY(body[QLatin1String("stream_options")][QLatin1String("include_usage")].toBool());
        for (const char *absent :
             {"temperature", "top_p", "max_tokens", "max_completion_tokens", "n", "seed"})
            QVERIFY2(!body.contains(QLatin1String(absent)), absent);
        QCOMPARE(body[QLatin1String("messages")][0][QLatin1String("content")].toString(),
                 QStringLiteral("Hi"));
        QCOMPARE(fixture.sim().lastChatHeader("content-type"), QByteArray("application/json"));
        QVERIFY(fixture.sim().lastChatHeader("authorization").isEmpty());

        request.params.insert(QLatin1String("temperature"), 0.5);
        request.params.insert(QLatin1String("max_completion_tokens"), 7);
        const ChatStream *stream = fixture.run(request);
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        body = fixture.sim().lastChatBody();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.5);
        QCOMPARE(body.value(QLatin1String("max_completion_tokens")).toInt(), 7);
        QCOMPARE(stream->result().choice(0)->finishReason, QStringLiteral("length"));
        QCOMPARE(stream->result().usage().completionTokens, 7);

        // Non-streaming: no stream_options (a 400 on vLLM).
        fixture.run(SimFixture::request(QStringLiteral("Hi"), QStringLiteral("sim-chat"), false));
        QVERIFY(!fixture.sim().lastChatBody().contains(QLatin1String("stream_options")));
    }

    void apiKeyIsSentAsBearer()
    {
        SimOptions options;
        options.apiKey = QStringLiteral("k-123");
        SimFixture fixture(options);
        ServerConfig config = fixture.config();
        config.apiKey = QStringLiteral("k-123");
        const ChatStream *ok = fixture.run(SimFixture::request(QStringLiteral("Hi")), config);
        QCOMPARE(ok->state(), ChatStream::State::Finished);
        QCOMPARE(fixture.sim().lastChatHeader("authorization"), QByteArray("Bearer k-123"));

        const ChatStream *missing = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(missing->state(), ChatStream::State::Failed);
        QCOMPARE(missing->error().kind, ApiError::Kind::Http);
        QCOMPARE(missing->error().httpStatus, 401);
        QCOMPARE(missing->error().serverMessage, QStringLiteral("Unauthorized"));
        QVERIFY(missing->error().userMessage().contains(QStringLiteral("API key")));
        QCOMPARE(missing->metrics().attempts, 1);
    }

    void splitBytesEqualsUnsplit()
    {
        SimFixture fixture;
        const ChatStream *plain = fixture.run(SimFixture::request(QStringLiteral("Split me")));
        QCOMPARE(plain->state(), ChatStream::State::Finished);
        for (int seed = 1; seed <= 12; ++seed) {
            fixture.sim().setNextFault(SimFault::make(Kind::SplitBytes, seed));
            const ChatStream *split = fixture.run(SimFixture::request(QStringLiteral("Split me")));
            QCOMPARE(split->state(), ChatStream::State::Finished);
            QCOMPARE(contentOf(split), contentOf(plain));
            QCOMPARE(split->result().choice(0)->finishReason, plain->result().choice(0)->finishReason);
            QCOMPARE(split->result().usage(), plain->result().usage());
            QCOMPARE(split->result().deltaCount(), plain->result().deltaCount());
        }
    }

    void dropMidUtf8KeepsValidPartialText()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::DropMidUtf8));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        // The connection died mid-answer: reported as a truncated / lost answer, never retried.
        const ApiError::Kind kind = stream->error().kind;
        QVERIFY2(kind == ApiError::Kind::Truncated, qPrintable(stream->error().userMessage()));
        QCOMPARE(stream->metrics().attempts, 1);
        QCOMPARE(contentOf(stream), QStringLiteral("##")); // the delta before the cut one
        QVERIFY(isValidUtf8Text(contentOf(stream)));
    }

    void dropAfterIsNeverRetried()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::DropAfter, 3));
        auto *stream = new ChatStream(&fixture.network(), fixture.config(),
                                      SimFixture::request(QStringLiteral("Hi")), this);
        QSignalSpy retries(stream, &ChatStream::retrying);
        QSignalSpy finished(stream, &ChatStream::finished);
        stream->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        const ApiError::Kind kind = stream->error().kind;
        QVERIFY2(kind == ApiError::Kind::Truncated, qPrintable(stream->error().userMessage()));
        QCOMPARE(retries.count(), 0);
        QCOMPARE(stream->metrics().attempts, 1);
        QCOMPARE(fixture.sim().chatRequestCount(), 1);
        QCOMPARE(stream->result().deltaCount(), 3);
        QCOMPARE(contentOf(stream), QStringLiteral("## Réponse"));
    }

    void missingDoneIsTruncated()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::NoDone));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::Truncated);
        QVERIFY(contentOf(stream).startsWith(QStringLiteral("## Réponse")));
        QCOMPARE(stream->result().choice(0)->finishReason, QStringLiteral("stop"));
    }

    void errorEventAfterContentKeepsContent()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::ErrorEventAfter, 2));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::StreamError);
        QCOMPARE(stream->error().serverMessage, QStringLiteral("Internal server error"));
        QCOMPARE(stream->error().httpStatus, 500);
        QVERIFY(stream->error().userMessage().contains(QStringLiteral("Internal server error")));
        QCOMPARE(contentOf(stream), QStringLiteral("## Répo"));
        QCOMPARE(stream->metrics().attempts, 1);
    }

    void errorEventFirst()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::ErrorEventFirst));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::StreamError);
        QCOMPARE(stream->error().httpStatus, 400);
        QCOMPARE(stream->error().serverParam, QStringLiteral("logprobs"));
        QVERIFY(stream->error().serverMessage.startsWith(QStringLiteral("Requested sample logprobs of 30")));
    }

    void malformedChunkIsAClearError()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::MalformedChunk, 2));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(!stream->error().userMessage().isEmpty());
        QCOMPARE(contentOf(stream), QStringLiteral("## Répo"));
    }

    void httpStatusesCarryTheServersMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("retried");
        QTest::newRow("400 context") << 400 << QStringLiteral("maximum context length is 8192 tokens")
                                     << false;
        QTest::newRow("401") << 401 << QStringLiteral("API key") << false;
        QTest::newRow("404") << 404 << QStringLiteral("The model `sim-chat` does not exist.") << false;
        QTest::newRow("429") << 429 << QStringLiteral("Too many requests") << true;
        QTest::newRow("500") << 500 << QStringLiteral("EngineCore encountered an issue") << false;
        QTest::newRow("502") << 502 << QStringLiteral("Bad Gateway") << true;
        QTest::newRow("503") << 503 << QStringLiteral("The model is currently scaling") << true;
    }

    void httpStatusesCarryTheServersMessage()
    {
        QFETCH(int, status);
        QFETCH(QString, needle);
        QFETCH(bool, retried);
        SimFixture fixture;
        fixture.sim().setFault(SimFault::httpStatus(status));
        auto *stream = new ChatStream(&fixture.network(), fixture.config(),
                                      SimFixture::request(QStringLiteral("Hi")), this);
        QSignalSpy retries(stream, &ChatStream::retrying);
        QSignalSpy finished(stream, &ChatStream::finished);
        stream->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::Http);
        QCOMPARE(stream->error().httpStatus, status);
        QVERIFY2(stream->error().userMessage().contains(needle), qPrintable(stream->error().userMessage()));
        const int attempts = retried ? fixture.config().maxRetries + 1 : 1;
        QCOMPARE(stream->metrics().attempts, attempts);
        QCOMPARE(retries.count(), attempts - 1);
        QCOMPARE(fixture.sim().chatRequestCount(), attempts);
        if (status == 400)
            QVERIFY(stream->error().isContextLengthError());
        delete stream;
    }

    void failTimesThenSuccessIsRetried()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::FailTimes, 2));
        auto *stream = new ChatStream(&fixture.network(), fixture.config(),
                                      SimFixture::request(QStringLiteral("Hi")), this);
        QSignalSpy retries(stream, &ChatStream::retrying);
        QSignalSpy finished(stream, &ChatStream::finished);
        stream->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QCOMPARE(stream->metrics().attempts, 3);
        QCOMPARE(retries.count(), 2);
        QCOMPARE(retries[0][0].toInt(), 1);
        QCOMPARE(retries[1][0].toInt(), 2);
        QCOMPARE(retries[0][2].value<ApiError>().httpStatus, 503);
        QCOMPARE(fixture.sim().chatRequestCount(), 3);
        QVERIFY(contentOf(stream).startsWith(QStringLiteral("## Réponse")));
        delete stream;
    }

    void refusedPortFailsAfterRetries()
    {
        SimFixture fixture;
        ServerConfig config = fixture.config();
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(SimFixture::closedPort()));
        auto *stream =
            new ChatStream(&fixture.network(), config, SimFixture::request(QStringLiteral("Hi")), this);
        QSignalSpy retries(stream, &ChatStream::retrying);
        QSignalSpy finished(stream, &ChatStream::finished);
        stream->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::ConnectionRefused);
        QCOMPARE(stream->metrics().attempts, config.maxRetries + 1);
        QCOMPARE(retries.count(), config.maxRetries);
        QVERIFY(!stream->error().userMessage().isEmpty());
        delete stream;
    }

    void stallBeforeFirstByteTimesOut()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::StallBeforeFirstByte));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::ConnectTimeout);
        QCOMPARE(stream->metrics().attempts, 1); // time-outs are not retried
        // The client closed the connection, so the server could free the slot.
        QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().disconnectCount(), 1, 10000);
    }

    void stallMidStreamIsIdleTimeoutWithPartialContent()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::StallMidStream, 4));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::IdleTimeout);
        QCOMPARE(contentOf(stream), QStringLiteral("## Réponse 1"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().disconnectCount(), 1, 10000);
        QCOMPARE(fixture.sim().lastDisconnectDeltas(), 4);
    }

    void shortStallsAreTolerated()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::StallMidStream, 4, 500));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        fixture.sim().setNextFault(SimFault::parse(u"stall-before-first-byte:500"));
        QCOMPARE(fixture.run(SimFixture::request(QStringLiteral("Hi")))->state(),
                 ChatStream::State::Finished);
    }

    void cancelMidStreamFreesTheSlot()
    {
        SimOptions options;
        options.tokenDelayMs = 20;
        SimFixture fixture(options);
        auto *stream = new ChatStream(&fixture.network(), fixture.config(),
                                      SimFixture::request(QStringLiteral("Hi")), this);
        QSignalSpy finished(stream, &ChatStream::finished);
        stream->start();
        QTRY_VERIFY_WITH_TIMEOUT(stream->result().deltaCount() >= 5, 10000);
        QCOMPARE(stream->state(), ChatStream::State::Streaming);
        const QString before = contentOf(stream);
        stream->cancel();
        QCOMPARE(stream->state(), ChatStream::State::Canceled);
        QCOMPARE(stream->error().kind, ApiError::Kind::Canceled);
        QCOMPARE(finished.count(), 1);
        QVERIFY(contentOf(stream).startsWith(before));
        QVERIFY(!contentOf(stream).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(fixture.sim().disconnectCount(), 1, 10000);
        QCOMPARE(fixture.sim().activeResponses(), 0);
        stream->cancel(); // a second cancel changes nothing
        QCOMPARE(finished.count(), 1);
        delete stream;
    }

    void resetsAreErrorsNotHangs()
    {
        SimFixture fixture;
        for (const Kind kind : {Kind::ResetBeforeHeaders, Kind::ResetAfterHeaders}) {
            fixture.sim().setFault(SimFault::make(kind));
            const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
            QCOMPARE(stream->state(), ChatStream::State::Failed);
            QVERIFY2(stream->error().kind == ApiError::Kind::ConnectionLost ||
                         stream->error().kind == ApiError::Kind::Truncated,
                     qPrintable(stream->error().userMessage()));
        }
    }

    void hugeEventArrivesWhole()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::HugeEvent));
        ServerConfig config = fixture.config();
        config.idleTimeoutMs = 20000;
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")), config, 60000);
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QVERIFY(contentOf(stream).toUtf8().size() >= 10 * 1024 * 1024 - 200);
        QVERIFY(contentOf(stream).startsWith(QStringLiteral("Huge event:")));
        QVERIFY(
            contentOf(stream).endsWith(QStringLiteral("[the vLLM docs](https://docs.vllm.ai/en/latest/).")));
    }

    void twoChoices()
    {
        SimFixture fixture;
        ChatRequest request = SimFixture::request(QStringLiteral("Hi"));
        request.params.insert(QLatin1String("n"), 2);
        const ChatStream *stream = fixture.run(request);
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QCOMPARE(stream->result().choices().size(), 2);
        QVERIFY(contentOf(stream, 0).startsWith(QStringLiteral("## Réponse 1")));
        QVERIFY(contentOf(stream, 1).startsWith(QStringLiteral("## Réponse 2")));
        QCOMPARE(stream->result().choice(1)->finishReason, QStringLiteral("stop"));
    }

    void toolCalls()
    {
        SimFixture fixture;
        ChatRequest request = SimFixture::request(QStringLiteral("What is the weather in Kyoto?"));
        const QJsonObject parameters{
            {QLatin1String("type"), QStringLiteral("object")},
            {QLatin1String("properties"),
             QJsonObject{
                 {QLatin1String("city"), QJsonObject{{QLatin1String("type"), QStringLiteral("string")}}}}}};
        const QJsonObject function{{QLatin1String("name"), QStringLiteral("get_weather")},
                                   {QLatin1String("parameters"), parameters}};
        request.params.insert(QLatin1String("tools"),
                              QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("function")},
                                                     {QLatin1String("function"), function}}});
        for (const bool stream : {true, false}) {
            request.stream = stream;
            const ChatStream *chat = fixture.run(request);
            QCOMPARE(chat->state(), ChatStream::State::Finished);
            const ChoiceState *choice = chat->result().choice(0);
            QCOMPARE(choice->finishReason, QStringLiteral("tool_calls"));
            QCOMPARE(choice->toolCalls.size(), 1);
            QCOMPARE(choice->toolCalls[0].name, QStringLiteral("get_weather"));
            QCOMPARE(choice->toolCalls[0].type, QStringLiteral("function"));
            QVERIFY(choice->toolCalls[0].id.startsWith(QStringLiteral("chatcmpl-tool-")));
            QCOMPARE(choice->toolCalls[0].arguments, QStringLiteral("{\"city\": \"Kyoto\"}"));
        }
    }

    void reasonerInEveryDialect_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("vllm") << int(SimDialect::VllmCurrent);
        QTest::newRow("transition") << int(SimDialect::VllmTransition);
        QTest::newRow("legacy") << int(SimDialect::VllmLegacy);
        QTest::newRow("llamacpp") << int(SimDialect::LlamaCpp);
    }

    void reasonerInEveryDialect()
    {
        QFETCH(int, dialect);
        SimOptions options;
        options.dialect = SimDialect(dialect);
        SimFixture fixture(options);
        for (const bool stream : {true, false}) {
            const ChatStream *chat = fixture.run(
                SimFixture::request(QStringLiteral("Hi"), QStringLiteral("sim-reasoner"), stream));
            QCOMPARE(chat->state(), ChatStream::State::Finished);
            const ChoiceState *choice = chat->result().choice(0);
            // Mirrored fields (transition) must not be added twice.
            QVERIFY2(choice->reasoning.startsWith(QStringLiteral("The user wrote “Hi”. I should")),
                     qPrintable(choice->reasoning));
            QCOMPARE(choice->reasoning.count(QStringLiteral("The user wrote")), 1);
            QVERIFY(choice->content.startsWith(QStringLiteral("## Réponse 1")));
            QVERIFY(!choice->content.contains(QStringLiteral("The user wrote")));
        }
    }

    void llamaCppStreams()
    {
        SimOptions options;
        options.dialect = SimDialect::LlamaCpp;
        SimFixture fixture(options);
        const QString expected = referenceAnswer(fixture, QStringLiteral("Hello"));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hello")));
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QCOMPARE(contentOf(stream), expected);
        QCOMPARE(stream->result().choice(0)->finishReason, QStringLiteral("stop"));
        QVERIFY(stream->result().usage().completionTokens > 0);

        fixture.sim().setNextFault(SimFault::make(Kind::ErrorEventAfter, 2));
        stream = fixture.run(SimFixture::request(QStringLiteral("Hello")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->error().kind, ApiError::Kind::StreamError);
        QCOMPARE(stream->error().serverMessage, QStringLiteral("Internal server error"));
        QCOMPARE(contentOf(stream), QStringLiteral("## Répo"));

        fixture.sim().setNextFault(SimFault::httpStatus(500));
        stream = fixture.run(SimFixture::request(QStringLiteral("Hello")));
        QCOMPARE(stream->error().kind, ApiError::Kind::Http);
        QVERIFY(stream->error().userMessage().contains(QStringLiteral("EngineCore")));
    }

    void legacyFlatErrorBody()
    {
        SimOptions options;
        options.dialect = SimDialect::VllmLegacy;
        SimFixture fixture(options);
        const ChatStream *stream =
            fixture.run(SimFixture::request(QStringLiteral("Hi"), QStringLiteral("nope")));
        QCOMPARE(stream->error().kind, ApiError::Kind::Http);
        QCOMPARE(stream->error().httpStatus, 404);
        QCOMPARE(stream->error().serverMessage, QStringLiteral("The model `nope` does not exist."));
    }

    void redirects()
    {
        SimFixture fixture;
        fixture.sim().setNextFault(SimFault::make(Kind::Redirect));
        const ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")));
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QVERIFY(contentOf(stream).startsWith(QStringLiteral("## Réponse")));

        fixture.sim().setNextFault(SimFault::make(Kind::RedirectLoop));
        stream = fixture.run(SimFixture::request(QStringLiteral("Hi")), fixture.config(), 20000);
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QVERIFY2(stream->error().userMessage().contains(QStringLiteral("redirect")),
                 qPrintable(stream->error().userMessage()));
        QVERIFY(fixture.sim().requestCount() < 30);
    }

    void directivesWorkThroughTheClient()
    {
        SimFixture fixture;
        const ChatStream *stream =
            fixture.run(SimFixture::request(QStringLiteral("Go\n/sim fault=drop-after:2")));
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(stream->result().deltaCount(), 2);
        stream = fixture.run(SimFixture::request(QStringLiteral("Go\n/sim fault=fail-times:1")));
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        QCOMPARE(stream->metrics().attempts, 2);
    }
};

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"
