// The simulator's sampling behaviour, on the wire (raw sockets, no loquat_core): vLLM's 400s for
// out-of-range fields, logprobs in stream chunks and whole bodies with vLLM's key order, the
// logprobs limit as an in-stream error, seeded sampling, structured outputs, ignore_eos.

#include "rawhttp.h"
#include "simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

QString contentOf(const RawHttpResponse &response)
{
    if (!response.chunked)
        return response.json()
            .value(QLatin1String("choices"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("message"))
            .toObject()
            .value(QLatin1String("content"))
            .toString();
    QString text;
    for (const QJsonObject &chunk : response.dataObjects()) {
        for (const QJsonValue &choice : chunk.value(QLatin1String("choices")).toArray())
            text += choice.toObject()
                        .value(QLatin1String("delta"))
                        .toObject()
                        .value(QLatin1String("content"))
                        .toString();
    }
    return text;
}

} // namespace

class TestSimulatorSampling final : public QObject {
    Q_OBJECT

private:
    SimServer *m_sim = nullptr;

    RawHttpResponse chat(const QByteArray &extra, const QString &text = QStringLiteral("Hello"))
    {
        return RawHttp::post(m_sim->port(), QByteArrayLiteral("/v1/chat/completions"),
                             RawHttp::chatBody(text, extra));
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

    void rangeErrorsAsVllm_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QByteArray>("body");
        // vLLM's compact error body for a validation error with a parameter.
        auto error = [](const QByteArray &message, const QByteArray &param) {
            return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"BadRequestError\",\"param\":" +
                   (param.isEmpty() ? QByteArray("null") : "\"" + param + "\"") + ",\"code\":400}}";
        };
        QTest::newRow("presence")
            << QByteArray("\"presence_penalty\":3")
            << error("presence_penalty must be in [-2, 2], got 3.0. (parameter=presence_penalty, value=3.0)",
                     "presence_penalty");
        QTest::newRow("frequency") << QByteArray("\"frequency_penalty\":-2.5")
                                   << error("frequency_penalty must be in [-2, 2], got -2.5. "
                                            "(parameter=frequency_penalty, value=-2.5)",
                                            "frequency_penalty");
        QTest::newRow("repetition") << QByteArray("\"repetition_penalty\":0")
                                    << error("repetition_penalty must be greater than zero, got 0.0. "
                                             "(parameter=repetition_penalty, value=0.0)",
                                             "repetition_penalty");
        QTest::newRow("top_k")
            << QByteArray("\"top_k\":-3")
            << error("top_k must be 0 (disable), or at least 1, got -3. (parameter=top_k, value=-3)",
                     "top_k");
        QTest::newRow("min_p") << QByteArray("\"min_p\":1.5")
                               << error("min_p must be in [0, 1], got 1.5. (parameter=min_p, value=1.5)",
                                        "min_p");
        QTest::newRow("min_tokens negative")
            << QByteArray("\"min_tokens\":-1")
            << error(
                   "min_tokens must be greater than or equal to 0, got -1. (parameter=min_tokens, value=-1)",
                   "min_tokens");
        QTest::newRow("min_tokens over max")
            << QByteArray("\"min_tokens\":20,\"max_tokens\":10")
            << error("min_tokens must be less than or equal to max_tokens=10, got 20. (parameter=min_tokens, "
                     "value=20)",
                     "min_tokens");
        QTest::newRow("n too large") << QByteArray("\"n\":20000")
                                     << error("n must be at most 16384, got 20000. To increase this limit, "
                                              "set the VLLM_MAX_N_SEQUENCES environment variable.",
                                              {});
        QTest::newRow("logprobs limit") << QByteArray("\"logprobs\":true,\"top_logprobs\":30")
                                        << error("Requested sample logprobs of 30, which is greater than max "
                                                 "allowed: 20 (parameter=logprobs, value=30)",
                                                 "logprobs");
        QTest::newRow("two constraints")
            << QByteArray("\"structured_outputs\":{\"regex\":\"a+\",\"choice\":[\"a\"]}")
            << error("You can only use one kind of constraints for structured outputs ('json', 'regex' or "
                     "'choice').",
                     {});
    }
    void rangeErrorsAsVllm()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QByteArray, body);
        const RawHttpResponse r = chat(extra);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, body);
    }

    void topLogprobsNeedsLogprobs()
    {
        const RawHttpResponse r = chat("\"top_logprobs\":2");
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")), QJsonValue(QStringLiteral("Bad Request")));
        QCOMPARE(error.value(QLatin1String("param")), QJsonValue(QStringLiteral("top_logprobs")));
        QVERIFY(error.value(QLatin1String("message"))
                    .toString()
                    .contains(QStringLiteral(
                        "Value error, when using `top_logprobs`, `logprobs` must be set to true.")));
    }

    void logprobsLimitInsideTheStream()
    {
        const RawHttpResponse r = chat("\"stream\":true,\"logprobs\":true,\"top_logprobs\":25");
        QCOMPARE(r.status, 200);
        const QList<QByteArray> events = r.events();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0),
                 QByteArray("data: {\"error\": {\"message\": \"Requested sample logprobs of 25, which is "
                            "greater than max allowed: 20 (parameter=logprobs, value=25)\", \"type\": "
                            "\"BadRequestError\", \"param\": \"logprobs\", \"code\": 400}}"));
        QCOMPARE(events.at(1), QByteArray("data: [DONE]"));
    }

    void logprobsInStreamChunks()
    {
        const RawHttpResponse r =
            chat("\"stream\":true,\"logprobs\":true,\"top_logprobs\":2,\"max_tokens\":4");
        QCOMPARE(r.status, 200);
        const QList<QByteArray> events = r.events();
        // Role chunk: logprobs null even when asked for.
        QVERIFY(events.first().contains("\"logprobs\":null"));
        const QByteArray &first = events.at(1);
        // vLLM's key order: token, logprob, bytes, top_logprobs (each with token, logprob, bytes).
        QVERIFY2(
            first.contains(
                "\"delta\":{\"content\":\"##\"},\"logprobs\":{\"content\":[{\"token\":\"##\",\"logprob\":"),
            first.constData());
        QVERIFY2(first.contains(",\"bytes\":[35,35],\"top_logprobs\":[{\"token\":"), first.constData());
        QString joined;
        int entries = 0;
        for (const QJsonObject &chunk : r.dataObjects()) {
            const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
            if (choices.isEmpty() || chunk.value(QLatin1String("choices"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QLatin1String("logprobs"))
                                         .isNull())
                continue;
            for (const QJsonValue &v : choices.first()
                                           .toObject()
                                           .value(QLatin1String("logprobs"))
                                           .toObject()
                                           .value(QLatin1String("content"))
                                           .toArray()) {
                const QJsonObject entry = v.toObject();
                joined += entry.value(QLatin1String("token")).toString();
                const double logprob = entry.value(QLatin1String("logprob")).toDouble();
                QVERIFY(logprob <= 0 && logprob >= -9999.0);
                const QJsonArray top = entry.value(QLatin1String("top_logprobs")).toArray();
                QCOMPARE(top.size(), 2);
                QVERIFY(top.at(0).toObject().value(QLatin1String("logprob")).toDouble() >=
                        top.at(1).toObject().value(QLatin1String("logprob")).toDouble());
                QByteArray bytes;
                for (const QJsonValue &b : entry.value(QLatin1String("bytes")).toArray())
                    bytes.append(char(b.toInt()));
                QCOMPARE(QString::fromUtf8(bytes), entry.value(QLatin1String("token")).toString());
                ++entries;
            }
        }
        QCOMPARE(entries, 4);
        QCOMPARE(joined, contentOf(r));
    }

    void logprobsInWholeBody()
    {
        const RawHttpResponse r = chat("\"logprobs\":true,\"max_tokens\":6");
        QCOMPARE(r.status, 200);
        const QJsonObject choice = r.json().value(QLatin1String("choices")).toArray().first().toObject();
        const QJsonArray content =
            choice.value(QLatin1String("logprobs")).toObject().value(QLatin1String("content")).toArray();
        QCOMPARE(content.size(), 6);
        QString joined;
        for (const QJsonValue &v : content) {
            joined += v.toObject().value(QLatin1String("token")).toString();
            QCOMPARE(v.toObject().value(QLatin1String("top_logprobs")).toArray().size(), 0);
        }
        QCOMPARE(joined, contentOf(r));
        // Without logprobs: null, as before.
        QVERIFY(chat("\"max_tokens\":3")
                    .json()
                    .value(QLatin1String("choices"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("logprobs"))
                    .isNull());
        // An answer ending on EOS carries EOS's entry last.
        const RawHttpResponse full = chat("\"logprobs\":true");
        const QJsonArray all = full.json()
                                   .value(QLatin1String("choices"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("logprobs"))
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toArray();
        QCOMPARE(all.last().toObject().value(QLatin1String("token")),
                 QJsonValue(QStringLiteral("<|im_end|>")));
    }

    void greedyIsCertainHotIsNot()
    {
        auto meanLogprob = [this](const QByteArray &extra) {
            const QJsonArray content = chat(extra)
                                           .json()
                                           .value(QLatin1String("choices"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QLatin1String("logprobs"))
                                           .toObject()
                                           .value(QLatin1String("content"))
                                           .toArray();
            double sum = 0;
            for (const QJsonValue &v : content)
                sum += v.toObject().value(QLatin1String("logprob")).toDouble();
            return sum / double(content.size());
        };
        QCOMPARE(meanLogprob("\"logprobs\":true,\"max_tokens\":30,\"temperature\":0"), 0.0);
        QVERIFY(meanLogprob("\"logprobs\":true,\"max_tokens\":30,\"temperature\":1.5") <
                meanLogprob("\"logprobs\":true,\"max_tokens\":30,\"temperature\":0.5"));
    }

    void seededSampling()
    {
        const QString seeded = contentOf(chat("\"temperature\":0.8,\"seed\":42"));
        QCOMPARE(contentOf(chat("\"temperature\":0.8,\"seed\":42")), seeded);
        QVERIFY(contentOf(chat("\"temperature\":0.8,\"seed\":43")) != seeded);
        QVERIFY(contentOf(chat("\"temperature\":0.9,\"seed\":42")) != seeded);
        // Greedy decoding ignores the seed.
        QCOMPARE(contentOf(chat("\"temperature\":0,\"seed\":1")),
                 contentOf(chat("\"temperature\":0,\"seed\":2")));
        // By default an unseeded answer repeats; with --random-unseeded it is drawn afresh.
        QCOMPARE(contentOf(chat("\"temperature\":0.8")), contentOf(chat("\"temperature\":0.8")));
        SimOptions options = m_sim->options();
        options.randomUnseeded = true;
        m_sim->setOptions(options);
        QSet<QString> drawn;
        for (int i = 0; i < 4; ++i)
            drawn.insert(contentOf(chat("\"temperature\":0.8")));
        QVERIFY(drawn.size() > 1);
        QCOMPARE(contentOf(chat("\"temperature\":0.8,\"seed\":42")), seeded);
    }

    void structuredOutputs()
    {
        const QString choice =
            contentOf(chat("\"structured_outputs\":{\"choice\":[\"yes\",\"no\",\"maybe\"]}"));
        QVERIFY2(QStringList({QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("maybe")})
                     .contains(choice),
                 qPrintable(choice));
        const QString json = contentOf(
            chat("\"stream\":true,\"structured_outputs\":{\"json\":{\"type\":\"object\",\"properties\":{"
                 "\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\",\"minimum\":1},\"sunny\":{"
                 "\"type\":\"boolean\"},\"kind\":{\"enum\":[\"a\",\"b\"]}},\"required\":[\"city\"]}}"));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(object.value(QLatin1String("city")).isString());
        QVERIFY(object.value(QLatin1String("days")).toInt() >= 1);
        QVERIFY(object.value(QLatin1String("sunny")).isBool());
        QVERIFY(QStringList({QStringLiteral("a"), QStringLiteral("b")})
                    .contains(object.value(QLatin1String("kind")).toString()));
    }

    void ignoreEosRunsToTheLimit()
    {
        const RawHttpResponse r = chat("\"ignore_eos\":true,\"max_tokens\":900");
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(
            body.value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")).toInt(),
            900);
        QCOMPARE(body.value(QLatin1String("choices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("finish_reason")),
                 QJsonValue(QStringLiteral("length")));
        const RawHttpResponse longer = chat("\"min_tokens\":700");
        QVERIFY(longer.json()
                    .value(QLatin1String("usage"))
                    .toObject()
                    .value(QLatin1String("completion_tokens"))
                    .toInt() >= 700);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorSampling)
#include "tst_simulatorsampling.moc"
