#include "simembeddings.h"

#include "jsonwriter.h"
#include "simchatplanner.h"
#include "simdirectives.h"
#include "simembedder.h"
#include "simhttp.h"
#include "simtokenizer.h"
#include "simvalidation.h"

#include <QDateTime>
#include <QFloat16>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

namespace {

QLatin1String L(const char *text)
{
    return QLatin1String(text);
}

bool isLlama(const SimOptions &options)
{
    return options.dialect == SimDialect::LlamaCpp;
}

constexpr int kSpecialTokens = 2; // [CLS] ... [SEP]: a BERT-style embedding model

// One input as the model sees it: a text (its token pieces) or token ids.
struct Input {
    bool tokens = false;
    bool nonFinite = false; // a `/sim nan` directive: the vector breaks
    QStringList pieces;
    QList<qint64> ids;
    int specials = 0;
    int count() const { return int(tokens ? ids.size() : pieces.size()) + specials; }
};

struct Inputs {
    QList<Input> list;
    std::optional<SimResponse> error;
};

Input textInput(const QString &text, int specials)
{
    Input input;
    input.nonFinite = text.contains(QLatin1String("/sim")) && SimDirectives::parse(text).nonFinite;
    input.pieces = SimTokenizer::split(text);
    input.specials = specials;
    return input;
}

bool isIntegerArray(const QJsonArray &array)
{
    for (const QJsonValue &v : array) {
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
            return false;
    }
    return true;
}

QList<qint64> ids(const QJsonArray &array)
{
    QList<qint64> out;
    for (const QJsonValue &v : array)
        out.append(qint64(v.toDouble()));
    return out;
}

SimResponse inputTypeError(const SimOptions &options, const QJsonValue &input)
{
    return SimValidation::pydanticError(options, QStringLiteral("string_type"),
                                        QStringLiteral("('body', 'input', 'str')"),
                                        QStringLiteral("Input should be a valid string"), input);
}

Inputs readInputs(const SimOptions &options, const QJsonObject &body)
{
    Inputs result;
    const bool addSpecial = body.value(L("add_special_tokens")).toBool(true);
    const int specials = addSpecial && !isLlama(options) ? kSpecialTokens : 0;
    if (body.contains(L("messages")) && !isLlama(options)) {
        // Chat-style: the rendered conversation (add_special_tokens defaults to false here).
        const QJsonArray messages = body.value(L("messages")).toArray();
        QStringList texts;
        for (const QJsonValue &m : messages) {
            const QJsonValue content = m.toObject().value(L("content"));
            if (content.isString())
                texts.append(content.toString());
            for (const QJsonValue &part : content.toArray())
                texts.append(part.toObject().value(L("text")).toString());
        }
        Input input = textInput(texts.join(QLatin1Char('\n')),
                                body.value(L("add_special_tokens")).toBool(false) ? kSpecialTokens : 0);
        input.specials += 4 * int(messages.size()); // the template's role markers
        result.list.append(input);
        return result;
    }
    // llama.cpp also takes `content`.
    QJsonValue input = body.value(L("input"));
    if (input.isUndefined() && isLlama(options))
        input = body.value(L("content"));
    if (input.isUndefined()) {
        if (isLlama(options))
            result.error =
                SimHttp::error(options.dialect, 400, QStringLiteral("\"input\" must be provided"), QString());
        else
            result.error = SimValidation::pydanticError(options, QStringLiteral("missing"),
                                                        QStringLiteral("('body', 'input')"),
                                                        QStringLiteral("Field required"), body);
        return result;
    }
    if (input.isString()) {
        result.list.append(textInput(input.toString(), specials));
        return result;
    }
    if (!input.isArray()) {
        result.error = inputTypeError(options, input);
        return result;
    }
    const QJsonArray array = input.toArray();
    if (!array.isEmpty() && isIntegerArray(array)) {
        Input tokens;
        tokens.tokens = true;
        tokens.ids = ids(array);
        result.list.append(tokens);
        return result;
    }
    for (const QJsonValue &item : array) {
        if (item.isString()) {
            result.list.append(textInput(item.toString(), specials));
        } else if (item.isArray() && isIntegerArray(item.toArray())) {
            Input tokens;
            tokens.tokens = true;
            tokens.ids = ids(item.toArray());
            result.list.append(tokens);
        } else {
            result.error = inputTypeError(options, input);
            return result;
        }
    }
    return result;
}

// Cuts an input to `limit` tokens (special tokens included, as the tokenizer's max_length counts).
void truncate(Input &input, int limit, bool left)
{
    if (input.count() <= limit)
        return;
    const qsizetype keep = std::max(0, limit - input.specials);
    if (input.tokens)
        input.ids = left ? input.ids.mid(input.ids.size() - keep) : input.ids.mid(0, keep);
    else
        input.pieces = left ? input.pieces.mid(input.pieces.size() - keep) : input.pieces.mid(0, keep);
}

SimResponse badRequest(const SimOptions &options, const QString &message, const QJsonValue &param = {})
{
    return SimHttp::error(options.dialect, 400, message, QStringLiteral("BadRequestError"),
                          param.isUndefined() ? QJsonValue(QJsonValue::Null) : param);
}

} // namespace

SimResponse SimEmbeddings::tooLong(const SimOptions &options, qint64 limit, int tokens)
{
    if (isLlama(options))
        return SimHttp::error(
            options.dialect, 500,
            QStringLiteral("input is too large to process. increase the physical batch size"), QString());
    if (options.dialect == SimDialect::VllmCurrent)
        return badRequest(
            options,
            QStringLiteral(
                "This model's maximum context length is %1 tokens. However, you requested 0 output "
                "tokens and your prompt contains %2 input tokens, for a total of %2 tokens. Please "
                "reduce the length of the input prompt or the number of requested output tokens. "
                "(parameter=input_tokens, value=%2)")
                .arg(limit)
                .arg(tokens),
            QStringLiteral("input_tokens"));
    return badRequest(options,
                      QStringLiteral("This model's maximum context length is %1 tokens. However, you "
                                     "requested %2 tokens in the input for embedding generation. "
                                     "Please reduce the length of the input.")
                          .arg(limit)
                          .arg(tokens));
}

namespace {

std::optional<SimResponse> literalError(const SimOptions &options, const QJsonObject &body, const char *field,
                                        const QStringList &allowed)
{
    const QJsonValue value = body.value(QLatin1String(field));
    if (value.isUndefined() || allowed.contains(value.toString()))
        return std::nullopt;
    QStringList quoted;
    for (const QString &a : allowed)
        quoted.append(QLatin1Char('\'') + a + QLatin1Char('\''));
    const QString expected = quoted.size() > 1 ? quoted.mid(0, quoted.size() - 1).join(QLatin1String(", ")) +
                                                     QLatin1String(" or ") + quoted.last()
                                               : quoted.value(0);
    return SimValidation::pydanticError(options, QStringLiteral("literal_error"),
                                        QStringLiteral("('body', '%1')").arg(QLatin1String(field)),
                                        QStringLiteral("Input should be %1").arg(expected), value);
}

// ---- the vector's bytes in each embed_dtype -------------------------------------------------

// Rounds to the nearest value of a small float format (sign, `exponentBits`, `mantissaBits`,
// bias 2^(e-1)-1) and returns its bit pattern; ties go to the even pattern. `finiteMax`: the
// format's largest finite magnitude (e4m3fn has no infinities).
quint8 toFp8(float value, int exponentBits, int mantissaBits, double finiteMax)
{
    const quint8 sign = std::signbit(value) ? 0x80 : 0;
    double magnitude = std::min(std::fabs(double(value)), finiteMax);
    const int bias = (1 << (exponentBits - 1)) - 1;
    quint8 best = 0;
    double bestError = std::numeric_limits<double>::infinity();
    for (int code = 0; code < 0x80; ++code) {
        const int exponent = code >> mantissaBits;
        const int mantissa = code & ((1 << mantissaBits) - 1);
        const double fraction = double(mantissa) / double(1 << mantissaBits);
        const double decoded =
            exponent == 0 ? std::ldexp(fraction, 1 - bias) : std::ldexp(1.0 + fraction, exponent - bias);
        if (decoded > finiteMax)
            continue;
        const double error = std::fabs(decoded - magnitude);
        if (error < bestError || (error == bestError && (code & 1) == 0)) {
            best = quint8(code);
            bestError = error;
        }
    }
    return sign | best;
}

quint16 toBfloat16(float value)
{
    quint32 bits = 0;
    std::memcpy(&bits, &value, 4);
    const quint32 rounding = 0x7fff + ((bits >> 16) & 1); // round to nearest even
    return quint16((bits + rounding) >> 16);
}

QByteArray vectorBytes(const QList<double> &vector, const QString &dtype, bool bigEndian)
{
    QByteArray out;
    for (double x : vector) {
        const float f = float(x);
        if (dtype == QLatin1String("float16") || dtype == QLatin1String("bfloat16")) {
            quint16 bits = 0;
            if (dtype == QLatin1String("float16")) {
                const qfloat16 half(f);
                std::memcpy(&bits, &half, 2);
            } else {
                bits = toBfloat16(f);
            }
            char b[2];
            if (bigEndian)
                qToBigEndian(bits, b);
            else
                qToLittleEndian(bits, b);
            out.append(b, 2);
        } else if (dtype == QLatin1String("fp8_e4m3")) {
            out.append(char(toFp8(f, 4, 3, 448.0)));
        } else if (dtype == QLatin1String("fp8_e5m2")) {
            out.append(char(toFp8(f, 5, 2, 57344.0)));
        } else {
            char b[4];
            if (bigEndian)
                qToBigEndian(f, b);
            else
                qToLittleEndian(f, b);
            out.append(b, 4);
        }
    }
    return out;
}

void writeUsage(JsonWriter &w, const SimOptions &options, int prompt)
{
    w.key(L("usage")).beginObject().field(L("prompt_tokens"), prompt).field(L("total_tokens"), prompt);
    if (!isLlama(options))
        w.field(L("completion_tokens"), 0).nullField(L("prompt_tokens_details"));
    w.endObject();
}

SimResponse llamaAnswer(const QList<QList<double>> &vectors, const QString &model, bool base64, int prompt,
                        const SimOptions &options)
{
    // nlohmann::json sorts keys; base64 items carry their own encoding_format.
    JsonWriter w;
    w.beginObject().key(L("data")).beginArray();
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        w.beginObject().key(L("embedding"));
        if (base64) {
            w.value(QString::fromLatin1(vectorBytes(vectors[i], QString(), false).toBase64()));
            w.field(L("encoding_format"), L("base64"));
        } else {
            w.beginArray();
            for (double x : vectors[i]) {
                if (std::isfinite(x))
                    w.value(double(float(x)));
                else
                    w.null(); // nlohmann::json writes NaN and infinity as null
            }
            w.endArray();
        }
        w.field(L("index"), qint64(i)).field(L("object"), L("embedding")).endObject();
    }
    w.endArray().field(L("model"), model).field(L("object"), L("list"));
    writeUsage(w, options, prompt);
    w.endObject();
    return SimHttp::json(options.dialect, 200, w.data());
}

} // namespace

const SimModelCard *SimEmbeddings::findModel(const SimOptions &options, const QJsonObject &body)
{
    return SimChatPlanner::findModel(options, body.value(L("model")).toString());
}

SimResponse SimEmbeddings::unknownModel(const SimOptions &options, const QJsonObject &body)
{
    return SimHttp::error(
        options.dialect, 404,
        QStringLiteral("The model `%1` does not exist.").arg(body.value(L("model")).toString()),
        QStringLiteral("NotFoundError"));
}

SimResponse SimEmbeddings::unsupported(const SimOptions &options, const QString &api)
{
    if (isLlama(options)) {
        if (api == QLatin1String("Embeddings"))
            return SimHttp::error(options.dialect, 501,
                                  QStringLiteral("This server does not support embeddings. Start it with "
                                                 "`--embeddings`"),
                                  QString());
        return SimHttp::error(options.dialect, 501,
                              QStringLiteral("This server does not support completions. Start it without "
                                             "`--embeddings`"),
                              QString());
    }
    // Returned from the route as a model, so FastAPI sent it with status 200.
    SimResponse response =
        SimHttp::error(options.dialect, 400, QStringLiteral("The model does not support %1 API").arg(api),
                       QStringLiteral("BadRequestError"));
    response.status = 200;
    return response;
}

SimResponse SimEmbeddings::embeddings(const SimOptions &options, const QJsonObject &body)
{
    const SimModelCard *card = findModel(options, body);
    SimModelCard echoed;
    if (!card && isLlama(options) && !options.models.isEmpty()) {
        echoed = options.models.first(); // llama.cpp accepts any name
        card = &echoed;
    }
    if (!card)
        return unknownModel(options, body);
    if (auto error = literalError(options, body, "encoding_format",
                                  isLlama(options)
                                      ? QStringList{QStringLiteral("float"), QStringLiteral("base64")}
                                      : QStringList{QStringLiteral("float"), QStringLiteral("base64"),
                                                    QStringLiteral("bytes"), QStringLiteral("bytes_only")}))
        return *error;
    if (!isLlama(options)) {
        if (auto error = literalError(options, body, "embed_dtype",
                                      {QStringLiteral("float32"), QStringLiteral("float16"),
                                       QStringLiteral("bfloat16"), QStringLiteral("fp8_e4m3"),
                                       QStringLiteral("fp8_e5m2")}))
            return *error;
        if (auto error =
                literalError(options, body, "endianness",
                             {QStringLiteral("native"), QStringLiteral("little"), QStringLiteral("big")}))
            return *error;
        if (auto error = literalError(options, body, "truncation_side",
                                      {QStringLiteral("left"), QStringLiteral("right")}))
            return *error;
    }
    Inputs inputs = readInputs(options, body);
    if (inputs.error)
        return *inputs.error;

    const qint64 maxLen = SimChatPlanner::maxModelLen(options, *card);
    const QString &served = card->id; // the first --served-model-name
    // dimensions (vLLM only; llama.cpp ignores the field).
    int dimensions = 0;
    const QJsonValue dimensionsValue = body.value(L("dimensions"));
    if (!isLlama(options) && !dimensionsValue.isUndefined() && !dimensionsValue.isNull()) {
        dimensions = dimensionsValue.toInt();
        if (!card->matryoshka)
            return badRequest(options,
                              QStringLiteral("Model \"%1\" does not support matryoshka representation, "
                                             "changing output dimensions will lead to poor results.")
                                  .arg(served));
        if (!card->matryoshkaDimensions.isEmpty() && !card->matryoshkaDimensions.contains(dimensions)) {
            QStringList list;
            for (int d : card->matryoshkaDimensions)
                list.append(QString::number(d));
            return badRequest(options,
                              QStringLiteral("Model '%1' only supports [%2] matryoshka dimensions, use "
                                             "other output dimensions will lead to poor results.")
                                  .arg(served, list.join(QLatin1String(", "))));
        }
        if (card->matryoshkaDimensions.isEmpty() && dimensions < 1)
            return badRequest(options, QStringLiteral("Dimensions must be greater than 0"));
    }
    // truncate_prompt_tokens: -1 means the model's limit.
    int truncateTo = -2;
    const QJsonValue truncateValue = body.value(L("truncate_prompt_tokens"));
    if (!isLlama(options) && truncateValue.isDouble()) {
        truncateTo = truncateValue.toInt();
        if (truncateTo < -1)
            return SimValidation::pydanticError(options, QStringLiteral("greater_than_equal"),
                                                QStringLiteral("('body', 'truncate_prompt_tokens')"),
                                                QStringLiteral("Input should be greater than or equal to -1"),
                                                truncateValue);
        if (truncateTo == -1)
            truncateTo = int(maxLen);
        if (truncateTo > maxLen)
            return badRequest(options,
                              QStringLiteral("truncate_prompt_tokens value (%1) is greater than "
                                             "max_model_len (%2). Please, select a smaller truncation "
                                             "size.")
                                  .arg(truncateTo)
                                  .arg(maxLen));
    }
    const bool left = body.value(L("truncation_side")).toString() == QLatin1String("left");
    int prompt = 0;
    for (Input &input : inputs.list) {
        if (truncateTo >= 0)
            truncate(input, truncateTo, left);
        if (input.count() > maxLen)
            return SimEmbeddings::tooLong(options, maxLen, input.count());
        prompt += input.count();
    }

    // use_activation (normalize on ≤ v0.10): null or absent means the model's default, on.
    const QJsonValue activation =
        body.value(options.dialect == SimDialect::VllmLegacy ? L("normalize") : L("use_activation"));
    const bool normalize = !activation.isBool() || activation.toBool();
    const int size = card->embeddingSize > 0 ? card->embeddingSize : 768;
    QList<QList<double>> vectors;
    for (const Input &input : std::as_const(inputs.list)) {
        QList<double> raw = input.tokens ? SimEmbedder::embedTokens(input.ids, size)
                                         : SimEmbedder::embed(input.pieces.join(QString()), size);
        QList<double> vector = SimEmbedder::finish(raw, dimensions, normalize);
        if (input.nonFinite && vector.size() >= 2) {
            // What an fp16 model that overflowed sends: NaN and infinity among the numbers.
            vector[0] = std::numeric_limits<double>::quiet_NaN();
            vector[1] = std::numeric_limits<double>::infinity();
        }
        vectors.append(vector);
    }

    const QString format = body.value(L("encoding_format")).toString(QStringLiteral("float"));
    const QString responseModel =
        isLlama(options) ? body.value(L("model")).toString(QStringLiteral("gpt-3.5-turbo")) : card->id;
    if (isLlama(options))
        return llamaAnswer(vectors, responseModel, format == QLatin1String("base64"), prompt, options);

    const QString dtype = body.value(L("embed_dtype")).toString(QStringLiteral("float32"));
    const QString endianness = body.value(L("endianness")).toString(QStringLiteral("native"));
    const bool big = endianness == QLatin1String("big");
    const QString id = QStringLiteral("embd-") + SimHttp::randomHex(options.dialect);
    const qint64 created = QDateTime::currentSecsSinceEpoch();

    if (format == QLatin1String("bytes") || format == QLatin1String("bytes_only")) {
        QByteArray bytes;
        JsonWriter meta;
        meta.beginObject().field(L("id"), id).field(L("created"), created).field(L("model"), responseModel);
        meta.key(L("data")).beginArray();
        for (qsizetype i = 0; i < vectors.size(); ++i) {
            const qsizetype start = bytes.size();
            bytes += vectorBytes(vectors[i], dtype, big);
            meta.beginObject().field(L("index"), qint64(i)).field(L("embed_dtype"), dtype);
            meta.field(L("endianness"), endianness).field(L("start"), qint64(start));
            meta.field(L("end"), qint64(bytes.size()))
                .key(L("shape"))
                .beginArray()
                .value(qint64(vectors[i].size()));
            meta.endArray().endObject();
        }
        meta.endArray().key(L("usage")).beginObject().field(L("prompt_tokens"), prompt);
        meta.field(L("total_tokens"), prompt).endObject().endObject();
        SimResponse response{200, SimHttp::textHeaders(options.dialect, "application/octet-stream"), bytes};
        if (format == QLatin1String("bytes"))
            response.headers.append(HttpHeaders::value_type{"metadata", meta.data()});
        return response;
    }

    if (format != QLatin1String("base64")) {
        // Starlette's JSONResponse refuses NaN (allow_nan=False): the server error middleware
        // answers a bare 500.
        for (const QList<double> &vector : std::as_const(vectors)) {
            for (double x : vector) {
                if (!std::isfinite(x))
                    return SimResponse{500,
                                       SimHttp::textHeaders(options.dialect, "text/plain; charset=utf-8"),
                                       "Internal Server Error"};
            }
        }
    }
    JsonWriter w;
    w.beginObject().field(L("id"), id).field(L("object"), L("list")).field(L("created"), created);
    w.field(L("model"), responseModel).key(L("data")).beginArray();
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        w.beginObject().field(L("index"), qint64(i)).field(L("object"), L("embedding")).key(L("embedding"));
        if (format == QLatin1String("base64")) {
            w.value(QString::fromLatin1(vectorBytes(vectors[i], dtype, big).toBase64()));
        } else {
            // The pooler works in float32; Python's floats are those values, printed by repr().
            w.beginArray();
            for (double x : vectors[i])
                w.value(double(float(x)));
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
    writeUsage(w, options, prompt);
    w.endObject();
    return SimHttp::json(options.dialect, 200, w.data());
}
