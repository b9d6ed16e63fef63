#include "Staging.h"

#include "PlanBuilder.h"
#include "Planner.h"
#include "profile/StagingProfile.h"
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
             {{QStringLiteral("PORT"), port}, {QStringLiteral("WANTED"), open ? QStringLiteral("open") : QStringLiteral("closed")}});
}

void addRendered(PlanBuilder &plan, const char *id, const QString &title, PlanBuilder::After after)
{
    if (const RenderedFile *file = plan.rendered(QString::fromLatin1(id)))
        plan.addFile(QStringLiteral("staging-") + QString::fromLatin1(id), title.arg(file->remotePath), file->remotePath, file->content.toUtf8(),
                     file->owner, file->group, file->mode, after);
}

} // namespace

Plan plan(const DeploymentProfile &production, const HostFacts &facts)
{
    const DeploymentProfile staging = StagingProfile::of(production);
    PlanBuilder plan(staging, facts);
    const DeploymentPaths &d = plan.paths;
    const DeploymentPaths live = DeploymentPaths::of(production);
    const QString port = QString::number(StagingProfile::publicPort(production));

    plan.add(QStringLiteral("staging-data-dir"), Planner::tr("Data folder %1").arg(d.dataDir), QStringLiteral("folder"), {{QStringLiteral("DIR"), d.dataDir}});
    plan.add(QStringLiteral("staging-log-dir"), Planner::tr("Log folder %1").arg(d.logDir), QStringLiteral("folder"), {{QStringLiteral("DIR"), d.logDir}});
    plan.add(QStringLiteral("staging-database"),
             production.staging.copy == StagingCopy::Template
                 ? Planner::tr("Database %1 copied from %2 (createdb --template: production stops for the copy)").arg(staging.odoo.database, production.odoo.database)
                 : Planner::tr("Database %1 copied from %2 while production runs, then neutralised").arg(staging.odoo.database, production.odoo.database),
             QStringLiteral("staging-database"),
             {{QStringLiteral("SOURCE_DB"), production.odoo.database},
              {QStringLiteral("DATABASE"), staging.odoo.database},
              {QStringLiteral("COPY"), toText(production.staging.copy)},
              {QStringLiteral("BASE_URL"), StagingProfile::url(production).chopped(1)},
              {QStringLiteral("PORTS"), QStringLiteral("%1 %2 %3").arg(staging.odoo.httpPort).arg(staging.odoo.longpollingPort)
                                            .arg(StagingProfile::ownName(production) ? QString() : port).trimmed()},
              {QStringLiteral("PRODUCTION_SERVICE"), production.service.name},
              {QStringLiteral("PRODUCTION_PORT"), QString::number(production.odoo.httpPort)},
              {QStringLiteral("PRODUCTION_LOGFILE"), live.logFile},
              {QStringLiteral("PRODUCTION_CONSOLE_LOG"), live.consoleLog}});
    plan.add(QStringLiteral("staging-filestore"), Planner::tr("Filestore %1 as hard links to production's").arg(d.filestore),
             QStringLiteral("staging-filestore"), {{QStringLiteral("SOURCE"), live.filestore}, {QStringLiteral("TARGET"), d.filestore}});

    addRendered(plan, "odoo.conf", Planner::tr("Odoo configuration %1"), PlanBuilder::After::RestartOdoo);
    addRendered(plan, "systemd-unit", Planner::tr("Service definition %1"), PlanBuilder::After::RestartOdoo);
    addRendered(plan, "sysvinit-script", Planner::tr("Service definition %1"), PlanBuilder::After::RestartOdoo);
    plan.add(QStringLiteral("staging-service"), Planner::tr("Staging service %1 running on port %2").arg(staging.service.name).arg(staging.odoo.httpPort),
             QStringLiteral("service"), {{QStringLiteral("HTTP_PORT"), QString::number(staging.odoo.httpPort)}});

    if (StagingProfile::ownName(production))
        PlanParts::certificate(plan);
    plan.addFile(QStringLiteral("staging-nginx-site"), Planner::tr("nginx site %1 (%2)").arg(d.nginxSite, StagingProfile::url(production)), d.nginxSite,
                 Generators::stagingSite(production, facts).toUtf8(), QStringLiteral("root"), QStringLiteral("root"), 0644,
                 PlanBuilder::After::ReloadNginx);
    plan.add(QStringLiteral("staging-nginx-enable"), Planner::tr("nginx serves the staging site"), QStringLiteral("nginx-enable"),
             {{QStringLiteral("SITE"), d.nginxSite}, {QStringLiteral("SITE_LINK"), d.nginxSiteLink}});
    plan.add(QStringLiteral("staging-nginx"), Planner::tr("nginx running with the staging site on port %1").arg(port), QStringLiteral("nginx"),
             {{QStringLiteral("WEB_PORT"), port}});
    addRendered(plan, "logrotate", Planner::tr("Log rotation %1"), PlanBuilder::After::Nothing);
    firewallPort(plan, production, true);
    return plan.take();
}

Plan removal(const DeploymentProfile &production, const HostFacts &facts)
{
    const DeploymentProfile staging = StagingProfile::of(production);
    PlanBuilder plan(staging, facts);
    const DeploymentPaths &d = plan.paths;
    const bool ownSelfSigned = StagingProfile::ownSelfSignedCertificate(production);
    plan.add(QStringLiteral("staging-remove"), Planner::tr("Staging copy removed: service %1, its site, database %2 and folders").arg(staging.service.name, staging.odoo.database),
             QStringLiteral("staging-remove"),
             {{QStringLiteral("DATABASE"), staging.odoo.database},
              {QStringLiteral("PRODUCTION_DB"), production.odoo.database},
              {QStringLiteral("UNIT"), d.systemdUnit},
              {QStringLiteral("INIT_SCRIPT"), d.initScript},
              {QStringLiteral("SITE"), d.nginxSite},
              {QStringLiteral("SITE_LINK"), d.nginxSiteLink},
              {QStringLiteral("CONFIG_DIR"), d.configDir},
              {QStringLiteral("DATA_DIR"), d.dataDir},
              {QStringLiteral("LOG_DIR"), d.logDir},
              {QStringLiteral("LOGROTATE"), d.logrotateConfig},
              // On its own name a self-signed copy has a certificate of its own.
              {QStringLiteral("CERTIFICATE"), ownSelfSigned ? d.certificate : QString()},
              {QStringLiteral("CERTIFICATE_KEY"), ownSelfSigned ? d.certificateKey : QString()}});
    firewallPort(plan, production, false);
    return plan.take();
}

} // namespace odoodeploy::Staging
