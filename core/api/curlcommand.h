#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// A request as a shell command a person can paste: curl with the JSON body in a quoted here-doc
// (no escaping to get wrong). The API key is never written out: with `needsKey` the command reads
// it from $LOQUAT_API_KEY at run time.
namespace CurlCommand {

QString forChat(const QUrl &chatCompletionsUrl, const QJsonObject &body, bool needsKey);
// The same request with its body read from a file (a body too big to paste: attachments' data).
QString forChatFile(const QUrl &chatCompletionsUrl, const QString &bodyPath, bool stream, bool needsKey);

} // namespace CurlCommand
