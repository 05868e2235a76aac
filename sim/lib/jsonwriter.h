#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>

// Writes JSON with keys in the order they are given. vLLM's wire format depends on key order
// (pydantic serialises fields in declaration order) and QJsonObject sorts keys, so chunks are
// written by hand through this class.
//
// Two styles: Compact is pydantic's model_dump_json (no spaces, non-ASCII raw UTF-8), used for
// every chunk and body; Python is json.dumps' default (", " and ": ", non-ASCII as \uXXXX), which
// vLLM uses for in-stream error events.
class JsonWriter final {
public:
    enum class Style { Compact, Python };

    explicit JsonWriter(Style style = Style::Compact)
        : m_style(style)
    {}

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1String name);
    JsonWriter &key(const QString &name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(QLatin1String text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &boolean(bool flag);
    JsonWriter &null();
    // Any parsed JSON value (objects keep QJsonObject's sorted key order).
    JsonWriter &json(const QJsonValue &any);

    // key + value in one call.
    template<typename T> JsonWriter &field(QLatin1String name, const T &v)
    {
        key(name);
        return value(v);
    }
    JsonWriter &nullField(QLatin1String name) { return key(name).null(); }
    JsonWriter &boolField(QLatin1String name, bool flag) { return key(name).boolean(flag); }

    const QByteArray &data() const { return m_out; }

    // JSON string literal (with quotes) in the given style.
    static QByteArray quote(QStringView text, Style style);
    // Python's repr() of a float: shortest round-trip digits, always with a fraction or exponent.
    static QString pythonFloat(double number);

private:
    void separate(); // comma before a value or key, unless first in its container or after a key

    QByteArray m_out;
    QList<bool> m_hasItems; // per open container: whether something was written into it
    Style m_style;
    bool m_afterKey = false;
};
