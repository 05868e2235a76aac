#include "themecontroller.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace {
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kFusion = QStringLiteral("Fusion");

QString keyOf(ThemeController::Theme theme)
{
    switch (theme) {
    case ThemeController::Theme::Light:
        return QStringLiteral("light");
    case ThemeController::Theme::Dark:
        return QStringLiteral("dark");
    case ThemeController::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeController::Theme themeOf(const QString &key)
{
    if (key == QLatin1String("light"))
        return ThemeController::Theme::Light;
    if (key == QLatin1String("dark"))
        return ThemeController::Theme::Dark;
    return ThemeController::Theme::System;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style); // the application takes ownership
}
} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_theme(themeOf(QSettings().value(kThemeKey).toString()))
    , m_systemStyle(QApplication::style()->name())
{
    if (m_theme != Theme::System)
        apply();
}

void ThemeController::setTheme(Theme theme)
{
    QSettings().setValue(kThemeKey, keyOf(theme));
    if (theme == m_theme)
        return;
    m_theme = theme;
    apply();
    emit themeChanged(theme);
}

void ThemeController::apply()
{
    switch (m_theme) {
    case Theme::System:
        useStyle(m_systemStyle);
        // A palette that sets no role of its own: resolved against the platform's, now and
        // whenever the system changes its colours.
        QApplication::setPalette(QPalette());
        return;
    case Theme::Light:
        useStyle(kFusion);
        QApplication::setPalette(lightPalette());
        return;
    case Theme::Dark:
        useStyle(kFusion);
        QApplication::setPalette(darkPalette());
        return;
    }
}

bool ThemeController::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ThemeController::lightPalette()
{
    // Fusion's own palette is the light one, and complete.
    QStyle *fusion = QStyleFactory::create(kFusion);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    delete fusion;
    return palette;
}

QPalette ThemeController::darkPalette()
{
    // Text and links keep WCAG's 4.5:1 contrast on every background they are drawn on
    // (tst_themecontroller checks it).
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x27, 0x29, 0x2d);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x8c, 0x8f, 0x94);
    const QColor button(0x35, 0x37, 0x3c);
    const QColor highlight(0x2f, 0x6f, 0xd0);
    const QColor link(0x6c, 0xb4, 0xff);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, button.lighter(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, button.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(115));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, button);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

QString ThemeController::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return tr("Light");
    case Theme::Dark:
        return tr("Dark");
    case Theme::System:
        break;
    }
    return tr("Follow the system");
}
