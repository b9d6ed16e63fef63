#include "StagingProfile.h"

#include "TopologyProfile.h"
#include "Validation.h"

#include <QCoreApplication>

namespace odoodeploy::StagingProfile {

namespace {
const char kSuffix[] = "-staging";
}

QString database(const DeploymentProfile &p)
{
    return p.staging.database.isEmpty() ? p.odoo.database + QStringLiteral("_staging") : p.staging.database;
}

bool ownName(const DeploymentProfile &p)
{
    return !p.staging.domain.isEmpty();
}

bool ownSelfSignedCertificate(const DeploymentProfile &p)
{
    return ownName(p) && p.web.certificate == CertificateMode::SelfSigned;
}

int publicPort(const DeploymentProfile &p)
{
    if (ownName(p))
        return p.web.https() ? 443 : 80;
    if (p.staging.publicPort != 0)
        return p.staging.publicPort;
    return p.web.https() ? 8443 : 8080;
}

QString url(const DeploymentProfile &p)
{
    const QString host = ownName(p) ? p.staging.domain : p.web.domain;
    const QString bracketed = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    const int port = publicPort(p);
    const bool standard = port == (p.web.https() ? 443 : 80);
    return (p.web.https() ? QStringLiteral("https://") : QStringLiteral("http://")) + bracketed
           + (standard ? QString() : QLatin1Char(':') + QString::number(port)) + QLatin1Char('/');
}

DeploymentProfile of(const DeploymentProfile &production)
{
    DeploymentProfile s = production;
    s.name = production.name + QStringLiteral(" (staging)");
    s.service.name = production.service.name + QLatin1String(kSuffix);
    s.odoo.database = database(production);
    s.odoo.dbFilter.clear(); // "^<copy>$": never production's database by a pattern
    s.odoo.httpPort = production.staging.httpPort;
    s.odoo.longpollingPort = production.staging.longpollingPort;
    s.performance.workers = qMin(production.performance.workers, 2);
    s.performance.maxCronThreads = 0;
    s.odoo.mailBlocked = true;
    s.backup.scheduled = false;
    if (ownName(production))
        s.web.domain = production.staging.domain;
    // The copy's own staging settings mean nothing; its ports are production's, so that
    // the copy's profile passes validation like any other.
    s.staging = StagingSettings();
    s.staging.httpPort = production.odoo.httpPort;
    s.staging.longpollingPort = production.odoo.longpollingPort;
    // On several servers the copy is one Odoo on the first app server, with a data
    // folder of its own there: the other app servers and the shared filestore play no
    // part in it (the proxy's staging upstreams name that one server).
    if (production.topology.spansServers()) {
        const TopologyHost *runs = server(production);
        const QString runsName = runs ? runs->name : QString();
        QList<TopologyHost> hosts;
        for (TopologyHost host : std::as_const(production.topology.hosts)) {
            host.roles.setFlag(HostRole::Files, false);
            if (host.name != runsName)
                host.roles.setFlag(HostRole::App, false);
            if (host.roles)
                hosts << host;
        }
        s.topology.hosts = hosts;
    }
    return s;
}

const TopologyHost *server(const DeploymentProfile &production)
{
    return TopologyProfile::firstWith(production, HostRole::App);
}

QString problem(const DeploymentProfile &p)
{
    const QString service = p.service.name + QLatin1String(kSuffix);
    if (!Validation::checkServiceName(service).isEmpty())
        return QCoreApplication::translate("StagingProfile", "The copy's service would be called \"%1\", longer than 32 characters; "
                                                             "choose a shorter service name.").arg(service);
    const QString db = database(p);
    if (db == p.odoo.database)
        return QCoreApplication::translate("StagingProfile", "The copy's database must not be production's database %1.").arg(db);
    if (const QString bad = Validation::checkDatabaseName(db); !bad.isEmpty())
        return QCoreApplication::translate("StagingProfile", "The copy's database: %1 Give it a name in the staging settings.").arg(bad);
    return {};
}

} // namespace odoodeploy::StagingProfile
