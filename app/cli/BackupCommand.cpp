#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "ops/Operations.h"
#include "plan/Backup.h"
#include "profile/DeploymentState.h"

#include <QDir>

namespace odoodeploy::cli {

namespace {

// The folder as an absolute path (the step names it in its log); empty stays empty.
QString absoluteFolder(const QString &folder)
{
    return folder.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(folder));
}

} // namespace

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
    parser.addOption({QStringLiteral("download-to"), QCoreApplication::translate("cli", "Then download the backup into DIR/<backup>/ on this computer (SFTP, resumable, checksums verified)."),
                      QStringLiteral("DIR")});
    addRemoteOptions(parser);
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile, ProfileNeeds::Backups); loaded != Ok)
        return loaded;

    const bool check = parser.isSet(QStringLiteral("check"));
    const QString downloadTo = absoluteFolder(parser.value(QStringLiteral("download-to")));
    RunCallbacks callbacks = printingSteps();
    callbacks.stepStarted = {}; // one step, or two: their titles say nothing new
    const RemoteRunResult result = runOperation(profile, parser, std::make_shared<BackupOperation>(check, downloadTo), callbacks,
                                                parser.isSet(QStringLiteral("yes")));
    const int exitCode = exitCodeOf(result, Backup::kRefusedExitStatus);
    if (exitCode == Ok && !check)
        out() << QCoreApplication::translate("cli", "Backup written: %1 (%2, commit %3). The journal is in %4.")
                     .arg(result.record.details.value(QStringLiteral("backup")).toString(),
                          result.record.details.value(QStringLiteral("size")).toString(),
                          result.record.details.value(QStringLiteral("commit")).toString(), StateStore::pathFor(profile))
              << Qt::endl;
    if (exitCode == Ok && !check && !downloadTo.isEmpty())
        out() << QCoreApplication::translate("cli", "Downloaded to %1; checksums verified.").arg(result.record.details.value(QStringLiteral("downloaded")).toString())
              << Qt::endl;
    return exitCode;
}

int download(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Downloads a backup from the server into DIR/<backup>/ over SFTP on the SSH connection (read as root through "
               "sudo when the login is not root). Resumable: an interrupted download goes on from where it stopped. The "
               "files are checked against the backup's SHA256SUMS; a file that does not match is removed and the command "
               "fails. Changes nothing on the server. Exit codes: 0 done (or there already), 4 refused, 5 failed, 255 could "
               "not connect."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The deployed profile."));
    parser.addOption({QStringLiteral("backup"), QCoreApplication::translate("cli", "The backup folder, as \"restore --list\" shows it, or \"latest\" (the newest in the journal)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("cli", "The local folder to download into (default: the current folder)."), QStringLiteral("DIR")});
    addRemoteOptions(parser);
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile, ProfileNeeds::Backups); loaded != Ok)
        return loaded;
    QString name;
    if (const int bad = backupFromOption(parser, profile, &name); bad != Ok)
        return bad;
    const QString folder = absoluteFolder(parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to")) : QStringLiteral("."));
    RunCallbacks callbacks = printingSteps();
    const RemoteRunResult result = runOperation(profile, parser, std::make_shared<DownloadBackupOperation>(name, folder), callbacks, true);
    return exitCodeOf(result, Backup::kRefusedExitStatus);
}

} // namespace odoodeploy::cli
