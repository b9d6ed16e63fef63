#include "ServiceHealth.h"

#include "plan/ShellQuote.h"
#include "render/DeploymentPaths.h"

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
    // Read-only, so it needs no root; the logs are read with sudo when that needs no
    // password, else as the login user (who may be in the adm group).
    s.command = QStringLiteral(
        "name=%1\n"
        "if [ -d /run/systemd/system ]; then\n"
        "  if systemctl is-active --quiet \"$name\"; then echo 'state: running'; else echo \"state: stopped ($(systemctl is-active \"$name\" 2>&1))\"; fi\n"
        "elif [ -x \"/etc/init.d/$name\" ]; then\n"
        "  if \"/etc/init.d/$name\" status >/dev/null 2>&1; then echo 'state: running'; else echo 'state: stopped'; fi\n"
        "else\n"
        "  echo 'state: stopped (not installed)'\n"
        "fi\n"
        "if [ \"$(id -u)\" = 0 ]; then t=tail; elif sudo -n true 2>/dev/null; then t='sudo -n tail'; else t=tail; fi\n"
        "echo %2; $t -n %4 %3 2>&1 || true\n"
        "echo %5; $t -n %4 %6 2>&1 || true\n")
                    .arg(shellQuote(profile.service.name), shellQuote(kOdooLogMarker), shellQuote(d.logFile))
                    .arg(kLogLines)
                    .arg(shellQuote(kNginxLogMarker), shellQuote(d.nginxErrorLog));
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
