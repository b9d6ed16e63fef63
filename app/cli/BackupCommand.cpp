#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "ops/Operations.h"
#include "plan/Backup.h"
#include "profile/DeploymentState.h"

namespace odoodeploy::cli {

int backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Backs up the profile's database (pg_dump -Fc) and its filestore (tar) into a new folder on the "
               "server, /var/backups/odoo-deploy/<service>/<time>-<commit>/, with SHA256SUMS; then keeps only the "
               "newest backup.keep backups. Refuses, writing nothing, when the disk has too little room. "
               "The journal of the deployment state records it. Exit codes: 0 done, 4 refused before any change, "
               "5 failed, 255 could not connect."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The deployed profile."));
    parser.addOption({QStringLiteral("check"), QCoreApplication::translate("cli", "Write nothing; say where the backup would go, how big it would be and how much room there is.")});
    parser.addOption({QStringLiteral("yes"), QCoreApplication::translate("cli", "Do not ask before writing the backup (and removing the oldest).")});
    addRemoteOptions(parser);
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile); loaded != Ok)
        return loaded;

    const bool check = parser.isSet(QStringLiteral("check"));
    RunCallbacks callbacks;
    callbacks.output = printStepOutput;
    const RemoteRunResult result = runOperation(profile, parser, std::make_shared<BackupOperation>(check), callbacks,
                                                parser.isSet(QStringLiteral("yes")));
    const int exitCode = exitCodeOf(result, Backup::kRefusedExitStatus);
    if (exitCode == Ok && !check)
        out() << QCoreApplication::translate("cli", "Backup written: %1 (%2, commit %3). The journal is in %4.")
                     .arg(result.record.details.value(QStringLiteral("backup")).toString(),
                          result.record.details.value(QStringLiteral("size")).toString(),
                          result.record.details.value(QStringLiteral("commit")).toString(), StateStore::pathFor(profile))
              << Qt::endl;
    return exitCode;
}

} // namespace odoodeploy::cli
