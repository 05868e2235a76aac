#include "simvalidation.h"

#include "jsonwriter.h"
#include "simchatplanner.h"
#include "simhttp.h"

#include <QJsonArray>

#include <cmath>

namespace {

bool isLlama(const SimOptions &options)
{
    return options.dialect == SimDialect::LlamaCpp;
}

// vLLM's own validation errors (ValueError with a parameter): 400 BadRequestError.
SimResponse badRequest(const SimOptions &options, const QString &message,
                       const QJsonValue &param = QJsonValue::Null)
{
    return SimHttp::error(options.dialect, 400, message, QStringLiteral("BadRequestError"), param);
}

constexpr int kMaxN = 16384;     // VLLM_MAX_N_SEQUENCES
constexpr int kMaxLogprobs = 20; // --max-logprobs

SimResponse rangeError(const SimOptions &options, const QString &param, const QString &text,
                       const QString &value)
{
    return badRequest(options, QStringLiteral("%1 (parameter=%2, value=%3)").arg(text, param, value), param);
}

// SamplingParams' range checks (vLLM raises them with the parameter and value appended).
std::optional<SimResponse> checkSamplingRanges(const QJsonObject &body, const SimOptions &options)
{
    for (const char *name : {"presence_penalty", "frequency_penalty"}) {
        const QJsonValue v = body.value(QLatin1String(name));
        if (v.isDouble() && (v.toDouble() < -2 || v.toDouble() > 2)) {
            const QString value = JsonWriter::pythonFloat(v.toDouble());
            return rangeError(
                options, QLatin1String(name),
                QStringLiteral("%1 must be in [-2, 2], got %2.").arg(QLatin1String(name), value), value);
        }
    }
    const QJsonValue repetition = body.value(QLatin1String("repetition_penalty"));
    if (repetition.isDouble() && repetition.toDouble() <= 0) {
        const QString value = JsonWriter::pythonFloat(repetition.toDouble());
        return rangeError(options, QStringLiteral("repetition_penalty"),
                          QStringLiteral("repetition_penalty must be greater than zero, got %1.").arg(value),
                          value);
    }
    const QJsonValue topK = body.value(QLatin1String("top_k"));
    if (topK.isDouble() && topK.toDouble() < -1) {
        const QString value = QString::number(qint64(topK.toDouble()));
        return rangeError(options, QStringLiteral("top_k"),
                          QStringLiteral("top_k must be 0 (disable), or at least 1, got %1.").arg(value),
                          value);
    }
    const QJsonValue minP = body.value(QLatin1String("min_p"));
    if (minP.isDouble() && (minP.toDouble() < 0 || minP.toDouble() > 1)) {
        const QString value = JsonWriter::pythonFloat(minP.toDouble());
        return rangeError(options, QStringLiteral("min_p"),
                          QStringLiteral("min_p must be in [0, 1], got %1.").arg(value), value);
    }
    const QJsonValue minTokens = body.value(QLatin1String("min_tokens"));
    if (minTokens.isDouble() && minTokens.toDouble() < 0) {
        const QString value = QString::number(qint64(minTokens.toDouble()));
        return rangeError(options, QStringLiteral("min_tokens"),
                          QStringLiteral("min_tokens must be greater than or equal to 0, got %1.").arg(value),
                          value);
    }
    return std::nullopt;
}

} // namespace

QString SimValidation::logprobsLimitError(const QJsonObject &body)
{
    const QJsonValue top = body.value(QLatin1String("top_logprobs"));
    if (!body.value(QLatin1String("logprobs")).toBool() || !top.isDouble())
        return {};
    const qint64 requested = qint64(top.toDouble());
    if (requested <= kMaxLogprobs && requested != -1)
        return {};
    // -1 asks for the whole vocabulary, which the default --max-logprobs never allows.
    const qint64 shown = requested == -1 ? 151936 : requested;
    return QStringLiteral("Requested sample logprobs of %1, which is greater than max allowed: %2 "
                          "(parameter=logprobs, value=%1)")
        .arg(shown)
        .arg(kMaxLogprobs);
}

// The budget: max_completion_tokens wins over max_tokens. Returns -1 when neither is set.
qint64 SimValidation::requestedMaxTokens(const QJsonObject &body, QString *field)
{
    for (const QLatin1String name : {QLatin1String("max_completion_tokens"), QLatin1String("max_tokens")}) {
        const QJsonValue v = body.value(name);
        if (v.isDouble()) {
            *field = name;
            return qint64(qBound(-1e18, v.toDouble(), 1e18)); // a cast out of range is undefined
        }
    }
    return -1;
}

std::optional<SimResponse> SimValidation::validate(const QJsonObject &body, const SimOptions &options,
                                                   const SimModelCard *card, int prompt)
{
    const QString modelName = body.value(QLatin1String("model")).toString();
    if (isLlama(options)) {
        // llama.cpp answers bad input with 500 server_error and ignores most sampling checks.
        if (!body.value(QLatin1String("messages")).isArray())
            return SimHttp::error(options.dialect, 500, QStringLiteral("'messages' is required"), QString());
        if (body.value(QLatin1String("n")).toInt(1) != 1)
            return SimHttp::error(options.dialect, 500,
                                  QStringLiteral("Only one completion choice is allowed"), QString());
        return std::nullopt;
    }
    if (!body.value(QLatin1String("messages")).isArray())
        return pydanticError(options, QStringLiteral("missing"), QStringLiteral("('body', 'messages')"),
                             QStringLiteral("Field required"), body);
    if (!card)
        return SimHttp::error(
            options.dialect, 404, QStringLiteral("The model `%1` does not exist.").arg(modelName),
            QStringLiteral("NotFoundError"),
            options.dialect == SimDialect::VllmLegacy ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(QStringLiteral("model")));
    if (body.contains(QLatin1String("stream_options")) &&
        !body.value(QLatin1String("stream_options")).isNull() &&
        !body.value(QLatin1String("stream")).toBool())
        return pydanticError(
            options, QStringLiteral("value_error"), QStringLiteral("('body',)"),
            QStringLiteral("Value error, Stream options can only be defined when `stream=True`."), body,
            QStringLiteral("stream_options"));
    const QJsonValue tools = body.value(QLatin1String("tools"));
    if (tools.isArray() && tools.toArray().isEmpty())
        return pydanticError(
            options, QStringLiteral("value_error"), QStringLiteral("('body',)"),
            QStringLiteral("Value error, `tools` must not be an empty array. Either provide at least "
                           "one tool or omit the field entirely."),
            body, QStringLiteral("tools"));
    const QJsonValue toolChoice = body.value(QLatin1String("tool_choice"));
    if (!toolChoice.isUndefined() && !toolChoice.isNull() && !tools.isArray())
        return pydanticError(options, QStringLiteral("value_error"), QStringLiteral("('body',)"),
                             QStringLiteral("Value error, When using `tool_choice`, `tools` must be set."),
                             body);
    const QJsonValue temperature = body.value(QLatin1String("temperature"));
    if (temperature.isDouble() && temperature.toDouble() < 0) {
        const QString v = JsonWriter::pythonFloat(temperature.toDouble());
        return badRequest(
            options,
            QStringLiteral("temperature must be non-negative, got %1. (parameter=temperature, value=%1)")
                .arg(v),
            QStringLiteral("temperature"));
    }
    const QJsonValue topP = body.value(QLatin1String("top_p"));
    if (topP.isDouble() && (topP.toDouble() <= 0 || topP.toDouble() > 1)) {
        const QString v = JsonWriter::pythonFloat(topP.toDouble());
        return badRequest(
            options, QStringLiteral("top_p must be in (0, 1], got %1. (parameter=top_p, value=%1)").arg(v),
            QStringLiteral("top_p"));
    }
    if (const std::optional<SimResponse> error = checkSamplingRanges(body, options))
        return error;
    const QJsonValue topLogprobs = body.value(QLatin1String("top_logprobs"));
    if (topLogprobs.isDouble()) {
        const qint64 top = qint64(topLogprobs.toDouble());
        if (top < 0 && top != -1)
            return pydanticError(
                options, QStringLiteral("value_error"), QStringLiteral("('body',)"),
                QStringLiteral("Value error, `top_logprobs` must be a positive value or -1."), body,
                QStringLiteral("top_logprobs"));
        if (top != 0 && !body.value(QLatin1String("logprobs")).toBool())
            return pydanticError(
                options, QStringLiteral("value_error"), QStringLiteral("('body',)"),
                QStringLiteral("Value error, when using `top_logprobs`, `logprobs` must be set to true."),
                body, QStringLiteral("top_logprobs"));
    }
    // Above --max-logprobs the engine refuses: a 400 here, an in-stream error when streaming (§4.5).
    if (!body.value(QLatin1String("stream")).toBool() && !logprobsLimitError(body).isEmpty())
        return badRequest(options, logprobsLimitError(body), QStringLiteral("logprobs"));
    const QJsonObject structured = body.value(QLatin1String("structured_outputs")).toObject();
    int constraintKinds = 0;
    for (const char *kind : {"json", "regex", "choice", "grammar", "json_object", "structural_tag"})
        constraintKinds += structured.contains(QLatin1String(kind)) ? 1 : 0;
    if (constraintKinds > 1)
        return badRequest(options, QStringLiteral("You can only use one kind of constraints for structured "
                                                  "outputs ('json', 'regex' or 'choice')."));
    const QJsonValue choiceList = structured.value(QLatin1String("choice"));
    if (!choiceList.isUndefined() && (!choiceList.isArray() || choiceList.toArray().isEmpty()))
        return badRequest(options, QStringLiteral("Choice list must not be empty for structured outputs."));
    const int n = body.value(QLatin1String("n")).toInt(1);
    if (n > kMaxN)
        return badRequest(options, QStringLiteral("n must be at most %1, got %2. To increase this limit, set "
                                                  "the VLLM_MAX_N_SEQUENCES environment variable.")
                                       .arg(kMaxN)
                                       .arg(n));
    if (n < 1)
        return badRequest(options, QStringLiteral("n must be at least 1, got %1.").arg(n));
    if (n > 1 && temperature.isDouble() && temperature.toDouble() == 0)
        return badRequest(options, QStringLiteral("n must be 1 when using greedy sampling, got %1.").arg(n));
    const QJsonValue stop = body.value(QLatin1String("stop"));
    const QJsonArray stops = stop.isArray() ? stop.toArray() : QJsonArray{stop};
    for (const QJsonValue &s : stops) {
        if (s.isString() && s.toString().isEmpty())
            return badRequest(options, QStringLiteral("stop cannot contain an empty string."));
    }
    QString field;
    const qint64 maxTokens = requestedMaxTokens(body, &field);
    const qint64 limit = SimChatPlanner::maxModelLen(options, *card);
    if (!field.isEmpty() && maxTokens < 1)
        return badRequest(options,
                          QStringLiteral("%1 must be at least 1, got %2. (parameter=%1, value=%2)")
                              .arg(field)
                              .arg(maxTokens),
                          field);
    if (maxTokens > limit)
        return badRequest(
            options,
            QStringLiteral("%1=%2 cannot be greater than max_model_len=max_total_tokens=%3. Please "
                           "request fewer output tokens. (parameter=%1, value=%2)")
                .arg(field)
                .arg(maxTokens)
                .arg(limit),
            field);
    const QJsonValue minTokens = body.value(QLatin1String("min_tokens"));
    if (minTokens.isDouble() && maxTokens > 0 && qint64(minTokens.toDouble()) > maxTokens)
        return badRequest(options,
                          QStringLiteral("min_tokens must be less than or equal to max_tokens=%1, got %2. "
                                         "(parameter=min_tokens, value=%2)")
                              .arg(maxTokens)
                              .arg(qint64(minTokens.toDouble())),
                          QStringLiteral("min_tokens"));
    const qint64 requested = qMax<qint64>(0, maxTokens);
    if (prompt + requested > limit || (maxTokens < 0 && prompt >= limit))
        return badRequest(
            options,
            QStringLiteral("This model's maximum context length is %1 tokens. However, you requested %2 "
                           "output tokens and your prompt contains %3 input tokens, for a total of %4 "
                           "tokens. Please reduce the length of the input prompt or the number of "
                           "requested output tokens. (parameter=input_tokens, value=%3)")
                .arg(limit)
                .arg(requested)
                .arg(prompt)
                .arg(prompt + requested),
            QStringLiteral("input_tokens"));
    return std::nullopt;
}

QString SimValidation::pythonRepr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 9e15 ? QString::number(qint64(d))
                                                        : JsonWriter::pythonFloat(d);
    }
    case QJsonValue::String: {
        QString s = value.toString();
        const bool useDouble = s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"'));
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
        if (useDouble)
            return QLatin1Char('"') + s + QLatin1Char('"');
        s.replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(pythonRepr(item));
        return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(pythonRepr(it.key()) + QLatin1String(": ") + pythonRepr(it.value()));
        return QLatin1Char('{') + items.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    }
    return {};
}

SimResponse SimValidation::pydanticError(const SimOptions &options, const QString &type, const QString &loc,
                                         const QString &msg, const QJsonValue &input, const QJsonValue &param)
{
    QString message =
        QStringLiteral("1 validation error:\n  {'type': '%1', 'loc': %2, 'msg': '%3', 'input': %4")
            .arg(type, loc, msg, SimValidation::pythonRepr(input));
    if (type == QLatin1String("value_error")) {
        const QString text = msg.mid(int(QStringView(u"Value error, ").size()));
        message += QStringLiteral(", 'ctx': {'error': ValueError(%1)}").arg(SimValidation::pythonRepr(text));
    }
    message += QLatin1Char('}');
    return SimHttp::error(options.dialect, 400, message, QStringLiteral("Bad Request"), param);
}
