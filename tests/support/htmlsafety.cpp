#include "htmlsafety.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace {

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags{
        QStringLiteral("p"),      QStringLiteral("br"), QStringLiteral("hr"),    QStringLiteral("code"),
        QStringLiteral("pre"),    QStringLiteral("h1"), QStringLiteral("h2"),    QStringLiteral("h3"),
        QStringLiteral("h4"),     QStringLiteral("h5"), QStringLiteral("h6"),    QStringLiteral("em"),
        QStringLiteral("strong"), QStringLiteral("s"),  QStringLiteral("a"),     QStringLiteral("ul"),
        QStringLiteral("ol"),     QStringLiteral("li"), QStringLiteral("table"), QStringLiteral("tr"),
        QStringLiteral("td"),     QStringLiteral("th"), QStringLiteral("span")};
    return tags;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> attributes{QStringLiteral("href"),        QStringLiteral("class"),
                                          QStringLiteral("style"),       QStringLiteral("width"),
                                          QStringLiteral("cellspacing"), QStringLiteral("cellpadding"),
                                          QStringLiteral("border"),      QStringLiteral("align"),
                                          QStringLiteral("valign"),      QStringLiteral("colspan")};
    return attributes;
}

bool isVoid(const QString &tag)
{
    return tag == QLatin1String("br") || tag == QLatin1String("hr");
}

QString unescape(QString value)
{
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

bool isAllowedLink(const QString &href)
{
    for (const QLatin1String scheme :
         {QLatin1String("http://"), QLatin1String("https://"), QLatin1String("mailto:")}) {
        if (href.startsWith(scheme, Qt::CaseInsensitive) && href.size() > scheme.size())
            return true;
    }
    if (href.startsWith(QLatin1String("loquat-image:"))) {
        // A web image's placeholder: lowercase hex of an http(s) address, checked here on its own.
        const QStringView hex = QStringView(href).mid(13);
        if (hex.isEmpty() || hex.size() % 2 != 0 || !std::all_of(hex.begin(), hex.end(), [](QChar c) {
                return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
            }))
            return false;
        const QString url = QString::fromUtf8(QByteArray::fromHex(hex.toLatin1()));
        return (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) && url.size() > 7) ||
               (url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) && url.size() > 8);
    }
    if (!href.startsWith(QLatin1String("loquat-copy:")))
        return false;
    const QStringView number = QStringView(href).mid(12);
    return !number.isEmpty() &&
           std::all_of(number.begin(), number.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Text between tags: markup characters only as entities.
QString checkText(QStringView text, qsizetype at)
{
    static const QStringList entities{QStringLiteral("&amp;"), QStringLiteral("&lt;"), QStringLiteral("&gt;"),
                                      QStringLiteral("&quot;"), QStringLiteral("&nbsp;")};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'>')
            return QStringLiteral("raw '>' in text at %1").arg(at + i);
        if (text[i] != u'&')
            continue;
        const bool known = std::any_of(entities.begin(), entities.end(),
                                       [&](const QString &e) { return text.mid(i).startsWith(e); });
        if (!known)
            return QStringLiteral("raw '&' in text at %1").arg(at + i);
    }
    return {};
}

} // namespace

QString HtmlSafety::check(const QString &html)
{
    QList<QString> open;
    int linkDepth = 0;
    qsizetype textStart = 0;
    for (qsizetype i = 0; i < html.size();) {
        if (html[i] != u'<') {
            ++i;
            continue;
        }
        if (QString problem = checkText(QStringView(html).mid(textStart, i - textStart), textStart);
            !problem.isEmpty())
            return problem;
        const qsizetype tagStart = i++;
        const bool closing = i < html.size() && html[i] == u'/';
        if (closing)
            ++i;
        QString name;
        while (i < html.size() && (html[i].isLower() || html[i].isDigit()) && html[i].unicode() < 128)
            name += html[i++];
        if (!allowedTags().contains(name))
            return QStringLiteral("tag <%1%2> at %3")
                .arg(closing ? QStringLiteral("/") : QString(), name)
                .arg(tagStart);
        // Attributes: ` name="value"`, values without raw quotes or angle brackets.
        while (!closing && i < html.size() && html[i] == u' ') {
            ++i;
            QString attribute;
            while (i < html.size() && html[i].isLower() && html[i].unicode() < 128)
                attribute += html[i++];
            if (!allowedAttributes().contains(attribute))
                return QStringLiteral("attribute '%1' on <%2> at %3").arg(attribute, name).arg(tagStart);
            if (html.mid(i, 2) != QLatin1String("=\""))
                return QStringLiteral("unquoted attribute '%1' at %2").arg(attribute).arg(tagStart);
            i += 2;
            const qsizetype valueEnd = html.indexOf(u'"', i);
            if (valueEnd < 0)
                return QStringLiteral("unterminated attribute at %1").arg(tagStart);
            const QString raw = html.mid(i, valueEnd - i);
            if (raw.contains(u'<') || raw.contains(u'>'))
                return QStringLiteral("raw markup in attribute at %1").arg(tagStart);
            const QString value = unescape(raw);
            if (attribute == QLatin1String("href") && (name != QLatin1String("a") || !isAllowedLink(value)))
                return QStringLiteral("link '%1' at %2").arg(value).arg(tagStart);
            if (attribute == QLatin1String("style") && value != QLatin1String("list-style-type:none") &&
                value != QLatin1String("white-space:pre-wrap"))
                return QStringLiteral("style '%1' at %2").arg(value).arg(tagStart);
            i = valueEnd + 1;
        }
        if (i >= html.size() || html[i] != u'>')
            return QStringLiteral("malformed tag at %1").arg(tagStart);
        textStart = ++i;
        if (isVoid(name)) {
            if (closing)
                return QStringLiteral("closing void tag at %1").arg(tagStart);
            continue;
        }
        if (!closing) {
            if (name == QLatin1String("a") && linkDepth++ > 0)
                return QStringLiteral("a link inside a link at %1").arg(tagStart);
            open.append(name);
            continue;
        }
        if (open.isEmpty() || open.last() != name)
            return QStringLiteral("</%1> at %2 closes <%3>")
                .arg(name)
                .arg(tagStart)
                .arg(open.value(open.size() - 1));
        if (name == QLatin1String("a"))
            --linkDepth;
        open.removeLast();
    }
    if (QString problem = checkText(QStringView(html).mid(textStart), textStart); !problem.isEmpty())
        return problem;
    if (!open.isEmpty())
        return QStringLiteral("<%1> never closed").arg(open.last());
    return {};
}
