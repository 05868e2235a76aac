#pragma once

#include "attachmentstore.h"
#include "contentparts.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

// Replaying a recorded request whose messages had attachments: the record holds placeholders
// (ContentParts::recordPayload) where the files' base64 went, and the files themselves are in
// the content-addressed AttachmentStore. This finds them by digest, so that the replay sends
// the real bytes (ChatRequest::rawFiles → RequestBody), or says which are gone so that nothing
// is sent with a placeholder in place of an image.
namespace ReplayMedia {

// Every recorded file the messages stand for, in order (a file sent twice is listed twice).
QList<ContentParts::RecordedFile> recordedFiles(const QJsonArray &rawMessages);

struct Resolution {
    QHash<QString, QString> files; // sha256 → the stored file, with the recorded size
    QList<ContentParts::RecordedFile> missing;

    bool isComplete() const { return missing.isEmpty(); }
};
// Looks each file up (stat calls only; the bytes are read when sent). Touches the disk: call it
// off the UI thread.
Resolution resolve(const QJsonArray &rawMessages, const AttachmentStore &store);

// One sentence naming what is gone ("The image/png attachment of 1.2 MB (sha256 2cf24dba5fb0…)
// is no longer stored: ...").
QString missingMessage(const QList<ContentParts::RecordedFile> &missing);
// "2 attachments (3.4 MB)": what a copy of the body leaves out.
QString summary(const QList<ContentParts::RecordedFile> &files);

} // namespace ReplayMedia
