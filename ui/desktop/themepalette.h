#pragma once

#include "desktopsettings.h"

#include <QPalette>

// The palettes of the manual theme override. Light and dark follow the system by default (no
// palette is set at all); choosing one in Preferences sets one of these on the application, with
// the Fusion style, which honours every role of a palette (some native styles draw their own
// colours and would mix a dark palette with light controls). Every role is set, the disabled
// group too, so no colour of the system's theme shows through.
class ThemePalette final {
public:
    static QPalette light();
    static QPalette dark();
    // Whether a palette reads as dark (its window colour); what the conversation's code blocks
    // and other hand-picked colours follow.
    static bool isDark(const QPalette &palette);
    // WCAG's contrast ratio of two colours, from 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);

    // Applies the theme to the application: System takes back the platform's palette and style.
    static void apply(DesktopSettings::Theme theme);
};
