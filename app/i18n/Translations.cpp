#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace odoodeploy::Translations {

namespace {

const char kSettingsKey[] = "language";
const char kOursName[] = "odoodeploy-ours";
const char kQtName[] = "odoodeploy-qt";

// Loads into a translator named `name` (replacing an earlier one of that name), and
// installs it only when there is something to install. No locale: nothing to load.
void replace(QCoreApplication &app, const char *name, const QLocale *locale, const QString &file, const QString &folder)
{
    if (auto *old = app.findChild<QTranslator *>(QLatin1String(name), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(name));
    if (locale && translator->load(*locale, file, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
}

} // namespace

QList<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString chosen()
{
    const QString code = QSettings().value(QLatin1String(kSettingsKey)).toString();
    for (const Language &language : available())
        if (language.code == code)
            return code;
    return {}; // unset, or a language we no longer ship
}

void choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.setValue(QLatin1String(kSettingsKey), code);
}

void install(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // English is the source language: with English chosen, nothing is loaded, so that
    // the languages a Chinese system lists ($LANGUAGE) cannot win over the choice.
    const QLocale *load = code == QLatin1String("en") ? nullptr : &locale;
    replace(app, kOursName, load, QStringLiteral("odoo-deploy"), QStringLiteral(":/i18n"));
    replace(app, kQtName, load, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace odoodeploy::Translations
