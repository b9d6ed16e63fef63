#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "ops/Operations.h"
#include "plan/Backup.h"
#include "profile/DeploymentState.h"

#include <QFileInfo>

namespace odoodeploy::cli {

namespace {

// "latest": the newest backup the journal knows of.
QString latestBackup(const DeploymentProfile &profile)
{
    DeploymentState state;
    QString error;
    if (!StateStore::load(profile, &state, &error)) {
        err() << error << Qt::endl;
        return {};
    }
    return QFileInfo(state.newestBackup()).fileName();
}

} // namespace

int restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Restores a backup made by \"backup\" into the profile's database and filestore: into a new "
               "database first, then, with the service stopped, swapped in; the database and filestore as they "
               "were are kept under <name>-before-restore-<time>. Refuses, changing nothing, a damaged backup, "
               "a backup of another database (unless --other-database) and too little room. --list shows the "
               "backups on the server. Exit codes: 0 done, 4 refused before any change, 5 failed, 255 could "
               "not connect."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The deployed profile."));
    parser.addOption({QStringLiteral("list"), QCoreApplication::translate("cli", "List the backups on the server (folder, database, commit, size) and change nothing.")});
    parser.addOption({QStringLiteral("backup"), QCoreApplication::translate("cli", "The backup folder to restore, as --list shows it, or \"latest\" (the newest in the journal)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("other-database"), QCoreApplication::translate("cli", "Restore it even if it is a backup of a database with another name.")});
    parser.addOption({QStringLiteral("check"), QCoreApplication::translate("cli", "Change nothing; say what would be restored and kept.")});
    parser.addOption({QStringLiteral("yes"), QCoreApplication::translate("cli", "Do not ask before restoring.")});
    addRemoteOptions(parser);
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile); loaded != Ok)
        return loaded;

    RunCallbacks callbacks;
    callbacks.output = printStepOutput;
    if (parser.isSet(QStringLiteral("list"))) {
        const RemoteRunResult listed = runOperation(
            profile, parser, std::make_shared<StepsOperation>(QStringLiteral("list-backups"), Backup::listStep(profile).title,
                                                              QList<RemoteStep>{Backup::listStep(profile)}),
            callbacks);
        return exitCodeOf(listed);
    }
    QString name = parser.value(QStringLiteral("backup"));
    if (name.isEmpty()) {
        err() << QCoreApplication::translate("cli", "Which backup? Add --backup NAME (see --list) or --backup latest.") << Qt::endl;
        return Usage;
    }
    if (name == QLatin1String("latest")) {
        name = latestBackup(profile);
        if (name.isEmpty()) {
            err() << QCoreApplication::translate("cli", "The journal (%1) knows of no backup; name one with --backup (see --list).")
                         .arg(StateStore::pathFor(profile))
                  << Qt::endl;
            return Usage;
        }
    }
    if (!Backup::isBackupName(name)) {
        err() << QCoreApplication::translate("cli", "\"%1\" is not the name of a backup folder (such as 20261127T154500Z-0123456789ab); see --list.").arg(name)
              << Qt::endl;
        return Usage;
    }
    const bool check = parser.isSet(QStringLiteral("check"));
    const RemoteRunResult result = runOperation(
        profile, parser, std::make_shared<RestoreOperation>(name, parser.isSet(QStringLiteral("other-database")), check), callbacks,
        parser.isSet(QStringLiteral("yes")));
    return exitCodeOf(result, Backup::kRefusedExitStatus);
}

} // namespace odoodeploy::cli
