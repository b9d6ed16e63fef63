// Packages: the lists, an optional upgrade, what Odoo needs, wkhtmltopdf.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy::PlanParts {

QStringList packageList(const DeploymentProfile &p)
{
    // A server alone plays every role; one of several gets what its roles need.
    const bool database = TopologyProfile::plays(p, HostRole::Database);
    const bool app = TopologyProfile::plays(p, HostRole::App);
    const bool proxy = TopologyProfile::plays(p, HostRole::Proxy);
    QStringList list;
    if (database)
        list << QStringLiteral("postgresql");
    if (database || app)
        list << QStringLiteral("postgresql-client");
    if (app)
        // Runtime and build dependencies of Odoo's requirements.txt, and Debian's
        // wkhtmltopdf (PDF reports) unless the profile names the upstream .deb (installed
        // by its own step).
        list << QStringLiteral("python3") << QStringLiteral("python3-venv") << QStringLiteral("python3-dev")
             << QStringLiteral("python3-psycopg2") << QStringLiteral("build-essential") << QStringLiteral("libpq-dev")
             << QStringLiteral("libxml2-dev") << QStringLiteral("libxslt1-dev") << QStringLiteral("libldap2-dev")
             << QStringLiteral("libsasl2-dev") << QStringLiteral("libjpeg-dev") << QStringLiteral("zlib1g-dev")
             << QStringLiteral("libffi-dev") << QStringLiteral("libssl-dev") << QStringLiteral("git");
    if (proxy)
        list << QStringLiteral("nginx") << QStringLiteral("openssl");
    if (app)
        list << QStringLiteral("fonts-dejavu-core") << QStringLiteral("logrotate")
             << (p.odoo.wkhtmltopdfDeb.isEmpty() ? QStringLiteral("wkhtmltopdf") : QStringLiteral("curl"));
    if (proxy && p.web.certificate == CertificateMode::LetsEncrypt)
        list << QStringLiteral("certbot");
    // The shared filestore of several servers: its server, and the app servers' client.
    const bool gluster = p.topology.spansServers() && p.topology.filestore == FilestoreEngine::GlusterFS;
    if (gluster && TopologyProfile::plays(p, HostRole::Files))
        list << QStringLiteral("glusterfs-server");
    else if (gluster && app)
        list << QStringLiteral("glusterfs-client");
    if (p.web.firewall)
        list << QStringLiteral("ufw");
    return list;
}

bool needsCron(const DeploymentProfile &p)
{
    return (TopologyProfile::plays(p, HostRole::Proxy) && p.web.certificate == CertificateMode::LetsEncrypt)
           || (TopologyProfile::keepsBackups(p) && p.backup.scheduled);
}

void packages(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    plan.add(QStringLiteral("apt-update"), Planner::tr("Refresh the package lists"), QStringLiteral("apt-update"));
    if (p.server.upgradePackages)
        plan.add(QStringLiteral("apt-upgrade"), Planner::tr("Upgrade the installed packages"), QStringLiteral("apt-upgrade"));
    QStringList list = packageList(p);
    // Without systemd's timers, cron runs certbot's renewals and the scheduled backup.
    if (plan.initSystem != QLatin1String("systemd") && needsCron(p))
        list << QStringLiteral("cron");
    plan.add(QStringLiteral("packages"),
             TopologyProfile::self(p) ? Planner::tr("Install the packages of this server's roles (%1)").arg(toTexts(TopologyProfile::self(p)->roles).join(QStringLiteral(", ")))
                                       : Planner::tr("Install PostgreSQL, nginx, Python and build packages"),
             QStringLiteral("packages"), {{QStringLiteral("PACKAGES"), list.join(QLatin1Char(' '))}});
    if (TopologyProfile::plays(p, HostRole::App) && !p.odoo.wkhtmltopdfDeb.isEmpty())
        plan.add(QStringLiteral("wkhtmltopdf"), Planner::tr("wkhtmltopdf from %1").arg(p.odoo.wkhtmltopdfDeb), QStringLiteral("wkhtmltopdf"),
                 {{QStringLiteral("DEB_URL"), p.odoo.wkhtmltopdfDeb}});
}

} // namespace odoodeploy::PlanParts
