#include "curlcommand.h"

#include <QJsonDocument>

namespace {

QString singleQuoted(QString text)
{
    // A quote inside is closed, escaped and reopened.
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// curl, its options, the URL and the headers, up to the body's option.
QString head(const QUrl &url, bool stream, bool needsKey)
{
    QString command = QStringLiteral("curl -sS");
    if (stream)
        command += QStringLiteral(" -N"); // print events as they arrive
    command += QStringLiteral(" %1 \\\n  -H 'Content-Type: application/json' \\\n")
                   .arg(singleQuoted(url.toString(QUrl::FullyEncoded)));
    if (needsKey)
        command += QStringLiteral("  -H \"Authorization: Bearer $LOQUAT_API_KEY\" \\\n");
    return command;
}

} // namespace

QString CurlCommand::forChat(const QUrl &url, const QJsonObject &body, bool needsKey)
{
    // Compact JSON is one line, so it can never be the delimiter line.
    return head(url, body.value(QLatin1String("stream")).toBool(), needsKey) +
           QStringLiteral("  --data-binary @- <<'JSON'\n%1\nJSON\n")
               .arg(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QString CurlCommand::forChatFile(const QUrl &url, const QString &bodyPath, bool stream, bool needsKey)
{
    return head(url, stream, needsKey) + QStringLiteral("  --data-binary @%1\n").arg(singleQuoted(bodyPath));
}
