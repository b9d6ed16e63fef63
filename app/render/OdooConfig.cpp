#include "base/DeploymentPaths.h"
#include "Generators.h"
#include "profile/OdooVersions.h"
#include "profile/TopologyProfile.h"

#include <QStringList>

namespace odoodeploy {

namespace {

QString pythonBool(bool value) { return value ? QStringLiteral("True") : QStringLiteral("False"); }

} // namespace

QString Generators::odooConfig(const DeploymentProfile &p)
{
    const DeploymentPaths paths = DeploymentPaths::of(p);
    const OdooVersionTraits *traits = OdooVersions::find(p.odoo.version);
    const auto &perf = p.performance;
    QStringList out;
    auto option = [&out](const QString &key, const QString &value) {
        out << QStringLiteral("%1 = %2").arg(key, value);
    };

    out << QStringLiteral("; %1 - written by odoo-deploy for \"%2\" (Odoo %3).")
               .arg(paths.configFile, p.name, p.odoo.version)
        << QStringLiteral("; A redeploy replaces this file (keeping a backup): change the profile instead.")
        << QStringLiteral("[options]")
        << QStringLiteral("; Paths")
        << QStringLiteral("addons_path = %1/addons,%1/odoo/addons").arg(paths.sourceDir);
    option(QStringLiteral("data_dir"), paths.dataDir);
    option(QStringLiteral("logfile"), paths.logFile);

    out << QString() << QStringLiteral("; Security: hashed master password, no database list, one database");
    option(QStringLiteral("admin_passwd"), p.odoo.masterPassword.hash);
    option(QStringLiteral("list_db"), pythonBool(false));
    option(QStringLiteral("db_name"), p.odoo.database);
    option(QStringLiteral("dbfilter"), p.odoo.effectiveDbFilter());
    option(QStringLiteral("without_demo"), p.odoo.demoData ? pythonBool(false) : QStringLiteral("all"));

    const TopologyHost *database = TopologyProfile::firstWith(p, HostRole::Database);
    const TopologyHost *self = TopologyProfile::self(p);
    if (database && self) {
        out << QString() << QStringLiteral("; PostgreSQL on the database server %1, over TLS with a password").arg(database->name);
        option(QStringLiteral("db_host"), database->privateAddress);
        option(QStringLiteral("db_port"), QString::number(TopologyProfile::kPostgresqlPort));
        option(QStringLiteral("db_user"), p.odoo.systemUser);
        option(QStringLiteral("db_password"), QLatin1String(kDatabasePasswordPlaceholder));
        option(QStringLiteral("db_sslmode"), QStringLiteral("require"));

        out << QString() << QStringLiteral("; HTTP: on this server's private address, where only the proxy may reach it");
        option(QStringLiteral("http_interface"), self->privateAddress);
    } else {
        out << QString() << QStringLiteral("; PostgreSQL on this machine, over its socket with peer authentication");
        option(QStringLiteral("db_host"), pythonBool(false));
        option(QStringLiteral("db_port"), pythonBool(false));
        option(QStringLiteral("db_user"), p.odoo.systemUser);
        option(QStringLiteral("db_password"), pythonBool(false));

        out << QString() << QStringLiteral("; HTTP: only nginx on this machine talks to Odoo");
        option(QStringLiteral("http_interface"), QStringLiteral("127.0.0.1"));
    }
    option(QStringLiteral("http_port"), QString::number(p.odoo.httpPort));
    option(traits ? traits->realtimePortOption : QStringLiteral("gevent_port"),
           QString::number(p.odoo.longpollingPort));
    option(QStringLiteral("proxy_mode"), pythonBool(true));

    if (p.odoo.mailBlocked) {
        // ".invalid" never resolves (RFC 6761): a mail Odoo sends without an active mail
        // server record fails and stays in its queue instead of leaving the machine.
        out << QString() << QStringLiteral("; A staging copy sends no mail");
        option(QStringLiteral("smtp_server"), QStringLiteral("mail-blocked-in-staging.invalid"));
    }

    out << QString() << QStringLiteral("; Workers and per-worker limits (bytes, seconds)");
    option(QStringLiteral("workers"), QString::number(perf.workers));
    option(QStringLiteral("max_cron_threads"), QString::number(perf.maxCronThreads));
    option(QStringLiteral("limit_memory_soft"), QString::number(perf.limitMemorySoft));
    option(QStringLiteral("limit_memory_hard"), QString::number(perf.limitMemoryHard));
    option(QStringLiteral("limit_request"), QString::number(perf.limitRequest));
    option(QStringLiteral("limit_time_cpu"), QString::number(perf.limitTimeCpu));
    option(QStringLiteral("limit_time_real"), QString::number(perf.limitTimeReal));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace odoodeploy
