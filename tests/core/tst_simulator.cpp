// The simulator's wire format, checked byte by byte with a raw socket (no loquat_core), against
// /work/shared/protocol/vllm-openai.md: framing, key order, nulls, error bodies, routes, dialects.
// Its faults are covered by tst_simulatorfaults.cpp.

#include "jsonwriter.h"
#include "rawhttp.h"
#include "simdirectives.h"
#include "simserver.h"
#include "simtokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QByteArray chatPath()
{
    return QByteArrayLiteral("/v1/chat/completions");
}

QByteArray quoted(const QString &text)
{
    return JsonWriter::quote(text, JsonWriter::Style::Compact);
}

QString contentOf(const RawHttpResponse &response, int index = 0)
{
    QString text;
    for (const QJsonObject &chunk : response.dataObjects()) {
        for (const QJsonValue &choice : chunk.value(QLatin1String("choices")).toArray()) {
            const QJsonObject c = choice.toObject();
            if (c.value(QLatin1String("index")).toInt() == index)
                text += c.value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toString();
        }
    }
    return text;
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT

private:
    SimServer *m_sim = nullptr;

    quint16 port() const { return m_sim->port(); }
    RawHttpResponse chat(const QString &text, const QByteArray &extra = {}, const QByteArray &headers = {})
    {
        return RawHttp::post(port(), chatPath(), RawHttp::chatBody(text, extra), headers);
    }
    void useDialect(SimDialect dialect)
    {
        SimOptions options = m_sim->options();
        options.dialect = dialect;
        m_sim->setOptions(options);
    }

private slots:
    void init()
    {
        m_sim = new SimServer(this);
        QVERIFY(m_sim->listen());
        QVERIFY(m_sim->port() != 0);
        QCOMPARE(m_sim->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_sim->port()));
    }

    void cleanup()
    {
        delete m_sim;
        m_sim = nullptr;
    }

    void shortStreamIsByteExact()
    {
        const RawHttpResponse r =
            chat(QStringLiteral("Hello"),
                 "\"stream\":true,\"stream_options\":{\"include_usage\":true},\"max_tokens\":4",
                 "X-Request-Id: req42\r\n");
        QVERIFY(r.complete);
        QCOMPARE(r.status, 200);
        // uvicorn's head: date, server, content-type, then h11's transfer-encoding.
        const QRegularExpression head(
            QStringLiteral("^HTTP/1\\.1 200 OK\\r\\ndate: \\w{3}, \\d\\d \\w{3} \\d{4} "
                           "\\d\\d:\\d\\d:\\d\\d GMT\\r\\nserver: uvicorn\\r\\ncontent-type: "
                           "text/event-stream; charset=utf-8\\r\\ntransfer-encoding: "
                           "chunked\\r\\n\\r\\n$"));
        QVERIFY2(head.match(QString::fromLatin1(r.head)).hasMatch(), r.head.constData());
        QVERIFY(r.chunkedTerminated);
        QVERIFY(r.raw.endsWith("\r\n0\r\n\r\n"));

        const QList<QByteArray> events = r.events();
        QCOMPARE(events.size(), 7);
        // One event per HTTP chunk, as uvicorn writes each yielded string.
        QCOMPARE(r.chunks.size(), 7);
        for (qsizetype i = 0; i < events.size(); ++i)
            QCOMPARE(r.chunks[i], events[i] + "\n\n");
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));

        const qint64 created = r.dataObjects().first().value(QLatin1String("created")).toInteger();
        QVERIFY(created > 1700000000);
        const QByteArray prefix =
            "data: {\"id\":\"chatcmpl-req42\",\"object\":\"chat.completion.chunk\",\"created\":" +
            QByteArray::number(created) + ",\"model\":\"sim-chat\",\"choices\":";
        QCOMPARE(events[0],
                 prefix + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":"
                          "null,\"finish_reason\":null}],\"prompt_token_ids\":null,\"prompt_text\":null}");
        const QStringList tokens{QStringLiteral("##"), QStringLiteral(" Répo"), QStringLiteral("nse"),
                                 QStringLiteral(" 1")};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(events[1 + i], prefix + "[{\"index\":0,\"delta\":{\"content\":" + quoted(tokens[i]) +
                                        "},\"logprobs\":null,\"finish_reason\":null,\"token_ids\":null}]}");
        QCOMPARE(events[4],
                 prefix + "[{\"index\":0,\"delta\":{\"content\":\" 1\"},\"logprobs\":null,\"finish_reason\":"
                          "\"length\",\"stop_reason\":null,\"token_ids\":null}]}");
        // Usage order: prompt, total, completion; the fingerprint rides on the usage chunk.
        const RawHttpResponse tokenized =
            RawHttp::post(port(), "/tokenize", "{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}");
        const int prompt = tokenized.json().value(QLatin1String("count")).toInt();
        QVERIFY(prompt > 0);
        const QRegularExpression usage(
            QRegularExpression::escape(QString::fromUtf8(prefix)) +
            QStringLiteral(
                "\\[\\],\"usage\":\\{\"prompt_tokens\":%1,\"total_tokens\":%2,\"completion_tokens\":4\\},"
                "\"system_fingerprint\":\"vllm-0\\.21\\.1-[0-9a-f]{8}\"\\}$")
                .arg(prompt)
                .arg(prompt + 4));
        QVERIFY2(usage.match(QString::fromUtf8(events[5])).hasMatch(), events[5].constData());
        QCOMPARE(events[6], QByteArray("data: [DONE]"));
    }

    void eosFinishesWithEmptyContentAndRandomIds()
    {
        const RawHttpResponse r = chat(QStringLiteral("Tell me something"), "\"stream\":true");
        QVERIFY(r.complete);
        const QList<QByteArray> events = r.events();
        QVERIFY(events.size() > 20);
        QCOMPARE(events.last(), QByteArray("data: [DONE]"));
        // No usage chunk without include_usage; the fingerprint then sits on the finishing chunk.
        const QByteArray finishing = events[events.size() - 2];
        QVERIFY2(finishing.contains(
                     "\"delta\":{\"content\":\"\"},\"logprobs\":null,\"finish_reason\":\"stop\","
                     "\"stop_reason\":null,\"token_ids\":null}],\"system_fingerprint\":\"vllm-0.21.1-"),
                 finishing.constData());
        const QList<QJsonObject> chunks = r.dataObjects();
        const QString id = chunks.first().value(QLatin1String("id")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^chatcmpl-[0-9a-f]{16}$")).match(id).hasMatch(),
                 qPrintable(id));
        for (const QJsonObject &chunk : chunks) {
            QCOMPARE(chunk.value(QLatin1String("id")).toString(), id);
            QCOMPARE(chunk.value(QLatin1String("created")), chunks.first().value(QLatin1String("created")));
            QCOMPARE(chunk.value(QLatin1String("choices")).toArray().size(), 1);
        }
        // The markdown every renderer test relies on.
        const QString text = contentOf(r);
        QVERIFY(text.startsWith(QStringLiteral("## Réponse 1 — ")));
        QVERIFY(text.contains(QStringLiteral("“Tell me something”")));
        QVERIFY(text.contains(QStringLiteral("\n- ")));
        QVERIFY(QRegularExpression(QStringLiteral("```(python|cpp|json)\\n")).match(text).hasMatch());
        QVERIFY(text.contains(QStringLiteral("|---|")));
        QVERIFY(text.contains(QStringLiteral("](https://")));
        // Deterministic: the same prompt gives the same text.
        QCOMPARE(contentOf(chat(QStringLiteral("Tell me something"), "\"stream\":true")), text);
        QVERIFY(contentOf(chat(QStringLiteral("Tell me something"), "\"stream\":true,\"seed\":5")) != text);
    }

    void nonStreamingBodyHasEveryField()
    {
        const RawHttpResponse r = chat(QStringLiteral("Hi"), "\"max_completion_tokens\":3");
        QVERIFY(r.complete);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("content-length").toInt(), r.body.size());
        QVERIFY(r.head.contains("server: uvicorn\r\ncontent-length: "));
        const QJsonObject body = r.json();
        const QString content =
            body[QLatin1String("choices")][0][QLatin1String("message")][QLatin1String("content")].toString();
        QCOMPARE(content, QStringLiteral("## Réponse"));
        const QByteArray expected =
            "{\"id\":\"" + body.value(QLatin1String("id")).toString().toUtf8() +
            "\",\"object\":\"chat.completion\",\"created\":" +
            QByteArray::number(body.value(QLatin1String("created")).toInteger()) +
            ",\"model\":\"sim-chat\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            "\"content\":\"## "
            "Réponse\",\"refusal\":null,\"annotations\":null,\"audio\":null,\"function_call\":null,\"tool_"
            "calls\":[],"
            "\"reasoning\":null},\"logprobs\":null,\"finish_reason\":\"length\",\"stop_reason\":null,\"token_"
            "ids\":"
            "null}],\"service_tier\":null,\"system_fingerprint\":\"" +
            body.value(QLatin1String("system_fingerprint")).toString().toUtf8() +
            "\",\"usage\":{\"prompt_tokens\":" +
            QByteArray::number(body[QLatin1String("usage")][QLatin1String("prompt_tokens")].toInt()) +
            ",\"total_tokens\":" +
            QByteArray::number(body[QLatin1String("usage")][QLatin1String("prompt_tokens")].toInt() + 3) +
            ",\"completion_tokens\":3,\"prompt_tokens_details\":null},\"prompt_logprobs\":null,\"prompt_"
            "token_ids\":"
            "null,\"prompt_text\":null,\"kv_transfer_params\":null}";
        QCOMPARE(r.body, expected);
    }

    void stopStringEndsWithStopReason()
    {
        const RawHttpResponse r = chat(QStringLiteral("Hi"), "\"stream\":true,\"stop\":[\"|\",\"zzz\"]");
        QVERIFY(r.complete);
        const QString text = contentOf(r);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QLatin1Char('|')));
        const QJsonObject last = r.dataObjects().last();
        QCOMPARE(last[QLatin1String("choices")][0][QLatin1String("finish_reason")].toString(),
                 QStringLiteral("stop"));
        QCOMPARE(last[QLatin1String("choices")][0][QLatin1String("stop_reason")].toString(),
                 QStringLiteral("|"));
    }

    void twoChoicesInterleave()
    {
        const RawHttpResponse r = chat(QStringLiteral("Hi"), "\"stream\":true,\"n\":2,\"max_tokens\":6");
        QVERIFY(r.complete);
        const QList<QJsonObject> chunks = r.dataObjects();
        // Role chunks for both indices first.
        QCOMPARE(chunks[0][QLatin1String("choices")][0][QLatin1String("index")].toInt(), 0);
        QCOMPARE(chunks[1][QLatin1String("choices")][0][QLatin1String("index")].toInt(), 1);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(chunks[i][QLatin1String("choices")][0][QLatin1String("delta")][QLatin1String("role")]
                         .toString(),
                     QStringLiteral("assistant"));
        QList<int> order;
        QMap<int, QString> finish;
        for (qsizetype i = 2; i < chunks.size(); ++i) {
            const QJsonObject choice = chunks[i][QLatin1String("choices")][0].toObject();
            order.append(choice.value(QLatin1String("index")).toInt());
            if (!choice.value(QLatin1String("finish_reason")).isNull())
                finish[choice.value(QLatin1String("index")).toInt()] =
                    choice.value(QLatin1String("finish_reason")).toString();
        }
        QCOMPARE(order.mid(0, 4), (QList<int>{0, 1, 0, 1}));
        QCOMPARE(finish.value(0), QStringLiteral("length"));
        QCOMPARE(finish.value(1), QStringLiteral("length"));
        QVERIFY(contentOf(r, 0).startsWith(QStringLiteral("## Réponse 1")));
        QVERIFY(contentOf(r, 1).startsWith(QStringLiteral("## Réponse 2")));
    }

    void toolCallStreamsFragments()
    {
        const QByteArray tools =
            "\"stream\":true,\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
            "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}}}]";
        const RawHttpResponse r = chat(QStringLiteral("What is the weather in Lyon?"), tools);
        QVERIFY(r.complete);
        const QList<QByteArray> events = r.events();
        QVERIFY(QRegularExpression(
                    QStringLiteral("\"delta\":\\{\"tool_calls\":\\[\\{\"id\":\"chatcmpl-tool-[0-9a-f]{16}\","
                                   "\"type\":\"function\",\"index\":0,\"function\":\\{\"name\":"
                                   "\"get_weather\"\\}\\}\\]\\}"))
                    .match(QString::fromUtf8(events[1]))
                    .hasMatch());
        QString arguments;
        for (const QJsonObject &chunk : r.dataObjects()) {
            const QJsonArray calls =
                chunk[QLatin1String("choices")][0][QLatin1String("delta")][QLatin1String("tool_calls")]
                    .toArray();
            if (!calls.isEmpty() && !calls[0][QLatin1String("id")].isString()) {
                QCOMPARE(calls[0].toObject().keys(),
                         (QStringList{QStringLiteral("function"), QStringLiteral("index")}));
                arguments += calls[0][QLatin1String("function")][QLatin1String("arguments")].toString();
            }
        }
        QCOMPARE(arguments, QStringLiteral("{\"city\": \"Lyon\"}"));
        const QJsonObject last = r.dataObjects().last();
        QCOMPARE(last[QLatin1String("choices")][0][QLatin1String("finish_reason")].toString(),
                 QStringLiteral("tool_calls"));
        // The finishing chunk carries the last arguments fragment.
        QVERIFY(
            last[QLatin1String("choices")][0][QLatin1String("delta")][QLatin1String("tool_calls")].isArray());

        // Non-streaming: content null, the whole call in tool_calls.
        QByteArray plain = tools;
        plain.replace("\"stream\":true,", "");
        const QJsonObject message = chat(QStringLiteral("/sim tool\nPlease call it"), plain)
                                        .json()[QLatin1String("choices")][0][QLatin1String("message")]
                                        .toObject();
        QVERIFY(message.value(QLatin1String("content")).isNull());
        QCOMPARE(message[QLatin1String("tool_calls")][0][QLatin1String("function")][QLatin1String("name")]
                     .toString(),
                 QStringLiteral("get_weather"));
        QVERIFY(
            QJsonDocument::fromJson(
                message[QLatin1String("tool_calls")][0][QLatin1String("function")][QLatin1String("arguments")]
                    .toString()
                    .toUtf8())
                .isObject());
    }

    void reasonerStreamsReasoningThenContent()
    {
        const RawHttpResponse r = chat(QStringLiteral("Hi"), "\"model\":\"sim-reasoner\",\"stream\":true");
        QVERIFY(r.complete);
        QString reasoning;
        bool sawBoundary = false;
        bool contentStarted = false;
        for (const QJsonObject &chunk : r.dataObjects()) {
            const QJsonObject delta = chunk[QLatin1String("choices")][0][QLatin1String("delta")].toObject();
            QVERIFY(!delta.contains(QLatin1String("reasoning_content")));
            if (delta.contains(QLatin1String("reasoning"))) {
                QVERIFY(!contentStarted);
                reasoning += delta.value(QLatin1String("reasoning")).toString();
            }
            if (delta.contains(QLatin1String("reasoning")) && delta.contains(QLatin1String("content")))
                sawBoundary = true;
            if (delta.contains(QLatin1String("content")) &&
                !delta.value(QLatin1String("content")).toString().isEmpty())
                contentStarted = true;
        }
        QVERIFY(reasoning.startsWith(QStringLiteral("The user wrote")));
        QVERIFY(sawBoundary);
        QVERIFY(contentOf(r).startsWith(QStringLiteral("## Réponse")));
        // The boundary chunk keeps vLLM's key order: content before reasoning.
        QVERIFY(r.body.contains("\"delta\":{\"content\":\"##\",\"reasoning\":"));
    }

    void validationErrorsMatchVllm()
    {
        RawHttpResponse r = chat(QStringLiteral("Hi"), "\"temperature\":-1");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body,
                 QByteArray("{\"error\":{\"message\":\"temperature must be non-negative, got -1.0. "
                            "(parameter=temperature, value=-1.0)\",\"type\":\"BadRequestError\",\"param\":"
                            "\"temperature\",\"code\":400}}"));
        r = chat(QStringLiteral("Hi"), "\"model\":\"gpt-4o\"");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray("{\"error\":{\"message\":\"The model `gpt-4o` does not exist.\",\"type\":"
                                    "\"NotFoundError\",\"param\":\"model\",\"code\":404}}"));
        r = chat(QStringLiteral("Hi"), "\"max_tokens\":9000");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("message")].toString(),
                 QStringLiteral(
                     "max_tokens=9000 cannot be greater than max_model_len=max_total_tokens=8192. Please "
                     "request fewer output tokens. (parameter=max_tokens, value=9000)"));
        r = chat(QStringLiteral("Hi"), "\"stream_options\":{\"include_usage\":true}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("param")].toString(),
                 QStringLiteral("stream_options"));
        QVERIFY(r.json()[QLatin1String("error")][QLatin1String("message")].toString().contains(
            QStringLiteral("Stream options can only be defined when `stream=True`.")));
        r = chat(QStringLiteral("Hi"), "\"n\":2,\"temperature\":0");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("message")].toString(),
                 QStringLiteral("n must be 1 when using greedy sampling, got 2."));
        r = RawHttp::post(port(), chatPath(), "{\"model\":\"sim-chat\"}");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("Bad Request"));
        QVERIFY(r.json()[QLatin1String("error")][QLatin1String("message")].toString().contains(
            QStringLiteral("'missing'")));
        r = chat(QString(4000, QLatin1Char('x')).replace(QLatin1String("xxxx"), QLatin1String("abc ")),
                 "\"max_tokens\":8000");
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json()[QLatin1String("error")].toObject();
        QCOMPARE(error[QLatin1String("param")].toString(), QStringLiteral("input_tokens"));
        QVERIFY(error[QLatin1String("message")].toString().startsWith(
            QStringLiteral("This model's maximum context length is 8192 tokens. However, you requested 8000 "
                           "output tokens")));
        // Content-Type other than application/json (parameters allowed).
        r = RawHttp::exchange(port(),
                              "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                              "Content-Length: 2\r\n\r\n{}");
        QCOMPARE(r.status, 400);
        QVERIFY(r.json()[QLatin1String("error")][QLatin1String("message")].toString().contains(
            QStringLiteral("Unsupported Media Type: Only 'application/json' is allowed")));
        r = RawHttp::post(port(), chatPath(), RawHttp::chatBody(QStringLiteral("Hi")),
                          "Content-Type: application/json; charset=utf-8\r\n");
        QCOMPARE(r.status, 200);
        r = RawHttp::post(port(), chatPath(), "{not json");
        QCOMPARE(r.status, 400);
    }

    void routesAndMethods()
    {
        RawHttpResponse r = RawHttp::get(port(), "/health");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-length"), QByteArray("0"));
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.header("content-type").isEmpty());
        r = RawHttp::get(port(), "/v1/embeddings");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray("{\"detail\":\"Not Found\"}"));
        r = RawHttp::get(port(), chatPath());
        QCOMPARE(r.status, 405);
        QCOMPARE(r.body, QByteArray("{\"detail\":\"Method Not Allowed\"}"));
        QCOMPARE(r.header("allow"), QByteArray("POST"));
        r = RawHttp::get(port(), "/version");
        QCOMPARE(r.body, QByteArray("{\"version\":\"0.21.1\"}"));
        r = RawHttp::get(port(), "/metrics");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("vllm:num_requests_running{engine=\"0\",model_name=\"sim-chat\"}"));
        QVERIFY(r.header("content-type").startsWith("text/plain; version=0.0.4"));
        r = RawHttp::post(port(), "/tokenize", "{\"prompt\":\"Hello world\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().keys(), (QStringList{QStringLiteral("count"), QStringLiteral("max_model_len"),
                                               QStringLiteral("token_strs"), QStringLiteral("tokens")}));
        QCOMPARE(r.json()[QLatin1String("tokens")].toArray().size(),
                 r.json()[QLatin1String("count")].toInt());

        SimOptions options = m_sim->options();
        options.engineDead = true;
        m_sim->setOptions(options);
        r = RawHttp::get(port(), "/health");
        QCOMPARE(r.status, 503);
        QVERIFY(r.body.isEmpty());
        r = chat(QStringLiteral("Hi"));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("InternalServerError"));
    }

    void modelsListShape()
    {
        const RawHttpResponse r = RawHttp::get(port(), "/v1/models");
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json()[QLatin1String("data")].toArray();
        QCOMPARE(data.size(), 5); // sim-chat, sim-reasoner, sim-lora, sim-vision, sim-omni
        QCOMPARE(data[3][QLatin1String("id")].toString(), QStringLiteral("sim-vision"));
        QCOMPARE(data[4][QLatin1String("id")].toString(), QStringLiteral("sim-omni"));
        QCOMPARE(data[0][QLatin1String("id")].toString(), QStringLiteral("sim-chat"));
        QCOMPARE(data[0][QLatin1String("max_model_len")].toInt(), 8192);
        QVERIFY(data[0][QLatin1String("parent")].isNull());
        QCOMPARE(data[2][QLatin1String("id")].toString(), QStringLiteral("sim-lora"));
        QCOMPARE(data[2][QLatin1String("parent")].toString(), QStringLiteral("sim-chat"));
        QVERIFY(data[2][QLatin1String("max_model_len")].isNull());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(data[0][QLatin1String("created")].toInteger() - now) < 60);
        // Field order exactly as vLLM writes it.
        const QRegularExpression card(
            QStringLiteral("^\\{\"object\":\"list\",\"data\":\\[\\{\"id\":\"sim-chat\",\"object\":\"model\","
                           "\"created\":\\d+,\"owned_by\":"
                           "\"vllm\",\"root\":\"/models/"
                           "sim-chat\",\"parent\":null,\"max_model_len\":8192,\"permission\":\\[\\{\"id\":"
                           "\"modelperm-[0-9a-f]{16}\",\"object\":\"model_permission\",\"created\":\\d+,"
                           "\"allow_create_engine\":false,"
                           "\"allow_sampling\":true,\"allow_logprobs\":true,\"allow_search_indices\":false,"
                           "\"allow_view\":true,"
                           "\"allow_fine_tuning\":false,\"organization\":\"\\*\",\"group\":null,\"is_"
                           "blocking\":false\\}\\]\\},"));
        QVERIFY2(card.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
    }

    void apiKeyGuardsV1Only()
    {
        SimOptions options = m_sim->options();
        options.apiKey = QStringLiteral("s3cret");
        m_sim->setOptions(options);
        RawHttpResponse r = RawHttp::get(port(), "/v1/models");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray("{\"error\":\"Unauthorized\"}"));
        QVERIFY(r.header("www-authenticate").isEmpty());
        QCOMPARE(RawHttp::get(port(), "/v1/models", "Authorization: Bearer wrong\r\n").status, 401);
        QCOMPARE(RawHttp::get(port(), "/v1/models", "Authorization: Bearer s3cret\r\n").status, 200);
        QCOMPARE(RawHttp::get(port(), "/v1/models", "Authorization: bearer s3cret\r\n").status, 200);
        // The check runs before routing: unknown /v1 paths are 401 too, other paths are open.
        QCOMPARE(RawHttp::get(port(), "/v1/nothing").status, 401);
        QCOMPARE(RawHttp::get(port(), "/health").status, 200);
        QCOMPARE(RawHttp::get(port(), "/version").status, 200);
        QCOMPARE(RawHttp::post(port(), "/tokenize", "{\"prompt\":\"a\"}").status, 200);
        QCOMPARE(RawHttp::exchange(port(), "OPTIONS /v1/models HTTP/1.1\r\nHost: x\r\nOrigin: http://a\r\n"
                                           "Access-Control-Request-Method: GET\r\n\r\n")
                     .status,
                 200);
        QCOMPARE(chat(QStringLiteral("Hi"), {}, "Authorization: Bearer s3cret\r\n").status, 200);
        QCOMPARE(m_sim->lastChatHeader("authorization"), QByteArray("Bearer s3cret"));
    }

    void transitionDialectMirrorsReasoning()
    {
        useDialect(SimDialect::VllmTransition);
        const RawHttpResponse r = chat(QStringLiteral("Hi"), "\"model\":\"sim-reasoner\",\"stream\":true");
        QVERIFY(r.complete);
        const QList<QByteArray> events = r.events();
        QVERIFY(events[0].contains(
            "\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"reasoning_content\":null}"));
        QVERIFY(!events[0].contains("prompt_text"));
        QVERIFY(events[0].contains("\"prompt_token_ids\":null"));
        QVERIFY(events[1].contains("\"delta\":{\"reasoning\":\"The\",\"reasoning_content\":\"The\"}"));
        bool sawNullOnContent = false;
        for (const QByteArray &event : events) {
            if (event.contains("{\"content\":\"##\",\"reasoning\":"))
                QVERIFY(event.contains("\"reasoning_content\":"));
            if (QRegularExpression(QStringLiteral("\\{\"content\":\"[^\"]+\",\"reasoning_content\":null\\}"))
                    .match(QString::fromUtf8(event))
                    .hasMatch())
                sawNullOnContent = true;
            QVERIFY(!event.contains("system_fingerprint"));
        }
        QVERIFY(sawNullOnContent);
        const QJsonObject message = chat(QStringLiteral("Hi"), "\"model\":\"sim-reasoner\"")
                                        .json()[QLatin1String("choices")][0][QLatin1String("message")]
                                        .toObject();
        QCOMPARE(message[QLatin1String("reasoning")], message[QLatin1String("reasoning_content")]);
        QVERIFY(message[QLatin1String("reasoning")].toString().startsWith(QStringLiteral("The user")));
    }

    void legacyDialectUsesReasoningContentAndFlatErrors()
    {
        useDialect(SimDialect::VllmLegacy);
        RawHttpResponse r = chat(QStringLiteral("Hi"), "\"model\":\"sim-reasoner\",\"stream\":true");
        QVERIFY(r.complete);
        QVERIFY(!r.body.contains("\"reasoning\""));
        QVERIFY(r.body.contains("\"delta\":{\"reasoning_content\":\"The\"}"));
        QVERIFY(!r.body.contains("token_ids"));
        const QString id = r.dataObjects().first()[QLatin1String("id")].toString();
        QVERIFY(QRegularExpression(QStringLiteral("^chatcmpl-[0-9a-f]{32}$")).match(id).hasMatch());
        r = chat(QStringLiteral("Hi"), "\"model\":\"missing\"");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body,
                 QByteArray("{\"object\":\"error\",\"message\":\"The model `missing` does not exist.\","
                            "\"type\":\"NotFoundError\",\"param\":null,\"code\":404}"));
        r = chat(QStringLiteral("Hi\n/sim fault=error-event-first"), "\"stream\":true");
        QCOMPARE(
            r.events().first(),
            QByteArray(
                "data: {\"error\": {\"object\": \"error\", \"message\": \"Requested sample logprobs of 30, "
                "which is greater than max allowed: 20 (parameter=logprobs, value=30)\", \"type\": "
                "\"BadRequestError\", \"param\": \"logprobs\", \"code\": 400}}"));
    }

    void llamaCppDialect()
    {
        useDialect(SimDialect::LlamaCpp);
        RawHttpResponse r = chat(QStringLiteral("Hi"), "\"stream\":true,\"max_tokens\":3");
        QVERIFY(r.complete);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/event-stream"));
        QCOMPARE(r.header("Server"), QByteArray("llama.cpp"));
        const QList<QByteArray> events = r.events();
        // No role chunk: the first event already carries content; keys sorted (nlohmann::json).
        QVERIFY2(
            events[0].startsWith("data: {\"choices\":[{\"delta\":{\"content\":\"##\"},\"finish_reason\":null,"
                                 "\"index\":0}],\"created\":"),
            events[0].constData());
        QCOMPARE(events.size(), 5);
        // Usage on the finish chunk, which has choices.
        const QJsonObject finish = r.dataObjects().last();
        QCOMPARE(finish[QLatin1String("choices")][0][QLatin1String("finish_reason")].toString(),
                 QStringLiteral("length"));
        QCOMPARE(finish[QLatin1String("usage")][QLatin1String("completion_tokens")].toInt(), 3);
        QVERIFY(finish.contains(QLatin1String("timings")));
        QCOMPARE(events.last(), QByteArray("data: [DONE]"));

        r = chat(QStringLiteral("Hi\n/sim fault=error-event-after:1"), "\"stream\":true");
        QCOMPARE(r.events()[1],
                 QByteArray("error: {\"code\":500,\"message\":\"Internal server error\",\"type\":"
                            "\"server_error\"}"));
        QCOMPARE(r.events().last(), QByteArray("data: [DONE]"));

        r = RawHttp::get(port(), "/health");
        QCOMPARE(r.body, QByteArray("{\"status\":\"ok\"}"));
        r = RawHttp::get(port(), "/nothing");
        QCOMPARE(r.status, 404);
        QCOMPARE(
            r.body,
            QByteArray(
                "{\"error\":{\"code\":404,\"message\":\"File Not Found\",\"type\":\"not_found_error\"}}"));
        r = RawHttp::get(port(), "/v1/models");
        QCOMPARE(r.json()[QLatin1String("data")][0][QLatin1String("owned_by")].toString(),
                 QStringLiteral("llamacpp"));
        // Any model name is accepted and echoed; n > 1 is a 500.
        r = chat(QStringLiteral("Hi"), "\"model\":\"whatever\",\"max_tokens\":2");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QLatin1String("model")].toString(), QStringLiteral("whatever"));
        r = chat(QStringLiteral("Hi"), "\"n\":2");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("server_error"));

        SimOptions options = m_sim->options();
        options.apiKey = QStringLiteral("k");
        m_sim->setOptions(options);
        r = chat(QStringLiteral("Hi"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, QByteArray("{\"error\":{\"code\":401,\"message\":\"Invalid API Key\",\"type\":"
                                    "\"authentication_error\"}}"));
        QCOMPARE(RawHttp::get(port(), "/v1/models").status, 200); // public on llama.cpp
    }

    void keepAlivePipeliningAndPartialReads()
    {
        // Two requests in one write: two responses, in order, on one connection.
        const QByteArray two =
            "GET /version HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\n\r\n";
        RawHttpResponse first = RawHttp::exchange(port(), two, 3000);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, QByteArray("{\"version\":\"0.21.1\"}"));
        QVERIFY(!first.closed); // keep-alive
        QTRY_COMPARE(m_sim->requestCount(), 2);
        QCOMPARE(m_sim->connectionCount(), 1);

        // A request written one byte at a time.
        const QByteArray request =
            RawHttp::postRequest(chatPath(), RawHttp::chatBody(QStringLiteral("Hi"), "\"max_tokens\":2"));
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port());
        QVERIFY(socket.waitForConnected(5000));
        for (char c : request) {
            socket.write(&c, 1);
            socket.flush();
            QCoreApplication::processEvents();
        }
        QByteArray received;
        RawHttpResponse parsed;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), RawHttp::parse(received, &parsed) > 0),
                                 10000);
        QCOMPARE(parsed.status, 200);
        QCOMPARE(parsed.json()[QLatin1String("choices")][0][QLatin1String("finish_reason")].toString(),
                 QStringLiteral("length"));
    }

    void directivesShapeTheAnswer()
    {
        const SimDirectives d = SimDirectives::parse(
            QStringLiteral("Question?\n/sim fault=drop-after:5 tokens=200 delay=20 tool think seed=3\nmore"));
        QCOMPARE(d.fault.kind, SimFault::Kind::DropAfter);
        QCOMPARE(d.fault.count, 5);
        QCOMPARE(d.tokens, 200);
        QCOMPARE(d.delayMs, 20);
        QVERIFY(d.tool && d.think);
        QCOMPARE(d.seed, 3);
        QCOMPARE(d.text, QStringLiteral("Question?\nmore"));

        const RawHttpResponse r =
            chat(QStringLiteral("Long one please\n/sim tokens=1500"), "\"stream\":true");
        QVERIFY(r.complete);
        QVERIFY(SimTokenizer::count(contentOf(r)) >= 1500);
        QVERIFY(!contentOf(r).contains(QStringLiteral("/sim")));
        const RawHttpResponse thinking = chat(QStringLiteral("/sim think\nHi"), "\"stream\":true");
        QVERIFY(thinking.body.contains("\"reasoning\":"));
        // A bad fault spec is reported in the answer instead of being ignored silently.
        QVERIFY(contentOf(chat(QStringLiteral("/sim fault=explode\nHi"), "\"stream\":true"))
                    .contains(QStringLiteral("unknown fault 'explode'")));
    }

    void tokenizerKeepsTextAndCharacters()
    {
        const QString text =
            QStringLiteral("Héllo  wörld 🙂🙂🙂🙂🙂\n\n\nend\tx — 日本語テキスト");
        const QStringList pieces = SimTokenizer::split(text);
        QCOMPARE(pieces.join(QString()), text);
        for (const QString &piece : pieces) {
            QVERIFY(!piece.isEmpty());
            QVERIFY(!piece.back().isHighSurrogate());
            QVERIFY(!piece.front().isLowSurrogate());
            QCOMPARE(QString::fromUtf8(piece.toUtf8()), piece);
        }
    }

    void pythonStyleJson()
    {
        JsonWriter w(JsonWriter::Style::Python);
        w.beginObject().field(QLatin1String("a"), QStringLiteral("é\"\n🙂")).nullField(QLatin1String("b"));
        w.key(QLatin1String("c")).beginArray().value(1).value(2.5).endArray().endObject();
        QCOMPARE(w.data(),
                 QByteArray("{\"a\": \"\\u00e9\\\"\\n\\ud83d\\ude42\", \"b\": null, \"c\": [1, 2.5]}"));
        QCOMPARE(JsonWriter::pythonFloat(-1), QStringLiteral("-1.0"));
        QCOMPARE(JsonWriter::pythonFloat(0.1), QStringLiteral("0.1"));
        QCOMPARE(JsonWriter::pythonFloat(1e20), QStringLiteral("1e+20"));
    }

    void executableServesAndStopsOnSigterm()
    {
        const QString program = qEnvironmentVariable("LOQUAT_SIM");
        if (program.isEmpty())
            QSKIP("LOQUAT_SIM is not set (run through ctest)");
        QProcess process;
        process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--dialect"),
                                QStringLiteral("vllm-legacy")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^loquat-sim listening on http://127\\.0\\.0\\.1:(\\d+)/v1$"))
                .match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const quint16 simPort = match.captured(1).toUShort();
        QCOMPARE(RawHttp::get(simPort, "/version").body, QByteArray("{\"version\":\"0.10.0\"}"));
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
