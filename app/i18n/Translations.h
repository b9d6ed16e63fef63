#pragma once
// Which language the user interface speaks. The command line follows the system
// locale ($LANGUAGE, $LC_ALL, $LANG) as command-line tools do; the window follows the
// language chosen in it (remembered), else the system locale too.

#include <QList>
#include <QString>

class QCoreApplication;

namespace odoodeploy::Translations {

struct Language {
    QString code;       // "en", "zh_CN"
    QString nativeName; // as its speakers write it: "English", "简体中文"
};

// The languages we ship, English (the source language) first.
QList<Language> available();

// The language chosen in the window (a code of available()), or empty for the system's.
QString chosen();
// Remembers the choice (empty: follow the system again) for the next start.
void choose(const QString &code);

// Installs our translation and Qt's own for `code` (empty: the system locale), replacing
// whatever an earlier call installed. Also makes it the default locale for formatting.
void install(QCoreApplication &app, const QString &code = QString());

} // namespace odoodeploy::Translations
