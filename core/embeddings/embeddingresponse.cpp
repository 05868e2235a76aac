#include "embeddingresponse.h"

#include "embeddingdecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EmbeddingResponse", text);
}

} // namespace

EmbeddingResponse EmbeddingResponse::parse(QByteArrayView body, int expectedCount)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        EmbeddingResponse response;
        response.error = tr("The answer is not a JSON object.");
        return response;
    }
    return parse(doc.object(), expectedCount);
}

EmbeddingResponse EmbeddingResponse::parse(const QJsonObject &object, int expectedCount)
{
    EmbeddingResponse response;
    response.model = object.value(QLatin1String("model")).toString();
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    response.usage.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInteger(-1);
    response.usage.totalTokens = usage.value(QLatin1String("total_tokens")).toInteger(-1);
    response.usage.completionTokens = usage.value(QLatin1String("completion_tokens")).toInteger(-1);

    const QJsonValue dataValue = object.value(QLatin1String("data"));
    if (!dataValue.isArray()) {
        response.error = tr("The answer has no `data` list of vectors.");
        return response;
    }
    const QJsonArray data = dataValue.toArray();
    if (data.size() != expectedCount) {
        response.error = tr("The server sent %1 vectors for %2 texts.").arg(data.size()).arg(expectedCount);
        return response;
    }
    response.vectors.resize(expectedCount);
    QList<bool> seen(expectedCount, false);
    qsizetype dimension = -1;
    for (qsizetype position = 0; position < data.size(); ++position) {
        const QJsonObject item = data.at(position).toObject();
        // Without an index (some proxies) the list order is the input order. A number that is
        // no whole qint64 (1e300, 0.5) is no index: refused below, never cast (undefined behaviour).
        const QJsonValue indexValue = item.value(QLatin1String("index"));
        const qint64 index = indexValue.isDouble() ? indexValue.toInteger(-1) : position;
        if (index < 0 || index >= expectedCount || seen[index]) {
            response.error = tr("The answer's vector indexes do not match the texts sent.");
            return response;
        }
        seen[index] = true;
        const QJsonValue embedding = item.value(QLatin1String("embedding"));
        QList<float> values;
        bool finite = true;
        if (embedding.isString()) {
            const QByteArray text = embedding.toString().toLatin1();
            EmbeddingDecoder::Result decoded = EmbeddingDecoder::decodeBase64Float32(text);
            if (!decoded.ok()) {
                response.error = decoded.error;
                return response;
            }
            finite = decoded.nonFiniteCount == 0;
            values = std::move(decoded.values);
        } else if (embedding.isArray()) {
            const QJsonArray numbers = embedding.toArray();
            values.reserve(numbers.size());
            for (const QJsonValue &number : numbers) {
                if (number.isNull()) {
                    // llama.cpp (nlohmann::json) writes NaN and infinity as null.
                    finite = false;
                    values.append(std::numeric_limits<float>::quiet_NaN());
                    continue;
                }
                if (!number.isDouble()) {
                    response.error = tr("A vector holds something other than numbers.");
                    return response;
                }
                const float value = float(number.toDouble());
                finite = finite && std::isfinite(value);
                values.append(value);
            }
        } else {
            response.error = tr("An answer item has no `embedding`.");
            return response;
        }
        if (values.isEmpty()) {
            response.error = tr("The server sent an empty vector.");
            return response;
        }
        if (dimension >= 0 && values.size() != dimension) {
            response.error = tr("The server sent vectors of different lengths (%1 and %2).")
                                 .arg(dimension)
                                 .arg(values.size());
            return response;
        }
        dimension = values.size();
        if (!finite)
            response.nonFinite.append(int(index));
        response.vectors[index] = std::move(values);
    }
    std::sort(response.nonFinite.begin(), response.nonFinite.end());
    return response;
}
