#include "simroutes.h"

#include "jsonwriter.h"
#include "simchatplanner.h"
#include "simhttp.h"
#include "simtokenizer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace {

QLatin1String L(const char *text)
{
    return QLatin1String(text);
}

bool isLlama(const SimOptions &options)
{
    return options.dialect == SimDialect::LlamaCpp;
}

QString permissionId(const SimOptions &options)
{
    const int digits = options.dialect == SimDialect::VllmLegacy ? 32 : 16;
    QString id = QStringLiteral("modelperm-");
    for (int i = 0; i < digits; ++i)
        id += QString::number(QRandomGenerator::global()->bounded(16), 16);
    return id;
}

void writeLlamaModels(JsonWriter &w, const SimOptions &options, qint64 now)
{
    // llama-server serves one model; nlohmann::json sorts the keys.
    const SimModelCard &card = options.models.first();
    w.beginObject().key(L("data")).beginArray().beginObject();
    w.field(L("created"), now).field(L("id"), card.id);
    w.key(L("meta")).beginObject().field(L("n_ctx_train"), qMax<qint64>(card.maxModelLen, 0));
    w.field(L("n_embd"), 2048).field(L("n_params"), qint64(1'000'000'000)).field(L("n_vocab"), 151936);
    w.field(L("size"), qint64(700'000'000)).field(L("vocab_type"), 2).endObject();
    w.field(L("object"), L("model")).field(L("owned_by"), L("llamacpp"));
    w.endObject().endArray().field(L("object"), L("list")).endObject();
}

// A made-up but plausible KV-cache figure: 5 % per running request, capped at 1.
double kvCacheUsage(const SimStats &stats)
{
    return std::min(1.0, stats.running * 0.05);
}

// llama-server's /metrics: 501 unless started with --metrics; then its `llamacpp:` series.
SimResponse llamaMetrics(const SimOptions &options, const SimStats &stats)
{
    if (!options.llamaMetrics)
        return SimHttp::error(options.dialect, 501,
                              QStringLiteral("This server does not support metrics endpoint. Start it with "
                                             "`--metrics`"),
                              QString());
    QString text;
    const auto gauge = [&](const char *name, const char *help, double value) {
        text += QStringLiteral("# HELP llamacpp:%1 %2\n# TYPE llamacpp:%1 gauge\nllamacpp:%1 %3\n")
                    .arg(QLatin1String(name), QLatin1String(help), QString::number(value));
    };
    text += QStringLiteral("# HELP llamacpp:prompt_tokens_total Number of prompt tokens processed.\n"
                           "# TYPE llamacpp:prompt_tokens_total counter\nllamacpp:prompt_tokens_total %1\n")
                .arg(stats.promptTokens);
    gauge("kv_cache_usage_ratio", "KV-cache usage. 1 means 100 percent usage.", kvCacheUsage(stats));
    gauge("requests_processing", "Number of requests processing.", stats.running);
    gauge("requests_deferred", "Number of requests deferred.", stats.waiting);
    return SimResponse{200, SimHttp::textHeaders(options.dialect, "text/plain; version=0.0.4"),
                       text.toUtf8()};
}

} // namespace

SimResponse SimRoutes::models(const SimOptions &options)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    JsonWriter w;
    if (isLlama(options) && !options.models.isEmpty()) {
        writeLlamaModels(w, options, now);
        return SimHttp::json(options.dialect, 200, w.data());
    }
    w.beginObject().field(L("object"), L("list")).key(L("data")).beginArray();
    for (const SimModelCard &card : options.models) {
        w.beginObject().field(L("id"), card.id).field(L("object"), L("model")).field(L("created"), now);
        w.field(L("owned_by"), L("vllm")).field(L("root"), card.root);
        if (card.parent.isEmpty())
            w.nullField(L("parent"));
        else
            w.field(L("parent"), card.parent);
        if (card.maxModelLen > 0)
            w.field(L("max_model_len"), card.maxModelLen);
        else
            w.nullField(L("max_model_len"));
        w.key(L("permission")).beginArray().beginObject();
        w.field(L("id"), permissionId(options))
            .field(L("object"), L("model_permission"))
            .field(L("created"), now);
        w.boolField(L("allow_create_engine"), false).boolField(L("allow_sampling"), true);
        w.boolField(L("allow_logprobs"), true).boolField(L("allow_search_indices"), false);
        w.boolField(L("allow_view"), true).boolField(L("allow_fine_tuning"), false);
        w.field(L("organization"), L("*")).nullField(L("group")).boolField(L("is_blocking"), false);
        w.endObject().endArray().endObject();
    }
    w.endArray().endObject();
    return SimHttp::json(options.dialect, 200, w.data());
}

SimResponse SimRoutes::health(const SimOptions &options)
{
    if (isLlama(options)) {
        if (options.engineDead)
            return SimHttp::error(options.dialect, 503, QStringLiteral("Loading model"), QString());
        return SimHttp::json(options.dialect, 200, "{\"status\":\"ok\"}");
    }
    // FastAPI's bare Response: no content type, Content-Length 0.
    return SimResponse{
        options.engineDead ? 503 : 200, {{"date", SimHttp::httpDate()}, {"server", "uvicorn"}}, {}};
}

SimResponse SimRoutes::version(const SimOptions &options)
{
    JsonWriter w;
    w.beginObject().field(L("version"), options.effectiveVersion()).endObject();
    return SimHttp::json(options.dialect, 200, w.data());
}

SimResponse SimRoutes::load(const SimOptions &options, int running)
{
    Q_UNUSED(running) // vLLM reports 0 unless --enable-server-load-tracking
    return SimHttp::json(options.dialect, 200, "{\"server_load\":0}");
}

SimResponse SimRoutes::metrics(const SimOptions &options, const SimStats &stats)
{
    if (isLlama(options))
        return llamaMetrics(options, stats);
    const QString model = options.models.isEmpty() ? QStringLiteral("sim-chat") : options.models.first().id;
    const QString labels = QStringLiteral("engine=\"0\",model_name=\"%1\"").arg(model);
    QString text;
    const auto metric = [&](const QString &name, const QString &type, const QString &help,
                            const QList<QPair<QString, double>> &series) {
        text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(name, help, type);
        for (const auto &[extra, value] : series) {
            const QString all = extra.isEmpty() ? labels : labels + QLatin1Char(',') + extra;
            text += QStringLiteral("%1{%2} %3\n").arg(name, all, JsonWriter::pythonFloat(value));
        }
    };
    metric(QStringLiteral("vllm:num_requests_running"), QStringLiteral("gauge"),
           QStringLiteral("Number of requests in model execution batches."), {{QString(), stats.running}});
    metric(QStringLiteral("vllm:num_requests_waiting"), QStringLiteral("gauge"),
           QStringLiteral("Number of requests waiting to be processed."), {{QString(), stats.waiting}});
    metric(QStringLiteral("vllm:kv_cache_usage_perc"), QStringLiteral("gauge"),
           QStringLiteral("KV-cache usage. 1 means 100 percent usage."), {{QString(), kvCacheUsage(stats)}});
    metric(QStringLiteral("vllm:prompt_tokens_total"), QStringLiteral("counter"),
           QStringLiteral("Number of prefill tokens processed."), {{QString(), double(stats.promptTokens)}});
    metric(QStringLiteral("vllm:generation_tokens_total"), QStringLiteral("counter"),
           QStringLiteral("Number of generation tokens processed."),
           {{QString(), double(stats.generationTokens)}});
    QList<QPair<QString, double>> finished;
    for (const QString &reason : {QStringLiteral("stop"), QStringLiteral("length"), QStringLiteral("abort")})
        finished.append(
            {QStringLiteral("finished_reason=\"%1\"").arg(reason), double(stats.finished.value(reason))});
    metric(QStringLiteral("vllm:request_success_total"), QStringLiteral("counter"),
           QStringLiteral("Count of successfully processed requests."), finished);
    return SimResponse{200, SimHttp::textHeaders(options.dialect, "text/plain; version=0.0.4; charset=utf-8"),
                       text.toUtf8()};
}

SimResponse SimRoutes::tokenize(const SimOptions &options, const QJsonObject &body)
{
    QString text;
    int count = 0;
    if (body.contains(QLatin1String("messages"))) {
        count = SimChatPlanner::promptTokens(body.value(QLatin1String("messages")).toArray());
    } else {
        text = body.value(isLlama(options) ? QLatin1String("content") : QLatin1String("prompt")).toString();
        count = SimTokenizer::count(text) + (isLlama(options) ? 0 : 1); // + BOS
    }
    QStringList pieces = SimTokenizer::split(text);
    const bool bos = !isLlama(options) && !body.contains(QLatin1String("messages"));
    JsonWriter w;
    w.beginObject();
    if (!isLlama(options)) {
        const SimModelCard *card =
            SimChatPlanner::findModel(options, body.value(QLatin1String("model")).toString());
        if (!card)
            return SimHttp::error(options.dialect, 404,
                                  QStringLiteral("The model `%1` does not exist.")
                                      .arg(body.value(QLatin1String("model")).toString()),
                                  QStringLiteral("NotFoundError"), QStringLiteral("model"));
        w.field(L("count"), count).field(L("max_model_len"), SimChatPlanner::maxModelLen(options, *card));
    }
    w.key(L("tokens")).beginArray();
    if (bos)
        w.value(qint64(151643));
    for (int i = bos ? 1 : 0; i < count; ++i) {
        const qsizetype piece = bos ? i - 1 : i;
        w.value(piece < pieces.size() ? SimTokenizer::tokenId(pieces[piece]) : qint64(151644 + i % 2));
    }
    w.endArray();
    if (!isLlama(options))
        w.nullField(L("token_strs"));
    w.endObject();
    return SimHttp::json(options.dialect, 200, w.data());
}

SimResponse SimRoutes::corsPreflight(const SimOptions &options)
{
    SimResponse response{200, SimHttp::textHeaders(options.dialect, "text/plain; charset=utf-8"), "OK"};
    response.headers.append(HttpHeaders::value_type{"access-control-allow-origin", "*"});
    response.headers.append(HttpHeaders::value_type{"access-control-allow-methods",
                                                    "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"});
    response.headers.append(HttpHeaders::value_type{"access-control-allow-headers", "*"});
    response.headers.append(HttpHeaders::value_type{"access-control-max-age", "600"});
    return response;
}

SimResponse SimRoutes::unsupportedMediaType(const SimOptions &options)
{
    return SimHttp::error(options.dialect, 400,
                          QStringLiteral("[\"Unsupported Media Type: Only 'application/json' is allowed\"]"),
                          QStringLiteral("Bad Request"));
}

SimResponse SimRoutes::invalidJson(const SimOptions &options)
{
    if (isLlama(options))
        return SimHttp::error(
            options.dialect, 500,
            QStringLiteral("[json.exception.parse_error.101] parse error: syntax error while "
                           "parsing value"),
            QString());
    return SimHttp::error(
        options.dialect, 400,
        QStringLiteral("1 validation error:\n  {'type': 'json_invalid', 'loc': ('body', 0), "
                       "'msg': 'JSON decode error', 'input': {}, 'ctx': {'error': 'Expecting value'}}"),
        QStringLiteral("Bad Request"));
}

SimResponse SimRoutes::statusFault(const SimOptions &options, int status, const QJsonObject &requestBody)
{
    const QString model = requestBody.value(QLatin1String("model")).toString(QStringLiteral("sim-chat"));
    switch (status) {
    case 400: {
        const SimModelCard *card = SimChatPlanner::findModel(options, model);
        const qint64 limit = card ? SimChatPlanner::maxModelLen(options, *card) : 8192;
        const qint64 output = requestBody.value(QLatin1String("max_completion_tokens"))
                                  .toInteger(requestBody.value(QLatin1String("max_tokens")).toInteger(0));
        const qint64 input =
            limit + SimChatPlanner::promptTokens(requestBody.value(QLatin1String("messages")).toArray());
        return SimHttp::error(
            options.dialect, 400,
            QStringLiteral(
                "This model's maximum context length is %1 tokens. However, you requested %2 output "
                "tokens and your prompt contains %3 input tokens, for a total of %4 tokens. Please reduce "
                "the length of the input prompt or the number of requested output tokens. "
                "(parameter=input_tokens, value=%3)")
                .arg(limit)
                .arg(output)
                .arg(input)
                .arg(input + output),
            QStringLiteral("BadRequestError"), QStringLiteral("input_tokens"));
    }
    case 401:
        return SimHttp::unauthorized(options.dialect);
    case 404:
        return SimHttp::error(options.dialect, 404,
                              QStringLiteral("The model `%1` does not exist.").arg(model),
                              QStringLiteral("NotFoundError"), QStringLiteral("model"));
    case 429:
        // vLLM never sends 429 (it queues); proxies in front of it do, in OpenAI's shape.
        if (isLlama(options))
            return SimHttp::error(options.dialect, 429, QStringLiteral("Too many requests"), QString());
        return SimHttp::json(options.dialect, 429,
                             "{\"error\":{\"message\":\"Too many requests\",\"type\":\"RateLimitError\","
                             "\"param\":null,\"code\":429}}");
    case 500:
        return SimHttp::error(
            options.dialect, 500,
            QStringLiteral("EngineCore encountered an issue. See stack trace (above) for the root "
                           "cause."),
            QStringLiteral("InternalServerError"));
    case 503:
        return SimHttp::scaling(options.dialect);
    default: {
        const QString phrase = QString::fromLatin1(SimConnection::reasonPhrase(status));
        return SimHttp::error(options.dialect, status, phrase, phrase);
    }
    }
}

SimResponse SimRoutes::redirect(const SimOptions &options, const QByteArray &location, int status)
{
    SimResponse response{status, SimHttp::jsonHeaders(options.dialect), {}};
    response.headers.removeIf(
        [](const auto &h) { return h.first.compare("content-type", Qt::CaseInsensitive) == 0; });
    response.headers.append(HttpHeaders::value_type{"location", location});
    return response;
}
