#include "themepalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace {
struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText, brightText, highlight,
        highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder, disabledText, light,
        midlight, mid, dark, shadow;
};

QPalette fromColours(const Colours &c)
{
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, disabled ? c.disabledText : c.windowText);
        p.setColor(group, QPalette::Base, disabled ? c.window : c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, disabled ? c.disabledText : c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, disabled ? c.disabledText : c.buttonText);
        p.setColor(group, QPalette::BrightText, c.brightText);
        p.setColor(group, QPalette::Highlight, disabled ? c.mid : c.highlight);
        p.setColor(group, QPalette::HighlightedText, disabled ? c.disabledText : c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
    }
    return p;
}

double luminance(const QColor &colour)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

// The style the platform chose, before an override replaced it; taken back for System.
QString &platformStyle()
{
    static QString name;
    return name;
}

bool &overridden()
{
    static bool set = false;
    return set;
}
} // namespace

QPalette ThemePalette::light()
{
    // Text colours keep at least 4.5:1 against their backgrounds (WCAG AA), placeholders too.
    return fromColours({.window = QColor(0xef, 0xf0, 0xf1),
                        .windowText = QColor(0x1f, 0x23, 0x28),
                        .base = QColor(0xff, 0xff, 0xff),
                        .alternateBase = QColor(0xf5, 0xf6, 0xf7),
                        .text = QColor(0x1f, 0x23, 0x28),
                        .button = QColor(0xf6, 0xf7, 0xf8),
                        .buttonText = QColor(0x1f, 0x23, 0x28),
                        .brightText = QColor(0xff, 0xff, 0xff),
                        .highlight = QColor(0x1f, 0x6f, 0xc5),
                        .highlightedText = QColor(0xff, 0xff, 0xff),
                        .link = QColor(0x09, 0x69, 0xda),
                        .linkVisited = QColor(0x82, 0x50, 0xdf),
                        .toolTipBase = QColor(0xff, 0xff, 0xf0),
                        .toolTipText = QColor(0x1f, 0x23, 0x28),
                        .placeholder = QColor(0x6a, 0x73, 0x7d),
                        .disabledText = QColor(0x8c, 0x95, 0x9f),
                        .light = QColor(0xff, 0xff, 0xff),
                        .midlight = QColor(0xe1, 0xe4, 0xe8),
                        .mid = QColor(0xb8, 0xbe, 0xc5),
                        .dark = QColor(0x8c, 0x95, 0x9f),
                        .shadow = QColor(0x4d, 0x55, 0x5e)});
}

QPalette ThemePalette::dark()
{
    return fromColours({.window = QColor(0x2b, 0x2e, 0x33),
                        .windowText = QColor(0xe6, 0xe8, 0xeb),
                        .base = QColor(0x1e, 0x21, 0x25),
                        .alternateBase = QColor(0x26, 0x2a, 0x2f),
                        .text = QColor(0xe6, 0xe8, 0xeb),
                        .button = QColor(0x34, 0x38, 0x3e),
                        .buttonText = QColor(0xe6, 0xe8, 0xeb),
                        .brightText = QColor(0xff, 0xff, 0xff),
                        .highlight = QColor(0x2f, 0x6b, 0xbf),
                        .highlightedText = QColor(0xff, 0xff, 0xff),
                        .link = QColor(0x58, 0xa6, 0xff),
                        .linkVisited = QColor(0xbc, 0x8c, 0xff),
                        .toolTipBase = QColor(0x34, 0x38, 0x3e),
                        .toolTipText = QColor(0xe6, 0xe8, 0xeb),
                        .placeholder = QColor(0x9a, 0xa4, 0xaf),
                        .disabledText = QColor(0x74, 0x7c, 0x86),
                        .light = QColor(0x4a, 0x50, 0x58),
                        .midlight = QColor(0x3e, 0x43, 0x4a),
                        .mid = QColor(0x5c, 0x63, 0x6c),
                        .dark = QColor(0x18, 0x1a, 0x1d),
                        .shadow = QColor(0x0d, 0x0e, 0x10)});
}

bool ThemePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double ThemePalette::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void ThemePalette::apply(DesktopSettings::Theme theme)
{
    if (theme == DesktopSettings::Theme::System) {
        if (!overridden())
            return; // nothing of the platform's was replaced
        overridden() = false;
        if (QApplication::style()->name() != platformStyle())
            QApplication::setStyle(QStyleFactory::create(platformStyle()));
        // A palette that sets nothing resolves to the platform's, and follows it as it changes.
        QApplication::setPalette(QPalette());
        return;
    }
    if (!overridden())
        platformStyle() = QApplication::style()->name();
    overridden() = true;
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == DesktopSettings::Theme::Dark ? dark() : light());
}
