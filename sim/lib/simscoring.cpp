#include "simscoring.h"

#include "jsonwriter.h"
#include "simchatplanner.h"
#include "simembedder.h"
#include "simembeddings.h"
#include "simhttp.h"
#include "simtokenizer.h"
#include "simvalidation.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <numeric>

namespace {

QLatin1String L(const char *text)
{
    return QLatin1String(text);
}

constexpr int kPairSpecials = 3; // [CLS] query [SEP] document [SEP]
constexpr int kTextSpecials = 2;

QStringList texts(const QJsonValue &side)
{
    if (side.isString())
        return {side.toString()};
    QStringList out;
    for (const QJsonValue &item : side.toArray()) {
        // A multimodal {"content": [parts]} side counts by its text parts.
        if (item.isObject()) {
            QString text;
            for (const QJsonValue &part : item.toObject().value(L("content")).toArray())
                text += part.toObject().value(L("text")).toString();
            out.append(text);
        } else {
            out.append(item.toString());
        }
    }
    return out;
}

struct Scored {
    QList<double> scores;
    int promptTokens = 0;
    std::optional<SimResponse> error;
};

int tokens(const QString &text)
{
    return SimTokenizer::count(text);
}

// Scores query[i or 0] against each document, as the served model would.
Scored scoreAll(const SimOptions &options, const SimModelCard &card, const QStringList &queries,
                const QStringList &documents, const QJsonObject &body)
{
    Scored result;
    const qint64 maxLen = SimChatPlanner::maxModelLen(options, card);
    const QJsonValue truncateValue = body.value(L("truncate_prompt_tokens"));
    qint64 truncateTo = -2;
    if (truncateValue.isDouble()) {
        truncateTo = truncateValue.toInt() == -1 ? maxLen : truncateValue.toInt();
        if (truncateTo > maxLen) {
            result.error = SimHttp::error(options.dialect, 400,
                                          QStringLiteral("truncate_prompt_tokens value (%1) is greater than "
                                                         "max_model_len (%2). Please, select a smaller "
                                                         "truncation size.")
                                              .arg(truncateTo)
                                              .arg(maxLen),
                                          QStringLiteral("BadRequestError"));
            return result;
        }
    }
    const auto fit = [&](int count) {
        return truncateTo >= 0 ? int(std::min<qint64>(count, truncateTo)) : count;
    };
    const bool crossEncoder = options.task == SimTask::Score;
    const int size = card.embeddingSize > 0 ? card.embeddingSize : 768;
    QList<QList<double>> queryVectors;
    if (!crossEncoder) {
        for (const QString &query : queries) {
            queryVectors.append(SimEmbedder::finish(SimEmbedder::embed(query, size), 0, true));
            result.promptTokens += fit(tokens(query) + kTextSpecials);
        }
    }
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const qsizetype q = queries.size() == 1 ? 0 : i;
        if (crossEncoder) {
            const int count = fit(tokens(queries[q]) + tokens(documents[i]) + kPairSpecials);
            if (count > maxLen) {
                result.error = SimEmbeddings::tooLong(options, maxLen, count);
                return result;
            }
            result.promptTokens += count;
            result.scores.append(SimEmbedder::relevance(queries[q], documents[i]));
        } else {
            const int count = fit(tokens(documents[i]) + kTextSpecials);
            if (count > maxLen) {
                result.error = SimEmbeddings::tooLong(options, maxLen, count);
                return result;
            }
            result.promptTokens += count;
            const QList<double> document =
                SimEmbedder::finish(SimEmbedder::embed(documents[i], size), 0, true);
            result.scores.append(SimEmbedder::cosine(queryVectors[q], document));
        }
    }
    return result;
}

std::optional<SimResponse> checkLengths(const SimOptions &options, qsizetype left, qsizetype right)
{
    // vLLM's _validate_score_input_lens.
    QString message;
    if (left > 1 && left != right)
        message = QStringLiteral("Input lengths must be either 1:1, 1:N or N:N");
    else if (left == 0)
        message = QStringLiteral("At least one text element must be given");
    else if (right == 0)
        message = QStringLiteral("At least one text_pair element must be given");
    if (message.isEmpty())
        return std::nullopt;
    return SimHttp::error(options.dialect, 400, message, QStringLiteral("BadRequestError"));
}

void writeUsage(JsonWriter &w, const SimOptions &options, int prompt, bool rerank)
{
    w.key(L("usage")).beginObject();
    if (rerank && options.dialect == SimDialect::VllmLegacy) {
        w.field(L("total_tokens"), prompt).endObject();
        return;
    }
    w.field(L("prompt_tokens"), prompt).field(L("total_tokens"), prompt);
    if (!rerank)
        w.field(L("completion_tokens"), 0).nullField(L("prompt_tokens_details"));
    w.endObject();
}

} // namespace

SimResponse SimScoring::score(const SimOptions &options, const QJsonObject &body)
{
    const SimModelCard *card = SimEmbeddings::findModel(options, body);
    if (!card)
        return SimEmbeddings::unknownModel(options, body);
    // The pairs, in the names each version accepts.
    QList<QPair<QLatin1String, QLatin1String>> names{{L("text_1"), L("text_2")}};
    if (options.dialect == SimDialect::VllmCurrent)
        names = {{L("queries"), L("documents")},
                 {L("queries"), L("items")},
                 {L("data_1"), L("data_2")},
                 {L("text_1"), L("text_2")}};
    QStringList queries;
    QStringList documents;
    bool found = false;
    for (const auto &[left, right] : std::as_const(names)) {
        if (body.contains(left) && body.contains(right)) {
            queries = texts(body.value(left));
            documents = texts(body.value(right));
            found = true;
            break;
        }
    }
    if (!found)
        return SimValidation::pydanticError(options, QStringLiteral("missing"),
                                            QStringLiteral("('body', 'text_1')"),
                                            QStringLiteral("Field required"), body);
    if (auto error = checkLengths(options, queries.size(), documents.size()))
        return *error;
    const Scored scored = scoreAll(options, *card, queries, documents, body);
    if (scored.error)
        return *scored.error;

    JsonWriter w;
    w.beginObject().field(L("id"), QStringLiteral("score-") + SimHttp::randomHex(options.dialect));
    w.field(L("object"), L("list")).field(L("created"), QDateTime::currentSecsSinceEpoch());
    w.field(L("model"), card->id).key(L("data")).beginArray();
    for (qsizetype i = 0; i < scored.scores.size(); ++i) {
        w.beginObject().field(L("index"), qint64(i)).field(L("object"), L("score"));
        w.field(L("score"), double(float(scored.scores[i]))).endObject();
    }
    w.endArray();
    writeUsage(w, options, scored.promptTokens, false);
    w.endObject();
    return SimHttp::json(options.dialect, 200, w.data());
}

SimResponse SimScoring::rerank(const SimOptions &options, const QJsonObject &body)
{
    const SimModelCard *card = SimEmbeddings::findModel(options, body);
    if (!card)
        return SimEmbeddings::unknownModel(options, body);
    if (!body.value(L("query")).isString())
        return SimValidation::pydanticError(options, QStringLiteral("missing"),
                                            QStringLiteral("('body', 'query')"),
                                            QStringLiteral("Field required"), body);
    if (!body.contains(L("documents")))
        return SimValidation::pydanticError(options, QStringLiteral("missing"),
                                            QStringLiteral("('body', 'documents')"),
                                            QStringLiteral("Field required"), body);
    const QString query = body.value(L("query")).toString();
    const QStringList documents = texts(body.value(L("documents")));
    if (auto error = checkLengths(options, 1, documents.size()))
        return *error;
    const Scored scored = scoreAll(options, *card, {query}, documents, body);
    if (scored.error)
        return *scored.error;

    QList<qsizetype> order(documents.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return scored.scores[a] > scored.scores[b]; });
    const int topN = body.value(L("top_n")).toInt(0);
    if (topN > 0 && topN < order.size())
        order.resize(topN);

    const bool legacy = options.dialect == SimDialect::VllmLegacy;
    JsonWriter w;
    w.beginObject().field(L("id"), (legacy ? QStringLiteral("rerank-") : QStringLiteral("score-")) +
                                       SimHttp::randomHex(options.dialect));
    w.field(L("model"), card->id);
    writeUsage(w, options, scored.promptTokens, true);
    w.key(L("results")).beginArray();
    for (qsizetype index : std::as_const(order)) {
        w.beginObject().field(L("index"), qint64(index)).key(L("document")).beginObject();
        w.field(L("text"), documents[index]);
        if (!legacy)
            w.nullField(L("multi_modal"));
        w.endObject().field(L("relevance_score"), double(float(scored.scores[index]))).endObject();
    }
    w.endArray().endObject();
    return SimHttp::json(options.dialect, 200, w.data());
}
