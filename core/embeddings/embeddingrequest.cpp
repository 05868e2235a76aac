#include "embeddingrequest.h"

#include <QJsonArray>

QJsonObject EmbeddingRequest::toJson() const
{
    QJsonObject body;
    if (!model.isEmpty())
        body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("input"), QJsonArray::fromStringList(inputs));
    if (encoding == Encoding::Base64) {
        body.insert(QStringLiteral("encoding_format"), QStringLiteral("base64"));
        // "native" is little-endian on every usual server; saying so makes a big-endian one
        // answer in the order the decoder reads. Servers that predate the field ignore it.
        body.insert(QStringLiteral("endianness"), QStringLiteral("little"));
    } else {
        body.insert(QStringLiteral("encoding_format"), QStringLiteral("float"));
    }
    if (dimensions > 0)
        body.insert(QStringLiteral("dimensions"), dimensions);
    if (truncate)
        body.insert(QStringLiteral("truncate_prompt_tokens"),
                    truncatePromptTokens > 0 ? truncatePromptTokens : -1);
    return body;
}
