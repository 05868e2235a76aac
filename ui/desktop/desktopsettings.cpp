#include "desktopsettings.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace {
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kFontSizeKey = QStringLiteral("appearance/conversationFontSize");
const QString kLanguageKey = QStringLiteral("appearance/language");
} // namespace

DesktopSettings::Theme DesktopSettings::theme()
{
    return themeFromKey(QSettings().value(kThemeKey).toString());
}

void DesktopSettings::setTheme(Theme theme)
{
    QSettings settings;
    if (theme == Theme::System)
        settings.remove(kThemeKey);
    else
        settings.setValue(kThemeKey, themeKey(theme));
}

QString DesktopSettings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

DesktopSettings::Theme DesktopSettings::themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

int DesktopSettings::conversationFontSize()
{
    bool ok = false;
    const int points = QSettings().value(kFontSizeKey).toInt(&ok);
    if (!ok || points <= 0)
        return 0;
    return std::clamp(points, kMinFontSize, kMaxFontSize);
}

void DesktopSettings::setConversationFontSize(int points)
{
    QSettings settings;
    if (points <= 0)
        settings.remove(kFontSizeKey);
    else
        settings.setValue(kFontSizeKey, std::clamp(points, kMinFontSize, kMaxFontSize));
}

QString DesktopSettings::language()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    const QList<Language> known = languages();
    const bool isKnown =
        std::any_of(known.begin(), known.end(), [&](const Language &l) { return l.code == code; });
    return isKnown ? code : QString();
}

void DesktopSettings::setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QList<DesktopSettings::Language> DesktopSettings::languages()
{
    // The names of the languages are deliberately not translated: each is written in itself.
    return {
        {QString(), QCoreApplication::translate("DesktopSettings", "System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QLocale DesktopSettings::uiLocale()
{
    const QString code = language();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}
