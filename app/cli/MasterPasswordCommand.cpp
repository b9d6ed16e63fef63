#include "Cli.h"
#include "CliSupport.h"
#include "profile/MasterPasswordHash.h"
#include "profile/ProfileJson.h"

namespace odoodeploy::cli {

int masterPassword(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Generates a new Odoo master password, stores only its PBKDF2 hash in the profile "
               "and prints the password once on standard output. With --disable, nobody learns "
               "the password and nginx blocks the database manager."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The profile to update."));
    parser.addOption({QStringLiteral("disable"), QCoreApplication::translate("cli", "Disable the database manager instead.")});
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    const QString path = parser.value(QStringLiteral("profile"));
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile, ProfileNeeds::Loaded); loaded != Ok)
        return loaded;

    const bool disable = parser.isSet(QStringLiteral("disable"));
    const QString password = MasterPasswordHash::generatePassword();
    profile.odoo.masterPassword.mode = disable ? MasterPasswordMode::Disabled : MasterPasswordMode::Generated;
    profile.odoo.masterPassword.hash = MasterPasswordHash::hash(password);
    QString error;
    if (!ProfileJson::save(profile, path, &error)) {
        err() << error << Qt::endl;
        return FileError;
    }
    if (disable)
        err() << QCoreApplication::translate("cli", "Database manager disabled; the master password is unknown to anyone.") << Qt::endl;
    else
        out() << password << Qt::endl; // stdout only, so that it can be piped into a password store
    return Ok;
}

} // namespace odoodeploy::cli
