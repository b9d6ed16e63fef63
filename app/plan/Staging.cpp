#include "Staging.h"

#include "PlanBuilder.h"
#include "Planner.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"
#include "render/Generators.h"

namespace odoodeploy::Staging {

namespace {

// A firewall that is on lets in the staging site's own port (on its own name it is 443
// or 80, which production's firewall lets in). Whatever the profile says: ufw may be on
// for another reason, and the script does nothing when it is not.
void firewallPort(PlanBuilder &plan, const DeploymentProfile &production, bool open)
{
    if (StagingProfile::ownName(production))
        return;
    const QString port = QString::number(StagingProfile::publicPort(production));
    plan.add(QStringLiteral("staging-firewall"),
             open ? Planner::tr("Firewall, when on, lets in port %1 (the staging site)").arg(port)
                  : Planner::tr("Firewall rule for port %1 removed").arg(port),
             QStringLiteral("firewall-port"),
             {{QStringLiteral("PORTS"), port}, {QStringLiteral("WANTED"), open ? QStringLiteral("open") : QStringLiteral("closed")}});
}

// On several servers a firewall that is on lets the copy's Odoo ports in on the app
// server that runs it, from the proxy only (rules of the copy's own, which the deploy's
// firewall step leaves alone).
void appFirewall(PlanBuilder &plan, const DeploymentProfile &staging, bool open)
{
    const TopologyHost *proxy = TopologyProfile::firstWith(staging, HostRole::Proxy);
    if (!staging.topology.spansServers() || !proxy || TopologyProfile::plays(staging, HostRole::Proxy))
        return;
    const QString ports = QStringLiteral("%1 %2").arg(staging.odoo.httpPort).arg(staging.odoo.longpollingPort);
    plan.add(QStringLiteral("staging-app-firewall"),
             open ? Planner::tr("Firewall, when on, lets in ports %1 (the staging copy) only from the proxy's address %2").arg(ports, proxy->privateAddress)
                  : Planner::tr("Firewall rules for ports %1 (the staging copy) removed").arg(ports),
             QStringLiteral("firewall-port"),
             {{QStringLiteral("PORTS"), ports}, {QStringLiteral("FROM"), proxy->privateAddress},
              {QStringLiteral("WANTED"), open ? QStringLiteral("open") : QStringLiteral("closed")}});
}

void addRendered(PlanBuilder &plan, const char *id, const QString &title, PlanBuilder::After after)
{
    if (const RenderedFile *file = plan.rendered(QString::fromLatin1(id)))
        plan.addFile(QStringLiteral("staging-") + QString::fromLatin1(id), title.arg(file->remotePath), file->remotePath, file->content.toUtf8(),
                     file->owner, file->group, file->mode, after);
}

// Before anything is made: the ports this server's part needs are free.
void portsPart(PlanBuilder &plan, const DeploymentProfile &production, bool app, bool proxy)
{
    QStringList ports;
    if (app)
        ports << QString::number(production.staging.httpPort) << QString::number(production.staging.longpollingPort);
    if (proxy && !StagingProfile::ownName(production))
        ports << QString::number(StagingProfile::publicPort(production));
    if (ports.isEmpty())
        return;
    plan.add(QStringLiteral("staging-ports"), Planner::tr("Ports %1 free for the staging copy").arg(ports.join(QStringLiteral(", "))),
             QStringLiteral("ports-free"),
             {{QStringLiteral("PORTS"), ports.join(QLatin1Char(' '))},
              {QStringLiteral("MARKER"), app ? plan.paths.configFile : plan.paths.nginxSite},
              {QStringLiteral("WHAT"), QStringLiteral("the staging copy")}});
}

// The database copied and neutralised. `app`: production's Odoo runs on this server too
// (a template copy stops it); else it is elsewhere and the database is closed instead.
void databasePart(PlanBuilder &plan, const DeploymentProfile &production, const HostFacts &facts, bool app)
{
    const DeploymentProfile &staging = plan.profile;
    const DeploymentPaths live = DeploymentPaths::of(production);
    const bool several = production.topology.spansServers();
    // The app server that runs the copy may reach its database (pg_hba.conf): the
    // deploy's own step, with production's values, so a deployment from before the copy
    // existed gets it now.
    if (several) {
        PlanBuilder live(production, facts);
        PlanParts::postgresqlAccess(live);
        for (const PlanStep &step : live.take().steps)
            plan.append(step);
    }
    const QString &copy = staging.odoo.database, &source = production.odoo.database;
    const QString title = production.staging.copy != StagingCopy::Template
                              ? Planner::tr("Database %1 copied from %2 while production runs, then neutralised").arg(copy, source)
                          : app ? Planner::tr("Database %1 copied from %2 (createdb --template: production stops for the copy)").arg(copy, source)
                                : Planner::tr("Database %1 copied from %2 (createdb --template: production cannot reach its database for the copy)")
                                      .arg(copy, source);
    plan.add(QStringLiteral("staging-database"), title, QStringLiteral("staging-database"),
             {{QStringLiteral("SOURCE_DB"), source},
              {QStringLiteral("DATABASE"), copy},
              {QStringLiteral("COPY"), toText(production.staging.copy)},
              {QStringLiteral("BASE_URL"), StagingProfile::url(production).chopped(1)},
              {QStringLiteral("PRODUCTION_SERVICE"), app ? production.service.name : QString()},
              {QStringLiteral("PRODUCTION_PORT"), QString::number(production.odoo.httpPort)},
              {QStringLiteral("PRODUCTION_LOGFILE"), live.logFile},
              {QStringLiteral("PRODUCTION_CONSOLE_LOG"), live.consoleLog}});
}

// The copy's Odoo: its folders, filestore, odoo.conf, service, log rotation.
void appPart(PlanBuilder &plan, const DeploymentProfile &production)
{
    const DeploymentProfile &staging = plan.profile;
    const DeploymentPaths &d = plan.paths;
    plan.add(QStringLiteral("staging-data-dir"), Planner::tr("Data folder %1").arg(d.dataDir), QStringLiteral("folder"), {{QStringLiteral("DIR"), d.dataDir}});
    plan.add(QStringLiteral("staging-log-dir"), Planner::tr("Log folder %1").arg(d.logDir), QStringLiteral("folder"), {{QStringLiteral("DIR"), d.logDir}});
    plan.add(QStringLiteral("staging-filestore"),
             production.topology.spansServers() ? Planner::tr("Filestore %1 copied from production's shared one").arg(d.filestore)
                                                : Planner::tr("Filestore %1 as hard links to production's").arg(d.filestore),
             QStringLiteral("staging-filestore"), {{QStringLiteral("SOURCE"), DeploymentPaths::of(production).filestore}, {QStringLiteral("TARGET"), d.filestore}});
    addRendered(plan, "odoo.conf", Planner::tr("Odoo configuration %1"), PlanBuilder::After::RestartOdoo);
    addRendered(plan, "systemd-unit", Planner::tr("Service definition %1"), PlanBuilder::After::RestartOdoo);
    addRendered(plan, "sysvinit-script", Planner::tr("Service definition %1"), PlanBuilder::After::RestartOdoo);
    plan.add(QStringLiteral("staging-service"), Planner::tr("Staging service %1 running on port %2").arg(staging.service.name).arg(staging.odoo.httpPort),
             QStringLiteral("service"), {{QStringLiteral("HTTP_PORT"), QString::number(staging.odoo.httpPort)}});
    addRendered(plan, "logrotate", Planner::tr("Log rotation %1"), PlanBuilder::After::Nothing);
    appFirewall(plan, staging, true);
}

// The copy's nginx site (and certificate on a name of its own).
void proxyPart(PlanBuilder &plan, const DeploymentProfile &production, const HostFacts &facts)
{
    const DeploymentPaths &d = plan.paths;
    const QString port = QString::number(StagingProfile::publicPort(production));
    if (StagingProfile::ownName(production))
        PlanParts::certificate(plan);
    plan.addFile(QStringLiteral("staging-nginx-site"), Planner::tr("nginx site %1 (%2)").arg(d.nginxSite, StagingProfile::url(production)), d.nginxSite,
                 Generators::stagingSite(production, facts).toUtf8(), QStringLiteral("root"), QStringLiteral("root"), 0644,
                 PlanBuilder::After::ReloadNginx);
    plan.add(QStringLiteral("staging-nginx-enable"), Planner::tr("nginx serves the staging site"), QStringLiteral("nginx-enable"),
             {{QStringLiteral("SITE"), d.nginxSite}, {QStringLiteral("SITE_LINK"), d.nginxSiteLink}});
    plan.add(QStringLiteral("staging-nginx"), Planner::tr("nginx running with the staging site on port %1").arg(port), QStringLiteral("nginx"),
             {{QStringLiteral("WEB_PORT"), port}});
    firewallPort(plan, production, true);
}

} // namespace

Plan plan(const DeploymentProfile &production, const HostFacts &facts)
{
    const DeploymentProfile staging = StagingProfile::of(production);
    PlanBuilder plan(staging, facts);
    // On several servers each plays its part (StagingProfile::of): the database server
    // copies the database, the first app server runs the copy, the proxy serves it.
    const bool database = TopologyProfile::plays(staging, HostRole::Database);
    const bool app = TopologyProfile::plays(staging, HostRole::App);
    const bool proxy = TopologyProfile::plays(staging, HostRole::Proxy);
    portsPart(plan, production, app, proxy);
    if (database)
        databasePart(plan, production, facts, app);
    if (app)
        appPart(plan, production);
    if (proxy)
        proxyPart(plan, production, facts);
    return plan.take();
}

Plan removal(const DeploymentProfile &production, const HostFacts &facts)
{
    const DeploymentProfile staging = StagingProfile::of(production);
    PlanBuilder plan(staging, facts);
    const DeploymentPaths &d = plan.paths;
    const bool database = TopologyProfile::plays(staging, HostRole::Database);
    const bool app = TopologyProfile::plays(staging, HostRole::App);
    const bool proxy = TopologyProfile::plays(staging, HostRole::Proxy);
    if (!database && !app && !proxy)
        return plan.take();
    const bool ownSelfSigned = proxy && StagingProfile::ownSelfSignedCertificate(production);
    auto appPath = [app](const QString &path) { return app ? path : QString(); };
    const QString title = production.topology.spansServers()
                              ? (database ? Planner::tr("Staging copy's database %1 dropped").arg(staging.odoo.database)
                                 : app    ? Planner::tr("Staging service %1 and its folders removed").arg(staging.service.name)
                                          : Planner::tr("Staging copy's nginx site removed"))
                              : Planner::tr("Staging copy removed: service %1, its site, database %2 and folders").arg(staging.service.name, staging.odoo.database);
    if (app)
        appFirewall(plan, staging, false);
    plan.add(QStringLiteral("staging-remove"), title, QStringLiteral("staging-remove"),
             {{QStringLiteral("DATABASE"), database ? staging.odoo.database : QString()},
              {QStringLiteral("PRODUCTION_DB"), production.odoo.database},
              {QStringLiteral("UNIT"), appPath(d.systemdUnit)},
              {QStringLiteral("INIT_SCRIPT"), appPath(d.initScript)},
              {QStringLiteral("SITE"), proxy ? d.nginxSite : QString()},
              {QStringLiteral("SITE_LINK"), proxy ? d.nginxSiteLink : QString()},
              {QStringLiteral("CONFIG_DIR"), appPath(d.configDir)},
              {QStringLiteral("DATA_DIR"), appPath(d.dataDir)},
              {QStringLiteral("LOG_DIR"), appPath(d.logDir)},
              {QStringLiteral("LOGROTATE"), appPath(d.logrotateConfig)},
              // On its own name a self-signed copy has a certificate of its own.
              {QStringLiteral("CERTIFICATE"), ownSelfSigned ? d.certificate : QString()},
              {QStringLiteral("CERTIFICATE_KEY"), ownSelfSigned ? d.certificateKey : QString()}});
    if (proxy)
        firewallPort(plan, production, false);
    return plan.take();
}

} // namespace odoodeploy::Staging
