#pragma once

#include "mediaformat.h"

#include <QtGlobal>

// What Loquat accepts at attach time, and how large an image it sends. Sizes are checked against
// the file as attached; the edge applies to images only (0 = send images at their own size).
struct MediaLimits {
    static constexpr qint64 kMiB = 1024 * 1024;
    static constexpr int kDefaultMaxImageEdge = 2048;

    qint64 maxImageBytes = 20 * kMiB;
    qint64 maxVideoBytes = 200 * kMiB;
    qint64 maxAudioBytes = 50 * kMiB;
    int maxImageEdge = kDefaultMaxImageEdge; // longest side in pixels after scaling; 0 = off

    qint64 maxBytes(MediaKind kind) const;
    void setMaxBytes(MediaKind kind, qint64 bytes);
    // "2048", or "off" for 0; parseEdge() takes the same (and "0"), false for anything else.
    static QString edgeText(int edge);
    static bool parseEdge(const QString &text, int *edge);
};
