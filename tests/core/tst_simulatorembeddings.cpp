// The simulator's pooling routes (/v1/embeddings, /score, /rerank), checked byte by byte with a
// raw socket against /work/shared/protocol/vllm-openai.md §3, §11 and §13: route registration by
// the model's task, key order and nulls, base64 bytes, dimensions, truncation and vLLM's refusals.
#include "rawhttp.h"
#include "simembedder.h"
#include "simserver.h"
#include "simtokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace {

QList<double> floats(const QJsonValue &embedding)
{
    QList<double> out;
    for (const QJsonValue &v : embedding.toArray())
        out.append(v.toDouble());
    return out;
}

// Decodes base64 float32 here, independently of loquat_core.
QList<float> base64Floats(const QString &text, bool bigEndian = false)
{
    const QByteArray bytes = QByteArray::fromBase64(text.toLatin1());
    QList<float> out;
    for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4)
        out.append(bigEndian ? qFromBigEndian<float>(bytes.constData() + i)
                             : qFromLittleEndian<float>(bytes.constData() + i));
    return out;
}

double norm(const QList<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x * x;
    return std::sqrt(s);
}

double cosine(const QList<double> &a, const QList<double> &b)
{
    double dot = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        dot += a[i] * b[i];
    return dot / (norm(a) * norm(b));
}

QString longText(int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts.append(QStringLiteral("w%1").arg(i % 97));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestSimulatorEmbeddings final : public QObject {
    Q_OBJECT

private:
    SimServer *m_sim = nullptr;

    void serve(SimTask task, SimDialect dialect = SimDialect::VllmCurrent)
    {
        SimOptions options = SimOptions::forTask(task);
        options.dialect = dialect;
        m_sim->setOptions(options);
    }
    RawHttpResponse post(const QByteArray &path, const QJsonObject &body, const QByteArray &headers = {})
    {
        return RawHttp::post(m_sim->port(), path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                             headers);
    }
    RawHttpResponse embed(const QJsonObject &body) { return post("/v1/embeddings", body); }

private slots:
    void init();
    void cleanup();

    void floatAnswerWireFormat();
    void vectorsAreDeterministicAndMeaningful();
    void base64IsTheSameVectorBitForBit();
    void bigEndianAndOtherDtypes();
    void bytesFormat();
    void matryoshkaDimensions();
    void dimensionsOnAModelWithoutMatryoshka();
    void tooLongInputAndTruncation();
    void truncationSideAndUseActivation();
    void inputShapes();
    void refusals();
    void routesFollowTheModelsTask();
    void legacyServerAnswersUnsupportedWith200();
    void rerankOnAnEmbeddingModel();
    void scoreInputShapesByVersion();
    void crossEncoderRanksDifferently();
    void llamaCppEmbeddings();
    void nonFiniteDirective();
    void faultsAndDelays();
    void apiKeyGuardsOnlyV1();
};

void TestSimulatorEmbeddings::init()
{
    m_sim = new SimServer(SimOptions::forTask(SimTask::Embed));
    QVERIFY(m_sim->listen());
}

void TestSimulatorEmbeddings::cleanup()
{
    delete m_sim;
    m_sim = nullptr;
}

void TestSimulatorEmbeddings::floatAnswerWireFormat()
{
    const RawHttpResponse r = embed(
        {{QStringLiteral("model"), QStringLiteral("sim-embed")},
         {QStringLiteral("input"), QJsonArray{QStringLiteral("hello world"), QStringLiteral("second")}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QRegularExpression shape(QStringLiteral(
        R"(^\{"id":"embd-[0-9a-f]{16}","object":"list","created":\d+,"model":"sim-embed","data":\[)"
        R"(\{"index":0,"object":"embedding","embedding":\[-?\d[^\]]*\]\},)"
        R"(\{"index":1,"object":"embedding","embedding":\[[^\]]*\]\}\],)"
        R"("usage":\{"prompt_tokens":(\d+),"total_tokens":(\d+),"completion_tokens":0,"prompt_tokens_details":null\}\}$)"));
    const QRegularExpressionMatch match = shape.match(QString::fromUtf8(r.body));
    QVERIFY2(match.hasMatch(), r.body.left(300).constData());
    // Each text's pieces, plus [CLS] and [SEP] for each.
    QCOMPARE(match.captured(1).toInt(),
             SimTokenizer::count(u"hello world") + SimTokenizer::count(u"second") + 2 * 2);
    QCOMPARE(match.captured(2), match.captured(1));
    const QJsonArray data = r.json().value(QLatin1String("data")).toArray();
    const QList<double> first = floats(data.at(0).toObject().value(QLatin1String("embedding")));
    QCOMPARE(first.size(), 768);
    QVERIFY(std::fabs(norm(first) - 1.0) < 1e-6);
    // Every number is a float32 value printed by Python's repr().
    for (double x : first)
        QCOMPARE(double(float(x)), x);
}

void TestSimulatorEmbeddings::vectorsAreDeterministicAndMeaningful()
{
    const auto vector = [this](const QString &text) {
        const RawHttpResponse r = embed({{QStringLiteral("input"), text}});
        return floats(r.json()
                          .value(QLatin1String("data"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QLatin1String("embedding")));
    };
    const QList<double> cat = vector(QStringLiteral("The cat sat on the mat."));
    QCOMPARE(vector(QStringLiteral("The cat sat on the mat.")), cat);
    const QList<double> cats = vector(QStringLiteral("Cats sit on mats"));
    const QList<double> finance = vector(QStringLiteral("Quarterly revenue grew by eight percent"));
    QVERIFY(cosine(cat, cats) > cosine(cat, finance) + 0.1);
    // Unrelated texts still share the model's common direction.
    QVERIFY(cosine(cat, finance) > 0.1);
    QVERIFY(cosine(cat, finance) < 0.5);
}

void TestSimulatorEmbeddings::base64IsTheSameVectorBitForBit()
{
    const QJsonObject body{
        {QStringLiteral("input"), QJsonArray{QStringLiteral("alpha beta"), QStringLiteral("gamma")}}};
    const RawHttpResponse asFloat = embed(body);
    QJsonObject b64 = body;
    b64.insert(QStringLiteral("encoding_format"), QStringLiteral("base64"));
    const RawHttpResponse asBase64 = embed(b64);
    QCOMPARE(asBase64.status, 200);
    const QRegularExpression shape(
        QStringLiteral(R"("data":\[\{"index":0,"object":"embedding","embedding":"[A-Za-z0-9+/]+={0,2}"\},)"));
    QVERIFY(shape.match(QString::fromUtf8(asBase64.body)).hasMatch());
    for (int i = 0; i < 2; ++i) {
        const QList<double> expected = floats(asFloat.json()
                                                  .value(QLatin1String("data"))
                                                  .toArray()
                                                  .at(i)
                                                  .toObject()
                                                  .value(QLatin1String("embedding")));
        const QList<float> got = base64Floats(asBase64.json()
                                                  .value(QLatin1String("data"))
                                                  .toArray()
                                                  .at(i)
                                                  .toObject()
                                                  .value(QLatin1String("embedding"))
                                                  .toString());
        QCOMPARE(got.size(), expected.size());
        for (qsizetype k = 0; k < got.size(); ++k)
            QCOMPARE(double(got[k]), expected[k]);
    }
    // "little" is what "native" is on the server.
    b64.insert(QStringLiteral("endianness"), QStringLiteral("little"));
    QCOMPARE(embed(b64).json().value(QLatin1String("data")), asBase64.json().value(QLatin1String("data")));
}

void TestSimulatorEmbeddings::bigEndianAndOtherDtypes()
{
    QJsonObject body{{QStringLiteral("input"), QStringLiteral("byte order")},
                     {QStringLiteral("encoding_format"), QStringLiteral("base64")}};
    const QString little = embed(body)
                               .json()
                               .value(QLatin1String("data"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("embedding"))
                               .toString();
    body.insert(QStringLiteral("endianness"), QStringLiteral("big"));
    const QString big = embed(body)
                            .json()
                            .value(QLatin1String("data"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QLatin1String("embedding"))
                            .toString();
    QVERIFY(little != big);
    QCOMPARE(base64Floats(big, true), base64Floats(little));

    body.remove(QStringLiteral("endianness"));
    body.insert(QStringLiteral("embed_dtype"), QStringLiteral("float16"));
    const QByteArray half = QByteArray::fromBase64(embed(body)
                                                       .json()
                                                       .value(QLatin1String("data"))
                                                       .toArray()
                                                       .at(0)
                                                       .toObject()
                                                       .value(QLatin1String("embedding"))
                                                       .toString()
                                                       .toLatin1());
    QCOMPARE(half.size(), 768 * 2);
    const QList<float> full = base64Floats(little);
    for (int i = 0; i < 768; ++i) {
        qfloat16 h;
        std::memcpy(&h, half.constData() + 2 * i, 2);
        QVERIFY(std::fabs(float(h) - full[i]) <= std::fabs(full[i]) * 1e-3f + 1e-6f);
    }
    for (const char *dtype : {"bfloat16", "fp8_e4m3", "fp8_e5m2"}) {
        body.insert(QStringLiteral("embed_dtype"), QLatin1String(dtype));
        const RawHttpResponse r = embed(body);
        QCOMPARE(r.status, 200);
        const qsizetype bytes = QByteArray::fromBase64(r.json()
                                                           .value(QLatin1String("data"))
                                                           .toArray()
                                                           .at(0)
                                                           .toObject()
                                                           .value(QLatin1String("embedding"))
                                                           .toString()
                                                           .toLatin1())
                                    .size();
        QCOMPARE(bytes, qstrcmp(dtype, "bfloat16") == 0 ? 768 * 2 : 768);
    }
    body.insert(QStringLiteral("embed_dtype"), QStringLiteral("int8"));
    const RawHttpResponse bad = embed(body);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json()
                .value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("literal_error")));
}

void TestSimulatorEmbeddings::bytesFormat()
{
    const RawHttpResponse r =
        embed({{QStringLiteral("input"), QJsonArray{QStringLiteral("a b"), QStringLiteral("c")}},
               {QStringLiteral("encoding_format"), QStringLiteral("bytes")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(r.body.size(), 2 * 768 * 4);
    const QJsonObject meta = QJsonDocument::fromJson(r.header("metadata")).object();
    const QJsonArray data = meta.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(1).toObject().value(QLatin1String("start")).toInt(), 768 * 4);
    QCOMPARE(data.at(1).toObject().value(QLatin1String("end")).toInt(), 2 * 768 * 4);
    const RawHttpResponse only = embed({{QStringLiteral("input"), QStringLiteral("a b")},
                                        {QStringLiteral("encoding_format"), QStringLiteral("bytes_only")}});
    QVERIFY(only.header("metadata").isEmpty());
    QCOMPARE(only.body, r.body.left(768 * 4));
}

void TestSimulatorEmbeddings::matryoshkaDimensions()
{
    const QJsonObject body{{QStringLiteral("input"), QStringLiteral("nested dolls")},
                           {QStringLiteral("dimensions"), 256}};
    const RawHttpResponse r = embed(body);
    QCOMPARE(r.status, 200);
    const QList<double> v = floats(
        r.json().value(QLatin1String("data")).toArray().at(0).toObject().value(QLatin1String("embedding")));
    QCOMPARE(v.size(), 256);
    QVERIFY(std::fabs(norm(v) - 1.0) < 1e-6);
    // The prefix of the full vector, renormalised.
    const QList<double> full = floats(embed({{QStringLiteral("input"), QStringLiteral("nested dolls")}})
                                          .json()
                                          .value(QLatin1String("data"))
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(QLatin1String("embedding")));
    QVERIFY(cosine(v, full.mid(0, 256)) > 0.999999);

    QJsonObject odd = body;
    odd.insert(QStringLiteral("dimensions"), 100);
    const RawHttpResponse refused = embed(odd);
    QCOMPARE(refused.body,
             QByteArray("{\"error\":{\"message\":\"Model 'sim-embed' only supports [64, 128, 256, 512, "
                        "768] matryoshka dimensions, use other output dimensions will lead to poor "
                        "results.\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}}"));
    QCOMPARE(refused.status, 400);
}

void TestSimulatorEmbeddings::dimensionsOnAModelWithoutMatryoshka()
{
    SimOptions options = SimOptions::forTask(SimTask::Embed);
    options.models.first().matryoshka = false;
    options.models.first().matryoshkaDimensions.clear();
    m_sim->setOptions(options);
    const RawHttpResponse r =
        embed({{QStringLiteral("input"), QStringLiteral("x")}, {QStringLiteral("dimensions"), 64}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("Model \"sim-embed\" does not support matryoshka representation, changing output "
                            "dimensions will lead to poor results."));
}

void TestSimulatorEmbeddings::tooLongInputAndTruncation()
{
    const QString text = longText(700); // 700 pieces + 2 special tokens > 512
    const RawHttpResponse refused =
        embed({{QStringLiteral("input"), QJsonArray{QStringLiteral("short"), text}}});
    QCOMPARE(refused.status, 400);
    const QJsonObject error = refused.json().value(QLatin1String("error")).toObject();
    QCOMPARE(
        error.value(QLatin1String("message")).toString(),
        QStringLiteral("This model's maximum context length is 512 tokens. However, you requested 0 output "
                       "tokens and your prompt contains 702 input tokens, for a total of 702 tokens. Please "
                       "reduce the length of the input prompt or the number of requested output tokens. "
                       "(parameter=input_tokens, value=702)"));
    QCOMPARE(error.value(QLatin1String("param")).toString(), QStringLiteral("input_tokens"));

    const RawHttpResponse cut =
        embed({{QStringLiteral("input"), text}, {QStringLiteral("truncate_prompt_tokens"), 10}});
    QCOMPARE(cut.status, 200);
    QCOMPARE(
        cut.json().value(QLatin1String("usage")).toObject().value(QLatin1String("prompt_tokens")).toInt(),
        10);
    // The first 8 pieces: the same vector as the text cut by hand.
    const QString first8 = longText(8);
    const RawHttpResponse manual = embed({{QStringLiteral("input"), first8}});
    QCOMPARE(cut.json().value(QLatin1String("data")), manual.json().value(QLatin1String("data")));

    const RawHttpResponse toModel =
        embed({{QStringLiteral("input"), text}, {QStringLiteral("truncate_prompt_tokens"), -1}});
    QCOMPARE(
        toModel.json().value(QLatin1String("usage")).toObject().value(QLatin1String("prompt_tokens")).toInt(),
        512);

    const RawHttpResponse tooMuch =
        embed({{QStringLiteral("input"), text}, {QStringLiteral("truncate_prompt_tokens"), 100000}});
    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(
        tooMuch.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("truncate_prompt_tokens value (100000) is greater than max_model_len (512). Please, "
                       "select a smaller truncation size."));
    const RawHttpResponse negative =
        embed({{QStringLiteral("input"), text}, {QStringLiteral("truncate_prompt_tokens"), -5}});
    QCOMPARE(negative.status, 400);

    // Older servers worded the refusal differently.
    serve(SimTask::Embed, SimDialect::VllmTransition);
    const RawHttpResponse old = embed({{QStringLiteral("input"), text}});
    QCOMPARE(
        old.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("This model's maximum context length is 512 tokens. However, you requested 702 tokens "
                       "in the input for embedding generation. Please reduce the length of the input."));
}

void TestSimulatorEmbeddings::truncationSideAndUseActivation()
{
    const QString text = longText(20);
    const RawHttpResponse left = embed({{QStringLiteral("input"), text},
                                        {QStringLiteral("truncate_prompt_tokens"), 5},
                                        {QStringLiteral("truncation_side"), QStringLiteral("left")}});
    QStringList last3;
    for (int i = 17; i < 20; ++i)
        last3.append(QStringLiteral("w%1").arg(i));
    // Pieces carry the space before them, so the kept text is " w17 w18 w19".
    const RawHttpResponse manual =
        embed({{QStringLiteral("input"), QLatin1Char(' ') + last3.join(QLatin1Char(' '))}});
    QCOMPARE(left.json().value(QLatin1String("data")), manual.json().value(QLatin1String("data")));

    const RawHttpResponse raw = embed(
        {{QStringLiteral("input"), QStringLiteral("raw vector")}, {QStringLiteral("use_activation"), false}});
    const QList<double> v = floats(
        raw.json().value(QLatin1String("data")).toArray().at(0).toObject().value(QLatin1String("embedding")));
    QVERIFY(norm(v) > 1.5); // not normalised
}

void TestSimulatorEmbeddings::inputShapes()
{
    const RawHttpResponse ids = embed({{QStringLiteral("input"), QJsonArray{101, 2023, 102}}});
    QCOMPARE(ids.status, 200);
    QCOMPARE(ids.json().value(QLatin1String("data")).toArray().size(), 1);
    QCOMPARE(
        ids.json().value(QLatin1String("usage")).toObject().value(QLatin1String("prompt_tokens")).toInt(), 3);
    const RawHttpResponse lists =
        embed({{QStringLiteral("input"), QJsonArray{QJsonArray{1, 2}, QJsonArray{3}}}});
    QCOMPARE(lists.json().value(QLatin1String("data")).toArray().size(), 2);
    const RawHttpResponse chat =
        embed({{QStringLiteral("messages"),
                QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                       {QStringLiteral("content"), QStringLiteral("hi")}}}}});
    QCOMPARE(chat.status, 200);
    QCOMPARE(chat.json().value(QLatin1String("data")).toArray().size(), 1);
    const RawHttpResponse mixed =
        embed({{QStringLiteral("input"), QJsonArray{QStringLiteral("a"), QJsonObject{}}}});
    QCOMPARE(mixed.status, 400);
}

void TestSimulatorEmbeddings::refusals()
{
    const RawHttpResponse unknown = embed({{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                           {QStringLiteral("input"), QStringLiteral("x")}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body,
             QByteArray("{\"error\":{\"message\":\"The model `gpt-4o` does not exist.\",\"type\":"
                        "\"NotFoundError\",\"param\":null,\"code\":404}}"));
    const RawHttpResponse missing = embed({{QStringLiteral("model"), QStringLiteral("sim-embed")}});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.body.contains("'missing'"));
    QVERIFY(missing.body.contains("\"type\":\"Bad Request\""));
    const RawHttpResponse format = embed({{QStringLiteral("input"), QStringLiteral("x")},
                                          {QStringLiteral("encoding_format"), QStringLiteral("hex")}});
    QCOMPARE(format.status, 400);
    QVERIFY(format.body.contains("Input should be 'float', 'base64', 'bytes' or 'bytes_only'"));
    const RawHttpResponse text = RawHttp::exchange(
        m_sim->port(),
        "POST /v1/embeddings HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}");
    QCOMPARE(text.status, 400);
    QVERIFY(text.body.contains("Unsupported Media Type"));
}

void TestSimulatorEmbeddings::routesFollowTheModelsTask()
{
    // An embedding model has no chat route...
    const RawHttpResponse chat =
        RawHttp::post(m_sim->port(), "/v1/chat/completions", RawHttp::chatBody(QStringLiteral("hi")));
    QCOMPARE(chat.status, 404);
    QCOMPARE(chat.body, QByteArray("{\"detail\":\"Not Found\"}"));
    const QJsonObject models = RawHttp::get(m_sim->port(), "/v1/models").json();
    QCOMPARE(
        models.value(QLatin1String("data")).toArray().at(0).toObject().value(QLatin1String("id")).toString(),
        QStringLiteral("sim-embed"));
    QCOMPARE(models.value(QLatin1String("data"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("max_model_len"))
                 .toInt(),
             512);
    // ...a chat model has no embeddings, score or rerank route...
    serve(SimTask::Generate);
    for (const QByteArray &path :
         {QByteArray("/v1/embeddings"), QByteArray("/rerank"), QByteArray("/score")}) {
        const RawHttpResponse r = post(path, {{QStringLiteral("input"), QStringLiteral("x")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray("{\"detail\":\"Not Found\"}"));
    }
    // ...and a cross-encoder scores but does not embed.
    serve(SimTask::Score);
    QCOMPARE(embed({{QStringLiteral("input"), QStringLiteral("x")}}).status, 404);
    QCOMPARE(post("/rerank", {{QStringLiteral("query"), QStringLiteral("q")},
                              {QStringLiteral("documents"), QJsonArray{QStringLiteral("d")}}})
                 .status,
             200);
    // Wrong method.
    QCOMPARE(RawHttp::get(m_sim->port(), "/rerank").status, 405);
}

void TestSimulatorEmbeddings::legacyServerAnswersUnsupportedWith200()
{
    serve(SimTask::Generate, SimDialect::VllmLegacy);
    const RawHttpResponse r = embed({{QStringLiteral("input"), QStringLiteral("x")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
             QByteArray("{\"object\":\"error\",\"message\":\"The model does not support Embeddings API\","
                        "\"type\":\"BadRequestError\",\"param\":null,\"code\":400}"));
    serve(SimTask::Embed, SimDialect::VllmLegacy);
    const RawHttpResponse chat =
        RawHttp::post(m_sim->port(), "/v1/chat/completions", RawHttp::chatBody(QStringLiteral("hi")));
    QCOMPARE(chat.status, 200);
    QVERIFY(chat.body.contains("The model does not support Chat Completions API"));
    // Ids were 32 hex digits then.
    const QString id =
        embed({{QStringLiteral("input"), QStringLiteral("x")}}).json().value(QLatin1String("id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^embd-[0-9a-f]{32}$")).match(id).hasMatch());
}

void TestSimulatorEmbeddings::rerankOnAnEmbeddingModel()
{
    const QJsonArray documents{QStringLiteral("Berlin is in Germany."),
                               QStringLiteral("Paris is the capital of France."),
                               QStringLiteral("Bananas are yellow.")};
    const RawHttpResponse r =
        post("/rerank", {{QStringLiteral("query"), QStringLiteral("What is the capital of France?")},
                         {QStringLiteral("documents"), documents}});
    QCOMPARE(r.status, 200);
    const QRegularExpression shape(QStringLiteral(
        R"(^\{"id":"score-[0-9a-f]{16}","model":"sim-embed","usage":\{"prompt_tokens":\d+,"total_tokens":\d+\},)"
        R"("results":\[\{"index":1,"document":\{"text":"Paris is the capital of France.","multi_modal":null\},"relevance_score":)"));
    QVERIFY2(shape.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 3);
    double previous = 2;
    for (const QJsonValue &v : results) {
        const double score = v.toObject().value(QLatin1String("relevance_score")).toDouble();
        QVERIFY(score <= previous);
        previous = score;
    }
    // A bi-encoder's score is the cosine of the two embeddings.
    const auto vector = [this](const QString &text) {
        return floats(embed({{QStringLiteral("input"), text}})
                          .json()
                          .value(QLatin1String("data"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QLatin1String("embedding")));
    };
    const double expected = cosine(vector(QStringLiteral("What is the capital of France?")),
                                   vector(QStringLiteral("Paris is the capital of France.")));
    QVERIFY(std::fabs(results.at(0).toObject().value(QLatin1String("relevance_score")).toDouble() -
                      expected) < 1e-5);

    const RawHttpResponse top = post("/v1/rerank", {{QStringLiteral("query"), QStringLiteral("capital")},
                                                    {QStringLiteral("documents"), documents},
                                                    {QStringLiteral("top_n"), 1}});
    QCOMPARE(top.json().value(QLatin1String("results")).toArray().size(), 1);
}

void TestSimulatorEmbeddings::scoreInputShapesByVersion()
{
    const QJsonObject pairs{
        {QStringLiteral("queries"), QStringLiteral("capital of France")},
        {QStringLiteral("documents"), QJsonArray{QStringLiteral("Paris"), QStringLiteral("Berlin")}}};
    const RawHttpResponse r = post("/score", pairs);
    QCOMPARE(r.status, 200);
    const QRegularExpression shape(QStringLiteral(
        R"(^\{"id":"score-[0-9a-f]{16}","object":"list","created":\d+,"model":"sim-embed","data":\[)"
        R"(\{"index":0,"object":"score","score":[-0-9.e]+\},\{"index":1,"object":"score","score":[-0-9.e]+\}\],)"
        R"("usage":\{"prompt_tokens":\d+,"total_tokens":\d+,"completion_tokens":0,"prompt_tokens_details":null\}\}$)"));
    QVERIFY2(shape.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
    const RawHttpResponse old =
        post("/score", {{QStringLiteral("text_1"), QStringLiteral("a")},
                        {QStringLiteral("text_2"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}});
    QCOMPARE(old.json().value(QLatin1String("data")).toArray().size(), 2);
    const RawHttpResponse ragged =
        post("/score", {{QStringLiteral("text_1"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                        {QStringLiteral("text_2"),
                         QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}});
    QCOMPARE(ragged.status, 400);
    QVERIFY(ragged.body.contains("Input lengths must be either 1:1, 1:N or N:N"));
    // queries/documents arrived in 2026-01: older servers want text_1/text_2.
    serve(SimTask::Embed, SimDialect::VllmTransition);
    QCOMPARE(post("/score", pairs).status, 400);
}

void TestSimulatorEmbeddings::crossEncoderRanksDifferently()
{
    serve(SimTask::Score);
    const RawHttpResponse r =
        post("/rerank",
             {{QStringLiteral("model"), QStringLiteral("sim-reranker")},
              {QStringLiteral("query"), QStringLiteral("capital of France")},
              {QStringLiteral("documents"), QJsonArray{QStringLiteral("Bananas are yellow"),
                                                       QStringLiteral("The capital of France is Paris")}}});
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QLatin1String("index")).toInt(), 1);
    const double top = results.at(0).toObject().value(QLatin1String("relevance_score")).toDouble();
    QVERIFY(top > 0.9 && top < 1.0);
    QVERIFY(results.at(1).toObject().value(QLatin1String("relevance_score")).toDouble() < 0.1);
    QCOMPARE(double(float(SimEmbedder::relevance(u"capital of France", u"The capital of France is Paris"))),
             top);
}

void TestSimulatorEmbeddings::llamaCppEmbeddings()
{
    serve(SimTask::Embed, SimDialect::LlamaCpp);
    const RawHttpResponse r = embed({{QStringLiteral("input"), QStringLiteral("hello")},
                                     {QStringLiteral("encoding_format"), QStringLiteral("base64")}});
    QCOMPARE(r.status, 200);
    const QRegularExpression shape(QStringLiteral(
        R"(^\{"data":\[\{"embedding":"[A-Za-z0-9+/=]+","encoding_format":"base64","index":0,"object":"embedding"\}\],)"
        R"("model":"gpt-3.5-turbo","object":"list","usage":\{"prompt_tokens":\d+,"total_tokens":\d+\}\}$)"));
    QVERIFY2(shape.match(QString::fromUtf8(r.body)).hasMatch(), r.body.left(200).constData());
    // Without --embeddings, llama.cpp refuses with 501.
    serve(SimTask::Generate, SimDialect::LlamaCpp);
    const RawHttpResponse refused = embed({{QStringLiteral("input"), QStringLiteral("hello")}});
    QCOMPARE(refused.status, 501);
    QVERIFY(refused.body.contains("not_supported_error"));
}

void TestSimulatorEmbeddings::nonFiniteDirective()
{
    const QJsonArray inputs{QStringLiteral("fine"), QStringLiteral("broken\n/sim nan")};
    const RawHttpResponse b64 = embed(
        {{QStringLiteral("input"), inputs}, {QStringLiteral("encoding_format"), QStringLiteral("base64")}});
    QCOMPARE(b64.status, 200);
    const QJsonArray data = b64.json().value(QLatin1String("data")).toArray();
    const QList<float> fine =
        base64Floats(data.at(0).toObject().value(QLatin1String("embedding")).toString());
    const QList<float> broken =
        base64Floats(data.at(1).toObject().value(QLatin1String("embedding")).toString());
    for (float x : fine)
        QVERIFY(std::isfinite(x));
    QVERIFY(std::isnan(broken[0]));
    QVERIFY(std::isinf(broken[1]));
    // JSON cannot carry NaN: Starlette's JSONResponse fails and the server answers a bare 500.
    const RawHttpResponse asFloat = embed({{QStringLiteral("input"), inputs}});
    QCOMPARE(asFloat.status, 500);
    QCOMPARE(asFloat.body, QByteArray("Internal Server Error"));
}

void TestSimulatorEmbeddings::faultsAndDelays()
{
    const RawHttpResponse status =
        embed({{QStringLiteral("input"), QStringLiteral("x\n/sim fault=http-status:503")}});
    QCOMPARE(status.status, 503);
    m_sim->setNextFault(SimFault::make(SimFault::Kind::ResetAfterHeaders));
    const RawHttpResponse cut = embed({{QStringLiteral("input"), QStringLiteral("x")}});
    QCOMPARE(cut.status, 200);
    QVERIFY(!cut.complete);
    QVERIFY(cut.closed);
    QCOMPARE(m_sim->poolingRequestCount(), 2);
    QCOMPARE(m_sim->lastPoolingPath(), QByteArray("/v1/embeddings"));
    // A delay, and a client that leaves during it, counted as a disconnect.
    const RawHttpResponse early = RawHttp::exchange(
        m_sim->port(), RawHttp::postRequest("/v1/embeddings", "{\"input\":\"slow\\n/sim delay=400\"}"), 100);
    QVERIFY(!early.complete);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->disconnectCount(), 2, 3000);
}

void TestSimulatorEmbeddings::apiKeyGuardsOnlyV1()
{
    SimOptions options = SimOptions::forTask(SimTask::Embed);
    options.apiKey = QStringLiteral("secret");
    m_sim->setOptions(options);
    QCOMPARE(embed({{QStringLiteral("input"), QStringLiteral("x")}}).status, 401);
    QCOMPARE(post("/v1/embeddings", {{QStringLiteral("input"), QStringLiteral("x")}},
                  "Authorization: Bearer secret\r\n")
                 .status,
             200);
    const QJsonObject rerank{{QStringLiteral("query"), QStringLiteral("q")},
                             {QStringLiteral("documents"), QJsonArray{QStringLiteral("d")}}};
    QCOMPARE(post("/rerank", rerank).status, 200);
    QCOMPARE(post("/v1/rerank", rerank).status, 401);
}

QTEST_GUILESS_MAIN(TestSimulatorEmbeddings)
#include "tst_simulatorembeddings.moc"
