#include "curlcommand.h"

#include <QJsonDocument>

QString CurlCommand::forChat(const QUrl &url, const QJsonObject &body, bool needsKey)
{
    QString command = QStringLiteral("curl -sS");
    if (body.value(QLatin1String("stream")).toBool())
        command += QStringLiteral(" -N"); // print events as they arrive
    // The URL is single-quoted: a quote inside it is closed, escaped and reopened.
    QString shownUrl = url.toString(QUrl::FullyEncoded);
    shownUrl.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    command += QStringLiteral(" '%1' \\\n  -H 'Content-Type: application/json' \\\n").arg(shownUrl);
    if (needsKey)
        command += QStringLiteral("  -H \"Authorization: Bearer $LOQUAT_API_KEY\" \\\n");
    // Compact JSON is one line, so it can never be the delimiter line.
    command += QStringLiteral("  --data-binary @- <<'JSON'\n%1\nJSON\n")
                   .arg(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    return command;
}
