// The sampling-field table (core/sampling): every field's body shape, ranges, rules between fields,
// JSON Schema checks, parsing typed text, and that the simulator (validating like vLLM) accepts
// every field the table can produce.

#include "api/chatrequest.h"
#include "api/chatstream.h"
#include "sampling/samplingfields.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

// A valid explicit value for every field of the table; a new field without one fails tableCovered().
QHash<QString, QJsonValue> validExamples()
{
    return {
        {QStringLiteral("temperature"), 0.7},
        {QStringLiteral("top_p"), 0.9},
        {QStringLiteral("top_k"), 40},
        {QStringLiteral("min_p"), 0.05},
        {QStringLiteral("seed"), 1234},
        {QStringLiteral("max_completion_tokens"), 64},
        {QStringLiteral("min_tokens"), 4},
        {QStringLiteral("ignore_eos"), false},
        {QStringLiteral("presence_penalty"), -0.5},
        {QStringLiteral("frequency_penalty"), 1.5},
        {QStringLiteral("repetition_penalty"), 1.1},
        {QStringLiteral("stop"), QJsonArray{QStringLiteral("\n\n"), QStringLiteral("END")}},
        {QStringLiteral("stop_token_ids"), QJsonArray{151645, 2}},
        {QStringLiteral("skip_special_tokens"), false},
        {QStringLiteral("include_stop_str_in_output"), true},
        {QStringLiteral("n"), 2},
        {QStringLiteral("logprobs"), true},
        {QStringLiteral("top_logprobs"), 0},
        {QStringLiteral("structured_outputs.json"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("city"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                     {QStringLiteral("required"), QJsonArray{QStringLiteral("city")}}}},
        {QStringLiteral("structured_outputs.regex"), QStringLiteral("(yes|no)")},
        {QStringLiteral("structured_outputs.choice"),
         QJsonArray{QStringLiteral("yes"), QStringLiteral("no")}},
        {QStringLiteral("chat_template_kwargs.enable_thinking"), false},
        {QStringLiteral("reasoning_effort"), QStringLiteral("low")},
    };
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestSamplingFields final : public QObject {
    Q_OBJECT

private slots:
    void tableCovered()
    {
        const QHash<QString, QJsonValue> examples = validExamples();
        QSet<QString> seen;
        for (const SamplingField &f : SamplingFields::all()) {
            QVERIFY2(!seen.contains(f.key), qPrintable(f.key));
            seen.insert(f.key);
            QVERIFY2(examples.contains(f.key), qPrintable(QStringLiteral("no example for ") + f.key));
            QVERIFY(!f.labelText().isEmpty());
            QVERIFY(!QString::fromUtf8(f.tooltip).isEmpty());
            QVERIFY2(f.tooltipText().contains(f.key), qPrintable(f.key));
            QCOMPARE(SamplingFields::find(f.key), &f);
            QVERIFY(SamplingFields::groups().contains(f.group));
        }
        // Every field the issue names is in the table.
        for (const char *key : {"temperature",
                                "top_p",
                                "top_k",
                                "min_p",
                                "max_completion_tokens",
                                "min_tokens",
                                "presence_penalty",
                                "frequency_penalty",
                                "repetition_penalty",
                                "seed",
                                "stop",
                                "stop_token_ids",
                                "n",
                                "logprobs",
                                "top_logprobs",
                                "ignore_eos",
                                "skip_special_tokens",
                                "structured_outputs.json",
                                "structured_outputs.regex",
                                "structured_outputs.choice",
                                "chat_template_kwargs.enable_thinking",
                                "reasoning_effort"})
            QVERIFY2(SamplingFields::find(QString::fromLatin1(key)), key);
        QCOMPARE(SamplingFields::find(u"max_tokens"), SamplingFields::find(u"max_completion_tokens"));
        QCOMPARE(SamplingFields::find(u"no_such_field"), nullptr);
    }

    void tooltipsShowRangeAndDefault()
    {
        const SamplingField *topP = SamplingFields::find(u"top_p");
        QCOMPARE(topP->rangeText(), QStringLiteral("(0, 1]"));
        QVERIFY(topP->tooltipText().contains(QStringLiteral("(0, 1]")));
        QVERIFY(topP->tooltipText().contains(QStringLiteral("1.0")));
        QCOMPARE(SamplingFields::find(u"temperature")->rangeText(), QStringLiteral("≥ 0"));
        QCOMPARE(SamplingFields::find(u"repetition_penalty")->rangeText(), QStringLiteral("> 0"));
        QCOMPARE(SamplingFields::find(u"presence_penalty")->rangeText(), QStringLiteral("[-2, 2]"));
        QVERIFY(SamplingFields::find(u"reasoning_effort")->tooltipText().contains(QStringLiteral("medium")));
    }

    // The body holds exactly the field that was set, at its place, for every field of the table.
    void bodyHoldsExactlyTheFieldSet_data()
    {
        QTest::addColumn<QString>("key");
        for (const SamplingField &f : SamplingFields::all())
            QTest::newRow(qPrintable(f.key)) << f.key;
    }
    void bodyHoldsExactlyTheFieldSet()
    {
        QFETCH(QString, key);
        const QJsonValue value = validExamples().value(key);
        QJsonObject params;
        SamplingFields::setValueAt(params, key, value);
        QVERIFY(SamplingFields::check(params).isEmpty());
        QCOMPARE(SamplingFields::setKeys(params), QStringList{key});

        ChatRequest request;
        request.model = QStringLiteral("sim-chat");
        request.messages = {ChatMessage{QStringLiteral("user"), QStringLiteral("Hi"), {}, {}, {}}};
        request.params = params;
        request.stream = false;
        const QJsonObject body = request.toJson();
        const QString topLevel = key.section(QLatin1Char('.'), 0, 0);
        QStringList expected{QStringLiteral("messages"), QStringLiteral("model"), topLevel};
        expected.sort();
        QCOMPARE(keysOf(body), expected);
        QCOMPARE(SamplingFields::valueAt(body, key), value);
        if (key.contains(QLatin1Char('.')))
            QCOMPARE(body.value(topLevel).toObject().size(), 1);

        // Removing the field gives the bare body back (no empty nested object left behind).
        SamplingFields::removeAt(params, key);
        QVERIFY(params.isEmpty());
    }

    // The simulator validates like vLLM: every example value is accepted, alone and all together.
    void simulatorAcceptsEveryField()
    {
        SimFixture fixture;
        QVERIFY(fixture.isListening());
        QJsonObject all;
        const QHash<QString, QJsonValue> examples = validExamples();
        for (auto it = examples.begin(); it != examples.end(); ++it) {
            QJsonObject params;
            SamplingFields::setValueAt(params, it.key(), it.value());
            ChatRequest request = SimFixture::request(QStringLiteral("Hi"));
            request.params = params;
            const ChatStream *stream = fixture.run(request);
            QVERIFY2(stream->state() == ChatStream::State::Finished,
                     qPrintable(it.key() + QStringLiteral(": ") + stream->error().userMessage()));
            if (!it.key().startsWith(QLatin1String("structured_outputs")))
                SamplingFields::setValueAt(all, it.key(), it.value());
        }
        ChatRequest request = SimFixture::request(QStringLiteral("Hi"));
        request.params = all;
        QVERIFY(SamplingFields::check(all).isEmpty());
        const ChatStream *stream = fixture.run(request);
        QVERIFY2(stream->state() == ChatStream::State::Finished, qPrintable(stream->error().userMessage()));
    }

    void outOfRangeCaught_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("temperature < 0")
            << "temperature" << QJsonValue(-0.1) << "Temperature must be ≥ 0, not -0.1.";
        QTest::newRow("top_p 0") << "top_p" << QJsonValue(0) << "Top p must be in (0, 1], not 0.";
        QTest::newRow("top_p > 1") << "top_p" << QJsonValue(1.01) << "Top p must be in (0, 1], not 1.01.";
        QTest::newRow("top_k -2") << "top_k" << QJsonValue(-2) << "Top k must be ≥ -1, not -2.";
        QTest::newRow("top_k fraction") << "top_k" << QJsonValue(2.5) << "Top k must be a whole number.";
        QTest::newRow("min_p > 1") << "min_p" << QJsonValue(1.5) << "Min p must be in [0, 1], not 1.5.";
        QTest::newRow("presence 3") << "presence_penalty" << QJsonValue(3)
                                    << "Presence penalty must be in [-2, 2], not 3.";
        QTest::newRow("frequency -2.5")
            << "frequency_penalty" << QJsonValue(-2.5) << "Frequency penalty must be in [-2, 2], not -2.5.";
        QTest::newRow("repetition 0")
            << "repetition_penalty" << QJsonValue(0) << "Repetition penalty must be > 0, not 0.";
        QTest::newRow("max tokens 0")
            << "max_completion_tokens" << QJsonValue(0) << "Max tokens must be ≥ 1, not 0.";
        QTest::newRow("min tokens -1") << "min_tokens" << QJsonValue(-1) << "Min tokens must be ≥ 0, not -1.";
        QTest::newRow("n 0") << "n" << QJsonValue(0) << "Answers (n) must be in [1, 16384], not 0.";
        QTest::newRow("top_logprobs -2")
            << "top_logprobs" << QJsonValue(-2) << "Top alternatives must be ≥ -1, not -2.";
        QTest::newRow("number as text")
            << "temperature" << QJsonValue(QStringLiteral("hot")) << "Temperature must be a number.";
        QTest::newRow("flag as number")
            << "ignore_eos" << QJsonValue(1) << "Ignore end of sequence must be on or off.";
        QTest::newRow("empty stop") << "stop" << QJsonValue(QJsonArray{QStringLiteral("a"), QString()})
                                    << "Stop strings cannot contain an empty string.";
        QTest::newRow("no stop") << "stop" << QJsonValue(QJsonArray{})
                                 << "Stop strings needs at least one entry.";
        QTest::newRow("negative token id") << "stop_token_ids" << QJsonValue(QJsonArray{5, -1})
                                           << "Stop token ids must be whole numbers, 0 or more.";
        QTest::newRow("effort")
            << "reasoning_effort" << QJsonValue(QStringLiteral("huge"))
            << "Reasoning effort must be one of none, minimal, low, medium, high, xhigh, max.";
        QTest::newRow("schema not object")
            << "structured_outputs.json" << QJsonValue(QJsonArray{}) << "JSON schema must be a JSON object.";
        QTest::newRow("empty choice")
            << "structured_outputs.choice" << QJsonValue(QJsonArray{}) << "Choice needs at least one entry.";
    }
    void outOfRangeCaught()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject params;
        SamplingFields::setValueAt(params, key, value);
        if (key == QLatin1String("top_logprobs"))
            params.insert(QStringLiteral("logprobs"), true);
        const QList<SamplingIssue> issues = SamplingFields::check(params);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().key, key);
        QCOMPARE(issues.first().message, message);
    }

    void boundariesAccepted()
    {
        for (const auto &[key, value] : QList<QPair<QString, QJsonValue>>{
                 {QStringLiteral("temperature"), 0},
                 {QStringLiteral("top_p"), 1},
                 {QStringLiteral("top_k"), -1},
                 {QStringLiteral("min_p"), 0},
                 {QStringLiteral("min_p"), 1},
                 {QStringLiteral("presence_penalty"), -2},
                 {QStringLiteral("frequency_penalty"), 2},
                 {QStringLiteral("repetition_penalty"), 0.01},
                 {QStringLiteral("top_logprobs"), 20},
                 {QStringLiteral("top_logprobs"), -1},
                 {QStringLiteral("seed"), -5},
             }) {
            QJsonObject params{{key, value}};
            if (key == QLatin1String("top_logprobs"))
                params.insert(QStringLiteral("logprobs"), true);
            QVERIFY2(SamplingFields::check(params).isEmpty(), qPrintable(key));
        }
    }

    void rulesBetweenFields()
    {
        auto keys = [](const QJsonObject &params) {
            QStringList out;
            for (const SamplingIssue &issue : SamplingFields::check(params))
                out.append(issue.key);
            return out;
        };
        QCOMPARE(keys({{QStringLiteral("top_logprobs"), 5}}), QStringList{QStringLiteral("top_logprobs")});
        QCOMPARE(keys({{QStringLiteral("top_logprobs"), 5}, {QStringLiteral("logprobs"), false}}),
                 QStringList{QStringLiteral("top_logprobs")});
        QVERIFY(keys({{QStringLiteral("top_logprobs"), 5}, {QStringLiteral("logprobs"), true}}).isEmpty());
        QCOMPARE(keys({{QStringLiteral("n"), 3}, {QStringLiteral("temperature"), 0}}),
                 QStringList{QStringLiteral("n")});
        QVERIFY(keys({{QStringLiteral("n"), 3}}).isEmpty()); // the server's default temperature is not 0
        QCOMPARE(keys({{QStringLiteral("min_tokens"), 50}, {QStringLiteral("max_completion_tokens"), 10}}),
                 QStringList{QStringLiteral("min_tokens")});
        QCOMPARE(keys({{QStringLiteral("min_tokens"), 50}, {QStringLiteral("max_tokens"), 10}}),
                 QStringList{QStringLiteral("min_tokens")});
        QCOMPARE(keys({{QStringLiteral("max_tokens"), 0}}), QStringList{QStringLiteral("max_tokens")});
        QJsonObject twoKinds;
        SamplingFields::setValueAt(twoKinds, u"structured_outputs.regex", QStringLiteral("a+"));
        SamplingFields::setValueAt(twoKinds, u"structured_outputs.choice", QJsonArray{QStringLiteral("a")});
        QCOMPARE(keys(twoKinds), QStringList{QStringLiteral("structured_outputs")});
        // Fields the table does not know are the Advanced JSON's business, never refused here.
        QVERIFY(keys({{QStringLiteral("logit_bias"), QJsonObject{{QStringLiteral("42"), 5}}}}).isEmpty());
    }

    // Values from Advanced JSON or an imported conversation can be any JSON number: past qint64 a
    // cast is undefined behaviour (UndefinedBehaviorSanitizer fails this under the sanitizer pass).
    void hugeTokenCountsAreNoBudget()
    {
        QCOMPARE(SamplingFields::tokenBudget({{QStringLiteral("max_tokens"), 1e30}}), qint64(-1));
        QCOMPARE(SamplingFields::tokenBudget({{QStringLiteral("max_completion_tokens"), 0.5}}), qint64(-1));
        QCOMPARE(SamplingFields::tokenBudget({{QStringLiteral("max_tokens"), 4096}}), qint64(4096));
        bool said = false;
        for (const SamplingIssue &issue : SamplingFields::check(
                 {{QStringLiteral("min_tokens"), 1e30}, {QStringLiteral("max_tokens"), 10}}))
            said = said || (issue.key == QLatin1String("min_tokens"));
        QVERIFY(said);
    }

    void regexChecked()
    {
        QJsonObject params;
        SamplingFields::setValueAt(params, u"structured_outputs.regex", QStringLiteral("(unclosed"));
        const QList<SamplingIssue> issues = SamplingFields::check(params);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.startsWith(QStringLiteral("Regular expression is not valid: ")));
    }

    void jsonSchemaChecked_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid")
            << QByteArray("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\",\"items\":{"
                          "\"type\":\"integer\",\"minimum\":0}},\"b\":{\"enum\":[\"x\",\"y\"]},\"c\":{"
                          "\"anyOf\":[{\"type\":\"string\",\"maxLength\":5},{\"type\":\"null\"}]}},"
                          "\"required\":[\"a\"],\"additionalProperties\":false}")
            << QString();
        QTest::newRow("type list") << QByteArray("{\"type\":[\"string\",\"null\"]}") << QString();
        QTest::newRow("bad type") << QByteArray("{\"type\":\"text\"}")
                                  << "$: \"type\" must be one of object, array, string, number, integer, "
                                     "boolean, null, not \"text\".";
        QTest::newRow("nested bad type")
            << QByteArray("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"str\"}}}")
            << "$.city: \"type\" must be one of object, array, string, number, integer, boolean, null, not "
               "\"str\".";
        QTest::newRow("properties list")
            << QByteArray("{\"properties\":[\"a\"]}") << "$: \"properties\" must be an object.";
        QTest::newRow("required string")
            << QByteArray("{\"required\":\"a\"}") << "$: \"required\" must be a list of property names.";
        QTest::newRow("items not schema")
            << QByteArray("{\"type\":\"array\",\"items\":3}") << "$.items: a schema must be an object.";
        QTest::newRow("empty enum") << QByteArray("{\"enum\":[]}") << "$: \"enum\" must be a non-empty list.";
        QTest::newRow("text bound") << QByteArray("{\"minimum\":\"0\"}")
                                    << "$: \"minimum\" must be a number.";
        QTest::newRow("negative length")
            << QByteArray("{\"maxLength\":-1}") << "$: \"maxLength\" must be a whole number, 0 or more.";
        QTest::newRow("bad pattern") << QByteArray("{\"pattern\":\"(a\"}")
                                     << "$: \"pattern\" is not a valid regular expression.";
        QTest::newRow("anyOf empty") << QByteArray("{\"anyOf\":[]}")
                                     << "$: \"anyOf\" must be a non-empty list of schemas.";
    }
    void jsonSchemaChecked()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, error);
        QCOMPARE(SamplingFields::checkJsonSchema(QJsonDocument::fromJson(schema).object()), error);
    }

    void parseTypedText()
    {
        QString error;
        QCOMPARE(SamplingFields::parseValue(u"temperature", QStringLiteral(" 0.25 "), &error),
                 QJsonValue(0.25));
        QCOMPARE(SamplingFields::parseValue(u"top_k", QStringLiteral("40"), &error), QJsonValue(40));
        QVERIFY(SamplingFields::parseValue(u"top_k", QStringLiteral("40"), &error).toDouble() == 40);
        QCOMPARE(SamplingFields::parseValue(u"ignore_eos", QStringLiteral("on"), &error), QJsonValue(true));
        QCOMPARE(SamplingFields::parseValue(u"logprobs", QStringLiteral("false"), &error), QJsonValue(false));
        QCOMPARE(SamplingFields::parseValue(u"stop", QStringLiteral("END"), &error),
                 QJsonValue(QJsonArray{QStringLiteral("END")}));
        QCOMPARE(SamplingFields::parseValue(u"stop", QStringLiteral("[\"a\",\"b\"]"), &error),
                 QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(SamplingFields::parseValue(u"stop_token_ids", QStringLiteral("7"), &error),
                 QJsonValue(QJsonArray{7}));
        QCOMPARE(SamplingFields::parseValue(u"reasoning_effort", QStringLiteral("high"), &error),
                 QJsonValue(QStringLiteral("high")));
        QVERIFY(error.isEmpty());
        // Unknown fields: JSON when it parses, else text.
        QCOMPARE(SamplingFields::parseValue(u"priority", QStringLiteral("3"), &error), QJsonValue(3));
        QCOMPARE(SamplingFields::parseValue(u"cache_salt", QStringLiteral("abc"), &error),
                 QJsonValue(QStringLiteral("abc")));
        QVERIFY(error.isEmpty());

        for (const auto &[key, text] :
             QList<QPair<QString, QString>>{{QStringLiteral("temperature"), QStringLiteral("hot")},
                                            {QStringLiteral("top_p"), QStringLiteral("2")},
                                            {QStringLiteral("ignore_eos"), QStringLiteral("maybe")},
                                            {QStringLiteral("reasoning_effort"), QStringLiteral("huge")},
                                            {QStringLiteral("stop_token_ids"), QStringLiteral("[a")}}) {
            error.clear();
            SamplingFields::parseValue(key, text, &error);
            QVERIFY2(!error.isEmpty(), qPrintable(key));
        }
    }

    void parseAssignmentsSplitsAtTopLevel()
    {
        QJsonObject params;
        QString error;
        QVERIFY(SamplingFields::parseAssignments(
            QStringLiteral(
                "temperature=1.0, top_p=0.9,stop=[\"a,b\",\"c\"],chat_template_kwargs.enable_thinking=false"),
            params, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(params.value(QLatin1String("temperature")), QJsonValue(1.0));
        QCOMPARE(params.value(QLatin1String("top_p")), QJsonValue(0.9));
        QCOMPARE(params.value(QLatin1String("stop")),
                 QJsonValue(QJsonArray{QStringLiteral("a,b"), QStringLiteral("c")}));
        QCOMPARE(params.value(QLatin1String("chat_template_kwargs")).toObject(),
                 (QJsonObject{{QStringLiteral("enable_thinking"), false}}));
        QCOMPARE(SamplingFields::flatKeys(params),
                 (QStringList{QStringLiteral("chat_template_kwargs.enable_thinking"), QStringLiteral("stop"),
                              QStringLiteral("temperature"), QStringLiteral("top_p")}));

        QJsonObject bad;
        QVERIFY(!SamplingFields::parseAssignments(QStringLiteral("temperature"), bad, &error));
        QCOMPARE(error, QStringLiteral("\"temperature\" is not NAME=VALUE."));
        error.clear();
        QVERIFY(!SamplingFields::parseAssignments(QStringLiteral("top_p=1.5"), bad, &error));
        QCOMPARE(error, QStringLiteral("Top p must be in (0, 1], not 1.5."));
    }

    void describeReadsShort()
    {
        QCOMPARE(SamplingFields::describe(u"temperature", 0.7), QStringLiteral("temperature=0.7"));
        QCOMPARE(SamplingFields::describe(u"logprobs", true), QStringLiteral("logprobs=true"));
        QCOMPARE(SamplingFields::describe(u"stop", QJsonArray{QStringLiteral("x")}),
                 QStringLiteral("stop=[\"x\"]"));
        QCOMPARE(SamplingFields::describe(u"seed", QJsonValue()), QStringLiteral("seed=null"));
        QVERIFY(SamplingFields::describe(
                    u"structured_outputs.json",
                    QJsonObject{{QStringLiteral("description"), QString(200, QLatin1Char('x'))}})
                    .endsWith(QStringLiteral("…")));
    }

    void budgetFollowsTheServer()
    {
        const QJsonObject params{{QStringLiteral("max_completion_tokens"), 100},
                                 {QStringLiteral("top_k"), 5}};
        QCOMPARE(SamplingFields::forServer(params, QStringLiteral("vllm")), params);
        const QJsonObject llama = SamplingFields::forServer(params, QStringLiteral("llamacpp"));
        QCOMPARE(keysOf(llama), (QStringList{QStringLiteral("max_tokens"), QStringLiteral("top_k")}));
        QCOMPARE(llama.value(QLatin1String("max_tokens")), QJsonValue(100));
        QCOMPARE(SamplingFields::tokenBudget(params), 100);
        QCOMPARE(SamplingFields::tokenBudget(llama), 100);
        QCOMPARE(SamplingFields::tokenBudget({}), -1);
        QCOMPARE(SamplingFields::tokenBudget(
                     {{QStringLiteral("max_tokens"), 5}, {QStringLiteral("max_completion_tokens"), 9}}),
                 9);
    }
};

QTEST_GUILESS_MAIN(TestSamplingFields)
#include "tst_samplingfields.moc"
