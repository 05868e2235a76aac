#include "embeddingsetfile.h"

#include "embeddingdecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kFormat = QStringLiteral("loquat-embeddings");

QString tr(const char *text)
{
    return QCoreApplication::translate("EmbeddingSetFile", text);
}

} // namespace

QByteArray EmbeddingSetFile::write(const Contents &contents)
{
    QJsonObject settings{
        {QStringLiteral("server"), contents.settings.server.toString()},
        {QStringLiteral("profile"), contents.settings.profileName},
        {QStringLiteral("model"), contents.settings.model},
        {QStringLiteral("dimensions"), contents.settings.dimensions},
        {QStringLiteral("truncate"), contents.settings.truncate},
        {QStringLiteral("truncate_prompt_tokens"), contents.settings.truncateTokens},
    };
    QJsonArray items;
    for (const EmbeddingItem &item : contents.items) {
        QJsonObject object{{QStringLiteral("label"), item.label}, {QStringLiteral("text"), item.text}};
        if (!item.vector.isEmpty())
            object.insert(QStringLiteral("vector"),
                          QString::fromLatin1(EmbeddingDecoder::encodeBase64Float32(item.vector)));
        if (!item.error.isEmpty())
            object.insert(QStringLiteral("error"), item.error);
        if (item.nonFinite)
            object.insert(QStringLiteral("non_finite"), true);
        items.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("vector_encoding"), QStringLiteral("base64-float32-le")},
        {QStringLiteral("items"), items},
        {QStringLiteral("query"), contents.query},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool EmbeddingSetFile::read(const QByteArray &bytes, Contents &contents, QString *error)
{
    contents = {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QLatin1String("format")).toString() != kFormat) {
        if (error)
            *error = tr("This is not a Loquat embeddings set.");
        return false;
    }
    const int version = root.value(QLatin1String("version")).toInt();
    if (version < 1 || version > kVersion) {
        if (error)
            *error = tr("The set was saved by a newer Loquat (format version %1).").arg(version);
        return false;
    }
    const QJsonObject settings = root.value(QLatin1String("settings")).toObject();
    contents.settings.server = QUrl(settings.value(QLatin1String("server")).toString());
    contents.settings.profileName = settings.value(QLatin1String("profile")).toString();
    contents.settings.model = settings.value(QLatin1String("model")).toString();
    contents.settings.dimensions = settings.value(QLatin1String("dimensions")).toInt();
    contents.settings.truncate = settings.value(QLatin1String("truncate")).toBool();
    contents.settings.truncateTokens = settings.value(QLatin1String("truncate_prompt_tokens")).toInt(-1);
    contents.query = root.value(QLatin1String("query")).toString();
    qsizetype dimension = -1;
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject object = items.at(i).toObject();
        EmbeddingItem item;
        item.label = object.value(QLatin1String("label")).toString();
        item.text = object.value(QLatin1String("text")).toString();
        item.error = object.value(QLatin1String("error")).toString();
        item.nonFinite = object.value(QLatin1String("non_finite")).toBool();
        const QJsonValue vector = object.value(QLatin1String("vector"));
        if (vector.isString()) {
            EmbeddingDecoder::Result decoded =
                EmbeddingDecoder::decodeBase64Float32(vector.toString().toLatin1());
            if (!decoded.ok() || decoded.values.isEmpty() ||
                (dimension >= 0 && decoded.values.size() != dimension)) {
                if (error)
                    *error = tr("The vector of text %1 in the set is damaged.").arg(i + 1);
                return false;
            }
            dimension = decoded.values.size();
            item.nonFinite = item.nonFinite || decoded.nonFiniteCount > 0;
            item.vector = std::move(decoded.values);
        }
        contents.items.append(item);
    }
    if (error)
        error->clear();
    return true;
}
