// The database server of a deployment on several servers: PostgreSQL's settings for
// the app servers (a file of its conf.d) and their entries in pg_hba.conf. The step
// scripts find the cluster's folder on the server: its path holds PostgreSQL's version.
#include "Generators.h"

#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"

#include <QHostAddress>

namespace odoodeploy {

namespace {

// pg_hba.conf takes a name in double quotes literally (never as a keyword like "all").
QString hbaName(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString hostMask(const QString &address)
{
    return address + (QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("/128") : QStringLiteral("/32"));
}

} // namespace

QString Generators::postgresqlSettingsName(const DeploymentProfile &p)
{
    return QStringLiteral("odoo-deploy-%1.conf").arg(p.service.name);
}

QString Generators::postgresqlSettings(const DeploymentProfile &p)
{
    const TopologyHost *database = TopologyProfile::firstWith(p, HostRole::Database);
    const QString address = database ? database->privateAddress : QStringLiteral("localhost");
    return QStringLiteral(
               "# conf.d/%1 - written by odoo-deploy for %2. A redeploy replaces it: change the profile instead.\n"
               "# The app servers reach PostgreSQL on this server's private address; no other interface listens.\n"
               "listen_addresses = 'localhost,%3'\n"
               "# Over TLS only (pg_hba.conf: hostssl), with Debian's certificate of the cluster.\n"
               "ssl = on\n"
               "password_encryption = 'scram-sha-256'\n")
        .arg(postgresqlSettingsName(p), p.service.name, address);
}

QString Generators::postgresqlAccessBegin(const DeploymentProfile &p)
{
    return QStringLiteral("# BEGIN odoo-deploy %1").arg(p.service.name);
}

QString Generators::postgresqlAccessEnd(const DeploymentProfile &p)
{
    return QStringLiteral("# END odoo-deploy %1").arg(p.service.name);
}

QString Generators::postgresqlAccess(const DeploymentProfile &p)
{
    const QString user = hbaName(p.odoo.systemUser);
    // Odoo connects to its database, and to "postgres" where it lists databases.
    const QString databases = hbaName(p.odoo.database) + QLatin1Char(',') + hbaName(QStringLiteral("postgres"));
    QStringList lines{postgresqlAccessBegin(p),
                      QStringLiteral("# Written by odoo-deploy, first in the file: PostgreSQL takes the first entry that matches."),
                      QStringLiteral("# The app servers reach database %1 as %2 over TLS with a password; %2 never without TLS.")
                          .arg(p.odoo.database, p.odoo.systemUser)};
    for (const QString &address : TopologyProfile::appAddresses(p))
        lines << QStringLiteral("hostssl   %1 %2 %3 scram-sha-256").arg(databases, user, hostMask(address));
    // Written with production's, so that a deploy keeps it: the staging copy exists or not.
    if (const TopologyHost *staging = StagingProfile::server(p)) {
        lines << QStringLiteral("# Its staging copy %1 (\"staging\") runs on %2.").arg(StagingProfile::database(p), staging->name)
              << QStringLiteral("hostssl   %1 %2 %3 scram-sha-256").arg(hbaName(StagingProfile::database(p)), user, hostMask(staging->privateAddress));
    }
    lines << QStringLiteral("hostnossl all %1 all reject").arg(user) << postgresqlAccessEnd(p);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace odoodeploy
