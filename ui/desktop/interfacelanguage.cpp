#include "interfacelanguage.h"

#include "desktopsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QString &runningLanguage()
{
    static QString code = DesktopSettings::language();
    return code;
}

void load(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

void InterfaceLanguage::install(QCoreApplication *app)
{
    runningLanguage() = DesktopSettings::language();
    const QLocale locale = DesktopSettings::uiLocale();
    if (!runningLanguage().isEmpty())
        QLocale::setDefault(locale);
    load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(app, locale, QStringLiteral("loquat"), QStringLiteral(":/i18n"));
}

QString InterfaceLanguage::running()
{
    return runningLanguage();
}
