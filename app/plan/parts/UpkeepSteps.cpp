// What keeps the deployment running unattended: log rotation, the nginx reload after
// a certificate renewal, the scheduled backup (its files, then its timer or cron).
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy::PlanParts {

namespace {

void addRendered(PlanBuilder &plan, const char *id, const QString &title)
{
    if (const RenderedFile *f = plan.rendered(QString::fromLatin1(id)))
        plan.addFile(QString::fromLatin1(id), title.arg(f->remotePath), f->remotePath, f->content.toUtf8(), f->owner, f->group, f->mode,
                     PlanBuilder::After::Nothing);
}

} // namespace

void upkeep(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const DeploymentPaths &d = plan.paths;
    const bool systemd = plan.initSystem == QLatin1String("systemd");
    addRendered(plan, "logrotate", Planner::tr("Log rotation %1"));
    addRendered(plan, "renewal-hook", Planner::tr("nginx reload after a certificate renewal %1"));
    if (!systemd && needsCron(p))
        plan.add(QStringLiteral("cron"), Planner::tr("cron running (renewals and scheduled backups)"), QStringLiteral("cron"));
    // On several servers only the one that keeps the backups schedules them.
    if (!TopologyProfile::keepsBackups(p))
        return;
    if (p.backup.scheduled) {
        addRendered(plan, "backup-job", Planner::tr("Scheduled backup %1"));
        addRendered(plan, "backup-unit", Planner::tr("Scheduled backup service %1"));
        addRendered(plan, "backup-timer", Planner::tr("Scheduled backup timer %1"));
        addRendered(plan, "backup-cron", Planner::tr("Scheduled backup cron entry %1"));
    }
    plan.add(QStringLiteral("backup-schedule"),
             p.backup.scheduled ? Planner::tr("Daily backup at %1").arg(p.backup.at) : Planner::tr("No scheduled backup"),
             QStringLiteral("backup-schedule"),
             {{QStringLiteral("SCHEDULED"), StepScript::flag(p.backup.scheduled)},
              {QStringLiteral("JOB"), d.backupJob},
              {QStringLiteral("UNIT"), d.backupUnit},
              {QStringLiteral("TIMER"), d.backupTimer},
              {QStringLiteral("CRON"), d.backupCron},
              {QStringLiteral("REPLACED"), d.replacedFiles}});
}

} // namespace odoodeploy::PlanParts
