#include "Backup.h"

#include "base/DeploymentPaths.h"
#include "base/StepScript.h"

#include <QCoreApplication>

namespace odoodeploy::Backup {

RemoteStep step(const DeploymentProfile &profile, bool checkOnly)
{
    const DeploymentPaths d = DeploymentPaths::of(profile);
    RemoteStep s;
    s.id = QString::fromLatin1(kStepId);
    s.title = checkOnly ? QCoreApplication::translate("Backup", "What a backup of %1 would take").arg(profile.odoo.database)
                        : QCoreApplication::translate("Backup", "Back up the database %1 and its files").arg(profile.odoo.database);
    s.asRoot = true;
    s.timeoutSec = 6 * 3600;
    s.command = StepScript::compose(QStringLiteral("backup"),
                                    {{QStringLiteral("DATABASE"), profile.odoo.database},
                                     {QStringLiteral("ODOO_USER"), profile.odoo.systemUser},
                                     {QStringLiteral("SRC"), d.sourceDir},
                                     {QStringLiteral("FILESTORE"), d.filestore},
                                     {QStringLiteral("BACKUP_DIR"), d.backupDir},
                                     {QStringLiteral("KEEP"), QString::number(profile.backup.keep)},
                                     {QStringLiteral("CHECK_ONLY"), checkOnly ? QStringLiteral("yes") : QStringLiteral("no")}});
    return s;
}

Written parse(const QString &output)
{
    Written w;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("backup=")))
            w.folder = line.mid(7).trimmed();
        else if (line.startsWith(QLatin1String("commit=")))
            w.commit = line.mid(7).trimmed();
        else if (line.startsWith(QLatin1String("size=")))
            w.size = line.mid(5).trimmed();
    }
    return w;
}

} // namespace odoodeploy::Backup
