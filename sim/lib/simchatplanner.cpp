#include "simchatplanner.h"

#include "simanswer.h"
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

SimChoicePlan planChoice(int index, const QJsonObject &body, const SimOptions &options,
                         const SimModelCard &card, const SimDirectives &directives, const QString &userText,
                         quint64 seed, qint64 budget, const QList<SimMedia::Item> &media)
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
        text = media.isEmpty() ? SimAnswer::markdown(userText, seed, index, directives.tokens)
                               : SimMedia::describe(media);
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
    plan.seed = SimAnswer::hash(card->id.toUtf8() + QJsonDocument(messages).toJson(QJsonDocument::Compact)) ^
                quint64(body.value(QLatin1String("seed")).toInteger()) ^ quint64(directives.seed);
    QString field;
    const qint64 requested = SimValidation::requestedMaxTokens(body, &field);
    const qint64 budget = requested > 0 ? requested : maxModelLen(options, *card) - prompt;
    const int n = isLlama(options) ? 1 : body.value(QLatin1String("n")).toInt(1);
    for (int i = 0; i < n; ++i)
        plan.choices.append(
            planChoice(i, body, options, *card, directives, plan.userText, plan.seed, budget, media.items));
    return result;
}
