// Every fault the simulator offers (SimFault), observed on the wire with a raw socket: each one
// must really happen, or the client tests that rely on it prove nothing.

#include "rawhttp.h"
#include "simserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <functional>

namespace {

using Kind = SimFault::Kind;

QString contentOf(const RawHttpResponse &response)
{
    QString text;
    for (const QJsonObject &chunk : response.dataObjects()) {
        const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
        if (!choices.isEmpty())
            text += choices[0][QLatin1String("delta")][QLatin1String("content")].toString();
    }
    return text;
}

int contentDeltas(const RawHttpResponse &response)
{
    int count = 0;
    for (const QJsonObject &chunk : response.dataObjects()) {
        const QJsonObject delta = chunk[QLatin1String("choices")][0][QLatin1String("delta")].toObject();
        if (!delta.contains(QLatin1String("role")) && !delta.isEmpty())
            ++count;
    }
    return count;
}

} // namespace

class TestSimulatorFaults : public QObject {
    Q_OBJECT

private:
    SimServer *m_sim = nullptr;

    RawHttpResponse stream(const QString &text = QStringLiteral("Hi"), int timeoutMs = 15000,
                           const QByteArray &extra = "\"stream\":true")
    {
        return RawHttp::post(m_sim->port(), "/v1/chat/completions", RawHttp::chatBody(text, extra), {},
                             timeoutMs);
    }

    QByteArray m_received;

    // Opens a stream on `socket` and reads until `done` holds for what arrived (generous wait).
    RawHttpResponse openUntil(QTcpSocket &socket, const std::function<bool(const RawHttpResponse &)> &done)
    {
        m_received.clear();
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_sim->port());
        [&] { QVERIFY(socket.waitForConnected(10000)); }();
        socket.write(RawHttp::postRequest("/v1/chat/completions",
                                          RawHttp::chatBody(QStringLiteral("Hi"), "\"stream\":true")));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done(readMore(socket)), 10000); }();
        return readMore(socket);
    }

    RawHttpResponse readMore(QTcpSocket &socket)
    {
        m_received += socket.readAll();
        RawHttpResponse response;
        RawHttp::parse(m_received, &response);
        return response;
    }

private slots:
    void init()
    {
        m_sim = new SimServer(this);
        QVERIFY(m_sim->listen());
    }

    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void parseAndPrintSpecs()
    {
        QString error;
        QCOMPARE(SimFault::parse(u"stall-mid-stream:3:250", &error).kind, Kind::StallMidStream);
        QCOMPARE(SimFault::parse(u"stall-mid-stream:3:250").ms, 250);
        QCOMPARE(SimFault::parse(u"stall-before-first-byte:400").ms, 400);
        QCOMPARE(SimFault::parse(u"http-status:429").count, 429);
        QCOMPARE(SimFault::parse(u"huge-event").count, 10 * 1024 * 1024);
        QVERIFY(SimFault::parse(u"drop-after", &error).isNone()); // needs K
        QVERIFY(!error.isEmpty());
        QVERIFY(SimFault::parse(u"nope", &error).isNone());
        for (const char *spec : {"drop-after:5", "stall-mid-stream:3:250", "split-bytes:7", "never-end",
                                 "stall-before-first-byte:100", "http-status:503"})
            QCOMPARE(SimFault::parse(QString::fromLatin1(spec)).toString(), QString::fromLatin1(spec));
    }

    void refuseAndResetBeforeHeadersSendNothing()
    {
        for (const Kind kind : {Kind::Refuse, Kind::ResetBeforeHeaders}) {
            m_sim->setNextFault(SimFault::make(kind));
            const RawHttpResponse r = stream();
            QVERIFY(r.connected);
            QVERIFY(r.closed);
            QVERIFY(r.head.isEmpty());
            QVERIFY(r.raw.isEmpty());
        }
        QCOMPARE(m_sim->chatRequestCount(), 2);
        // Only the next request was affected.
        QVERIFY(stream().complete);
    }

    void resetAfterHeadersSendsHeadOnly()
    {
        m_sim->setNextFault(SimFault::make(Kind::ResetAfterHeaders));
        const RawHttpResponse r = stream();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/event-stream; charset=utf-8"));
        QVERIFY(r.closed);
        QVERIFY(r.raw.isEmpty());
    }

    void stallBeforeFirstByte()
    {
        // Forever: the head arrives, no body byte follows; the client leaving is counted.
        m_sim->setNextFault(SimFault::make(Kind::StallBeforeFirstByte));
        QSignalSpy left(m_sim, &SimServer::clientDisconnected);
        QTcpSocket socket;
        RawHttpResponse r = openUntil(socket, [](const RawHttpResponse &seen) { return seen.status == 200; });
        QTest::qWait(300); // then nothing more may come
        r = readMore(socket);
        QCOMPARE(r.status, 200);
        QVERIFY(r.raw.isEmpty());
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->disconnectCount(), 1, 10000);
        QCOMPARE(left.count(), 1);
        QCOMPARE(m_sim->lastDisconnectDeltas(), 0);
        QCOMPARE(m_sim->activeResponses(), 0);
        // Bounded: the stream goes on after the pause.
        m_sim->setNextFault(SimFault::parse(u"stall-before-first-byte:200"));
        QElapsedTimer clock;
        clock.start();
        r = stream();
        QVERIFY(r.complete);
        QVERIFY(clock.elapsed() >= 190);
        QCOMPARE(r.events().last(), QByteArray("data: [DONE]"));
    }

    void stallMidStream()
    {
        m_sim->setNextFault(SimFault::make(Kind::StallMidStream, 3));
        QTcpSocket socket;
        RawHttpResponse r =
            openUntil(socket, [](const RawHttpResponse &seen) { return contentDeltas(seen) >= 3; });
        QTest::qWait(300);
        r = readMore(socket);
        QVERIFY(!r.complete);
        QCOMPARE(contentDeltas(r), 3);
        socket.abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->disconnectCount(), 1, 10000);
        QCOMPARE(m_sim->lastDisconnectDeltas(), 3);

        m_sim->setNextFault(SimFault::make(Kind::StallMidStream, 3, 200));
        r = stream();
        QVERIFY(r.complete);
        QCOMPARE(r.events().last(), QByteArray("data: [DONE]"));
    }

    void dropAfterClosesWithoutDone()
    {
        m_sim->setNextFault(SimFault::make(Kind::DropAfter, 5));
        const RawHttpResponse r = stream();
        QVERIFY(r.closed);
        QVERIFY(!r.chunkedTerminated);
        QCOMPARE(contentDeltas(r), 5);
        QVERIFY(!r.body.contains("[DONE]"));
        QVERIFY(r.body.endsWith("\n\n"));      // whole events only
        QCOMPARE(m_sim->disconnectCount(), 0); // the server hung up, not the client
    }

    void dropMidUtf8CutsInsideACharacter()
    {
        m_sim->setNextFault(SimFault::make(Kind::DropMidUtf8));
        const RawHttpResponse r = stream();
        QVERIFY(r.closed);
        QVERIFY(!r.chunkedTerminated);
        QVERIFY(!r.body.isEmpty());
        // The last byte is the lead byte of a multi-byte character.
        QCOMPARE(quint8(r.body.back()) & 0xC0, 0xC0);
        QVERIFY(!r.body.endsWith("\n\n"));
    }

    void dropMidEventCutsInsideAToken()
    {
        m_sim->setNextFault(SimFault::make(Kind::DropMidEvent, 3));
        const RawHttpResponse r = stream();
        QVERIFY(r.closed);
        QVERIFY(!r.chunkedTerminated);
        QCOMPARE(contentDeltas(r), 3); // whole events before the cut one
        QVERIFY(!r.body.contains("[DONE]"));
        const QByteArray last = r.body.mid(r.body.lastIndexOf("data: "));
        QVERIFY2(last.contains("\"content\":\"") && !last.endsWith("\""), last.constData());
        QVERIFY(!r.body.endsWith("\n"));
        QCOMPARE(SimFault::parse(u"drop-mid-event:3").toString(), QStringLiteral("drop-mid-event:3"));
    }

    void splitBytesKeepsTheStream()
    {
        const RawHttpResponse plain = stream();
        QVERIFY(plain.complete);
        for (int seed = 1; seed <= 5; ++seed) {
            m_sim->setNextFault(SimFault::make(Kind::SplitBytes, seed));
            // Thousands of flushed pieces: a sanitizer build on a busy machine needs well over the
            // default 15 s for one stream. A generous wait, not a speed check.
            const RawHttpResponse split = stream(QStringLiteral("Hi"), 120000);
            QVERIFY(split.complete);
            QVERIFY(split.chunks.size() > 3 * plain.chunks.size());
            int oneByte = 0;
            for (const QByteArray &chunk : split.chunks)
                oneByte += chunk.size() == 1 ? 1 : 0;
            QVERIFY(oneByte > 10);
            QCOMPARE(contentOf(split), contentOf(plain));
            QCOMPARE(split.events().size(), plain.events().size());
        }
    }

    void errorEvents()
    {
        m_sim->setNextFault(SimFault::make(Kind::ErrorEventAfter, 2));
        RawHttpResponse r = stream();
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QList<QByteArray> events = r.events();
        QCOMPARE(events.size(), 5); // role, 2 deltas, error, [DONE]
        QCOMPARE(events[3], QByteArray("data: {\"error\": {\"message\": \"Internal server error\", \"type\": "
                                       "\"InternalServerError\", \"param\": null, \"code\": 500}}"));
        QCOMPARE(events[4], QByteArray("data: [DONE]"));

        m_sim->setNextFault(SimFault::make(Kind::ErrorEventFirst));
        r = stream();
        events = r.events();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0],
                 QByteArray("data: {\"error\": {\"message\": \"Requested sample logprobs of 30, which is "
                            "greater than max allowed: 20 (parameter=logprobs, value=30)\", \"type\": "
                            "\"BadRequestError\", \"param\": \"logprobs\", \"code\": 400}}"));
    }

    void malformedChunk()
    {
        m_sim->setNextFault(SimFault::make(Kind::MalformedChunk, 2));
        const RawHttpResponse r = stream();
        QVERIFY(r.complete);
        QCOMPARE(r.events()[3], QByteArray("data: {not json"));
    }

    void httpStatusBodies()
    {
        const auto statusBody = [this](int status) {
            m_sim->setNextFault(SimFault::httpStatus(status));
            const RawHttpResponse r = stream();
            [&] { QCOMPARE(r.status, status); }();
            return r.body;
        };
        const QByteArray context = statusBody(400);
        QVERIFY(context.startsWith(
            "{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens."));
        QVERIFY(
            context.endsWith("\",\"type\":\"BadRequestError\",\"param\":\"input_tokens\",\"code\":400}}"));
        QCOMPARE(statusBody(401), QByteArray("{\"error\":\"Unauthorized\"}"));
        QCOMPARE(statusBody(404),
                 QByteArray("{\"error\":{\"message\":\"The model `sim-chat` does not exist.\",\"type\":"
                            "\"NotFoundError\",\"param\":\"model\",\"code\":404}}"));
        QCOMPARE(statusBody(429),
                 QByteArray("{\"error\":{\"message\":\"Too many requests\",\"type\":\"RateLimitError\","
                            "\"param\":null,\"code\":429}}"));
        QVERIFY(statusBody(500).contains("\"type\":\"InternalServerError\",\"param\":null,\"code\":500}}"));
        QCOMPARE(statusBody(503),
                 QByteArray("{\"error\":\"The model is currently scaling. Please try again later.\"}"));
        QCOMPARE(statusBody(502),
                 QByteArray("{\"error\":{\"message\":\"Bad Gateway\",\"type\":\"Bad Gateway\","
                            "\"param\":null,\"code\":502}}"));
    }

    void failTimesThenSucceeds()
    {
        m_sim->setNextFault(SimFault::make(Kind::FailTimes, 2));
        QCOMPARE(stream().status, 503);
        QCOMPARE(stream().status, 503);
        QCOMPARE(stream().status, 200);
        // As a directive, attempts are counted per request body (retries resend the same body).
        const QString text = QStringLiteral("Hi\n/sim fault=fail-times:1");
        QCOMPARE(stream(text).status, 503);
        QCOMPARE(stream(text).status, 200);
    }

    void persistentFaultAppliesToEveryRequest()
    {
        m_sim->setFault(SimFault::httpStatus(500));
        QCOMPARE(stream().status, 500);
        QCOMPARE(stream().status, 500);
        m_sim->setFault({});
        QCOMPARE(stream().status, 200);
    }

    void redirects()
    {
        m_sim->setNextFault(SimFault::make(Kind::Redirect));
        RawHttpResponse r = stream();
        QCOMPARE(r.status, 307);
        QCOMPARE(r.header("location"), QByteArray("/redirected/v1/chat/completions"));
        r = RawHttp::post(m_sim->port(), "/redirected/v1/chat/completions",
                          RawHttp::chatBody(QStringLiteral("Hi")));
        QCOMPARE(r.status, 200);

        m_sim->setNextFault(SimFault::make(Kind::RedirectLoop));
        r = stream();
        QCOMPARE(r.status, 307);
        QCOMPARE(r.header("location"), QByteArray("/loop/1/v1/chat/completions"));
        r = RawHttp::post(m_sim->port(), "/loop/1/v1/chat/completions",
                          RawHttp::chatBody(QStringLiteral("Hi")));
        QCOMPARE(r.header("location"), QByteArray("/loop/2/v1/chat/completions"));
    }

    void hugeEvent()
    {
        m_sim->setNextFault(SimFault::make(Kind::HugeEvent));
        const RawHttpResponse r = stream(QStringLiteral("Hi"), 60000);
        QVERIFY(r.complete);
        QByteArray biggest;
        for (const QByteArray &event : r.events())
            biggest = event.size() > biggest.size() ? event : biggest;
        QVERIFY2(biggest.size() >= 10 * 1024 * 1024 - 200, QByteArray::number(biggest.size()).constData());
        QCOMPARE(r.events().last(), QByteArray("data: [DONE]"));
    }

    void neverEndStopsOnDisconnect()
    {
        m_sim->setNextFault(SimFault::make(Kind::NeverEnd));
        const RawHttpResponse r = RawHttp::exchange(
            m_sim->port(),
            RawHttp::postRequest("/v1/chat/completions",
                                 RawHttp::chatBody(QStringLiteral("Hi"), "\"stream\":true")),
            30000, 200'000);
        QVERIFY(!r.complete);
        QVERIFY(r.body.size() >= 200'000);
        QVERIFY(!r.body.contains("finish_reason\":\"stop"));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->disconnectCount(), 1, 10000);
        QVERIFY(m_sim->lastDisconnectDeltas() > 500);
        QCOMPARE(m_sim->activeResponses(), 0);
    }

    void noDone()
    {
        m_sim->setNextFault(SimFault::make(Kind::NoDone));
        const RawHttpResponse r = stream(QStringLiteral("Hi"), 15000,
                                         "\"stream\":true,\"stream_options\":{\"include_usage\":true}");
        QVERIFY(r.complete);
        QVERIFY(r.chunkedTerminated);
        QVERIFY(!r.body.contains("[DONE]"));
        QVERIFY(r.dataObjects().last().contains(QLatin1String("usage")));
    }

    void tokenDelayPacesTheStream()
    {
        // The directive overrides the server's delay; pacing is visible as elapsed time.
        QElapsedTimer clock;
        clock.start();
        const RawHttpResponse r =
            stream(QStringLiteral("Hi\n/sim delay=30"), 15000, "\"stream\":true,\"max_tokens\":10");
        QVERIFY(r.complete);
        QVERIFY(clock.elapsed() >= 9 * 30);
    }

    void clientCancelIsCounted()
    {
        SimOptions options = m_sim->options();
        options.tokenDelayMs = 20;
        m_sim->setOptions(options);
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_sim->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(RawHttp::postRequest("/v1/chat/completions",
                                          RawHttp::chatBody(QStringLiteral("Hi"), "\"stream\":true")));
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("data: ") >= 4, 10000);
        QCOMPARE(m_sim->activeResponses(), 1);
        socket.abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->disconnectCount(), 1, 10000);
        QCOMPARE(m_sim->activeResponses(), 0);
        QVERIFY(m_sim->lastDisconnectDeltas() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulatorfaults.moc"
