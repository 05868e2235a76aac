#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The desktop preferences a person sets in Edit → Preferences, as kept in QSettings: the colour
// theme, the conversation's font size and the language of the interface. One place reads and
// writes them, so the dialog, the shortcuts and the start of the app agree on keys and defaults.
class DesktopSettings final {
public:
    enum class Theme { System, Light, Dark };

    struct Language {
        QString code; // "de", "zh_CN"; empty for the system's language
        QString
            name; // in its own language ("Deutsch"), so a person who cannot read the current one finds theirs
    };

    static constexpr int kMinFontSize = 6;
    static constexpr int kMaxFontSize = 48;

    static Theme theme();
    static void setTheme(Theme theme);
    static QString themeKey(Theme theme);          // "system", "light", "dark"
    static Theme themeFromKey(const QString &key); // unknown keys are System

    // The conversation's font size in points; 0 means the system's (not set).
    static int conversationFontSize();
    static void setConversationFontSize(int points); // 0 forgets it; others are kept in range

    // The interface's language code, empty for the system's. Takes effect at the next start.
    static QString language();
    static void setLanguage(const QString &code);
    // The languages Loquat speaks, System first.
    static QList<Language> languages();
    // The locale the interface uses: the chosen language, else the system's.
    static QLocale uiLocale();
};
