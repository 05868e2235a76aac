#include "vectorexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <charconv>
#include <cmath>

namespace {

QList<const EmbeddingItem *> exportable(const QList<EmbeddingItem> &items)
{
    QList<const EmbeddingItem *> out;
    for (const EmbeddingItem &item : items) {
        if (item.hasVector())
            out.append(&item);
    }
    return out;
}

} // namespace

QByteArray VectorExport::formatFloat(float value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("nan");
    char buffer[32];
    const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, value);
    const QByteArray text(buffer, int(result.ptr - buffer));
    // JSON readers (Qt's, Python's) read "-0" as the integer 0 and lose the sign.
    return text == "-0" ? QByteArrayLiteral("-0.0") : text;
}

QByteArray VectorExport::csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray VectorExport::vectorsCsv(const QList<EmbeddingItem> &items)
{
    const QList<const EmbeddingItem *> rows = exportable(items);
    const qsizetype dims = rows.isEmpty() ? 0 : rows.first()->vector.size();
    QByteArray out = "label,text";
    for (qsizetype d = 0; d < dims; ++d)
        out += ",d" + QByteArray::number(d);
    out += '\n';
    for (const EmbeddingItem *item : rows) {
        out += csvField(item->label) + ',' + csvField(item->text);
        for (float value : item->vector)
            out += ',' + formatFloat(value);
        out += '\n';
    }
    return out;
}

QByteArray VectorExport::vectorsJson(const QList<EmbeddingItem> &items, const ComputeSettings &settings)
{
    // Written by hand: QJsonDocument prints doubles with 17 digits, which would not read back as
    // the same text (and is twice the size).
    const QList<const EmbeddingItem *> rows = exportable(items);
    const auto quoted = [](const QString &text) {
        QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return json.mid(1, json.size() - 2); // the string literal inside ["..."]
    };
    QByteArray out = "{\n  \"model\": " + quoted(settings.model) +
                     ",\n  \"server\": " + quoted(settings.server.toString()) + ",\n  \"dimensions\": " +
                     QByteArray::number(rows.isEmpty() ? 0 : rows.first()->vector.size()) +
                     ",\n  \"count\": " + QByteArray::number(rows.size()) + ",\n  \"items\": [";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        out += i == 0 ? "\n    {\"label\": " : ",\n    {\"label\": ";
        out += quoted(rows[i]->label) + ", \"text\": " + quoted(rows[i]->text) + ", \"embedding\": [";
        for (qsizetype d = 0; d < rows[i]->vector.size(); ++d) {
            if (d > 0)
                out += ", ";
            out += formatFloat(rows[i]->vector[d]);
        }
        out += "]}";
    }
    out += rows.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

QByteArray VectorExport::vectorsNpy(const QList<EmbeddingItem> &items)
{
    const QList<const EmbeddingItem *> rows = exportable(items);
    const qsizetype dims = rows.isEmpty() ? 0 : rows.first()->vector.size();
    QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
                        QByteArray::number(rows.size()) + ", " + QByteArray::number(dims) + "), }";
    // Magic (6) + version (2) + length (2) + header, padded with spaces so that the data starts on
    // a 64-byte boundary, ending in a newline.
    const qsizetype unpadded = 10 + header.size() + 1;
    header += QByteArray((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    char length[2];
    qToLittleEndian(quint16(header.size()), length);
    out.append(length, 2);
    out += header;
    for (const EmbeddingItem *item : rows) {
        char bytes[4];
        for (float value : item->vector) {
            qToLittleEndian(value, bytes);
            out.append(bytes, 4);
        }
    }
    return out;
}

QByteArray VectorExport::similarityCsv(const QStringList &labels, const SimilarityMatrix &similarity)
{
    QByteArray out = "label";
    for (const QString &label : labels)
        out += ',' + csvField(label);
    out += '\n';
    for (int i = 0; i < similarity.size; ++i) {
        out += csvField(labels.value(i));
        for (int j = 0; j < similarity.size; ++j)
            out += ',' + formatFloat(similarity.at(i, j));
        out += '\n';
    }
    return out;
}
