// The optional firewall (ufw), last: once everything it lets in is in place. On
// several servers each lets in only what its roles serve, and only from the servers
// that use it: PostgreSQL from the app servers, Odoo from the proxy.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy::PlanParts {

void firewall(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    if (!p.web.firewall)
        return;
    const bool proxy = TopologyProfile::plays(p, HostRole::Proxy);
    QStringList from;
    QStringList what;
    if (p.topology.spansServers()) {
        if (TopologyProfile::plays(p, HostRole::Database)) {
            for (const QString &address : TopologyProfile::appAddresses(p))
                from << QString::number(TopologyProfile::kPostgresqlPort) + QLatin1Char('@') + address;
            what << Planner::tr("PostgreSQL from the app servers");
        }
        // GlusterFS: glusterd, then the brick's port, which glusterd picks in this range.
        if (TopologyProfile::self(p) && TopologyProfile::self(p)->roles.testFlag(HostRole::Files)) {
            for (const QString &address : TopologyProfile::appAddresses(p))
                from << QStringLiteral("24007@") + address << QStringLiteral("49152:60999@") + address;
            what << Planner::tr("the shared filestore from the app servers");
        }
        const TopologyHost *proxyHost = TopologyProfile::firstWith(p, HostRole::Proxy);
        if (TopologyProfile::plays(p, HostRole::App) && !proxy && proxyHost) {
            for (int port : {p.odoo.httpPort, p.odoo.longpollingPort})
                from << QStringLiteral("%1@%2").arg(port).arg(proxyHost->privateAddress);
            what << Planner::tr("Odoo from the proxy");
        }
    }
    if (proxy)
        what.prepend(Planner::tr("HTTP and HTTPS"));
    what.prepend(Planner::tr("SSH"));
    plan.add(QStringLiteral("firewall"), Planner::tr("Firewall: only %1 come in").arg(what.join(QStringLiteral(", "))), QStringLiteral("firewall"),
             {{QStringLiteral("SSH_PORT"), QString::number(p.server.port)},
              {QStringLiteral("OPEN"), proxy ? QStringLiteral("80 443") : QString()},
              {QStringLiteral("FROM"), from.join(QLatin1Char(' '))}});
}

} // namespace odoodeploy::PlanParts
