#pragma once

#include "media/medialimits.h"

#include <QString>

// The largest file a person may attach, per kind, as set in Edit → Preferences and kept in
// QSettings (attachments/maxImageMB, maxVideoMB, maxAudioMB, in MiB). One place knows the keys,
// the defaults (MediaLimits': 20, 200 and 50 MB) and the ranges, so the dialog and the composer
// agree; the composer reads them at every attach, so a change applies to the next file.
class AttachmentSizeLimits final {
public:
    static constexpr int kMinMB = 1;

    static QString settingsKey(MediaKind kind);
    static int defaultMB(MediaKind kind);
    // The largest value the dialog offers: well above the defaults, below what a request can carry.
    static int maxMB(MediaKind kind);
    // The value in force: the setting when it is in range, otherwise the default.
    static int megabytes(MediaKind kind);
    // Kept in range; the default itself is stored as "not set", so a later default change applies.
    static void setMegabytes(MediaKind kind, int megabytes);
    // Sets the three byte limits of `limits` to the values in force.
    static void applyTo(MediaLimits &limits);
};
