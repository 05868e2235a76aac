#pragma once

#include "simconnection.h"
#include "simoptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The multimodal side of vLLM's chat preprocessing, as the simulator does it: every media part of
// every message is checked (part type, URL scheme, data: URL form, strict base64), counted per
// modality against the model's modalities and --limit-mm-per-prompt, and decoded, so that the
// vision model can describe exactly what arrived. Shares no code with the client on purpose.
namespace SimMedia {

struct Item {
    QString modality; // image, video, audio
    QString partType; // image_url, video_url, input_audio, audio_url
    QString url;      // remote URL (not fetched); empty for data
    QString mimeType; // from the data: URL (input_audio: audio/<format>)
    QByteArray data;  // decoded bytes
};

struct Result {
    std::optional<SimResponse> error;
    QList<Item> items;
};

Result collect(const QJsonObject &body, const SimOptions &options, const SimModelCard &card);
// One numbered line per item: what it is, its size, its SHA-256 and, for images, the colours of
// its four corners (top-left, top-right, bottom-left, bottom-right), so a test can tell how the
// client scaled and turned it.
QString describe(const QList<Item> &items);
// The limit vLLM enforces for a modality on this card: the card's own maximum (0 when it does
// not take the modality), lowered by --limit-mm-per-prompt.
int limitFor(const SimOptions &options, const SimModelCard &card, const QString &modality);
// Parses --limit-mm-per-prompt: '{"image":2,"video":1}' or image=2,video=1.
bool parseLimits(const QString &text, QMap<QString, int> *limits);

} // namespace SimMedia
