#pragma once

#include "mediaformat.h"

#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QUrl>

// One piece of media in a user message, ready to send: either a file of the exact bytes that go
// to the server (already scaled and re-encoded where that was needed), addressed by its SHA-256,
// or a web URL the server fetches itself.
struct Attachment {
    MediaKind kind = MediaKind::Image;
    QString format;           // MediaFormat id of the bytes sent; empty for a URL whose format is unknown
    QString mimeType;         // of the bytes sent
    QString name;             // what the user attached: the file's name, or the URL
    QString sha256;           // hex digest of the bytes sent (the content address); empty for URLs
    QString filePath;         // where those bytes are; empty for URLs
    QUrl url;                 // a reference the server fetches (http/https); empty for files
    qint64 bytes = 0;         // size of the bytes sent
    qint64 originalBytes = 0; // size of the file as attached
    QSize pixelSize;          // images: as sent
    QSize originalPixelSize;  // images: as attached, after the EXIF orientation
    qint64 durationMs = -1;   // video and audio, when known

    bool isReference() const { return filePath.isEmpty() && !url.isEmpty(); }
    bool wasScaled() const { return pixelSize.isValid() && pixelSize != originalPixelSize; }
    bool operator==(const Attachment &other) const = default;

    // For storage and exports: everything but the local path (the store knows where it is).
    QJsonObject toJson() const;
    static Attachment fromJson(const QJsonObject &object);
};

using AttachmentList = QList<Attachment>;
