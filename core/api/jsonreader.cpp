#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <charconv>

namespace {

// Deeper documents are not chat chunks; the limit keeps recursion off the stack's edge.
constexpr int kMaxDepth = 256;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char16_t readHex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i)
        value = value * 16 + hexValue(p[i]);
    return char16_t(value);
}

void appendUtf8(QString &out, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    // UTF-8 never needs more UTF-16 units than bytes; decode in place, then trim.
    const qsizetype old = out.size();
    out.resize(old + bytes.size());
    // Most tokens are ASCII: widen them directly, and only hand the rest to the UTF-8 decoder.
    QChar *dst = out.data() + old;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end && static_cast<unsigned char>(*p) < 0x80)
        *dst++ = QLatin1Char(*p++);
    if (p < end) {
        // Stateless: each run is complete; ConvertInitialBom: a U+FEFF inside the text is content.
        QStringDecoder decoder(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        dst = decoder.appendToBuffer(dst, QByteArrayView(p, end - p));
    }
    out.resize(dst - out.constData());
}

// Decodes the raw contents of a string token that scanString() has validated.
void decodeString(QString &out, QByteArrayView raw, bool escaped)
{
    if (!escaped) {
        appendUtf8(out, raw);
        return;
    }
    const char *p = raw.data();
    const char *const end = p + raw.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        appendUtf8(out, QByteArrayView(run, p - run));
        if (p == end)
            break;
        const char c = p[1];
        p += 2;
        switch (c) {
        case 'b':
            out.append(QChar(u'\b'));
            break;
        case 'f':
            out.append(QChar(u'\f'));
            break;
        case 'n':
            out.append(QChar(u'\n'));
            break;
        case 'r':
            out.append(QChar(u'\r'));
            break;
        case 't':
            out.append(QChar(u'\t'));
            break;
        case 'u': {
            const char16_t unit = readHex4(p);
            p += 4;
            if (QChar::isHighSurrogate(unit) && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const char16_t low = readHex4(p + 2);
                if (QChar::isLowSurrogate(low)) {
                    out.append(QChar(unit));
                    out.append(QChar(low));
                    p += 6;
                    break;
                }
            }
            // A lone surrogate is not text: it becomes the replacement character.
            out.append(QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit));
            break;
        }
        default:
            out.append(QLatin1Char(c));
            break; // " \ /
        }
    }
}

} // namespace

JsonReader::JsonReader(QByteArrayView text)
    : m_pos(text.data())
    , m_end(text.data() + text.size())
{
    if (!m_pos)
        m_pos = m_end = "";
}

void JsonReader::fail()
{
    m_failed = true;
    m_pos = m_end;
}

void JsonReader::skipWhitespace()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
        ++m_pos;
}

JsonReader::Type JsonReader::peek()
{
    skipWhitespace();
    if (m_pos == m_end)
        return Type::Invalid;
    switch (*m_pos) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        return *m_pos == '-' || isDigit(*m_pos) ? Type::Number : Type::Invalid;
    }
}

bool JsonReader::enterObject()
{
    if (peek() != Type::Object) {
        fail();
        return false;
    }
    ++m_pos;
    m_afterOpen = true;
    return true;
}

bool JsonReader::enterArray()
{
    if (peek() != Type::Array) {
        fail();
        return false;
    }
    ++m_pos;
    m_afterOpen = true;
    return true;
}

bool JsonReader::nextMember(QByteArrayView &key)
{
    if (m_failed)
        return false;
    skipWhitespace();
    if (m_pos < m_end && *m_pos == '}') {
        ++m_pos;
        m_afterOpen = false;
        return false;
    }
    if (!m_afterOpen) {
        if (m_pos == m_end || *m_pos != ',') {
            fail();
            return false;
        }
        ++m_pos;
        skipWhitespace();
    }
    m_afterOpen = false;
    QByteArrayView raw;
    bool escaped = false;
    if (m_pos == m_end || *m_pos != '"' || !scanString(raw, escaped))
        return fail(), false;
    if (escaped) {
        if (!decodeKey(raw, key))
            return false;
    } else {
        key = raw;
    }
    skipWhitespace();
    if (m_pos == m_end || *m_pos != ':')
        return fail(), false;
    ++m_pos;
    return true;
}

bool JsonReader::decodeKey(QByteArrayView raw, QByteArrayView &key)
{
    QString decoded;
    decodeString(decoded, raw, true);
    m_keyBuffer = decoded.toUtf8();
    key = m_keyBuffer;
    return true;
}

bool JsonReader::nextElement()
{
    if (m_failed)
        return false;
    skipWhitespace();
    if (m_pos < m_end && *m_pos == ']') {
        ++m_pos;
        m_afterOpen = false;
        return false;
    }
    if (!m_afterOpen) {
        if (m_pos == m_end || *m_pos != ',')
            return fail(), false;
        ++m_pos;
    }
    m_afterOpen = false;
    return true;
}

bool JsonReader::scanString(QByteArrayView &raw, bool &escaped)
{
    // m_pos is at the opening quote.
    const char *p = m_pos + 1;
    const char *const start = p;
    escaped = false;
    for (;;) {
        while (p < m_end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        if (p == m_end || static_cast<unsigned char>(*p) < 0x20)
            return fail(), false; // unterminated, or a raw control character
        if (*p == '"')
            break;
        escaped = true;
        if (m_end - p < 2)
            return fail(), false;
        switch (p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            p += 2;
            break;
        case 'u':
            if (m_end - p < 6 || hexValue(p[2]) < 0 || hexValue(p[3]) < 0 || hexValue(p[4]) < 0 ||
                hexValue(p[5]) < 0)
                return fail(), false;
            p += 6;
            break;
        default:
            return fail(), false;
        }
    }
    raw = QByteArrayView(start, p - start);
    m_pos = p + 1;
    return true;
}

bool JsonReader::scanNumber(QByteArrayView &raw, bool &integral)
{
    const char *p = m_pos;
    integral = true;
    if (p < m_end && *p == '-')
        ++p;
    if (p == m_end || !isDigit(*p))
        return fail(), false;
    if (*p == '0')
        ++p; // no leading zeros
    else
        while (p < m_end && isDigit(*p))
            ++p;
    if (p < m_end && *p == '.') {
        integral = false;
        ++p;
        if (p == m_end || !isDigit(*p))
            return fail(), false;
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integral = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p == m_end || !isDigit(*p))
            return fail(), false;
        while (p < m_end && isDigit(*p))
            ++p;
    }
    raw = QByteArrayView(m_pos, p - m_pos);
    m_pos = p;
    return true;
}

bool JsonReader::scanLiteral(const char *word, qsizetype length)
{
    if (m_end - m_pos < length || QByteArrayView(m_pos, length) != QByteArrayView(word, length))
        return fail(), false;
    m_pos += length;
    return true;
}

bool JsonReader::readString(QString &out, bool append)
{
    if (!append)
        out.resize(0); // keeps the capacity: the reader's buffers are reused chunk after chunk
    QByteArrayView raw;
    bool escaped = false;
    if (peek() != Type::String || !scanString(raw, escaped))
        return fail(), false;
    decodeString(out, raw, escaped);
    return true;
}

bool JsonReader::readInteger(qint64 &out)
{
    QByteArrayView raw;
    bool integral = false;
    if (peek() != Type::Number || !scanNumber(raw, integral))
        return fail(), false;
    if (integral) {
        const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), out);
        if (ec == std::errc())
            return true;
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    // Outside qint64's range the cast is undefined: such a number is as unreadable as 1e400.
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (ec != std::errc() || !(value >= -kLimit && value < kLimit))
        return fail(), false;
    out = qint64(value);
    return true;
}

bool JsonReader::readDouble(double &out)
{
    QByteArrayView raw;
    bool integral = false;
    if (peek() != Type::Number || !scanNumber(raw, integral))
        return fail(), false;
    const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), out);
    if (ec != std::errc())
        return fail(), false;
    return true;
}

bool JsonReader::readNull()
{
    if (peek() != Type::Null)
        return false;
    return scanLiteral("null", 4);
}

void JsonReader::skipValue()
{
    skipValue(0);
}

void JsonReader::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail();
    QByteArrayView raw;
    bool flag = false;
    switch (peek()) {
    case Type::Object: {
        ++m_pos;
        m_afterOpen = true;
        QByteArrayView key;
        while (nextMember(key))
            skipValue(depth + 1);
        return;
    }
    case Type::Array:
        ++m_pos;
        m_afterOpen = true;
        while (nextElement())
            skipValue(depth + 1);
        return;
    case Type::String:
        scanString(raw, flag);
        return;
    case Type::Number:
        scanNumber(raw, flag);
        return;
    case Type::Bool:
        (*m_pos == 't' ? scanLiteral("true", 4) : scanLiteral("false", 5));
        return;
    case Type::Null:
        scanLiteral("null", 4);
        return;
    case Type::Invalid:
        fail();
        return;
    }
}

QJsonValue JsonReader::readValue()
{
    return readValue(0);
}

QJsonValue JsonReader::readValue(int depth)
{
    if (depth > kMaxDepth)
        return fail(), QJsonValue(QJsonValue::Undefined);
    switch (peek()) {
    case Type::Object: {
        ++m_pos;
        m_afterOpen = true;
        QJsonObject object;
        QByteArrayView key;
        while (nextMember(key)) {
            const QString name = QString::fromUtf8(key);
            object.insert(name, readValue(depth + 1));
        }
        return m_failed ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object);
    }
    case Type::Array: {
        ++m_pos;
        m_afterOpen = true;
        QJsonArray array;
        while (nextElement())
            array.append(readValue(depth + 1));
        return m_failed ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
    }
    case Type::String: {
        QString text;
        return readString(text) ? QJsonValue(text) : QJsonValue(QJsonValue::Undefined);
    }
    case Type::Number: {
        QByteArrayView raw;
        bool integral = false;
        if (!scanNumber(raw, integral))
            return QJsonValue(QJsonValue::Undefined);
        qint64 whole = 0;
        if (integral) {
            const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), whole);
            if (ec == std::errc())
                return QJsonValue(whole);
        }
        double value = 0;
        std::from_chars(raw.data(), raw.data() + raw.size(), value);
        return QJsonValue(value);
    }
    case Type::Bool:
        if (*m_pos == 't')
            return scanLiteral("true", 4) ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined);
        return scanLiteral("false", 5) ? QJsonValue(false) : QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return scanLiteral("null", 4) ? QJsonValue() : QJsonValue(QJsonValue::Undefined);
    case Type::Invalid:
        break;
    }
    fail();
    return QJsonValue(QJsonValue::Undefined);
}

bool JsonReader::finish()
{
    skipWhitespace();
    return !m_failed && m_pos == m_end;
}
