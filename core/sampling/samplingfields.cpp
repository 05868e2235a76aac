#include "samplingfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace {

using Kind = SamplingField::Kind;
using Group = SamplingField::Group;
constexpr double kInf = SamplingField::kUnbounded;

// vLLM's limits (protocol reference §6.1 and §4.4).
// The server's --max-logprobs (20 by default) is not known to the client: the form allows more,
// and a server that refuses shows its own message.
constexpr double kMaxLogprobsShown = 100;
constexpr double kMaxN = 16384;      // VLLM_MAX_N_SEQUENCES default
constexpr double kInt64Max = 9.2e18; // seeds are int64
constexpr double kMaxTokenId = 1e9;  // no vocabulary is larger; the server checks the real size

SamplingField make(const char *key, Kind kind, Group group, const char *label, const char *tooltip)
{
    SamplingField f;
    f.key = QLatin1String(key);
    f.kind = kind;
    f.group = group;
    f.label = label;
    f.tooltip = tooltip;
    return f;
}

SamplingField number(const char *key, Group group, const char *label, const char *tooltip, double min,
                     bool minInclusive, double max, bool maxInclusive, const char *fallback, double step,
                     int decimals, double uiMax = 0)
{
    SamplingField f = make(key, Kind::Number, group, label, tooltip);
    f.minimum = min;
    f.minimumInclusive = minInclusive;
    f.maximum = max;
    f.maximumInclusive = maxInclusive;
    f.serverDefault = QLatin1String(fallback);
    f.step = step;
    f.decimals = decimals;
    f.uiMaximum = uiMax;
    return f;
}

SamplingField integer(const char *key, Group group, const char *label, const char *tooltip, double min,
                      double max, const char *fallback, double uiMax = 0)
{
    SamplingField f = make(key, Kind::Integer, group, label, tooltip);
    f.minimum = min;
    f.maximum = max;
    f.serverDefault = QLatin1String(fallback);
    f.uiMaximum = uiMax;
    return f;
}

SamplingField flag(const char *key, Group group, const char *label, const char *tooltip, const char *fallback)
{
    SamplingField f = make(key, Kind::Boolean, group, label, tooltip);
    f.serverDefault = QLatin1String(fallback);
    return f;
}

QList<SamplingField> buildTable()
{
    QList<SamplingField> t;
    // Randomness
    t << number("temperature", Group::Randomness, QT_TRANSLATE_NOOP("SamplingFields", "Temperature"),
                QT_TRANSLATE_NOOP("SamplingFields",
                                  "How random the next token is: 0 always takes the most likely token "
                                  "(greedy), higher values spread the choice over more tokens."),
                0, true, kInf, true, "1.0 or the model's generation config", 0.05, 2, 5);
    t << number("top_p", Group::Randomness, QT_TRANSLATE_NOOP("SamplingFields", "Top p"),
                QT_TRANSLATE_NOOP("SamplingFields",
                                  "Nucleus sampling: only the most likely tokens whose probabilities add up "
                                  "to p are candidates. 1 keeps every token."),
                0, false, 1, true, "1.0 or the model's generation config", 0.01, 2);
    t << integer(
        "top_k", Group::Randomness, QT_TRANSLATE_NOOP("SamplingFields", "Top k"),
        QT_TRANSLATE_NOOP("SamplingFields",
                          "Only the k most likely tokens are candidates. 0 or -1 turns the limit off."),
        -1, kInf, "0 (off) or the model's generation config", 1000);
    t << number("min_p", Group::Randomness, QT_TRANSLATE_NOOP("SamplingFields", "Min p"),
                QT_TRANSLATE_NOOP("SamplingFields",
                                  "Drops tokens less likely than min_p times the most likely token's "
                                  "probability. 0 turns it off."),
                0, true, 1, true, "0.0 or the model's generation config", 0.01, 2);
    t << integer("seed", Group::Randomness, QT_TRANSLATE_NOOP("SamplingFields", "Seed"),
                 QT_TRANSLATE_NOOP("SamplingFields",
                                   "Seeds the sampler: the same seed, prompt and parameters give the same "
                                   "answer. Without it every answer is drawn afresh."),
                 -kInt64Max, kInt64Max, "random");
    // Length
    t << integer("max_completion_tokens", Group::Length, QT_TRANSLATE_NOOP("SamplingFields", "Max tokens"),
                 QT_TRANSLATE_NOOP("SamplingFields",
                                   "The most tokens the answer may have (reasoning included). Sent as "
                                   "max_completion_tokens (max_tokens to llama.cpp). Prompt plus this must "
                                   "fit the model's context."),
                 1, kInf, "up to the end of the context", 1'000'000);
    t << integer("min_tokens", Group::Length, QT_TRANSLATE_NOOP("SamplingFields", "Min tokens"),
                 QT_TRANSLATE_NOOP("SamplingFields",
                                   "The answer is not allowed to end (EOS or stop) before this many tokens."),
                 0, kInf, "0", 1'000'000);
    t << flag("ignore_eos", Group::Length, QT_TRANSLATE_NOOP("SamplingFields", "Ignore end of sequence"),
              QT_TRANSLATE_NOOP("SamplingFields",
                                "Keeps generating after the model's end-of-sequence token, up to the token "
                                "limit (for benchmarks)."),
              "off");
    // Penalties
    t << number(
        "presence_penalty", Group::Penalties, QT_TRANSLATE_NOOP("SamplingFields", "Presence penalty"),
        QT_TRANSLATE_NOOP("SamplingFields",
                          "Positive values penalise tokens that already appeared, nudging towards new "
                          "topics; negative values encourage repeating them."),
        -2, true, 2, true, "0.0", 0.1, 2);
    t << number("frequency_penalty", Group::Penalties,
                QT_TRANSLATE_NOOP("SamplingFields", "Frequency penalty"),
                QT_TRANSLATE_NOOP("SamplingFields",
                                  "Like presence penalty, but growing with how often a token appeared."),
                -2, true, 2, true, "0.0", 0.1, 2);
    t << number("repetition_penalty", Group::Penalties,
                QT_TRANSLATE_NOOP("SamplingFields", "Repetition penalty"),
                QT_TRANSLATE_NOOP("SamplingFields",
                                  "Multiplies down tokens from the prompt and the answer so far: above 1 "
                                  "repeats less, below 1 more. 1 turns it off."),
                0, false, kInf, true, "1.0 or the model's generation config", 0.05, 2, 10);
    // Stopping
    {
        SamplingField f = make(
            "stop", Kind::StringList, Group::Stopping, QT_TRANSLATE_NOOP("SamplingFields", "Stop strings"),
            QT_TRANSLATE_NOOP("SamplingFields", "The answer ends where one of these strings would appear "
                                                "(the string itself is not included). One per line; none "
                                                "may be empty."));
        f.serverDefault = QStringLiteral("none");
        t << f;
    }
    {
        SamplingField f =
            make("stop_token_ids", Kind::IntegerList, Group::Stopping,
                 QT_TRANSLATE_NOOP("SamplingFields", "Stop token ids"),
                 QT_TRANSLATE_NOOP("SamplingFields", "The answer ends after any of these token ids. Separate "
                                                     "them with commas or spaces."));
        f.minimum = 0;
        f.maximum = kMaxTokenId;
        f.serverDefault = QStringLiteral("none");
        t << f;
    }
    t << flag("skip_special_tokens", Group::Stopping,
              QT_TRANSLATE_NOOP("SamplingFields", "Skip special tokens"),
              QT_TRANSLATE_NOOP("SamplingFields",
                                "Leaves special tokens (such as <|im_end|>) out of the text. Turn it off to "
                                "see them."),
              "on");
    t << flag("include_stop_str_in_output", Group::Stopping,
              QT_TRANSLATE_NOOP("SamplingFields", "Include stop string"),
              QT_TRANSLATE_NOOP("SamplingFields", "Keeps the matched stop string at the end of the answer."),
              "off");
    // Choices
    t << integer("n", Group::Choices, QT_TRANSLATE_NOOP("SamplingFields", "Answers (n)"),
                 QT_TRANSLATE_NOOP("SamplingFields",
                                   "How many alternative answers to sample for the same prompt; shown as "
                                   "tabs. More than 1 needs a temperature above 0."),
                 1, kMaxN, "1", 16);
    // Logprobs
    t << flag("logprobs", Group::Logprobs, QT_TRANSLATE_NOOP("SamplingFields", "Log probabilities"),
              QT_TRANSLATE_NOOP("SamplingFields",
                                "Returns each answer token's log probability, so the answer can be shaded "
                                "by how sure the model was."),
              "off");
    t << integer("top_logprobs", Group::Logprobs, QT_TRANSLATE_NOOP("SamplingFields", "Top alternatives"),
                 QT_TRANSLATE_NOOP("SamplingFields",
                                   "For each token, also return this many most likely alternatives (shown "
                                   "on hover). Needs log probabilities on; the server allows at most 20 "
                                   "unless started with a larger --max-logprobs."),
                 -1, kInf, "0", kMaxLogprobsShown);
    // Structured output
    {
        SamplingField f =
            make("structured_outputs.json", Kind::JsonSchema, Group::Structured,
                 QT_TRANSLATE_NOOP("SamplingFields", "JSON schema"),
                 QT_TRANSLATE_NOOP("SamplingFields", "Constrains the answer to JSON matching this schema "
                                                     "(structured_outputs.json). Only one of schema, regex "
                                                     "and choice can be used."));
        f.serverDefault = QStringLiteral("free text");
        t << f;
    }
    {
        SamplingField f =
            make("structured_outputs.regex", Kind::Regex, Group::Structured,
                 QT_TRANSLATE_NOOP("SamplingFields", "Regular expression"),
                 QT_TRANSLATE_NOOP("SamplingFields", "Constrains the answer to text matching this regular "
                                                     "expression (structured_outputs.regex)."));
        f.serverDefault = QStringLiteral("free text");
        t << f;
    }
    {
        SamplingField f =
            make("structured_outputs.choice", Kind::StringList, Group::Structured,
                 QT_TRANSLATE_NOOP("SamplingFields", "Choice"),
                 QT_TRANSLATE_NOOP("SamplingFields", "The answer is exactly one of these strings "
                                                     "(structured_outputs.choice). One per line."));
        f.serverDefault = QStringLiteral("free text");
        t << f;
    }
    // Reasoning
    t << flag("chat_template_kwargs.enable_thinking", Group::Reasoning,
              QT_TRANSLATE_NOOP("SamplingFields", "Thinking"),
              QT_TRANSLATE_NOOP("SamplingFields",
                                "For reasoning models whose chat template reads enable_thinking (Qwen3 and "
                                "others): off answers without thinking first."),
              "the chat template's default");
    {
        SamplingField f = make("reasoning_effort", Kind::Choice, Group::Reasoning,
                               QT_TRANSLATE_NOOP("SamplingFields", "Reasoning effort"),
                               QT_TRANSLATE_NOOP("SamplingFields",
                                                 "How much a reasoning model thinks before answering, "
                                                 "passed to the chat template (gpt-oss and others). Older "
                                                 "servers accept only low, medium and high."));
        f.choices = {QStringLiteral("none"),   QStringLiteral("minimal"), QStringLiteral("low"),
                     QStringLiteral("medium"), QStringLiteral("high"),    QStringLiteral("xhigh"),
                     QStringLiteral("max")};
        f.serverDefault = QStringLiteral("the chat template's default");
        t << f;
    }
    return t;
}

QString formatNumber(double v)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    return QString::number(v, 'g', 12);
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && d == std::floor(d);
}

std::optional<QJsonValue> parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

const QStringList &schemaTypes()
{
    static const QStringList types{QStringLiteral("object"),  QStringLiteral("array"),
                                   QStringLiteral("string"),  QStringLiteral("number"),
                                   QStringLiteral("integer"), QStringLiteral("boolean"),
                                   QStringLiteral("null")};
    return types;
}

QString checkSchemaAt(const QJsonValue &node, const QString &path, int depth);

QString checkSchemaObject(const QJsonObject &schema, const QString &path, int depth)
{
    if (depth > 64)
        return SamplingFields::tr("%1: the schema nests too deeply.").arg(path);
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (!type.isUndefined()) {
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
        for (const QJsonValue &t : types) {
            if (!t.isString() || !schemaTypes().contains(t.toString()))
                return SamplingFields::tr("%1: \"type\" must be one of %2, not %3.")
                    .arg(path, schemaTypes().join(QLatin1String(", ")),
                         QString::fromUtf8(QJsonDocument(QJsonArray{t}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1));
        }
    }
    const QJsonValue properties = schema.value(QLatin1String("properties"));
    if (!properties.isUndefined()) {
        if (!properties.isObject())
            return SamplingFields::tr("%1: \"properties\" must be an object.").arg(path);
        const QJsonObject props = properties.toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QString error = checkSchemaAt(it.value(), path + QLatin1Char('.') + it.key(), depth + 1);
            if (!error.isEmpty())
                return error;
        }
    }
    const QJsonValue required = schema.value(QLatin1String("required"));
    if (!required.isUndefined()) {
        if (!required.isArray())
            return SamplingFields::tr("%1: \"required\" must be a list of property names.").arg(path);
        for (const QJsonValue &name : required.toArray()) {
            if (!name.isString())
                return SamplingFields::tr("%1: \"required\" must be a list of property names.").arg(path);
        }
    }
    for (const char *key : {"items", "additionalProperties", "not", "contains"}) {
        const QJsonValue sub = schema.value(QLatin1String(key));
        if (sub.isUndefined())
            continue;
        const QString error = checkSchemaAt(sub, path + QLatin1Char('.') + QLatin1String(key), depth + 1);
        if (!error.isEmpty())
            return error;
    }
    for (const char *key : {"anyOf", "oneOf", "allOf", "prefixItems"}) {
        const QJsonValue list = schema.value(QLatin1String(key));
        if (list.isUndefined())
            continue;
        if (!list.isArray() || list.toArray().isEmpty())
            return SamplingFields::tr("%1: \"%2\" must be a non-empty list of schemas.")
                .arg(path, QLatin1String(key));
        const QJsonArray items = list.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString error = checkSchemaAt(
                items.at(i), QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i), depth + 1);
            if (!error.isEmpty())
                return error;
        }
    }
    const QJsonValue enumValue = schema.value(QLatin1String("enum"));
    if (!enumValue.isUndefined() && (!enumValue.isArray() || enumValue.toArray().isEmpty()))
        return SamplingFields::tr("%1: \"enum\" must be a non-empty list.").arg(path);
    for (const char *key : {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}) {
        const QJsonValue bound = schema.value(QLatin1String(key));
        if (!bound.isUndefined() && !bound.isDouble())
            return SamplingFields::tr("%1: \"%2\" must be a number.").arg(path, QLatin1String(key));
    }
    for (const char *key :
         {"minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"}) {
        const QJsonValue bound = schema.value(QLatin1String(key));
        if (!bound.isUndefined() && (!isInteger(bound) || bound.toDouble() < 0))
            return SamplingFields::tr("%1: \"%2\" must be a whole number, 0 or more.")
                .arg(path, QLatin1String(key));
    }
    const QJsonValue pattern = schema.value(QLatin1String("pattern"));
    if (!pattern.isUndefined()) {
        if (!pattern.isString() || !QRegularExpression(pattern.toString()).isValid())
            return SamplingFields::tr("%1: \"pattern\" is not a valid regular expression.").arg(path);
    }
    return {};
}

QString checkSchemaAt(const QJsonValue &node, const QString &path, int depth)
{
    if (node.isBool())
        return {}; // true / false are schemas too
    if (!node.isObject())
        return SamplingFields::tr("%1: a schema must be an object.").arg(path);
    return checkSchemaObject(node.toObject(), path, depth);
}

} // namespace

QString SamplingField::labelText() const
{
    return QCoreApplication::translate("SamplingFields", label);
}

QString SamplingField::rangeText() const
{
    if (!isNumeric() && kind != Kind::IntegerList)
        return {};
    const bool hasMin = !std::isinf(minimum);
    const bool hasMax = !std::isinf(maximum);
    if (!hasMin && !hasMax)
        return {};
    if (hasMin && !hasMax)
        return minimumInclusive ? QStringLiteral("≥ %1").arg(formatNumber(minimum))
                                : QStringLiteral("> %1").arg(formatNumber(minimum));
    if (!hasMin)
        return maximumInclusive ? QStringLiteral("≤ %1").arg(formatNumber(maximum))
                                : QStringLiteral("< %1").arg(formatNumber(maximum));
    return QStringLiteral("%1%2, %3%4")
        .arg(minimumInclusive ? QLatin1Char('[') : QLatin1Char('('))
        .arg(formatNumber(minimum), formatNumber(maximum))
        .arg(maximumInclusive ? QLatin1Char(']') : QLatin1Char(')'));
}

QString SamplingField::tooltipText() const
{
    QString text = QStringLiteral("<b>%1</b> (<code>%2</code>)<br>%3")
                       .arg(labelText().toHtmlEscaped(), key.toHtmlEscaped(),
                            QCoreApplication::translate("SamplingFields", tooltip).toHtmlEscaped());
    const QString range = rangeText();
    if (!range.isEmpty())
        text += QLatin1String("<br>") + SamplingFields::tr("Valid: %1").arg(range.toHtmlEscaped());
    if (kind == Kind::Choice)
        text += QLatin1String("<br>") +
                SamplingFields::tr("Valid: %1").arg(choices.join(QLatin1String(", ")).toHtmlEscaped());
    if (!serverDefault.isEmpty())
        text += QLatin1String("<br>") +
                SamplingFields::tr("Not sent: the server uses %1.").arg(serverDefault.toHtmlEscaped());
    return text;
}

const QList<SamplingField> &SamplingFields::all()
{
    static const QList<SamplingField> table = buildTable();
    return table;
}

const SamplingField *SamplingFields::find(QStringView key)
{
    for (const SamplingField &f : all()) {
        if (f.key == key)
            return &f;
    }
    // The budget's older name reads as the same field.
    if (key == u"max_tokens")
        return find(u"max_completion_tokens");
    return nullptr;
}

QList<SamplingField::Group> SamplingFields::groups()
{
    return {Group::Randomness, Group::Length,   Group::Penalties,  Group::Stopping,
            Group::Choices,    Group::Logprobs, Group::Structured, Group::Reasoning};
}

QString SamplingFields::groupTitle(SamplingField::Group group)
{
    switch (group) {
    case Group::Randomness:
        return tr("Randomness");
    case Group::Length:
        return tr("Length");
    case Group::Penalties:
        return tr("Repetition");
    case Group::Stopping:
        return tr("Stopping and tokens");
    case Group::Choices:
        return tr("Alternatives");
    case Group::Logprobs:
        return tr("Token probabilities");
    case Group::Structured:
        return tr("Structured output");
    case Group::Reasoning:
        return tr("Reasoning models");
    }
    return {};
}

QJsonValue SamplingFields::valueAt(const QJsonObject &params, QStringView key)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0)
        return params.value(key.toString());
    return params.value(key.left(dot).toString()).toObject().value(key.mid(dot + 1).toString());
}

void SamplingFields::setValueAt(QJsonObject &params, QStringView key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0) {
        params.insert(key.toString(), value);
        return;
    }
    const QString outer = key.left(dot).toString();
    QJsonObject inner = params.value(outer).toObject();
    inner.insert(key.mid(dot + 1).toString(), value);
    params.insert(outer, inner);
}

void SamplingFields::removeAt(QJsonObject &params, QStringView key)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0) {
        params.remove(key.toString());
        return;
    }
    const QString outer = key.left(dot).toString();
    if (!params.value(outer).isObject())
        return;
    QJsonObject inner = params.value(outer).toObject();
    inner.remove(key.mid(dot + 1).toString());
    if (inner.isEmpty())
        params.remove(outer);
    else
        params.insert(outer, inner);
}

QStringList SamplingFields::setKeys(const QJsonObject &params)
{
    QStringList keys;
    for (const SamplingField &f : all()) {
        if (!valueAt(params, f.key).isUndefined())
            keys.append(f.key);
    }
    return keys;
}

QStringList SamplingFields::flatKeys(const QJsonObject &params)
{
    QStringList keys;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if ((it.key() == QLatin1String("chat_template_kwargs") ||
             it.key() == QLatin1String("structured_outputs")) &&
            it.value().isObject() && !it.value().toObject().isEmpty()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                keys.append(it.key() + QLatin1Char('.') + in.key());
        } else {
            keys.append(it.key());
        }
    }
    keys.sort();
    return keys;
}

QString SamplingFields::checkValue(const SamplingField &field, const QJsonValue &value)
{
    const QString name = field.labelText();
    auto inRange = [&field](double v) {
        const bool aboveMin = field.minimumInclusive ? v >= field.minimum : v > field.minimum;
        const bool belowMax = field.maximumInclusive ? v <= field.maximum : v < field.maximum;
        return aboveMin && belowMax;
    };
    switch (field.kind) {
    case Kind::Number:
    case Kind::Integer: {
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return tr("%1 must be a number.").arg(name);
        if (field.kind == Kind::Integer && !isInteger(value))
            return tr("%1 must be a whole number.").arg(name);
        if (!inRange(value.toDouble())) {
            const QString range = field.rangeText();
            const bool interval = range.startsWith(QLatin1Char('[')) || range.startsWith(QLatin1Char('('));
            return (interval ? tr("%1 must be in %2, not %3.") : tr("%1 must be %2, not %3."))
                .arg(name, range, formatNumber(value.toDouble()));
        }
        return {};
    }
    case Kind::Boolean:
        return value.isBool() ? QString() : tr("%1 must be on or off.").arg(name);
    case Kind::Choice:
        if (!value.isString() || !field.choices.contains(value.toString()))
            return tr("%1 must be one of %2.").arg(name, field.choices.join(QLatin1String(", ")));
        return {};
    case Kind::StringList: {
        // vLLM takes a lone string for `stop` too; the app always sends a list.
        const QJsonArray list = value.isString() ? QJsonArray{value} : value.toArray();
        if (!value.isString() && !value.isArray())
            return tr("%1 must be a list of strings.").arg(name);
        if (list.isEmpty())
            return tr("%1 needs at least one entry.").arg(name);
        for (const QJsonValue &item : list) {
            if (!item.isString())
                return tr("%1 must be a list of strings.").arg(name);
            if (item.toString().isEmpty())
                return tr("%1 cannot contain an empty string.").arg(name);
        }
        return {};
    }
    case Kind::IntegerList: {
        if (!value.isArray() || value.toArray().isEmpty())
            return tr("%1 must be a list of token ids.").arg(name);
        for (const QJsonValue &item : value.toArray()) {
            if (!isInteger(item) || !inRange(item.toDouble()))
                return tr("%1 must be whole numbers, 0 or more.").arg(name);
        }
        return {};
    }
    case Kind::Regex: {
        if (!value.isString() || value.toString().isEmpty())
            return tr("%1 cannot be empty.").arg(name);
        const QRegularExpression re(value.toString());
        if (!re.isValid())
            return tr("%1 is not valid: %2 (at character %3).")
                .arg(name, re.errorString())
                .arg(re.patternErrorOffset());
        return {};
    }
    case Kind::JsonSchema: {
        if (!value.isObject())
            return tr("%1 must be a JSON object.").arg(name);
        const QString error = checkJsonSchema(value.toObject());
        return error.isEmpty() ? QString() : tr("%1 is not valid: %2").arg(name, error);
    }
    }
    return {};
}

QString SamplingFields::checkJsonSchema(const QJsonObject &schema)
{
    return checkSchemaObject(schema, QStringLiteral("$"), 0);
}

QList<SamplingIssue> SamplingFields::check(const QJsonObject &params)
{
    QList<SamplingIssue> issues;
    for (const SamplingField &f : all()) {
        const QJsonValue value = valueAt(params, f.key);
        if (value.isUndefined())
            continue;
        const QString error = checkValue(f, value);
        if (!error.isEmpty())
            issues.append({f.key, error});
    }
    if (params.contains(QLatin1String("max_tokens"))) {
        const QString error =
            checkValue(*find(u"max_completion_tokens"), params.value(QLatin1String("max_tokens")));
        if (!error.isEmpty())
            issues.append({QStringLiteral("max_tokens"), error});
    }
    const QJsonValue top = params.value(QLatin1String("top_logprobs"));
    if (top.isDouble() && top.toDouble() != 0 && !params.value(QLatin1String("logprobs")).toBool())
        issues.append(
            {QStringLiteral("top_logprobs"), tr("Top alternatives need log probabilities turned on.")});
    const QJsonValue n = params.value(QLatin1String("n"));
    const QJsonValue temperature = params.value(QLatin1String("temperature"));
    if (n.isDouble() && n.toDouble() > 1 && temperature.isDouble() && temperature.toDouble() == 0)
        issues.append({QStringLiteral("n"),
                       tr("More than one answer needs a temperature above 0 (0 always picks the same "
                          "tokens).")});
    const QJsonValue minTokens = params.value(QLatin1String("min_tokens"));
    const qint64 budget = tokenBudget(params);
    if (minTokens.isDouble() && budget > 0 && minTokens.toDouble() > double(budget))
        issues.append(
            {QStringLiteral("min_tokens"), tr("Min tokens (%1) cannot be more than max tokens (%2).")
                                               .arg(minTokens.toDouble(), 0, 'g', 16)
                                               .arg(budget)});
    const QJsonObject structured = params.value(QLatin1String("structured_outputs")).toObject();
    int kinds = 0;
    for (const char *k : {"json", "regex", "choice", "grammar", "json_object", "structural_tag"})
        kinds += structured.contains(QLatin1String(k)) ? 1 : 0;
    if (kinds > 1)
        issues.append({QStringLiteral("structured_outputs"),
                       tr("Use only one kind of structured output: a JSON schema, a regular expression or "
                          "a choice.")});
    return issues;
}

QStringList SamplingFields::splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    bool quoted = false;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            current += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                current += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(']') || c == QLatin1Char('}'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current);
    return parts;
}

QJsonValue SamplingFields::parseValue(QStringView key, const QString &text, QString *error)
{
    const SamplingField *field = find(key);
    const QString trimmed = text.trimmed();
    const std::optional<QJsonValue> json = parseJson(trimmed);
    if (!field)
        return json ? *json : QJsonValue(text);
    QJsonValue value;
    switch (field->kind) {
    case Kind::Number:
    case Kind::Integer: {
        bool ok = false;
        const double d = trimmed.toDouble(&ok);
        if (!ok) {
            *error = tr("%1 must be a number, not \"%2\".").arg(field->key, trimmed);
            return {};
        }
        value = field->kind == Kind::Integer && d == std::floor(d) && std::abs(d) < 9e15
                    ? QJsonValue(qint64(d))
                    : QJsonValue(d);
        break;
    }
    case Kind::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("on") || lower == QLatin1String("1") ||
            lower == QLatin1String("yes"))
            value = true;
        else if (lower == QLatin1String("false") || lower == QLatin1String("off") ||
                 lower == QLatin1String("0") || lower == QLatin1String("no"))
            value = false;
        else {
            *error = tr("%1 must be true or false, not \"%2\".").arg(field->key, trimmed);
            return {};
        }
        break;
    }
    case Kind::Regex:
        value = json && json->isString() ? *json : QJsonValue(text);
        break;
    case Kind::Choice:
        value = json && json->isString() ? *json : QJsonValue(trimmed);
        break;
    case Kind::StringList:
        // Unquoted text is trimmed; a string with meaningful spaces is written as JSON ("\" END\"").
        value = json && json->isArray() ? *json
                                        : QJsonArray{json && json->isString() ? *json : QJsonValue(trimmed)};
        break;
    case Kind::IntegerList:
    case Kind::JsonSchema:
        if (!json) {
            *error = tr("%1 must be JSON, not \"%2\".").arg(field->key, trimmed);
            return {};
        }
        value = field->kind == Kind::IntegerList && json->isDouble() ? QJsonArray{*json} : *json;
        break;
    }
    const QString problem = checkValue(*field, value);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return value;
}

bool SamplingFields::parseAssignments(const QString &text, QJsonObject &params, QString *error)
{
    for (const QString &part : splitTopLevel(text)) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("\"%1\" is not NAME=VALUE.").arg(part.trimmed());
            return false;
        }
        const QString key = part.left(eq).trimmed();
        const QJsonValue value = parseValue(key, part.mid(eq + 1), error);
        if (!error->isEmpty())
            return false;
        setValueAt(params, key, value);
    }
    return true;
}

QString SamplingFields::describe(QStringView key, const QJsonValue &value)
{
    QString shown;
    if (value.isString())
        shown = value.toString();
    else if (value.isDouble())
        shown = formatNumber(value.toDouble());
    else if (value.isBool())
        shown = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isUndefined())
        shown = tr("default");
    else
        shown = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1);
    if (shown.size() > 60)
        shown = shown.left(57) + QStringLiteral("…");
    return key.toString() + QLatin1Char('=') + shown;
}

QJsonObject SamplingFields::forServer(QJsonObject params, const QString &ownedBy)
{
    if (ownedBy == QLatin1String("llamacpp") && params.contains(QLatin1String("max_completion_tokens"))) {
        if (!params.contains(QLatin1String("max_tokens")))
            params.insert(QLatin1String("max_tokens"), params.value(QLatin1String("max_completion_tokens")));
        params.remove(QLatin1String("max_completion_tokens"));
    }
    return params;
}

qint64 SamplingFields::tokenBudget(const QJsonObject &params)
{
    for (const char *name : {"max_completion_tokens", "max_tokens"}) {
        const QJsonValue v = params.value(QLatin1String(name));
        if (v.isDouble())
            return v.toInteger(-1); // 1e30 or 0.5 is no budget (a cast would be undefined behaviour)
    }
    return -1;
}
