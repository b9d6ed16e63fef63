#include "ServiceHealth.h"

#include "base/StepScript.h"
#include "base/DeploymentPaths.h"
#include "HealthTarget.h"
#include "profile/TopologyProfile.h"

#include <QCoreApplication>

namespace odoodeploy::ServiceHealth {

namespace {
const QString kOdooLogMarker = QStringLiteral("--- odoo log ---");
const QString kNginxLogMarker = QStringLiteral("--- nginx error log ---");
} // namespace

RemoteStep step(const DeploymentProfile &profile)
{
    const DeploymentPaths d = DeploymentPaths::of(profile);
    // What this server's roles ask to check, decided in one place with the checker's side.
    const HealthTarget checks = HealthTarget::checksOf(profile);
    const TopologyHost *database = TopologyProfile::firstWith(profile, HostRole::Database);
    RemoteStep s;
    s.id = QString::fromLatin1(kStepId);
    s.title = QCoreApplication::translate("health", "Service state and recent logs");
    s.timeoutSec = 10;
    // Read-only, so it needs no root.
    s.command = StepScript::compose(QStringLiteral("service-state"),
                                    {{QStringLiteral("SERVICE"), checks.checkService ? profile.service.name : QString()},
                                     {QStringLiteral("CONFIG"), d.configFile},
                                     {QStringLiteral("DB_HOST"), checks.checkDatabase && database ? database->privateAddress : QString()},
                                     {QStringLiteral("DB_PORT"), QString::number(TopologyProfile::kPostgresqlPort)},
                                     {QStringLiteral("DB_USER"), profile.odoo.systemUser},
                                     {QStringLiteral("DATABASE"), profile.odoo.database},
                                     {QStringLiteral("POSTGRESQL_HERE"), StepScript::flag(checks.checkPostgresql)},
                                     {QStringLiteral("FILESTORE_DIR"), checks.checkFilestore ? d.dataDir : QString()},
                                     {QStringLiteral("ODOO_USER"), profile.odoo.systemUser},
                                     {QStringLiteral("LOG_FILE"), d.logFile},
                                     {QStringLiteral("NGINX_ERROR_LOG"), d.nginxErrorLog},
                                     {QStringLiteral("LOG_LINES"), QString::number(kLogLines)},
                                     {QStringLiteral("ODOO_LOG_MARKER"), kOdooLogMarker},
                                     {QStringLiteral("NGINX_LOG_MARKER"), kNginxLogMarker}});
    return s;
}

ServiceState parse(const QString &output)
{
    ServiceState state;
    const qsizetype odoo = output.indexOf(kOdooLogMarker);
    const qsizetype nginx = output.indexOf(kNginxLogMarker);
    const QString head = output.left(odoo < 0 ? output.size() : odoo);
    const auto read = [](const QString &line, const QString &name, const QString &good, StateLine *into) {
        if (!line.startsWith(name + QLatin1String(": ")))
            return;
        into->known = true;
        into->detail = line.mid(name.size() + 2).trimmed();
        into->ok = into->detail == good;
    };
    for (const QString &line : head.split(QLatin1Char('\n'))) {
        StateLine service;
        read(line, QStringLiteral("state"), QStringLiteral("running"), &service);
        if (service.known) {
            state.known = true;
            state.running = service.ok;
            state.detail = service.detail;
        }
        read(line, QStringLiteral("database"), QStringLiteral("reachable"), &state.database);
        read(line, QStringLiteral("postgresql"), QStringLiteral("running"), &state.postgresql);
        read(line, QStringLiteral("filestore"), QStringLiteral("writable"), &state.filestore);
    }
    if (odoo >= 0) {
        const qsizetype from = odoo + kOdooLogMarker.size() + 1;
        state.odooLog = output.mid(from, (nginx > odoo ? nginx : output.size()) - from);
    }
    if (nginx >= 0)
        state.nginxLog = output.mid(nginx + kNginxLogMarker.size() + 1);
    return state;
}

} // namespace odoodeploy::ServiceHealth
