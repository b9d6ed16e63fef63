#pragma once
// Every shell script a profile makes, as it reaches the server: each plan step (run and
// check mode), the preflight, the maintenance, backup and staging steps, the scheduled
// backup job, the renewal hook and the generated init and certificate scripts. For
// sh -n and shellcheck (tst_shell_scripts, and tst_fuzzed_scripts on fuzzed profiles).

#include "health/ServiceHealth.h"
#include "plan/Backup.h"
#include "plan/CertificatePin.h"
#include "plan/Maintenance.h"
#include "plan/Planner.h"
#include "plan/Preflight.h"
#include "plan/Staging.h"
#include "render/Generators.h"

#include <QMap>

namespace odoodeploy::test {

inline QMap<QString, QString> allScripts(const DeploymentProfile &p, const HostFacts &f)
{
    QMap<QString, QString> scripts;
    for (const PlanStep &s : Planner::plan(p, f).steps) {
        scripts.insert(s.id + QStringLiteral(" (run)"), Planner::toRunStep(s).command);
        scripts.insert(s.id + QStringLiteral(" (check)"), Planner::toCheckStep(s).command);
    }
    for (const RemoteStep &s : Preflight::steps(p))
        scripts.insert(s.id, s.command);
    scripts.insert(QStringLiteral("pin"), CertificatePin::step(p).command);
    scripts.insert(QStringLiteral("service state"), ServiceHealth::step(p).command);
    scripts.insert(QStringLiteral("backup"), Backup::step(p, false).command);
    scripts.insert(QStringLiteral("backup (check)"), Backup::step(p, true).command);
    scripts.insert(QStringLiteral("list backups"), Backup::listStep(p).command);
    scripts.insert(QStringLiteral("restore"), Backup::restoreStep(p, f, QStringLiteral("20261127T100000Z-0123456789ab"), false, false).command);
    scripts.insert(QStringLiteral("rollback"), Backup::restoreStep(p, f, QStringLiteral("20261127T100000Z-0123456789ab"), false, false,
                                                                   QStringLiteral("0123456789abcdef0123456789abcdef01234567")).command);
    scripts.insert(QStringLiteral("update-fetch"), Maintenance::updateFetchStep(p, f, QString(), false).command);
    scripts.insert(QStringLiteral("update-fetch (check)"), Maintenance::updateFetchStep(p, f, QStringLiteral("v17.0.1"), true).command);
    scripts.insert(QStringLiteral("update-apply"), Maintenance::updateApplyStep(p, f).command);
    scripts.insert(QStringLiteral("upgrade"), Maintenance::upgradeStep(p, f, QStringLiteral("sale,stock"), false).command);
    scripts.insert(QStringLiteral("service stop"), Maintenance::serviceSwitchStep(p, f, false).command);
    scripts.insert(QStringLiteral("service start"), Maintenance::serviceSwitchStep(p, f, true).command);
    for (const PlanStep &s : Staging::plan(p, f).steps + Staging::removal(p, f).steps) {
        scripts.insert(QStringLiteral("staging ") + s.id + QStringLiteral(" (run)"), Planner::toRunStep(s).command);
        scripts.insert(QStringLiteral("staging ") + s.id + QStringLiteral(" (check)"), Planner::toCheckStep(s).command);
    }
    DeploymentProfile scheduled = p;
    scheduled.backup.scheduled = true;
    scripts.insert(QStringLiteral("scheduled backup job"), Generators::backupJob(scheduled));
    scripts.insert(QStringLiteral("renewal hook"), Generators::renewalHook(p));
    for (const RenderedFile &file : Generators::renderAll(p, f))
        if (file.id == QLatin1String("sysvinit-script") || file.id.endsWith(QLatin1String(".sh")))
            scripts.insert(file.id, file.content);
    return scripts;
}

} // namespace odoodeploy::test
