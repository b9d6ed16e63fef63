// Packages: the lists, an optional upgrade, what Odoo needs, wkhtmltopdf.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"

namespace odoodeploy::PlanParts {

QStringList packageList(const DeploymentProfile &p)
{
    // Runtime and build dependencies of Odoo's requirements.txt, PostgreSQL, nginx and
    // Debian's wkhtmltopdf (PDF reports).
    QStringList list{QStringLiteral("postgresql"), QStringLiteral("postgresql-client"), QStringLiteral("python3"),
                     QStringLiteral("python3-venv"), QStringLiteral("python3-dev"), QStringLiteral("python3-psycopg2"),
                     QStringLiteral("build-essential"), QStringLiteral("libpq-dev"), QStringLiteral("libxml2-dev"),
                     QStringLiteral("libxslt1-dev"), QStringLiteral("libldap2-dev"), QStringLiteral("libsasl2-dev"),
                     QStringLiteral("libjpeg-dev"), QStringLiteral("zlib1g-dev"), QStringLiteral("libffi-dev"),
                     QStringLiteral("libssl-dev"), QStringLiteral("git"), QStringLiteral("nginx"),
                     QStringLiteral("openssl"), QStringLiteral("fonts-dejavu-core"), QStringLiteral("logrotate")};
    // Debian's wkhtmltopdf, unless the profile names the upstream .deb (installed by its own step).
    list << (p.odoo.wkhtmltopdfDeb.isEmpty() ? QStringLiteral("wkhtmltopdf") : QStringLiteral("curl"));
    if (p.web.certificate == CertificateMode::LetsEncrypt)
        list << QStringLiteral("certbot");
    if (p.web.firewall)
        list << QStringLiteral("ufw");
    return list;
}

void packages(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    plan.add(QStringLiteral("apt-update"), Planner::tr("Refresh the package lists"), QStringLiteral("apt-update"));
    if (p.server.upgradePackages)
        plan.add(QStringLiteral("apt-upgrade"), Planner::tr("Upgrade the installed packages"), QStringLiteral("apt-upgrade"));
    QStringList list = packageList(p);
    // Without systemd's timers, cron runs certbot's renewals and the scheduled backup.
    if (plan.initSystem != QLatin1String("systemd") && (p.web.certificate == CertificateMode::LetsEncrypt || p.backup.scheduled))
        list << QStringLiteral("cron");
    plan.add(QStringLiteral("packages"), Planner::tr("Install PostgreSQL, nginx, Python and build packages"), QStringLiteral("packages"),
             {{QStringLiteral("PACKAGES"), list.join(QLatin1Char(' '))}});
    if (!p.odoo.wkhtmltopdfDeb.isEmpty())
        plan.add(QStringLiteral("wkhtmltopdf"), Planner::tr("wkhtmltopdf from %1").arg(p.odoo.wkhtmltopdfDeb), QStringLiteral("wkhtmltopdf"),
                 {{QStringLiteral("DEB_URL"), p.odoo.wkhtmltopdfDeb}});
}

} // namespace odoodeploy::PlanParts
