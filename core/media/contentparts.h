#pragma once

#include "attachment.h"

#include <QJsonObject>

// The content parts vLLM reads (protocol notes §7.2): images as `image_url`, video as
// `video_url`, wav/mp3 audio as `input_audio` and other audio as `audio_url`; files travel as
// data: URLs with strict base64, URL references as themselves.
namespace ContentParts {

QJsonObject text(const QString &text);
// The part for one attachment. For a file, `payload` stands where its base64 goes.
QJsonObject media(const Attachment &attachment, const QString &payload);
// What stands for a file's base64 in a recorded request (Message::request): its digest and size,
// never the data itself.
QString recordPayload(const Attachment &attachment);
// Whether the audio travels as input_audio (vLLM takes wav and mp3 there) or as audio_url.
bool isInputAudio(const Attachment &attachment);

} // namespace ContentParts
