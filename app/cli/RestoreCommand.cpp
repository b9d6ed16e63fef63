#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "TopologySupport.h"
#include "ops/Operations.h"
#include "plan/Backup.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy::cli {

int restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Restores a backup made by \"backup\" into the profile's database and filestore: into a new "
               "database first, then, with the service stopped, swapped in; the database and filestore as they "
               "were are kept under <name>-before-restore-<time>. Refuses, changing nothing, a damaged backup, "
               "a backup of another database (unless --other-database) and too little room. --list shows the "
               "backups on the server. On several servers: on the first app server, which keeps the backups, "
               "with the other app servers stopped meanwhile; the database as it was is kept as a dump beside "
               "the backups. Exit codes: 0 done, 4 refused before any change, 5 failed, 255 could not connect."));
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
    // Listing reads the server that keeps the backups; a restore of several servers runs there.
    const bool list = parser.isSet(QStringLiteral("list"));
    if (const int loaded = profileFromOptions(parser, &profile, list ? ProfileNeeds::Backups : ProfileNeeds::Valid); loaded != Ok)
        return loaded;

    RunCallbacks callbacks;
    callbacks.output = printStepOutput;
    if (list) {
        const RemoteRunResult listed = runOperation(profile, parser, std::make_shared<ListBackupsOperation>(), callbacks);
        return exitCodeOf(listed);
    }
    QString name;
    if (const int bad = backupFromOption(parser, TopologyProfile::forBackups(profile), &name); bad != Ok)
        return bad;
    const bool check = parser.isSet(QStringLiteral("check"));
    if (profile.topology.spansServers()) {
        const TopologyRunResult result = runMaintenance(
            parser, profile, TopologyMaintenance::restore(profile, name, parser.isSet(QStringLiteral("other-database")), check));
        return result.exitCode;
    }
    const RemoteRunResult result = runOperation(
        profile, parser, std::make_shared<RestoreOperation>(name, parser.isSet(QStringLiteral("other-database")), check), callbacks,
        parser.isSet(QStringLiteral("yes")));
    return exitCodeOf(result, Backup::kRefusedExitStatus);
}

} // namespace odoodeploy::cli
