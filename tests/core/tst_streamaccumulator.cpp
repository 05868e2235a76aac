#include "api/streamaccumulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using Outcome = StreamAccumulator::Outcome;

namespace {

SseEvent dataEvent(const QByteArray &data)
{
    SseEvent event;
    event.data = data;
    return event;
}

QList<Outcome> applyAll(StreamAccumulator &acc, const QList<QByteArray> &payloads)
{
    QList<Outcome> outcomes;
    for (const QByteArray &payload : payloads)
        outcomes.append(acc.apply(dataEvent(payload)));
    return outcomes;
}

// A chunk as vLLM writes it: the common head, then one choice.
QByteArray chunk(const QByteArray &delta, const QByteArray &finish = "null", const QByteArray &extra = {})
{
    return R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion.chunk","created":1747650000,)"
           R"("model":"qwen3-8b","choices":[{"index":0,"delta":)" +
           delta + R"(,"logprobs":null,"finish_reason":)" + finish + extra + R"(,"token_ids":null}]})";
}

const QByteArray kRoleChunk =
    R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion.chunk","created":1747650000,)"
    R"("model":"qwen3-8b","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,)"
    R"("finish_reason":null}],"prompt_token_ids":null,"prompt_text":null})";
const QByteArray kUsageChunk =
    R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion.chunk","created":1747650000,)"
    R"("model":"qwen3-8b","choices":[],"usage":{"prompt_tokens":14,"total_tokens":18,"completion_tokens":4,)"
    R"("prompt_tokens_details":{"cached_tokens":8}},"system_fingerprint":"vllm-0.21.1-1a2b3c4d"})";

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestStreamAccumulator final : public QObject {
    Q_OBJECT

private slots:
    void vllmCurrent();
    void vllmTransitionBothReasoningFields();
    void vllmLegacyReasoningContent();
    void llamaCppStream();
    void toolCallFragments();
    void parallelToolCalls();
    void interleavedChoices();
    void stopReasonStringAndInt();
    void usageChunkWithEmptyChoices();
    void errorEventAfterContentKeepsContent();
    void oldNestedErrorEvent();
    void llamaCppErrorField();
    void malformedChunks_data();
    void malformedChunks();
    void emptyDataIgnored();
    void numbersOutOfRange();
    void unknownFieldsOfAnyTypeSkipped();
    void escapesDecoded();
    void randomStringsRoundTrip();
    void resetClears();
    void completionBody();
    void completionToolCalls();
    void completionLegacyReasoningAndTwoChoices();
    void completionErrorBodies();
    void streamLogprobs();
    void completionLogprobs();
};

void TestStreamAccumulator::vllmCurrent()
{
    StreamAccumulator acc;
    const QList<Outcome> outcomes =
        applyAll(acc, {
                          kRoleChunk,
                          chunk(R"({"reasoning":"The user "})"),
                          chunk(R"({"reasoning":"greets."})"),
                          chunk(R"({"content":"Hello","reasoning":" Me."})"),
                          chunk(R"({"content":" there!"})"),
                          chunk(R"({"content":""})", R"("stop")", R"(,"stop_reason":null)"),
                          kUsageChunk,
                          "[DONE]",
                      });
    QCOMPARE(outcomes.mid(1, 4), QList<Outcome>(4, Outcome::Delta));
    QCOMPARE(outcomes.at(5), Outcome::Metadata);
    QCOMPARE(outcomes.at(6), Outcome::Metadata);
    QCOMPARE(outcomes.at(7), Outcome::Done);
    QCOMPARE(acc.choices().size(), 1);
    const ChoiceState &c = acc.choices().first();
    QCOMPARE(c.role, QStringLiteral("assistant"));
    QCOMPARE(c.content, QStringLiteral("Hello there!"));
    QCOMPARE(c.reasoning, QStringLiteral("The user greets. Me."));
    QCOMPARE(c.finishReason, QStringLiteral("stop"));
    QVERIFY(c.isFinished());
    QVERIFY(c.stopReason.isNull());
    QCOMPARE(c.deltaCount, 4);
    QCOMPARE(acc.deltaCount(), 4); // not the role chunk, not the empty final content
    QCOMPARE(acc.lastDeltaChoice(), 0);
    QCOMPARE(acc.usage().promptTokens, 14);
    QCOMPARE(acc.usage().completionTokens, 4);
    QCOMPARE(acc.usage().totalTokens, 18);
    QCOMPARE(acc.usage().cachedTokens, 8);
    QCOMPARE(acc.responseId(), QStringLiteral("chatcmpl-8c1f2e0a9b7d4c65"));
    QCOMPARE(acc.model(), QStringLiteral("qwen3-8b"));
    QCOMPARE(acc.systemFingerprint(), QStringLiteral("vllm-0.21.1-1a2b3c4d"));
    QVERIFY(acc.sawDone());
    QVERIFY(!acc.error().isError());
}

void TestStreamAccumulator::vllmTransitionBothReasoningFields()
{
    // v0.11.1 … v0.15: both names carry the same text, and content deltas carry
    // "reasoning_content":null (§8.6). The text must not be doubled.
    StreamAccumulator acc;
    applyAll(acc, {
                      kRoleChunk,
                      chunk(R"({"reasoning":"Think","reasoning_content":"Think"})"),
                      chunk(R"({"reasoning":"ing.","reasoning_content":"ing."})"),
                      chunk(R"({"content":"Answer","reasoning_content":null})"),
                      chunk(R"({"content":".","reasoning":null,"reasoning_content":null})", R"("stop")"),
                      "[DONE]",
                  });
    QCOMPARE(acc.choices().first().reasoning, QStringLiteral("Thinking."));
    QCOMPARE(acc.choices().first().content, QStringLiteral("Answer."));
    QCOMPARE(acc.deltaCount(), 4);
}

void TestStreamAccumulator::vllmLegacyReasoningContent()
{
    StreamAccumulator acc;
    applyAll(acc, {
                      kRoleChunk,
                      chunk(R"({"reasoning_content":"Old "})"),
                      chunk(R"({"reasoning_content":"server."})"),
                      chunk(R"({"content":"Hi"})", R"("length")"),
                      "[DONE]",
                  });
    QCOMPARE(acc.choices().first().reasoning, QStringLiteral("Old server."));
    QCOMPARE(acc.choices().first().content, QStringLiteral("Hi"));
    QCOMPARE(acc.choices().first().finishReason, QStringLiteral("length"));
}

void TestStreamAccumulator::llamaCppStream()
{
    // No role chunk; usage and timings on the finishing chunk; the last content is empty.
    const QByteArray head = R"({"choices":[{"finish_reason":null,"index":0,"delta":)";
    StreamAccumulator acc;
    const QList<Outcome> outcomes = applyAll(
        acc,
        {
            head + R"({"content":"Bon"}}],"created":1740000000,"id":"chatcmpl-abc","model":"tiny",)"
                   R"("system_fingerprint":"b4800-c392e50","object":"chat.completion.chunk"})",
            head + R"({"content":"jour"}}],"created":1740000000,"id":"chatcmpl-abc","model":"tiny",)"
                   R"("system_fingerprint":"b4800-c392e50","object":"chat.completion.chunk"})",
            R"({"choices":[{"finish_reason":"stop","index":0,"delta":{"content":""}}],"created":1740000000,)"
            R"("id":"chatcmpl-abc","model":"tiny","system_fingerprint":"b4800-c392e50",)"
            R"("object":"chat.completion.chunk","usage":{"completion_tokens":2,"prompt_tokens":9,)"
            R"("total_tokens":11},"timings":{"prompt_n":9,"prompt_ms":12.5,"predicted_per_second":88.1}})",
            "[DONE]",
        });
    QCOMPARE(outcomes, (QList<Outcome>{Outcome::Delta, Outcome::Delta, Outcome::Metadata, Outcome::Done}));
    const ChoiceState &c = acc.choices().first();
    QVERIFY(c.role.isEmpty());
    QCOMPARE(c.content, QStringLiteral("Bonjour"));
    QCOMPARE(c.finishReason, QStringLiteral("stop"));
    QCOMPARE(acc.deltaCount(), 2);
    QCOMPARE(acc.usage().completionTokens, 2);
    QCOMPARE(acc.usage().promptTokens, 9);
    QCOMPARE(acc.usage().cachedTokens, -1);
    QCOMPARE(acc.model(), QStringLiteral("tiny"));
}

void TestStreamAccumulator::toolCallFragments()
{
    StreamAccumulator acc;
    applyAll(acc,
             {
                 kRoleChunk,
                 chunk(R"({"tool_calls":[{"id":"chatcmpl-tool-9a0b1c2d3e4f5a6b","type":"function","index":0,)"
                       R"("function":{"name":"get_weather"}}]})"),
                 chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"{\"city\": \"Pa"}}]})"),
                 chunk(R"({"content":null,"tool_calls":[{"index":0,"function":{"arguments":"ri"}}]})"),
                 // The catch-up fragment arrives with the finishing chunk.
                 chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"s\"}"}}]})", R"("tool_calls")",
                       R"(,"stop_reason":null)"),
                 "[DONE]",
             });
    const ChoiceState &c = acc.choices().first();
    QCOMPARE(c.toolCalls.size(), 1);
    const ToolCall &call = c.toolCalls.first();
    QCOMPARE(call.index, 0);
    QCOMPARE(call.id, QStringLiteral("chatcmpl-tool-9a0b1c2d3e4f5a6b"));
    QCOMPARE(call.type, QStringLiteral("function"));
    QCOMPARE(call.name, QStringLiteral("get_weather"));
    QCOMPARE(call.arguments, QStringLiteral(R"({"city": "Paris"})"));
    QVERIFY(c.content.isEmpty());
    QCOMPARE(c.finishReason, QStringLiteral("tool_calls"));
    QCOMPARE(acc.deltaCount(), 4);
}

void TestStreamAccumulator::parallelToolCalls()
{
    StreamAccumulator acc;
    applyAll(acc,
             {
                 kRoleChunk,
                 chunk(R"({"tool_calls":[{"id":"call-a","type":"function","index":0,)"
                       R"("function":{"name":"lookup","arguments":""}}]})"),
                 chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"{\"q\":"}}]})"),
                 chunk(R"({"tool_calls":[{"id":"call-b","type":"function","index":1,)"
                       R"("function":{"name":"clock","arguments":"{}"}}]})"),
                 chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]})", R"("tool_calls")"),
                 "[DONE]",
             });
    const ToolCallList &calls = acc.choices().first().toolCalls;
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).id, QStringLiteral("call-a"));
    QCOMPARE(calls.at(0).name, QStringLiteral("lookup"));
    QCOMPARE(calls.at(0).arguments, QStringLiteral(R"({"q":1})"));
    QCOMPARE(calls.at(1).index, 1);
    QCOMPARE(calls.at(1).id, QStringLiteral("call-b"));
    QCOMPARE(calls.at(1).name, QStringLiteral("clock"));
    QCOMPARE(calls.at(1).arguments, QStringLiteral("{}"));
}

void TestStreamAccumulator::interleavedChoices()
{
    auto choice = [](int index, const QByteArray &delta, const QByteArray &finish = "null") {
        return R"({"id":"chatcmpl-n2","object":"chat.completion.chunk","created":1,"model":"m","choices":[)"
               R"({"index":)" +
               QByteArray::number(index) + R"(,"delta":)" + delta + R"(,"finish_reason":)" + finish + "}]}";
    };
    StreamAccumulator acc;
    applyAll(acc, {
                      choice(1, R"({"role":"assistant","content":""})"),
                      choice(0, R"({"role":"assistant","content":""})"),
                      choice(1, R"({"content":"B1"})"),
                      choice(0, R"({"content":"A1"})"),
                      choice(0, R"({"content":"A2"})"),
                      choice(1, R"({"content":"B2"})", R"("length")"),
                      choice(0, R"({"content":""})", R"("stop")"),
                      "[DONE]",
                  });
    QCOMPARE(acc.choices().size(), 2);
    QCOMPARE(acc.choices().at(0).index, 0); // ordered by index, whatever came first
    QCOMPARE(acc.choice(0)->content, QStringLiteral("A1A2"));
    QCOMPARE(acc.choice(1)->content, QStringLiteral("B1B2"));
    QCOMPARE(acc.choice(0)->finishReason, QStringLiteral("stop"));
    QCOMPARE(acc.choice(1)->finishReason, QStringLiteral("length"));
    QCOMPARE(acc.choice(0)->deltaCount, 2);
    QCOMPARE(acc.choice(1)->deltaCount, 2);
    QCOMPARE(acc.deltaCount(), 4);
    QCOMPARE(acc.lastDeltaChoice(), 1);
    QVERIFY(acc.choice(2) == nullptr);
}

void TestStreamAccumulator::stopReasonStringAndInt()
{
    StreamAccumulator text;
    applyAll(text, {chunk(R"({"content":"a"})", R"("stop")", R"(,"stop_reason":"END")")});
    QVERIFY(text.choices().first().stopReason.isString());
    QCOMPARE(text.choices().first().stopReason.toString(), QStringLiteral("END"));

    StreamAccumulator token;
    applyAll(token, {chunk(R"({"content":"a"})", R"("stop")", R"(,"stop_reason":151645)")});
    QVERIFY(token.choices().first().stopReason.isDouble());
    QCOMPARE(token.choices().first().stopReason.toInteger(), 151645);
}

void TestStreamAccumulator::usageChunkWithEmptyChoices()
{
    StreamAccumulator acc;
    QCOMPARE(acc.apply(dataEvent(kUsageChunk)), Outcome::Metadata);
    QVERIFY(acc.choices().isEmpty());
    QCOMPARE(acc.usage().totalTokens, 18);
    QVERIFY(acc.usage().isValid());
}

void TestStreamAccumulator::errorEventAfterContentKeepsContent()
{
    // Python's json.dumps: spaces after separators, non-ASCII escaped (§8.7).
    StreamAccumulator acc;
    const QList<Outcome> outcomes = applyAll(
        acc, {
                 kRoleChunk,
                 chunk(R"({"content":"Partial answer"})"),
                 R"({"error": {"message": "Internal server error \u00e9", "type": "InternalServerError", )"
                 R"("param": null, "code": 500}})",
             });
    QCOMPARE(outcomes.last(), Outcome::ErrorEvent);
    QCOMPARE(acc.error().kind, ApiError::Kind::StreamError);
    QCOMPARE(acc.error().serverMessage, QStringLiteral("Internal server error é"));
    QCOMPARE(acc.error().serverType, QStringLiteral("InternalServerError"));
    QCOMPARE(acc.error().httpStatus, 500);
    QCOMPARE(acc.choices().first().content, QStringLiteral("Partial answer"));
    QCOMPARE(acc.apply(dataEvent("[DONE]")), Outcome::Done);
}

void TestStreamAccumulator::oldNestedErrorEvent()
{
    StreamAccumulator acc;
    QCOMPARE(
        acc.apply(dataEvent(R"({"error": {"object": "error", "message": "Requested sample logprobs of 30, )"
                            R"(which is greater than max allowed: 20", "type": "BadRequestError", )"
                            R"("param": null, "code": 400}})")),
        Outcome::ErrorEvent);
    QVERIFY(acc.error().serverMessage.startsWith(QStringLiteral("Requested sample logprobs of 30")));
    QCOMPARE(acc.error().httpStatus, 400);
}

void TestStreamAccumulator::llamaCppErrorField()
{
    StreamAccumulator acc;
    applyAll(acc, {R"({"choices":[{"index":0,"delta":{"content":"so far"}}]})"});
    SseEvent error;
    error.isErrorField = true;
    error.data = R"({"code":500,"message":"context shift failed","type":"server_error"})";
    QCOMPARE(acc.apply(error), Outcome::ErrorEvent);
    QCOMPARE(acc.error().kind, ApiError::Kind::StreamError);
    QCOMPARE(acc.error().serverMessage, QStringLiteral("context shift failed"));
    QCOMPARE(acc.error().serverType, QStringLiteral("server_error"));
    QCOMPARE(acc.choices().first().content, QStringLiteral("so far"));

    // A value that is not JSON is still reported, as text.
    error.data = "engine fell over";
    QCOMPARE(acc.apply(error), Outcome::ErrorEvent);
    QCOMPARE(acc.error().serverMessage, QStringLiteral("engine fell over"));
}

void TestStreamAccumulator::malformedChunks_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("array") << QByteArray(R"([{"choices":[]}])");
    QTest::newRow("string") << QByteArray(R"("text")");
    QTest::newRow("cut") << QByteArray(R"({"id":"x","choices":[{"index":0,"delta":{"content":"a)");
    QTest::newRow("trailing garbage") << QByteArray(R"({"choices":[]} x)");
    QTest::newRow("two objects") << QByteArray(R"({"choices":[]}{"choices":[]})");
    QTest::newRow("trailing comma") << QByteArray(R"({"choices":[],})");
    QTest::newRow("single quotes") << QByteArray(R"({'choices':[]})");
    QTest::newRow("raw newline in string")
        << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"a\nb\"}}]}");
    QTest::newRow("bad escape") << QByteArray(R"({"choices":[{"delta":{"content":"\x41"}}]})");
    QTest::newRow("short unicode escape") << QByteArray(R"({"choices":[{"delta":{"content":"\u12"}}]})");
    QTest::newRow("leading zero") << QByteArray(R"({"choices":[{"index":01}]})");
    QTest::newRow("bare word") << QByteArray(R"({"choices":[{"index":0,"logprobs":nul}]})");
}

void TestStreamAccumulator::malformedChunks()
{
    QFETCH(QByteArray, payload);
    StreamAccumulator acc;
    applyAll(acc, {kRoleChunk, chunk(R"({"content":"kept"})")});
    QCOMPARE(acc.apply(dataEvent(payload)), Outcome::Malformed);
    QCOMPARE(acc.error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY(!acc.error().userMessage().isEmpty());
    QCOMPARE(acc.choices().first().content, QStringLiteral("kept"));
    QCOMPARE(acc.deltaCount(), 1);
}

void TestStreamAccumulator::emptyDataIgnored()
{
    StreamAccumulator acc;
    QCOMPARE(acc.apply(dataEvent("")), Outcome::Ignored);
    QCOMPARE(acc.apply(dataEvent(" \n")), Outcome::Ignored);
    QVERIFY(!acc.error().isError());
}

void TestStreamAccumulator::unknownFieldsOfAnyTypeSkipped()
{
    StreamAccumulator acc;
    const QByteArray payload =
        R"({"id":"x","future":{"nested":[1,2.5e-3,-0,true,false,null,{"a":"}]\"{"}]},"choices":[{"index":0,)"
        R"("logprobs":{"content":[{"token":"Hi","logprob":-0.25,"bytes":[72,105],"top_logprobs":[]}]},)"
        R"("delta":{"content":"Hi","extra":[[[]]]},"token_ids":[9906],"finish_reason":null}],)"
        R"("prompt_token_ids":[1,2,3],"kv_transfer_params":null,"big":1.7976931348623157e308} )";
    QCOMPARE(acc.apply(dataEvent(payload)), Outcome::Delta);
    QCOMPARE(acc.choices().first().content, QStringLiteral("Hi"));
}

void TestStreamAccumulator::escapesDecoded()
{
    StreamAccumulator acc;
    // Escaped emoji as a surrogate pair, every short escape, raw UTF-8, and a lone surrogate.
    applyAll(acc, {
                      chunk(R"({"content":"\ud83c\udf89 \"q\" \\ \/ \b\f\n\r\t \u00e9\u65e5"})"),
                      chunk("{\"content\":\" na\xC3\xAFve \xF0\x9F\x8E\x89\"}"),
                      chunk(R"({"content":" lone \ud800 end"})"),
                  });
    QCOMPARE(acc.choices().first().content,
             QStringLiteral("🎉 \"q\" \\ / \b\f\n\r\t é日 naïve 🎉 lone \uFFFD end"));
}

void TestStreamAccumulator::randomStringsRoundTrip()
{
    // Strings QJsonDocument escapes (control characters, quotes, non-BMP, non-ASCII) must come
    // back exactly; printed seed on failure.
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const char32_t pool[] = {U'a', U'Z',   U' ',   U'"',    U'\\',    U'/', U'\n', U'\t', 0x01, 0x1F, 0x7F,
                             0xE9, 0x65E5, 0xFFFD, 0x1F389, 0x10FFFF, U'{', U'}',  U'[',  U']', U':', U','};
    StreamAccumulator acc;
    QString expected;
    for (int i = 0; i < 300; ++i) {
        QString token;
        const int length = random.bounded(0, 8);
        for (int k = 0; k < length; ++k) {
            const char32_t cp = pool[random.bounded(int(std::size(pool)))];
            token += QString::fromUcs4(&cp, 1);
        }
        const QByteArray delta =
            QJsonDocument(QJsonObject{{QStringLiteral("content"), token}}).toJson(QJsonDocument::Compact);
        acc.apply(dataEvent(chunk(delta)));
        expected += token;
    }
    QVERIFY2(acc.choices().first().content == expected, qPrintable(QStringLiteral("seed %1").arg(seed)));
}

void TestStreamAccumulator::resetClears()
{
    StreamAccumulator acc;
    applyAll(acc, {kRoleChunk, chunk(R"({"content":"x"})"), kUsageChunk, "[DONE]"});
    acc.reset();
    QVERIFY(acc.choices().isEmpty());
    QVERIFY(!acc.sawDone());
    QVERIFY(!acc.usage().isValid());
    QCOMPARE(acc.deltaCount(), 0);
    QVERIFY(acc.responseId().isEmpty());
}

// Found by tests/fuzz/fuzz_streamaccumulator: an integer field holding a double beyond qint64's
// range (1.5e300) was cast to qint64, which is undefined behaviour. Such a number is now as
// unreadable as 1e400 in a chunk, and ignored in a whole body.
void TestStreamAccumulator::numbersOutOfRange()
{
    StreamAccumulator acc;
    applyAll(acc, {kRoleChunk, chunk(R"({"content":"kept"})")});
    QCOMPARE(acc.apply(dataEvent(R"({"choices":[],"usage":{"prompt_tokens":1.5e300}})")), Outcome::Malformed);
    QCOMPARE(acc.error().kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(acc.apply(dataEvent(R"({"choices":[{"index":-1e19,"delta":{"content":"x"}}]})")),
             Outcome::Malformed);
    QCOMPARE(acc.choices().size(), 1);
    QCOMPARE(acc.choices().first().content, QStringLiteral("kept"));

    // In range, a number written with an exponent is still an integer.
    QCOMPARE(acc.apply(dataEvent(R"({"choices":[{"index":1e1,"delta":{"content":"ten"}}]})")),
             Outcome::Delta);
    QVERIFY(acc.choice(10));
    QCOMPARE(acc.choice(10)->content, QStringLiteral("ten"));

    StreamAccumulator whole;
    QCOMPARE(whole.applyCompletion(parseObject(
                 R"({"choices":[{"index":0,"message":{"content":"ok"}}],"usage":{"prompt_tokens":1.5e300,)"
                 R"("completion_tokens":-1e300,"total_tokens":3}})")),
             Outcome::Done);
    QCOMPARE(whole.usage().promptTokens, -1);
    QCOMPARE(whole.usage().completionTokens, -1);
    QCOMPARE(whole.usage().totalTokens, 3);
}

void TestStreamAccumulator::completionBody()
{
    const QJsonObject body = parseObject(
        R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion","created":1747650000,"model":"qwen3-8b",)"
        R"("choices":[{"index":0,"message":{"role":"assistant","content":"Paris.","refusal":null,"annotations":null,)"
        R"("audio":null,"function_call":null,"tool_calls":[],"reasoning":"The capital of France is Paris."},)"
        R"("logprobs":null,"finish_reason":"stop","stop_reason":null,"token_ids":null}],"service_tier":null,)"
        R"("system_fingerprint":"vllm-0.21.1-1a2b3c4d","usage":{"prompt_tokens":17,"total_tokens":40,)"
        R"("completion_tokens":23,"prompt_tokens_details":null},"prompt_logprobs":null,"prompt_token_ids":null,)"
        R"("prompt_text":null,"kv_transfer_params":null})");
    StreamAccumulator acc;
    QCOMPARE(acc.applyCompletion(body), Outcome::Done);
    QVERIFY(acc.sawDone());
    const ChoiceState &c = acc.choices().first();
    QCOMPARE(c.role, QStringLiteral("assistant"));
    QCOMPARE(c.content, QStringLiteral("Paris."));
    QCOMPARE(c.reasoning, QStringLiteral("The capital of France is Paris."));
    QVERIFY(c.toolCalls.isEmpty());
    QCOMPARE(c.finishReason, QStringLiteral("stop"));
    QCOMPARE(acc.usage().completionTokens, 23);
    QCOMPARE(acc.usage().promptTokens, 17);
    QCOMPARE(acc.usage().cachedTokens, -1);
    QCOMPARE(acc.model(), QStringLiteral("qwen3-8b"));
    QCOMPARE(acc.systemFingerprint(), QStringLiteral("vllm-0.21.1-1a2b3c4d"));
    QCOMPARE(acc.responseId(), QStringLiteral("chatcmpl-8c1f2e0a9b7d4c65"));
}

void TestStreamAccumulator::completionToolCalls()
{
    const QJsonObject body = parseObject(
        R"({"id":"c","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant",)"
        R"("content":null,"refusal":null,"tool_calls":[{"id":"chatcmpl-tool-9a0b1c2d3e4f5a6b","type":"function",)"
        R"("function":{"name":"get_weather","arguments":"{\"city\": \"Paris\"}"}},{"id":"t2","type":"function",)"
        R"("function":{"name":"clock","arguments":"{}"}}],"reasoning":null},"finish_reason":"tool_calls"}],)"
        R"("usage":{"prompt_tokens":5,"total_tokens":25,"completion_tokens":20}})");
    StreamAccumulator acc;
    QCOMPARE(acc.applyCompletion(body), Outcome::Done);
    const ChoiceState &c = acc.choices().first();
    QVERIFY(c.content.isEmpty());
    QVERIFY(c.reasoning.isEmpty());
    QCOMPARE(c.toolCalls.size(), 2);
    QCOMPARE(c.toolCalls.at(0).index, 0);
    QCOMPARE(c.toolCalls.at(0).name, QStringLiteral("get_weather"));
    QCOMPARE(c.toolCalls.at(0).arguments, QStringLiteral(R"({"city": "Paris"})"));
    QCOMPARE(c.toolCalls.at(0).id, QStringLiteral("chatcmpl-tool-9a0b1c2d3e4f5a6b"));
    QCOMPARE(c.toolCalls.at(1).index, 1);
    QCOMPARE(c.toolCalls.at(1).name, QStringLiteral("clock"));
    QCOMPARE(c.finishReason, QStringLiteral("tool_calls"));
}

void TestStreamAccumulator::completionLegacyReasoningAndTwoChoices()
{
    const QJsonObject body = parseObject(
        R"({"id":"c","object":"chat.completion","model":"m","choices":[)"
        R"({"index":1,"message":{"role":"assistant","content":"B","reasoning_content":"rb"},"finish_reason":"stop",)"
        R"("stop_reason":7},)"
        R"({"index":0,"message":{"role":"assistant","content":"A","reasoning_content":"ra"},"finish_reason":"length"}]})");
    StreamAccumulator acc;
    QCOMPARE(acc.applyCompletion(body), Outcome::Done);
    QCOMPARE(acc.choices().size(), 2);
    QCOMPARE(acc.choice(0)->content, QStringLiteral("A"));
    QCOMPARE(acc.choice(0)->reasoning, QStringLiteral("ra"));
    QCOMPARE(acc.choice(0)->finishReason, QStringLiteral("length"));
    QCOMPARE(acc.choice(1)->content, QStringLiteral("B"));
    QCOMPARE(acc.choice(1)->reasoning, QStringLiteral("rb"));
    QCOMPARE(acc.choice(1)->stopReason.toInteger(), 7);
    QVERIFY(!acc.usage().isValid());
}

void TestStreamAccumulator::completionErrorBodies()
{
    StreamAccumulator current;
    QCOMPARE(current.applyCompletion(parseObject(R"({"error":{"message":"The model `x` does not exist.",)"
                                                 R"("type":"NotFoundError","param":"model","code":404}})")),
             Outcome::ErrorEvent);
    QCOMPARE(current.error().serverMessage, QStringLiteral("The model `x` does not exist."));
    QCOMPARE(current.error().httpStatus, 404);

    StreamAccumulator flat;
    QCOMPARE(flat.applyCompletion(
                 parseObject(R"({"object":"error","message":"old style","type":"BadRequestError",)"
                             R"("param":null,"code":400})")),
             Outcome::ErrorEvent);
    QCOMPARE(flat.error().serverMessage, QStringLiteral("old style"));

    StreamAccumulator other;
    QCOMPARE(other.applyCompletion(parseObject(R"({"status":"ok"})")), Outcome::Malformed);
    QCOMPARE(other.error().kind, ApiError::Kind::MalformedResponse);
}

void TestStreamAccumulator::streamLogprobs()
{
    StreamAccumulator acc;
    // vLLM's shape (§8.2): one entry per token of the chunk, bytes skipped, alternatives in order.
    const QByteArray first =
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,)"
        R"("delta":{"content":"Hel"},"logprobs":{"content":[{"token":"Hel","logprob":-0.25,)"
        R"("bytes":[72,101,108],"top_logprobs":[{"token":"Hel","logprob":-0.25,"bytes":[72,101,108]},)"
        R"({"token":"He","logprob":-1.5e0,"bytes":[72,101]}]}]},"finish_reason":null,"token_ids":null}]})";
    const QByteArray second =
        R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,)"
        R"("delta":{"content":"lo é"},"logprobs":{"content":[{"token":"lo","logprob":0,"bytes":[108,111],)"
        R"("top_logprobs":[]},{"token":" é","logprob":-9999.0,"bytes":null,"top_logprobs":[]}]},)"
        R"("finish_reason":"stop","stop_reason":null}]})";
    QCOMPARE(applyAll(acc, {kRoleChunk, first, second}),
             (QList<Outcome>{Outcome::Metadata, Outcome::Delta, Outcome::Delta}));
    const TokenLogprobList &list = acc.choice(0)->logprobs;
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0), (TokenLogprob{QStringLiteral("Hel"),
                                       -0.25,
                                       {{QStringLiteral("Hel"), -0.25}, {QStringLiteral("He"), -1.5}}}));
    QCOMPARE(list.at(1), (TokenLogprob{QStringLiteral("lo"), 0, {}}));
    QCOMPARE(list.at(2), (TokenLogprob{QStringLiteral(" é"), -9999.0, {}}));
    // Chunks without logprobs (null) add nothing; the reused buffers do not leak old entries.
    applyAll(acc, {chunk(R"({"content":"!"})")});
    QCOMPARE(acc.choice(0)->logprobs.size(), 3);
    QCOMPARE(acc.choice(0)->content, QStringLiteral("Hello é!"));
}

void TestStreamAccumulator::completionLogprobs()
{
    StreamAccumulator acc;
    acc.applyCompletion(parseObject(
        R"({"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,)"
        R"("message":{"role":"assistant","content":"Hi"},"logprobs":{"content":[)"
        R"({"token":"Hi","logprob":-0.1,"bytes":[72,105],"top_logprobs":[{"token":"Hi","logprob":-0.1,"bytes":[72,105]}]}]},)"
        R"("finish_reason":"stop"}]})"));
    QCOMPARE(acc.choice(0)->logprobs,
             (TokenLogprobList{{QStringLiteral("Hi"), -0.1, {{QStringLiteral("Hi"), -0.1}}}}));
}

QTEST_APPLESS_MAIN(TestStreamAccumulator)
#include "tst_streamaccumulator.moc"
