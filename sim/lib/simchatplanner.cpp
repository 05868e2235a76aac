#include "simchatplanner.h"

#include "simanswer.h"
#include "simlogprobs.h"
#include "simmedia.h"
#include "simtokenizer.h"
#include "simvalidation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {

constexpr int kToolFragmentChars = 5;

QString randomHex(int digits)
{
    QString out;
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < digits; ++i)
        out += QLatin1Char(hex[QRandomGenerator::global()->bounded(16)]);
    return out;
}

QString randomAlnum(int length)
{
    static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(chars[QRandomGenerator::global()->bounded(62)]);
    return out;
}

QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject object = part.toObject();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("text"))
            text += object.value(QLatin1String("text")).toString();
    }
    return text;
}

bool isLlama(const SimOptions &options)
{
    return options.dialect == SimDialect::LlamaCpp;
}

struct ToolChoice {
    bool use = false;
    bool named = false;
    QString name;
    QString argumentKey = QStringLiteral("city");
};

ToolChoice toolChoiceFor(const QJsonObject &body, const SimDirectives &directives, const QString &userText)
{
    ToolChoice choice;
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    if (tools.isEmpty())
        return choice;
    const QJsonValue toolChoice = body.value(QLatin1String("tool_choice"));
    if (toolChoice.toString() == QLatin1String("none"))
        return choice;
    QJsonObject function = tools.first().toObject().value(QLatin1String("function")).toObject();
    if (toolChoice.isObject()) {
        choice.named = true;
        const QString wanted = toolChoice.toObject()
                                   .value(QLatin1String("function"))
                                   .toObject()
                                   .value(QLatin1String("name"))
                                   .toString();
        for (const QJsonValue &tool : tools) {
            const QJsonObject f = tool.toObject().value(QLatin1String("function")).toObject();
            if (f.value(QLatin1String("name")).toString() == wanted)
                function = f;
        }
    }
    choice.use = choice.named || toolChoice.toString() == QLatin1String("required") || directives.tool ||
                 userText.contains(QLatin1String("weather"), Qt::CaseInsensitive);
    choice.name = function.value(QLatin1String("name")).toString();
    const QJsonObject properties =
        function.value(QLatin1String("parameters")).toObject().value(QLatin1String("properties")).toObject();
    if (!properties.isEmpty() && !properties.contains(QLatin1String("city")))
        choice.argumentKey = properties.contains(QLatin1String("location")) ? QStringLiteral("location")
                                                                            : properties.keys().first();
    return choice;
}

// The earliest stop string in the text: truncates the text and returns the string (else null).
QJsonValue applyStop(QString *text, const QJsonValue &stop)
{
    const QJsonArray stops = stop.isArray() ? stop.toArray() : QJsonArray{stop};
    qsizetype best = -1;
    QString which;
    for (const QJsonValue &s : stops) {
        if (!s.isString() || s.toString().isEmpty())
            continue;
        const qsizetype at = text->indexOf(s.toString());
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            which = s.toString();
        }
    }
    if (best < 0)
        return QJsonValue::Null;
    text->truncate(best);
    return which;
}

SimDelta textDelta(int index, const QString *content, const QString *reasoning)
{
    SimDelta d;
    d.index = index;
    if (content) {
        d.hasContent = true;
        d.content = *content;
    }
    if (reasoning) {
        d.hasReasoning = true;
        d.reasoning = *reasoning;
    }
    return d;
}

// What the sampling fields change about an answer (beyond its seed).
struct Sampling {
    double temperature = -1; // -1: not sent
    bool logprobs = false;
    int topLogprobs = 0;
    int minTokens = 0; // the answer is made at least this long (directive tokens=, min_tokens, ignore_eos)
};

// A JSON value that fits a schema: the first enum or const value, else one by type.
QJsonValue sampleForSchema(const QJsonObject &schema, quint64 seed, int depth)
{
    if (schema.contains(QLatin1String("const")))
        return schema.value(QLatin1String("const"));
    const QJsonArray values = schema.value(QLatin1String("enum")).toArray();
    if (!values.isEmpty())
        return values.at(qsizetype(seed % quint64(values.size())));
    const QJsonValue typeValue = schema.value(QLatin1String("type"));
    const QString type = typeValue.isArray() ? typeValue.toArray().first().toString() : typeValue.toString();
    if (type == QLatin1String("object") || (type.isEmpty() && schema.contains(QLatin1String("properties")))) {
        QJsonObject out;
        if (depth > 8)
            return out;
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        int i = 0;
        for (auto it = properties.begin(); it != properties.end(); ++it, ++i)
            out.insert(it.key(), sampleForSchema(it.value().toObject(), seed + quint64(i) * 131, depth + 1));
        return out;
    }
    if (type == QLatin1String("array")) {
        QJsonArray out;
        const int count = qMax(1, schema.value(QLatin1String("minItems")).toInt(2));
        for (int i = 0; i < count && depth <= 8; ++i)
            out.append(sampleForSchema(schema.value(QLatin1String("items")).toObject(), seed + quint64(i),
                                       depth + 1));
        return out;
    }
    if (type == QLatin1String("integer"))
        return qint64(schema.value(QLatin1String("minimum")).toDouble(0) + double(seed % 90));
    if (type == QLatin1String("number"))
        return schema.value(QLatin1String("minimum")).toDouble(0) + double(seed % 1000) / 10.0;
    if (type == QLatin1String("boolean"))
        return (seed & 1) == 1;
    if (type == QLatin1String("null"))
        return QJsonValue::Null;
    return SimAnswer::cityFor(QString(), seed);
}

// structured_outputs.choice / .json: the answer is the constrained text instead of markdown.
std::optional<QString> constrainedText(const QJsonObject &body, quint64 seed, int index)
{
    const QJsonObject structured = body.value(QLatin1String("structured_outputs")).toObject();
    const quint64 pick = seed + quint64(index) * 0x9e3779b9ULL;
    const QJsonArray choices = structured.value(QLatin1String("choice")).toArray();
    if (!choices.isEmpty())
        return choices.at(qsizetype(pick % quint64(choices.size()))).toString();
    const QJsonValue json = structured.value(QLatin1String("json"));
    QJsonObject schema = json.toObject();
    if (json.isString())
        schema = QJsonDocument::fromJson(json.toString().toUtf8()).object();
    if (json.isObject() || json.isString()) {
        const QJsonValue value = sampleForSchema(schema, pick, 0);
        return QString::fromUtf8(
            value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
            : value.isArray()
                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
    return std::nullopt;
}

// The log probabilities of each delta's tokens; the end-of-sequence delta carries EOS's entry.
void attachLogprobs(SimChoicePlan &choice, quint64 seed, const Sampling &sampling, bool eos)
{
    int position = 0;
    const quint64 choiceSeed = seed ^ (quint64(choice.index + 1) * 0xd1b54a32d192ed03ULL);
    for (qsizetype d = 0; d < choice.deltas.size(); ++d) {
        SimDelta &delta = choice.deltas[d];
        QStringList pieces;
        for (const QString *text :
             {&delta.reasoning, &delta.content, &delta.toolName, &delta.toolArguments}) {
            if (!text->isEmpty())
                pieces.append(*text);
        }
        if (pieces.isEmpty() && eos && d == choice.deltas.size() - 1)
            pieces.append(QStringLiteral("<|im_end|>"));
        for (const QString &piece : pieces)
            delta.logprobs.append(SimLogprobs::forToken(piece, choiceSeed, position++, sampling.temperature,
                                                        sampling.topLogprobs));
    }
}

SimChoicePlan planChoice(int index, const QJsonObject &body, const SimOptions &options,
                         const SimModelCard &card, const SimDirectives &directives, const QString &userText,
                         quint64 seed, qint64 budget, const Sampling &sampling,
                         const QList<SimMedia::Item> &media)
{
    SimChoicePlan choice;
    choice.index = index;
    const bool thinks =
        (card.reasoning || directives.think) && body.value(QLatin1String("include_reasoning")).toBool(true);
    QStringList reasoning =
        thinks ? SimTokenizer::split(SimAnswer::reasoning(userText, seed, index)) : QStringList();
    const ToolChoice tool = toolChoiceFor(body, directives, userText);
    QString text;
    QJsonValue stopReason = QJsonValue::Null;
    if (!tool.use) {
        // A multimodal model describes what it was shown, so a client can read back what arrived.
        const std::optional<QString> constrained = constrainedText(body, seed, index);
        text = constrained        ? *constrained
               : !media.isEmpty() ? SimMedia::describe(media)
                                  : SimAnswer::markdown(userText, seed, index, sampling.minTokens);
        if (!directives.error.isEmpty())
            text.prepend(QStringLiteral("> loquat-sim: %1\n\n").arg(directives.error));
        stopReason = applyStop(&text, body.value(QLatin1String("stop")));
    }
    QStringList content = SimTokenizer::split(text);
    QString finish = tool.use ? (tool.named ? QStringLiteral("stop") : QStringLiteral("tool_calls"))
                              : QStringLiteral("stop");
    bool eos = !tool.use && stopReason.isNull();
    if (reasoning.size() >= budget) {
        reasoning = reasoning.mid(0, budget);
        content.clear();
        finish = QStringLiteral("length");
        eos = false;
    } else if (!tool.use && reasoning.size() + content.size() > budget) {
        content = content.mid(0, budget - reasoning.size());
        finish = QStringLiteral("length");
        stopReason = QJsonValue::Null;
        eos = false;
    }
    const bool toolRuns = tool.use && finish != QLatin1String("length");

    // Deltas: reasoning, the boundary chunk carrying both, content, then the tool call.
    const qsizetype r = reasoning.size();
    for (qsizetype i = 0; i + 1 < r; ++i)
        choice.deltas.append(textDelta(index, nullptr, &reasoning[i]));
    if (r > 0 && !content.isEmpty())
        choice.deltas.append(textDelta(index, &content[0], &reasoning[r - 1]));
    else if (r > 0)
        choice.deltas.append(textDelta(index, nullptr, &reasoning[r - 1]));
    for (qsizetype i = r > 0 ? 1 : 0; i < content.size(); ++i)
        choice.deltas.append(textDelta(index, &content[i], nullptr));
    choice.reasoning = reasoning.join(QString());
    choice.content = content.join(QString());
    choice.hasContent = !content.isEmpty() || (!toolRuns && r == 0);
    choice.completionTokens = int(r + content.size());
    if (toolRuns) {
        choice.hasTool = true;
        choice.toolId =
            QStringLiteral("chatcmpl-tool-") + (options.dialect == SimDialect::VllmLegacy ? randomHex(32)
                                                : isLlama(options)                        ? randomAlnum(32)
                                                                                          : randomHex(16));
        choice.toolName = tool.name;
        choice.toolArguments =
            QStringLiteral("{\"%1\": \"%2\"}").arg(tool.argumentKey, SimAnswer::cityFor(userText, seed));
        SimDelta start;
        start.index = index;
        start.hasTool = start.toolStart = true;
        start.toolId = choice.toolId;
        start.toolName = choice.toolName;
        choice.deltas.append(start);
        for (qsizetype at = 0; at < choice.toolArguments.size(); at += kToolFragmentChars) {
            SimDelta fragment;
            fragment.index = index;
            fragment.hasTool = true;
            fragment.toolArguments = choice.toolArguments.mid(at, kToolFragmentChars);
            choice.deltas.append(fragment);
        }
        choice.completionTokens += int(choice.deltas.size() - r - content.size()) + 1;
    }
    if (eos || choice.deltas.isEmpty() || isLlama(options)) {
        // EOS decodes to nothing: vLLM sends a last `{"content":""}`; llama.cpp an empty delta.
        const QString empty;
        choice.deltas.append(isLlama(options) ? SimDelta{} : textDelta(index, &empty, nullptr));
        choice.deltas.last().index = index;
        choice.completionTokens += eos ? 1 : 0;
    }
    choice.finishReason = finish;
    choice.stopReason = stopReason;
    choice.deltas.last().finishReason = finish;
    choice.deltas.last().stopReason = stopReason;
    if (sampling.logprobs)
        attachLogprobs(choice, seed, sampling, eos);
    return choice;
}

} // namespace

int SimChatPlan::completionTokens() const
{
    int total = 0;
    for (const SimChoicePlan &choice : choices)
        total += choice.completionTokens;
    return total;
}

QString SimChatPlanner::lastUserText(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QLatin1String("role")).toString() == QLatin1String("user"))
            return textOf(message.value(QLatin1String("content")));
    }
    return {};
}

int SimChatPlanner::promptTokens(const QJsonArray &messages)
{
    int total = 2; // the generation prompt
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        total += 4 + SimTokenizer::count(textOf(message.value(QLatin1String("content"))));
        for (const QJsonValue &part : message.value(QLatin1String("content")).toArray()) {
            if (part.toObject().value(QLatin1String("type")).toString() != QLatin1String("text"))
                total += 64; // an image or audio placeholder
        }
    }
    return total;
}

const SimModelCard *SimChatPlanner::findModel(const SimOptions &options, const QString &name)
{
    if (options.models.isEmpty())
        return nullptr;
    if (name.isEmpty())
        return &options.models.first();
    for (const SimModelCard &card : options.models) {
        if (card.id == name)
            return &card;
    }
    return nullptr;
}

qint64 SimChatPlanner::maxModelLen(const SimOptions &options, const SimModelCard &card)
{
    if (card.maxModelLen > 0)
        return card.maxModelLen;
    if (const SimModelCard *parent = findModel(options, card.parent); parent && parent != &card)
        return maxModelLen(options, *parent);
    return 8192;
}

SimChatPlanner::Result SimChatPlanner::plan(const QJsonObject &body, const HttpRequest &request,
                                            const SimOptions &options, const SimDirectives &directives)
{
    Result result;
    const QString requestedModel = body.value(QLatin1String("model")).toString();
    const SimModelCard *card = findModel(options, requestedModel);
    SimModelCard fallback;
    if (!card && isLlama(options) && !options.models.isEmpty()) {
        // llama.cpp accepts any name and echoes it; "...reasoner" still selects reasoning.
        fallback = options.models.first();
        fallback.id = requestedModel;
        fallback.reasoning = requestedModel.contains(QLatin1String("reason"));
        card = &fallback;
    }
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    const int prompt = promptTokens(messages);
    if (std::optional<SimResponse> error = SimValidation::validate(body, options, card, prompt)) {
        result.error = error;
        return result;
    }
    const SimMedia::Result media = SimMedia::collect(body, options, *card);
    if (media.error) {
        result.error = media.error;
        return result;
    }
    SimChatPlan &plan = result.plan;
    plan.dialect = options.dialect;
    const QByteArray requestId = request.header("x-request-id");
    if (!requestId.isEmpty() && !isLlama(options))
        plan.id = QStringLiteral("chatcmpl-") + QString::fromUtf8(requestId);
    else if (body.value(QLatin1String("request_id")).isString() && !isLlama(options))
        plan.id = QStringLiteral("chatcmpl-") + body.value(QLatin1String("request_id")).toString();
    else
        plan.id = QStringLiteral("chatcmpl-") + (isLlama(options)                            ? randomAlnum(32)
                                                 : options.dialect == SimDialect::VllmLegacy ? randomHex(32)
                                                                                             : randomHex(16));
    plan.created = QDateTime::currentSecsSinceEpoch();
    plan.model = card->id;
    plan.stream = body.value(QLatin1String("stream")).toBool();
    const QJsonObject streamOptions = body.value(QLatin1String("stream_options")).toObject();
    plan.includeUsage = plan.stream && streamOptions.value(QLatin1String("include_usage")).toBool();
    plan.continuousUsage =
        plan.includeUsage && streamOptions.value(QLatin1String("continuous_usage_stats")).toBool();
    plan.returnTokenIds = body.value(QLatin1String("return_token_ids")).toBool();
    plan.promptTokens = prompt;
    if (options.dialect == SimDialect::VllmCurrent) {
        const quint64 h = SimAnswer::hash(card->root.toUtf8() + options.effectiveVersion().toUtf8());
        plan.fingerprint = QStringLiteral("vllm-%1-%2")
                               .arg(options.effectiveVersion())
                               .arg(h & 0xffffffffULL, 8, 16, QLatin1Char('0'));
    } else if (isLlama(options)) {
        plan.fingerprint = QStringLiteral("b4783-c392e50");
    }
    plan.userText = directives.text;
    // Seeded sampling: the same prompt, parameters and seed give the same answer. Greedy decoding
    // (temperature 0) ignores the seed, as vLLM does; the sampling fields that change what is drawn
    // change the answer; without a seed, --random-unseeded draws every answer afresh like vLLM.
    const QJsonValue temperature = body.value(QLatin1String("temperature"));
    const bool greedy = temperature.isDouble() && temperature.toDouble() == 0;
    quint64 sampling = 0;
    if (!greedy) {
        QJsonObject drawn;
        for (const char *name : {"temperature", "top_p", "top_k", "min_p", "presence_penalty",
                                 "frequency_penalty", "repetition_penalty"}) {
            if (body.contains(QLatin1String(name)))
                drawn.insert(QLatin1String(name), body.value(QLatin1String(name)));
        }
        if (!drawn.isEmpty())
            sampling ^= SimAnswer::hash(QJsonDocument(drawn).toJson(QJsonDocument::Compact));
        const QJsonValue seed = body.value(QLatin1String("seed"));
        if (seed.isDouble())
            sampling ^= quint64(seed.toInteger());
        else if (options.randomUnseeded)
            sampling ^= QRandomGenerator::global()->generate64();
    }
    plan.seed = SimAnswer::hash(card->id.toUtf8() + QJsonDocument(messages).toJson(QJsonDocument::Compact)) ^
                sampling ^ quint64(directives.seed);
    QString field;
    const qint64 requested = SimValidation::requestedMaxTokens(body, &field);
    const qint64 budget = requested > 0 ? requested : maxModelLen(options, *card) - prompt;
    Sampling setup;
    setup.temperature = temperature.isDouble() ? temperature.toDouble() : -1;
    setup.logprobs = !isLlama(options) && body.value(QLatin1String("logprobs")).toBool();
    setup.topLogprobs = qMax(0, body.value(QLatin1String("top_logprobs")).toInt());
    setup.minTokens = qMax(directives.tokens, body.value(QLatin1String("min_tokens")).toInt());
    if (body.value(QLatin1String("ignore_eos")).toBool() && requested > 0)
        setup.minTokens = int(qMax<qint64>(setup.minTokens, requested));
    plan.logprobs = setup.logprobs;
    if (plan.stream) {
        plan.inStreamError = SimValidation::logprobsLimitError(body);
        plan.inStreamParam = QStringLiteral("logprobs");
    }
    const int n = isLlama(options) ? 1 : body.value(QLatin1String("n")).toInt(1);
    for (int i = 0; i < n; ++i)
        plan.choices.append(planChoice(i, body, options, *card, directives, plan.userText, plan.seed, budget,
                                       setup, media.items));
    return result;
}
