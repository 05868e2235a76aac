#include "api/sseparser.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

namespace {

// A readable form of an event list, so that QCOMPARE prints what differs.
QList<QByteArray> describe(const QList<SseEvent> &events)
{
    QList<QByteArray> out;
    for (const SseEvent &e : events)
        out.append((e.isErrorField ? "error-field|" : "") + e.eventType + '|' + e.data);
    return out;
}

QList<SseEvent> feedPieces(const QByteArray &stream, const QList<qsizetype> &cuts,
                           bool *cutMidEvent = nullptr)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype pos = 0;
    for (qsizetype cut : cuts) {
        parser.feed(QByteArrayView(stream).sliced(pos, cut - pos), events);
        pos = cut;
    }
    parser.feed(QByteArrayView(stream).sliced(pos), events);
    const bool cut = parser.finish();
    if (cutMidEvent)
        *cutMidEvent = cut;
    return events;
}

QList<SseEvent> feedWhole(const QByteArray &stream, bool *cutMidEvent = nullptr)
{
    return feedPieces(stream, {}, cutMidEvent);
}

// A vLLM stream as the server sends it (§8.9), with multi-byte UTF-8 in the content.
const QByteArray kRole =
    R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion.chunk","created":1747650000,)"
    R"("model":"qwen3-8b","choices":[{"index":0,"delta":{"role":"assistant","content":""},)"
    R"("logprobs":null,"finish_reason":null}],"prompt_token_ids":null})";
const QByteArray kContent1 = R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion.chunk",)"
                             R"("created":1747650000,"model":"qwen3-8b","choices":[{"index":0,"delta":)"
                             "{\"content\":\"na\xC3\xAFve \"},\"logprobs\":null,\"finish_reason\":null}]}";
const QByteArray kContent2 = R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion.chunk",)"
                             R"("created":1747650000,"model":"qwen3-8b","choices":[{"index":0,"delta":)"
                             "{\"content\":\"\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xF0\x9F\x8E\x89\"},"
                             "\"logprobs\":null,\"finish_reason\":null}]}";
const QByteArray kFinish =
    R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion.chunk",)"
    R"("created":1747650000,"model":"qwen3-8b","choices":[{"index":0,"delta":{"content":""},)"
    R"("logprobs":null,"finish_reason":"stop","stop_reason":null}]})";
const QByteArray kUsage = R"({"id":"chatcmpl-8c1f2e0a9b7d4c65","object":"chat.completion.chunk",)"
                          R"("created":1747650000,"model":"qwen3-8b","choices":[],)"
                          R"("usage":{"prompt_tokens":14,"total_tokens":18,"completion_tokens":4}})";

QByteArray vllmStream()
{
    QByteArray out;
    for (const QByteArray &data : {kRole, kContent1, kContent2, kFinish, kUsage, QByteArray("[DONE]")})
        out += "data: " + data + "\n\n";
    return out;
}

QList<QByteArray> expectedVllmEvents()
{
    QList<QByteArray> out;
    for (const QByteArray &data : {kRole, kContent1, kContent2, kFinish, kUsage, QByteArray("[DONE]")})
        out.append('|' + data);
    return out;
}

QByteArray withLineEnd(QByteArray stream, const char *lineEnd)
{
    return stream.replace("\n", lineEnd);
}

// The rest of the syntax a proxy or another server may use: comments, typed and multi-line
// events. A line end split wrongly across chunks changes this stream's events.
const QByteArray kMixedStream = ": proxy keep-alive\n\n"
                                "event: delta\ndata: {\"a\":\ndata:1}\n\n"
                                "id: 7\ndata: \xC3\xA9t\xC3\xA9\n: comment inside\ndata\n\n"
                                "data: [DONE]\n\n";
const QList<QByteArray> kMixedEvents{"delta|{\"a\":\n1}", "|\xC3\xA9t\xC3\xA9\n", "|[DONE]"};

} // namespace

class TestSseParser final : public QObject {
    Q_OBJECT

private slots:
    void wholeStream_data();
    void wholeStream();
    void bytesStayUndecoded();
    void byteByByte_data();
    void byteByByte();
    void randomSplits_data();
    void randomSplits();
    void crAndLfSplitAcrossChunks();
    void loneCrThenDataInNextChunk();
    void comments();
    void dataWithoutSpace();
    void onlyOneLeadingSpaceIsStripped();
    void multiLineData();
    void eventField();
    void eventWithoutDataIsNotDispatched();
    void unknownFieldsIgnored();
    void llamaCppErrorField();
    void byteOrderMarkStripped();
    void byteOrderMarkSplit();
    void finishReportsCutEvent();
    void resetForgetsState();
};

void TestSseParser::wholeStream_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<QByteArray>>("expected");
    for (const char *lineEnd : {"\n", "\r\n", "\r"}) {
        const QByteArray name = QByteArray(lineEnd).replace('\n', "LF").replace('\r', "CR");
        QTest::addRow("vllm %s", name.constData())
            << withLineEnd(vllmStream(), lineEnd) << expectedVllmEvents();
        QTest::addRow("mixed %s", name.constData()) << withLineEnd(kMixedStream, lineEnd) << kMixedEvents;
    }
}

void TestSseParser::wholeStream()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<QByteArray>, expected);
    bool cut = true;
    const QList<SseEvent> events = feedWhole(stream, &cut);
    QCOMPARE(describe(events), expected);
    QVERIFY(!cut);
}

void TestSseParser::bytesStayUndecoded()
{
    // The UTF-8 bytes arrive untouched; decoding is the accumulator's business.
    const QList<SseEvent> events = feedWhole(vllmStream());
    QCOMPARE(events.size(), 6);
    QVERIFY(QString::fromUtf8(events.at(1).data).contains(QStringLiteral("naïve")));
    QVERIFY(QString::fromUtf8(events.at(2).data).contains(QStringLiteral("日本語 🎉")));
}

void TestSseParser::byteByByte_data()
{
    wholeStream_data();
}

void TestSseParser::byteByByte()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<QByteArray>, expected);
    SseParser parser;
    QList<SseEvent> events;
    for (char c : stream)
        parser.feed(QByteArrayView(&c, 1), events);
    QCOMPARE(describe(events), expected);
    QVERIFY(!parser.finish());
}

void TestSseParser::randomSplits_data()
{
    wholeStream_data();
}

void TestSseParser::randomSplits()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<QByteArray>, expected);
    const quint32 baseSeed = QRandomGenerator::global()->generate();
    for (int round = 0; round < 500; ++round) {
        const quint32 seed = baseSeed + quint32(round);
        QRandomGenerator random(seed);
        const int cutCount = random.bounded(1, 60);
        QList<qsizetype> cuts;
        for (int i = 0; i < cutCount; ++i)
            cuts.append(random.bounded(qint64(stream.size() + 1)));
        std::sort(cuts.begin(), cuts.end());
        bool cut = true;
        const QList<QByteArray> got = describe(feedPieces(stream, cuts, &cut));
        if (got != expected || cut) {
            QByteArray where;
            for (qsizetype c : cuts)
                where += QByteArray::number(c) + ' ';
            qWarning("failing split pattern: seed %u, cuts %s", seed, where.constData());
            QCOMPARE(got, expected); // prints the difference
            QVERIFY2(!cut, "finish() reported a cut event");
        }
    }
}

void TestSseParser::crAndLfSplitAcrossChunks()
{
    // Every CRLF is cut between its CR and its LF: each pair must still be one line end, or a
    // phantom blank line would dispatch events early and split the data.
    const QByteArray stream = withLineEnd(vllmStream(), "\r\n");
    QList<qsizetype> cuts;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        if (stream.at(i) == '\r')
            cuts.append(i + 1);
    }
    QVERIFY(cuts.size() > 10);
    QCOMPARE(describe(feedPieces(stream, cuts)), expectedVllmEvents());

    // Multi-line data shows a phantom line end directly: it would add an empty data line.
    const QByteArray multi = "data: a\r\ndata: b\r\n\r\n";
    QCOMPARE(describe(feedPieces(multi, {8, 17, 19})), QList<QByteArray>{"|a\nb"});
}

void TestSseParser::loneCrThenDataInNextChunk()
{
    // A CR ending a chunk, followed by a chunk that does not start with LF: the CR alone ended
    // the line and the next byte starts a new one.
    const QList<SseEvent> events = feedPieces("data: x\rdata: y\r\r", {8});
    QCOMPARE(describe(events), QList<QByteArray>{"|x\ny"});
}

void TestSseParser::comments()
{
    const QByteArray stream = ": keep-alive\n\n:another\ndata: a\n: inside an event\ndata: b\n\n";
    QCOMPARE(describe(feedWhole(stream)), QList<QByteArray>{"|a\nb"});
}

void TestSseParser::dataWithoutSpace()
{
    QCOMPARE(describe(feedWhole("data:{\"x\":1}\n\ndata:[DONE]\n\n")),
             (QList<QByteArray>{"|{\"x\":1}", "|[DONE]"}));
}

void TestSseParser::onlyOneLeadingSpaceIsStripped()
{
    QCOMPARE(describe(feedWhole("data:  two spaces\n\n")), QList<QByteArray>{"| two spaces"});
    // A bare `data` line (no colon) is a data line with an empty value.
    QCOMPARE(describe(feedWhole("data\ndata: x\n\n")), QList<QByteArray>{"|\nx"});
}

void TestSseParser::multiLineData()
{
    const QByteArray stream = "data: {\"a\":\ndata: 1}\ndata:\n\n";
    QCOMPARE(describe(feedWhole(stream)), QList<QByteArray>{"|{\"a\":\n1}\n"});
}

void TestSseParser::eventField()
{
    const QByteArray stream = "event: delta\ndata: one\n\ndata: two\n\nevent:error\ndata: three\n\n";
    QCOMPARE(describe(feedWhole(stream)), (QList<QByteArray>{"delta|one", "|two", "error|three"}));
}

void TestSseParser::eventWithoutDataIsNotDispatched()
{
    const QByteArray stream = "event: ping\n\nid: 7\nretry: 100\n\ndata: real\n\n";
    QCOMPARE(describe(feedWhole(stream)), QList<QByteArray>{"|real"});
}

void TestSseParser::unknownFieldsIgnored()
{
    const QByteArray stream = "foo: bar\ndata: a\nDATA: not a field name\nid: 1\n\n";
    QCOMPARE(describe(feedWhole(stream)), QList<QByteArray>{"|a"});
}

void TestSseParser::llamaCppErrorField()
{
    // llama.cpp reports late failures as an `error:` field, then `[DONE]` (appendix 8).
    const QByteArray stream = "data: {\"choices\":[]}\n\n"
                              "error: {\"code\":500,\"message\":\"boom\",\"type\":\"server_error\"}\n\n"
                              "data: [DONE]\n\n";
    const QList<SseEvent> events = feedWhole(stream);
    QCOMPARE(describe(events),
             (QList<QByteArray>{
                 "|{\"choices\":[]}",
                 "error-field||{\"code\":500,\"message\":\"boom\",\"type\":\"server_error\"}",
                 "|[DONE]",
             }));
    QVERIFY(events.at(1).isErrorField);

    // Dispatched at once, even in the middle of an event, and byte by byte.
    SseParser parser;
    QList<SseEvent> out;
    parser.feed("data: a\nerror: x\n", out);
    QCOMPARE(describe(out), QList<QByteArray>{"error-field||x"});
    parser.feed("\n", out);
    QCOMPARE(describe(out), (QList<QByteArray>{"error-field||x", "|a"}));
}

void TestSseParser::byteOrderMarkStripped()
{
    const QByteArray stream = "\xEF\xBB\xBF"
                              "data: a\n\n\xEF\xBB\xBF"
                              "data: b\n\n";
    // Only the stream's first BOM is stripped; a later one makes an unknown field name.
    QCOMPARE(describe(feedWhole(stream)), QList<QByteArray>{"|a"});
}

void TestSseParser::byteOrderMarkSplit()
{
    const QByteArray stream = "\xEF\xBB\xBF"
                              "data: a\n\n";
    QCOMPARE(describe(feedPieces(stream, {1, 2, 3})), QList<QByteArray>{"|a"});
}

void TestSseParser::finishReportsCutEvent()
{
    bool cut = false;
    QVERIFY(feedWhole("data: {\"a\":1}\n\ndata: {\"b\"", &cut).size() == 1);
    QVERIFY(cut);
    QVERIFY(feedWhole("data: complete line but no blank line\n", &cut).isEmpty());
    QVERIFY(cut);
    QCOMPARE(feedWhole("data: a\n\n", &cut).size(), 1);
    QVERIFY(!cut);
    QVERIFY(feedWhole("", &cut).isEmpty());
    QVERIFY(!cut);
}

void TestSseParser::resetForgetsState()
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed("data: half", events);
    parser.reset();
    parser.feed("data: whole\n\n", events);
    QCOMPARE(describe(events), QList<QByteArray>{"|whole"});
}

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
