#include "Backup.h"

#include "base/DeploymentPaths.h"
#include "base/StepScript.h"
#include "profile/TopologyProfile.h"
#include "render/Generators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace odoodeploy::Backup {

RemoteStep step(const DeploymentProfile &profile, bool checkOnly)
{
    RemoteStep s;
    s.id = QString::fromLatin1(kStepId);
    s.title = checkOnly ? QCoreApplication::translate("Backup", "What a backup of %1 would take").arg(profile.odoo.database)
                        : QCoreApplication::translate("Backup", "Back up the database %1 and its files").arg(profile.odoo.database);
    s.asRoot = true;
    s.timeoutSec = 6 * 3600;
    s.exclusive = !checkOnly;
    s.command = Generators::backupScript(profile, checkOnly);
    return s;
}

RemoteStep listStep(const DeploymentProfile &profile)
{
    RemoteStep s;
    s.id = QStringLiteral("list-backups");
    s.title = QCoreApplication::translate("Backup", "The backups on the server");
    s.asRoot = true;
    s.timeoutSec = 60;
    s.command = StepScript::compose(QStringLiteral("list-backups"), {{QStringLiteral("BACKUP_DIR"), DeploymentPaths::of(profile).backupDir}});
    return s;
}

RemoteStep downloadStep(const DeploymentProfile &profile, const QString &name, const QString &localFolder)
{
    RemoteStep s;
    s.id = QStringLiteral("download-backup");
    s.title = name.isEmpty() ? QCoreApplication::translate("Backup", "Download the newest backup to %1").arg(localFolder)
                             : QCoreApplication::translate("Backup", "Download the backup %1 to %2").arg(name, localFolder);
    s.asRoot = true; // the backup folder is root's alone
    const QString backupDir = DeploymentPaths::of(profile).backupDir;
    s.download.remoteFolder = name.isEmpty() ? backupDir : backupDir + QLatin1Char('/') + name;
    s.download.newestIn = name.isEmpty();
    // The small files first: SHA256SUMS says what the big ones must be.
    s.download.files = {QStringLiteral("SHA256SUMS"), QStringLiteral("commit"), QStringLiteral("database-name"),
                        QStringLiteral("database.dump"), QStringLiteral("filestore.tar.gz")};
    s.download.localFolder = localFolder;
    s.download.sumsFile = QStringLiteral("SHA256SUMS");
    return s;
}

bool isBackupName(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{8}T[0-9]{6}Z-[0-9a-z]{1,40}")));
    return pattern.match(name).hasMatch();
}

RemoteStep restoreStep(const DeploymentProfile &profile, const HostFacts &facts, const QString &name, bool otherDatabase,
                       bool checkOnly, const QString &commit)
{
    const DeploymentPaths d = DeploymentPaths::of(profile);
    RemoteStep s;
    s.id = QStringLiteral("restore");
    if (commit.isEmpty())
        s.title = checkOnly ? QCoreApplication::translate("Backup", "What restoring %1 would do").arg(name)
                            : QCoreApplication::translate("Backup", "Restore %1 into %2").arg(name, profile.odoo.database);
    else
        s.title = checkOnly ? QCoreApplication::translate("Backup", "What rolling back to %1 would do").arg(commit.left(12))
                            : QCoreApplication::translate("Backup", "Roll back to %1 with the backup %2").arg(commit.left(12), name);
    s.asRoot = true;
    s.timeoutSec = 6 * 3600;
    s.exclusive = !checkOnly;
    // The first app server of several restores into the database server's database.
    const TopologyHost *database = TopologyProfile::firstWith(profile, HostRole::Database);
    const bool remote = database && !TopologyProfile::plays(profile, HostRole::Database);
    ScriptValues values = StepScript::libValues(profile, facts);
    values += {{QStringLiteral("DATABASE"), profile.odoo.database},
               {QStringLiteral("DB_HOST"), remote ? database->privateAddress : QString()},
               {QStringLiteral("DB_PORT"), QString::number(TopologyProfile::kPostgresqlPort)},
               {QStringLiteral("DB_USER"), profile.odoo.systemUser},
               {QStringLiteral("CONFIG"), d.configFile},
               {QStringLiteral("BACKUP_DIR"), d.backupDir},
               {QStringLiteral("BACKUP"), d.backupDir + QLatin1Char('/') + name},
               {QStringLiteral("FILESTORE"), d.filestore},
               {QStringLiteral("HTTP_PORT"), QString::number(profile.odoo.httpPort)},
               {QStringLiteral("OTHER_DATABASE"), StepScript::flag(otherDatabase)},
               {QStringLiteral("CHECK_ONLY"), StepScript::flag(checkOnly)},
               {QStringLiteral("COMMIT"), commit},
               {QStringLiteral("SRC"), d.sourceDir},
               {QStringLiteral("VENV"), d.venvDir},
               {QStringLiteral("GIT_URL"), profile.odoo.gitUrl},
               {QStringLiteral("LOGFILE"), d.logFile},
               {QStringLiteral("CONSOLE_LOG"), d.consoleLog}};
    s.command = StepScript::withLib(QStringLiteral("restore"), values);
    return s;
}

Restored parseRestore(const QString &output)
{
    return {StepScript::outputValue(output, QStringLiteral("restored")), StepScript::outputValue(output, QStringLiteral("kept"))};
}

QList<Listed> parseList(const QString &output)
{
    QList<Listed> out;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 4 && isBackupName(parts[0]))
            out << Listed{parts[0], parts[1], parts[2], parts[3]};
    }
    return out;
}

Written parse(const QString &output)
{
    return {StepScript::outputValue(output, QStringLiteral("backup")), StepScript::outputValue(output, QStringLiteral("commit")),
            StepScript::outputValue(output, QStringLiteral("size"))};
}

} // namespace odoodeploy::Backup
