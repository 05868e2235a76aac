#include "api/chatrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

ChatRequest basicRequest(bool stream)
{
    ChatRequest request;
    request.model = QStringLiteral("qwen3-8b");
    request.messages = {
        ChatMessage{QStringLiteral("system"), QStringLiteral("You are terse."), {}, {}, {}},
        ChatMessage{QStringLiteral("user"), QStringLiteral("Hi"), {}, {}, {}},
    };
    request.stream = stream;
    return request;
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestChatRequest final : public QObject {
    Q_OBJECT

private slots:
    void unsetParamsAbsent();
    void streamAddsUsageOptions();
    void userStreamOptionsMerged();
    void nonStreamDropsStreamOptions();
    void explicitParamsKept();
    void emptyModelOmitted();
    void messagesSerialised();
    void reasoningSentBackAsReasoning();
    void toolCallHistory();
    void fromJsonRoundTrips();
};

void TestChatRequest::fromJsonRoundTrips()
{
    for (const bool stream : {true, false}) {
        ChatRequest request = basicRequest(stream);
        request.params = {{QStringLiteral("temperature"), 0.3},
                          {QStringLiteral("seed"), 11},
                          {QStringLiteral("chat_template_kwargs"),
                           QJsonObject{{QStringLiteral("enable_thinking"), false}}}};
        if (stream)
            request.params.insert(QStringLiteral("stream_options"),
                                  QJsonObject{{QStringLiteral("continuous_usage_stats"), true}});
        const QJsonObject body = request.toJson();
        const ChatRequest again = ChatRequest::fromJson(body);
        QCOMPARE(again.toJson(), body);
        QCOMPARE(again.model, request.model);
        QCOMPARE(again.stream, stream);
        QVERIFY(!again.params.contains(QLatin1String("messages")));
        QVERIFY(!again.params.contains(QLatin1String("model")));
        QCOMPARE(again.params.value(QLatin1String("seed")), QJsonValue(11));
    }
    // Messages the app cannot model (content parts) go back exactly as stored.
    const QJsonObject stored{
        {QStringLiteral("model"), QStringLiteral("m")},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"),
                                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                        {QStringLiteral("text"), QStringLiteral("hi")}}}}}}}};
    QCOMPARE(ChatRequest::fromJson(stored).toJson(), stored);
}

void TestChatRequest::unsetParamsAbsent()
{
    const QJsonObject body = basicRequest(false).toJson();
    QCOMPARE(keysOf(body), (QStringList{QStringLiteral("messages"), QStringLiteral("model")}));
}

void TestChatRequest::streamAddsUsageOptions()
{
    const QJsonObject body = basicRequest(true).toJson();
    QCOMPARE(keysOf(body), (QStringList{QStringLiteral("messages"), QStringLiteral("model"),
                                        QStringLiteral("stream"), QStringLiteral("stream_options")}));
    QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
    QCOMPARE(body.value(QLatin1String("stream_options")).toObject(),
             (QJsonObject{{QStringLiteral("include_usage"), true}}));
}

void TestChatRequest::userStreamOptionsMerged()
{
    ChatRequest request = basicRequest(true);
    request.params.insert(QStringLiteral("stream_options"),
                          QJsonObject{{QStringLiteral("continuous_usage_stats"), true}});
    const QJsonObject options = request.toJson().value(QLatin1String("stream_options")).toObject();
    QCOMPARE(options, (QJsonObject{{QStringLiteral("include_usage"), true},
                                   {QStringLiteral("continuous_usage_stats"), true}}));
    // The request itself is not changed by building its body.
    QCOMPARE(request.params.value(QLatin1String("stream_options")).toObject().size(), 1);
}

void TestChatRequest::nonStreamDropsStreamOptions()
{
    // stream_options without stream:true is a 400 (§4.4).
    ChatRequest request = basicRequest(false);
    request.params.insert(QStringLiteral("stream_options"),
                          QJsonObject{{QStringLiteral("include_usage"), true}});
    request.params.insert(QStringLiteral("stream"), true);
    const QJsonObject body = request.toJson();
    QVERIFY(!body.contains(QLatin1String("stream_options")));
    QVERIFY(!body.value(QLatin1String("stream")).toBool());
}

void TestChatRequest::explicitParamsKept()
{
    ChatRequest request = basicRequest(true);
    request.params.insert(QStringLiteral("temperature"), 0.7);
    request.params.insert(QStringLiteral("max_completion_tokens"), 512);
    request.params.insert(QStringLiteral("top_k"), 20);
    request.params.insert(QStringLiteral("chat_template_kwargs"),
                          QJsonObject{{QStringLiteral("enable_thinking"), false}});
    const QJsonObject body = request.toJson();
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.7);
    QCOMPARE(body.value(QLatin1String("max_completion_tokens")).toInt(), 512);
    QCOMPARE(body.value(QLatin1String("top_k")).toInt(), 20);
    QCOMPARE(
        body.value(QLatin1String("chat_template_kwargs")).toObject().value(QLatin1String("enable_thinking")),
        QJsonValue(false));
    QCOMPARE(body.size(), 8);
}

void TestChatRequest::emptyModelOmitted()
{
    // An empty model lets the server pick its first served model; "" would be sent as a name.
    ChatRequest request = basicRequest(false);
    request.model.clear();
    QVERIFY(!request.toJson().contains(QLatin1String("model")));
}

void TestChatRequest::messagesSerialised()
{
    const QJsonArray messages = basicRequest(true).toJson().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject(),
             (QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                          {QStringLiteral("content"), QStringLiteral("You are terse.")}}));
    QCOMPARE(messages.at(1).toObject(), (QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                     {QStringLiteral("content"), QStringLiteral("Hi")}}));
}

void TestChatRequest::reasoningSentBackAsReasoning()
{
    const ChatMessage assistant{QStringLiteral("assistant"),
                                QStringLiteral("Paris."),
                                QStringLiteral("The capital is Paris."),
                                {},
                                {}};
    const QJsonObject json = assistant.toJson();
    QCOMPARE(json.value(QLatin1String("reasoning")).toString(), QStringLiteral("The capital is Paris."));
    QVERIFY(!json.contains(QLatin1String("reasoning_content"))); // dropped by vLLM ≥ 0.16
    QCOMPARE(json.value(QLatin1String("content")).toString(), QStringLiteral("Paris."));
    QVERIFY(!json.contains(QLatin1String("tool_calls")));

    const ChatMessage user{QStringLiteral("user"), QStringLiteral("Hi"), QStringLiteral("stray"), {}, {}};
    QVERIFY(!user.toJson().contains(QLatin1String("reasoning")));
    const ChatMessage plain{QStringLiteral("assistant"), QStringLiteral("Hi"), {}, {}, {}};
    QVERIFY(!plain.toJson().contains(QLatin1String("reasoning")));
}

void TestChatRequest::toolCallHistory()
{
    ToolCall call;
    call.index = 0;
    call.id = QStringLiteral("chatcmpl-tool-9a0b1c2d3e4f5a6b");
    call.type = QStringLiteral("function");
    call.name = QStringLiteral("get_weather");
    call.arguments = QStringLiteral(R"({"city": "Paris"})");
    ToolCall untyped = call;
    untyped.index = 1;
    untyped.id = QStringLiteral("t2");
    untyped.type.clear();

    const ChatMessage assistant{QStringLiteral("assistant"), {}, {}, {call, untyped}, {}};
    const QJsonObject json = assistant.toJson();
    QVERIFY(json.value(QLatin1String("content")).isNull());
    const QJsonArray calls = json.value(QLatin1String("tool_calls")).toArray();
    QCOMPARE(calls.size(), 2);
    const QJsonObject expected{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-tool-9a0b1c2d3e4f5a6b")},
        {QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("function"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                     {QStringLiteral("arguments"), QStringLiteral(R"({"city": "Paris"})")}}},
    };
    QCOMPARE(calls.at(0).toObject(), expected);
    QCOMPARE(calls.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("function"));

    const ChatMessage withText{QStringLiteral("assistant"), QStringLiteral("Let me check."), {}, {call}, {}};
    QCOMPARE(withText.toJson().value(QLatin1String("content")).toString(), QStringLiteral("Let me check."));

    const ChatMessage result{QStringLiteral("tool"),
                             QStringLiteral(R"({"temp": 21})"),
                             {},
                             {},
                             QStringLiteral("chatcmpl-tool-9a0b1c2d3e4f5a6b")};
    QCOMPARE(result.toJson(), (QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                           {QStringLiteral("content"), QStringLiteral(R"({"temp": 21})")},
                                           {QStringLiteral("tool_call_id"),
                                            QStringLiteral("chatcmpl-tool-9a0b1c2d3e4f5a6b")}}));
}

QTEST_APPLESS_MAIN(TestChatRequest)
#include "tst_chatrequest.moc"
