#include "CliSupport.h"

#include "Cli.h"
#include "ops/OperationController.h"
#include "plan/Backup.h"
#include "profile/DeploymentState.h"
#include "profile/ProfileJson.h"
#include "profile/TopologyProfile.h"
#include "profile/Validation.h"

#include <QFileInfo>

namespace odoodeploy::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int loadProfile(const QString &path, DeploymentProfile *profile)
{
    if (path.isEmpty()) {
        err() << QCoreApplication::translate("cli", "Missing --profile FILE.") << Qt::endl;
        return Usage;
    }
    const ProfileLoadResult loaded = ProfileJson::load(path);
    for (const QString &warning : loaded.warnings)
        err() << QCoreApplication::translate("cli", "warning: %1: %2").arg(path, warning) << Qt::endl;
    if (!loaded.ok) {
        err() << loaded.error << Qt::endl;
        return InvalidProfile;
    }
    *profile = loaded.profile;
    return Ok;
}

void addProfileOption(QCommandLineParser &parser, const QString &description)
{
    parser.addOption({QStringLiteral("profile"), description, QStringLiteral("FILE")});
}

int profileFromOptions(const QCommandLineParser &parser, DeploymentProfile *profile, ProfileNeeds needs)
{
    const QString path = parser.value(QStringLiteral("profile"));
    if (const int loaded = loadProfile(path, profile); loaded != Ok)
        return loaded;
    if (needs != ProfileNeeds::Loaded && !reportValidation(path, *profile))
        return InvalidProfile;
    if (needs == ProfileNeeds::Backups && TopologyProfile::backupServer(*profile)) {
        const TopologyHost keeper = *TopologyProfile::backupServer(*profile);
        *profile = TopologyProfile::forBackups(*profile);
        err() << QCoreApplication::translate("cli", "The backups of this deployment on several servers are kept on its first app server, %1 (%2).")
                     .arg(keeper.name, keeper.server.host)
              << Qt::endl;
    }
    if (const QString refusal = OperationController::unsupported(*profile); needs == ProfileNeeds::Actionable && !refusal.isEmpty()) {
        err() << QStringLiteral("%1: %2").arg(path, refusal) << Qt::endl;
        return InvalidProfile;
    }
    return Ok;
}

bool reportValidation(const QString &path, const DeploymentProfile &profile)
{
    const FieldIssues issues = Validation::validate(profile);
    for (const FieldIssue &issue : issues)
        err() << QStringLiteral("%1: %2: %3").arg(path, issue.field, issue.message) << Qt::endl;
    return issues.isEmpty();
}

bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl << parser.helpText();
        err().flush();
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        *exitCode = Ok;
        return false;
    }
    // A fingerprint that cannot match is a typo: say so now, not after connecting.
    if (parser.optionNames().contains(QStringLiteral("accept-host-key"))) {
        if (const QString problem = Validation::checkHostKeyFingerprint(parser.value(QStringLiteral("accept-host-key"))); !problem.isEmpty()) {
            err() << QStringLiteral("--accept-host-key: ") << problem << Qt::endl;
            *exitCode = Usage;
            return false;
        }
    }
    return true;
}

int backupFromOption(const QCommandLineParser &parser, const DeploymentProfile &profile, QString *name)
{
    *name = parser.value(QStringLiteral("backup"));
    if (name->isEmpty()) {
        err() << QCoreApplication::translate("cli", "Which backup? Add --backup NAME (see restore --list) or --backup latest.") << Qt::endl;
        return Usage;
    }
    if (*name == QLatin1String("latest")) {
        DeploymentState state;
        QString error;
        if (!StateStore::load(profile, &state, &error)) {
            err() << error << Qt::endl;
            return FileError;
        }
        *name = QFileInfo(state.newestBackup()).fileName();
        if (name->isEmpty()) {
            err() << QCoreApplication::translate("cli", "The journal (%1) knows of no backup; name one with --backup (see restore --list).")
                         .arg(StateStore::pathFor(profile))
                  << Qt::endl;
            return Usage;
        }
    }
    if (!Backup::isBackupName(*name)) {
        err() << QCoreApplication::translate("cli", "\"%1\" is not the name of a backup folder (such as 20261127T154500Z-0123456789ab); see restore --list.")
                     .arg(*name)
              << Qt::endl;
        return Usage;
    }
    return Ok;
}

} // namespace odoodeploy::cli
