#include "textimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TextImport", text);
}

bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// The delimiter that occurs most often outside quotes on the first line.
QChar guessDelimiter(QStringView text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

bool looksLikeHeader(const QStringList &fields)
{
    QSet<QString> seen;
    for (const QString &field : fields) {
        const QString name = field.trimmed();
        bool number = false;
        name.toDouble(&number);
        if (name.isEmpty() || number || name.size() > 64 || seen.contains(name))
            return false;
        seen.insert(name);
    }
    return !fields.isEmpty();
}

QString fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

TextImport::Format TextImport::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::Jsonl;
    return Format::Text;
}

TextImport::Decoded TextImport::decode(QByteArrayView bytes)
{
    Decoded decoded;
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    if (bytes.startsWith("\xff\xfe"))
        encoding = QStringDecoder::Utf16LE;
    else if (bytes.startsWith("\xfe\xff"))
        encoding = QStringDecoder::Utf16BE;
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    decoded.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        decoded.text.clear();
        decoded.error = tr("The file is not UTF-8 text.");
        return decoded;
    }
    if (decoded.text.startsWith(QChar(0xfeff)))
        decoded.text.remove(0, 1);
    return decoded;
}

QList<TextImport::Entry> TextImport::parseLines(const QString &text)
{
    QList<Entry> out;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString value = line.toString();
        if (!isBlank(value))
            out.append(Entry{QString(), value});
    }
    return out;
}

TextImport::Table TextImport::parseCsv(const QString &text, QString *error)
{
    Table table;
    table.delimiter = guessDelimiter(text);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == table.delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            record.append(field);
            field.clear();
            fieldStarted = false;
            if (!(record.size() == 1 && record.first().isEmpty()))
                records.append(record);
            record.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("The CSV file ends inside a quoted field (a missing closing quote).");
        return {};
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    if (records.isEmpty()) {
        if (error)
            *error = tr("The CSV file holds no records.");
        return {};
    }
    qsizetype width = 0;
    for (const QStringList &r : std::as_const(records))
        width = std::max(width, r.size());
    table.headerRow = records.size() > 1 && looksLikeHeader(records.first());
    for (qsizetype c = 0; c < width; ++c) {
        const QString name = table.headerRow ? records.first().value(c).trimmed() : QString();
        table.columns.append(name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
    }
    for (qsizetype r = table.headerRow ? 1 : 0; r < records.size(); ++r) {
        QStringList row = records[r];
        while (row.size() < width)
            row.append(QString());
        table.rows.append(row);
    }
    if (error)
        error->clear();
    return table;
}

TextImport::Table TextImport::parseJsonl(const QString &text, QString *error)
{
    Table table;
    QList<QJsonObject> objects;
    qsizetype lineNumber = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (isBlank(line.toString()))
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            table.problems.append(tr("Line %1 is not a JSON object.").arg(lineNumber));
            continue;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!table.columns.contains(it.key()))
                table.columns.append(it.key());
        }
        objects.append(object);
    }
    if (objects.isEmpty()) {
        if (error)
            *error = table.problems.isEmpty() ? tr("The file holds no JSON objects.")
                                              : tr("No line of the file is a JSON object.");
        return {};
    }
    for (const QJsonObject &object : std::as_const(objects)) {
        QStringList row;
        for (const QString &column : std::as_const(table.columns))
            row.append(fieldText(object.value(column)));
        table.rows.append(row);
    }
    if (error)
        error->clear();
    return table;
}

QList<TextImport::Entry> TextImport::entries(const Table &table, int textColumn, int labelColumn)
{
    QList<Entry> out;
    if (textColumn < 0 || textColumn >= table.columns.size())
        return out;
    for (const QStringList &row : table.rows) {
        const QString text = row.value(textColumn);
        if (isBlank(text))
            continue;
        out.append(Entry{labelColumn >= 0 ? row.value(labelColumn).trimmed() : QString(), text});
    }
    return out;
}

int TextImport::guessTextColumn(const Table &table)
{
    int best = table.columns.isEmpty() ? -1 : 0;
    double bestLength = -1;
    for (int c = 0; c < table.columns.size(); ++c) {
        double total = 0;
        for (const QStringList &row : table.rows)
            total += double(row.value(c).size());
        const double average = table.rows.isEmpty() ? 0 : total / double(table.rows.size());
        if (average > bestLength) {
            bestLength = average;
            best = c;
        }
    }
    return best;
}
