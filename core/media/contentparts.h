#pragma once

#include "attachment.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

// The content parts vLLM reads (protocol notes §7.2): images as `image_url`, video as
// `video_url`, wav/mp3 audio as `input_audio` and other audio as `audio_url`; files travel as
// data: URLs with strict base64, URL references as themselves.
namespace ContentParts {

QJsonObject text(const QString &text);
// The text of a message's OpenAI `content`: the string itself, or its text parts joined by
// newlines (media parts left out).
QString textOf(const QJsonValue &content);
// The part for one attachment. For a file, `payload` stands where its base64 goes.
QJsonObject media(const Attachment &attachment, const QString &payload);
// What stands for a file's base64 in a recorded request (Message::request): its digest and size,
// never the data itself.
QString recordPayload(const Attachment &attachment);

// A file a recorded part stands for (replay puts its bytes back from the attachment store).
struct RecordedFile {
    QString sha256;
    qint64 bytes = 0;
    QString mimeType; // from the part's data: URL; empty for input_audio
    QString format;   // input_audio's format; empty for the URL parts
};
// The file a recorded media part (image_url, video_url, audio_url with a data: URL, or
// input_audio) stands for with a recordPayload; nullopt for any other part, text included:
// only the payload's exact place is read, so no text the user typed can pose as one.
std::optional<RecordedFile> recordedFile(const QJsonObject &part);
// The same part with `payload` where its recordPayload stood.
QJsonObject withPayload(const QJsonObject &part, const QString &payload);
// Whether the audio travels as input_audio (vLLM takes wav and mp3 there) or as audio_url.
bool isInputAudio(const Attachment &attachment);

} // namespace ContentParts
