#pragma once

#include <QObject>
#include <QPalette>

// Light or dark. By default the app follows the system: the platform's style and palette, and
// their changes while it runs (Qt re-resolves an application palette that sets no colour of its
// own against the new system palette). The user can override that with a fixed light or dark
// look; an override switches to the Fusion style, the built-in style that draws every control
// from the palette (the native Windows and macOS styles ignore a dark palette). Widgets that
// paint their own colours (the conversation's code blocks, the embeddings heatmap) read
// isDark(palette()) on QEvent::PaletteChange. The choice is remembered (QSettings).
class ThemeController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // Applies the remembered theme at once.
    explicit ThemeController(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    // Applies `theme` to the whole application and remembers it.
    void setTheme(Theme theme);

    static bool isDark(const QPalette &palette);
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString themeName(Theme theme); // "System", "Light", "Dark", translated

signals:
    void themeChanged(ThemeController::Theme theme);

private:
    void apply();

    Theme m_theme = Theme::System;
    QString m_systemStyle; // the style the platform chose, put back for Theme::System
};
