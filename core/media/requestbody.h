#pragma once

#include "api/chatrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One piece of a request body: literal bytes, or a file that goes in as base64.
struct BodySegment {
    QByteArray bytes;
    QString filePath;
    qint64 fileBytes = 0;

    bool isFile() const { return !filePath.isEmpty(); }
    qint64 encodedSize() const; // its length in the body
};

// The body of a chat request whose messages carry files, cut into segments so that no file is
// ever read whole: the JSON around the files is written once, each file's base64 is produced
// as the network asks for it (StreamedBody). The JSON is assembled by hand around the parts
// rather than searched for placeholders, so nothing the user typed can ever be mistaken for one.
namespace RequestBody {

// True when some message has an attachment backed by a file.
bool hasFiles(const ChatRequest &request);
QList<BodySegment> segments(const ChatRequest &request);
// The whole body in memory (for tests and small requests); the same bytes StreamedBody yields.
QByteArray assemble(const QList<BodySegment> &segments);
// Every file is still there with the size it had when attached; else a sentence naming it.
QString checkFiles(const ChatRequest &request);

} // namespace RequestBody
