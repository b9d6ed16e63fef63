#include "Maintenance.h"

#include "base/DeploymentPaths.h"
#include "base/StepScript.h"

#include <QRegularExpression>

namespace odoodeploy::Maintenance {

namespace {


RemoteStep rootStep(const QString &id, const QString &title, int timeoutSec, const QString &command)
{
    RemoteStep s;
    s.id = id;
    s.title = title;
    s.asRoot = true;
    s.timeoutSec = timeoutSec;
    s.command = command;
    s.exclusive = true; // git, pip and odoo -u beside a leftover of a lost connection: never
    return s;
}

} // namespace

RemoteStep updateFetchStep(const DeploymentProfile &profile, const HostFacts &facts, const QString &target, bool checkOnly)
{
    const QString to = target.isEmpty() ? profile.odoo.effectiveBranch() : target;
    ScriptValues values = StepScript::libValues(profile, facts);
    values += {{QStringLiteral("SRC"), DeploymentPaths::of(profile).sourceDir},
               {QStringLiteral("GIT_URL"), profile.odoo.gitUrl},
               {QStringLiteral("TARGET"), to},
               {QStringLiteral("CHECK_ONLY"), StepScript::flag(checkOnly)}};
    RemoteStep s = rootStep(QStringLiteral("update-fetch"),
                            checkOnly ? QCoreApplication::translate("Maintenance", "What updating to %1 would change").arg(to)
                                      : QCoreApplication::translate("Maintenance", "Fetch %1").arg(to),
                            1800, StepScript::withLib(QStringLiteral("update-fetch"), values));
    s.endsRunWhenUnchanged = true; // already there: no backup, no restart
    return s;
}

RemoteStep updateApplyStep(const DeploymentProfile &profile, const HostFacts &facts)
{
    const DeploymentPaths d = DeploymentPaths::of(profile);
    ScriptValues values = StepScript::libValues(profile, facts);
    values += {{QStringLiteral("SRC"), d.sourceDir},
               {QStringLiteral("VENV"), d.venvDir},
               {QStringLiteral("HTTP_PORT"), QString::number(profile.odoo.httpPort)},
               {QStringLiteral("LOGFILE"), d.logFile},
               {QStringLiteral("CONSOLE_LOG"), d.consoleLog}};
    return rootStep(QStringLiteral("update-apply"),
                    QCoreApplication::translate("Maintenance", "Move to the fetched commit and restart %1").arg(profile.service.name),
                    3600, StepScript::withLib(QStringLiteral("update-apply"), values));
}

RemoteStep upgradeStep(const DeploymentProfile &profile, const HostFacts &facts, const QString &modules, bool checkOnly)
{
    const DeploymentPaths d = DeploymentPaths::of(profile);
    ScriptValues values = StepScript::libValues(profile, facts);
    values += {{QStringLiteral("SRC"), d.sourceDir},
               {QStringLiteral("PYTHON"), d.python},
               {QStringLiteral("ODOO_BIN"), d.odooBin},
               {QStringLiteral("CONFIG"), d.configFile},
               {QStringLiteral("DATABASE"), profile.odoo.database},
               {QStringLiteral("MODULES"), modules},
               {QStringLiteral("HTTP_PORT"), QString::number(profile.odoo.httpPort)},
               {QStringLiteral("LOGFILE"), d.logFile},
               {QStringLiteral("CONSOLE_LOG"), d.consoleLog},
               {QStringLiteral("CHECK_ONLY"), StepScript::flag(checkOnly)}};
    return rootStep(QStringLiteral("upgrade"),
                    checkOnly ? QCoreApplication::translate("Maintenance", "What upgrading %1 would do").arg(modules)
                              : QCoreApplication::translate("Maintenance", "Upgrade the modules %1 in %2").arg(modules, profile.odoo.database),
                    6 * 3600, StepScript::withLib(QStringLiteral("upgrade"), values));
}

RemoteStep serviceSwitchStep(const DeploymentProfile &profile, const HostFacts &facts, bool running)
{
    const DeploymentPaths d = DeploymentPaths::of(profile);
    ScriptValues values = StepScript::libValues(profile, facts);
    values += {{QStringLiteral("RUNNING"), StepScript::flag(running)},
               {QStringLiteral("HTTP_PORT"), QString::number(profile.odoo.httpPort)},
               {QStringLiteral("LOGFILE"), d.logFile},
               {QStringLiteral("CONSOLE_LOG"), d.consoleLog}};
    return rootStep(running ? QStringLiteral("service-start") : QStringLiteral("service-stop"),
                    running ? QCoreApplication::translate("Maintenance", "Start Odoo again") : QCoreApplication::translate("Maintenance", "Stop Odoo"),
                    120, StepScript::withLib(QStringLiteral("service-switch"), values));
}

QString checkModuleList(const QString &modules)
{
    if (modules.trimmed().isEmpty())
        return QCoreApplication::translate("Maintenance", "Which modules? Give their technical names, separated by commas, or \"all\".");
    if (modules == QLatin1String("all"))
        return {};
    static const QRegularExpression name(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]{0,63}")));
    for (const QString &module : modules.split(QLatin1Char(','))) {
        if (module == QLatin1String("all"))
            return QCoreApplication::translate("Maintenance", "\"all\" upgrades every module: give it alone, not in a list.");
        if (!name.match(module).hasMatch())
            return QCoreApplication::translate("Maintenance", "\"%1\" is not an Odoo module name (lower-case letters, digits and "
                                                              "underscores, such as sale_management).")
                .arg(module.left(80));
    }
    return {};
}

} // namespace odoodeploy::Maintenance
