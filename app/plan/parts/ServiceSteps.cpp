// The Odoo instance: its folders, odoo.conf, the database initialised, the service
// file (systemd unit or SysV script, as ServiceManager chose) and the running service.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"

namespace odoodeploy::PlanParts {

void service(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const DeploymentPaths &d = plan.paths;
    plan.add(QStringLiteral("data-dir"), Planner::tr("Data folder %1").arg(d.dataDir), QStringLiteral("folder"),
             {{QStringLiteral("DIR"), d.dataDir}});
    plan.add(QStringLiteral("log-dir"), Planner::tr("Log folder %1").arg(d.logDir), QStringLiteral("folder"),
             {{QStringLiteral("DIR"), d.logDir}});

    if (const RenderedFile *conf = plan.rendered(QStringLiteral("odoo.conf")))
        plan.addFile(QStringLiteral("config"), Planner::tr("Odoo configuration %1").arg(conf->remotePath), conf->remotePath,
                     conf->content.toUtf8(), conf->owner, conf->group, conf->mode, PlanBuilder::After::RestartOdoo);

    plan.add(QStringLiteral("db-init"), Planner::tr("Initialise the database (base module)"), QStringLiteral("db-init"),
             {{QStringLiteral("PYTHON"), d.python},
              {QStringLiteral("ODOO_BIN"), d.odooBin},
              {QStringLiteral("CONFIG"), d.configFile},
              {QStringLiteral("DATABASE"), p.odoo.database},
              {QStringLiteral("DEMO"), StepScript::flag(p.odoo.demoData)}});

    const RenderedFile *unit = plan.rendered(QStringLiteral("systemd-unit"));
    if (!unit)
        unit = plan.rendered(QStringLiteral("sysvinit-script"));
    if (unit)
        plan.addFile(QStringLiteral("service-file"), Planner::tr("Service definition %1").arg(unit->remotePath), unit->remotePath,
                     unit->content.toUtf8(), unit->owner, unit->group, unit->mode, PlanBuilder::After::RestartOdoo);
    plan.add(QStringLiteral("service"), Planner::tr("Odoo service running, enabled at boot"), QStringLiteral("service"),
             {{QStringLiteral("HTTP_PORT"), QString::number(p.odoo.httpPort)},
              {QStringLiteral("LOGFILE"), d.logFile},
              {QStringLiteral("CONSOLE_LOG"), d.consoleLog}});
}

} // namespace odoodeploy::PlanParts
