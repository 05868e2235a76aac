#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {

void appendHex4(QByteArray &out, uint code)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(code >> shift) & 0xf];
}

} // namespace

QByteArray JsonWriter::quote(QStringView text, Style style)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const bool asciiOnly = style == Style::Python;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (c < 0x20 || (asciiOnly && c >= 0x7f)) {
            // json.dumps escapes each UTF-16 unit, so astral characters become surrogate pairs.
            appendHex4(out, c);
        } else if (c < 0x80) {
            out += char(c);
        } else {
            // Encode a whole code point; a lone surrogate would make invalid UTF-8, so it is
            // escaped like serde_json would refuse to do; it never occurs in generated text.
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out += text.mid(i, 2).toUtf8();
                ++i;
            } else if (QChar::isSurrogate(c)) {
                appendHex4(out, c);
            } else {
                out += text.mid(i, 1).toUtf8();
            }
        }
    }
    out += '"';
    return out;
}

QString JsonWriter::pythonFloat(double number)
{
    if (std::isnan(number))
        return QStringLiteral("nan");
    if (std::isinf(number))
        return number > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    QString text = QString::number(number, 'g', QLocale::FloatingPointShortest);
    // Python switches to exponent notation only from 1e16 (and below 1e-4); Qt's 'g' switches
    // earlier, so integral values are written out in full.
    if (std::abs(number) < 1e16 && number == std::floor(number))
        text = QString::number(number, 'f', 0);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QLatin1String(".0");
    return text;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.isEmpty())
        return;
    if (m_hasItems.last())
        m_out += m_style == Style::Python ? ", " : ",";
    m_hasItems.last() = true;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_hasItems.append(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_hasItems.removeLast();
    m_out += '}';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_hasItems.append(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_hasItems.removeLast();
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1String name)
{
    return key(QString(name));
}

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    m_out += quote(name, m_style);
    m_out += m_style == Style::Python ? ": " : ":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    m_out += quote(text, m_style);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1String text)
{
    return value(QString(text));
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    m_out += pythonFloat(number).toLatin1();
    return *this;
}

JsonWriter &JsonWriter::boolean(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::json(const QJsonValue &any)
{
    switch (any.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return boolean(any.toBool());
    case QJsonValue::Double: {
        const double d = any.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9e15)
            return value(qint64(d));
        return value(d);
    }
    case QJsonValue::String:
        return value(any.toString());
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &item : any.toArray())
            json(item);
        return endArray();
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = any.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            json(it.value());
        }
        return endObject();
    }
    }
    return null();
}
