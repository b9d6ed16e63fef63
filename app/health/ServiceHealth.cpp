#include "ServiceHealth.h"

#include "base/StepScript.h"
#include "base/DeploymentPaths.h"

#include <QCoreApplication>

namespace odoodeploy::ServiceHealth {

namespace {
const QString kOdooLogMarker = QStringLiteral("--- odoo log ---");
const QString kNginxLogMarker = QStringLiteral("--- nginx error log ---");
} // namespace

RemoteStep step(const DeploymentProfile &profile)
{
    const DeploymentPaths d = DeploymentPaths::of(profile);
    RemoteStep s;
    s.id = QString::fromLatin1(kStepId);
    s.title = QCoreApplication::translate("health", "Service state and recent logs");
    s.timeoutSec = 10;
    // Read-only, so it needs no root.
    s.command = StepScript::compose(QStringLiteral("service-state"),
                                    {{QStringLiteral("SERVICE"), profile.service.name},
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
    for (const QString &line : head.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("state: ")))
            continue;
        state.known = true;
        state.running = line == QLatin1String("state: running");
        state.detail = line.mid(7).trimmed();
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
