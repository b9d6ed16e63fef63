// The Odoo instance: its folders, odoo.conf, the database initialised, the service
// file (systemd unit or SysV script, as ServiceManager chose) and the running service.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy::PlanParts {

namespace {
// The first app server's packages and virtual environment may still be installing.
constexpr int kWaitForInitialiserSec = 1800;
} // namespace

void service(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const DeploymentPaths &d = plan.paths;
    plan.add(QStringLiteral("data-dir"), Planner::tr("Data folder %1").arg(d.dataDir), QStringLiteral("folder"),
             {{QStringLiteral("DIR"), d.dataDir}});
    filestoreMount(plan); // on several servers: before anything writes attachments or sessions
    plan.add(QStringLiteral("log-dir"), Planner::tr("Log folder %1").arg(d.logDir), QStringLiteral("folder"),
             {{QStringLiteral("DIR"), d.logDir}});

    if (const RenderedFile *conf = plan.rendered(QStringLiteral("odoo.conf")))
        plan.addFile(QStringLiteral("config"), Planner::tr("Odoo configuration %1").arg(conf->remotePath), conf->remotePath,
                     conf->content.toUtf8(), conf->owner, conf->group, conf->mode, PlanBuilder::After::RestartOdoo);

    // On several servers the first app server initialises the database; the others
    // wait for it, so that two `-i base` never run at once.
    const TopologyHost *self = TopologyProfile::self(p);
    const TopologyHost *database = TopologyProfile::firstWith(p, HostRole::Database);
    const TopologyHost *initialiser = TopologyProfile::firstWith(p, HostRole::App);
    const bool initialises = !self || self == initialiser;
    plan.add(QStringLiteral("db-init"),
             initialises ? Planner::tr("Initialise the database (base module)")
                         : Planner::tr("Wait until %1 has initialised the database").arg(initialiser ? initialiser->name : QString()),
             QStringLiteral("db-init"),
             {{QStringLiteral("PYTHON"), d.python},
              {QStringLiteral("ODOO_BIN"), d.odooBin},
              {QStringLiteral("CONFIG"), d.configFile},
              {QStringLiteral("DATABASE"), p.odoo.database},
              {QStringLiteral("DEMO"), StepScript::flag(p.odoo.demoData)},
              {QStringLiteral("DB_HOST"), self && database ? database->privateAddress : QString()},
              {QStringLiteral("DB_PORT"), QString::number(TopologyProfile::kPostgresqlPort)},
              {QStringLiteral("INIT"), StepScript::flag(initialises)},
              {QStringLiteral("WAIT"), QString::number(kWaitForInitialiserSec)}});

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
