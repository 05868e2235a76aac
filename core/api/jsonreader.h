#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

// A strict, allocation-light pull reader for one JSON text held as UTF-8 bytes (RFC 8259 syntax,
// nesting limited). It exists for the per-token path: the stream accumulator walks every chunk with
// it, decodes only the strings it keeps (straight into reused buffers) and skips the rest, which
// QJsonDocument cannot do. Any syntax error puts the reader into the failed state, after which
// every call returns false/empty; check failed() (or finish()) before trusting what was read.
class JsonReader final {
public:
    enum class Type { Invalid, Object, Array, String, Number, Bool, Null };

    explicit JsonReader(QByteArrayView text);

    bool failed() const { return m_failed; }
    Type peek();

    // Objects: enterObject(), then `while (nextMember(key)) { read or skip the value }`.
    bool enterObject();
    bool nextMember(QByteArrayView &key); // false at the closing brace (or on failure)
    // Arrays: enterArray(), then `while (nextElement()) { read or skip the element }`.
    bool enterArray();
    bool nextElement();

    bool readString(QString &out, bool append = false); // decodes escapes and UTF-8
    bool readInteger(qint64 &out);                      // an integral number
    bool readDouble(double &out);                       // any number
    bool readNull();                                    // consumes `null` when it is next
    QJsonValue readValue();                             // any value, built as a QJsonValue
    void skipValue();
    // True when the whole text was one well-formed value followed only by whitespace.
    bool finish();

private:
    void fail();
    void skipWhitespace();
    bool scanString(QByteArrayView &raw, bool &escaped);
    bool scanNumber(QByteArrayView &raw, bool &integral);
    bool scanLiteral(const char *word, qsizetype length);
    void skipValue(int depth);
    QJsonValue readValue(int depth);
    bool decodeKey(QByteArrayView raw, QByteArrayView &key);

    const char *m_pos;
    const char *m_end;
    bool m_failed = false;
    bool m_afterOpen = false; // just entered a container: no comma before its first item
    QByteArray m_keyBuffer;   // a key that contained escapes, decoded
};
