#include "Planner.h"

#include "CertificatePin.h"
#include "PlanBuilder.h"
#include "profile/OdooVersions.h"
#include "profile/TopologyProfile.h"
#include "profile/WorkerSuggestion.h"
#include "render/Generators.h"

#include <QCryptographicHash>

namespace odoodeploy {

QStringList Planner::packages(const DeploymentProfile &p)
{
    return PlanParts::packageList(p);
}

QStringList Planner::refusals(const DeploymentProfile &p, const HostFacts &f)
{
    QStringList out;
    if (!f.probed) {
        out << tr("The server has not been probed; nothing can be planned without its facts.");
        return out;
    }
    if (f.osId != QLatin1String("debian") && f.osId != QLatin1String("ubuntu"))
        out << tr("%1 is not Debian or Ubuntu; only those are supported.").arg(f.osName.isEmpty() ? f.osId : f.osName);
    const OdooVersionTraits *traits = OdooVersions::find(p.odoo.version);
    // A server of several is checked for what its roles need.
    const bool app = TopologyProfile::plays(p, HostRole::App);
    const QStringList py = f.pythonVersion.split(QLatin1Char('.'));
    if (app && traits && py.size() >= 2 && !traits->python.contains(py.at(0).toInt(), py.at(1).toInt()))
        out << tr("Odoo %1 needs Python 3.%2 to 3.%3; the server has Python %4. Choose another Odoo version or server.")
                   .arg(p.odoo.version).arg(traits->python.minMinor).arg(traits->python.maxMinor).arg(f.pythonVersion);
    // A port taken by something that is not ours.
    const bool nginxThere = !f.nginxVersion.isEmpty();
    if (TopologyProfile::plays(p, HostRole::Proxy))
        for (int port : {80, 443})
            if (f.listeningPorts.contains(port) && !nginxThere)
                out << tr("Port %1 is already used by another program than nginx; nginx needs it.").arg(port);
    if (app)
        for (int port : {p.odoo.httpPort, p.odoo.longpollingPort})
            if (f.listeningPorts.contains(port) && !f.odooInstalled)
                out << tr("Port %1 is already used by another program; Odoo needs it (choose other local ports).").arg(port);
    if (TopologyProfile::plays(p, HostRole::Database) && p.topology.spansServers() && f.listeningPorts.contains(TopologyProfile::kPostgresqlPort)
        && f.postgresqlVersions.isEmpty())
        out << tr("Port 5432 is already used by another program than PostgreSQL; the app servers reach PostgreSQL there.");
    if (p.service.initSystem == InitSystem::Systemd && f.init != HostFacts::Init::Systemd)
        out << tr("The profile asks for a systemd unit, but the server does not run systemd; choose \"detect\" or SysV init.");
    const int processes = std::max(p.performance.workers, 1) + p.performance.maxCronThreads;
    const double neededMiB = processes * WorkerSizing::kPerProcessMiB;
    if (app && f.ramBytes > 0 && neededMiB > double(f.ramBytes) / (1024 * 1024))
        out << tr("%1 workers and cron threads need about %2 MiB of RAM; the server has %3 MiB. Use fewer workers.")
                   .arg(processes).arg(qRound(neededMiB)).arg(f.ramBytes / (1024 * 1024));
    constexpr qint64 kMinDisk = 3LL * 1024 * 1024 * 1024;
    if (f.diskFreeBytes > 0 && f.diskFreeBytes < kMinDisk)
        out << tr("Only %1 MiB are free on the server's disk; at least 3 GiB are needed.").arg(f.diskFreeBytes / (1024 * 1024));
    out << plan(p, f).problems;
    return out;
}

Plan Planner::plan(const DeploymentProfile &p, const HostFacts &f)
{
    PlanBuilder builder(p, f);
    // On several servers each plans its own roles (TopologyProfile::forHost).
    if (p.topology.spansServers() && !TopologyProfile::self(p)) {
        builder.problem(tr("A profile on several servers is planned one server at a time."));
        return builder.take();
    }
    PlanParts::packages(builder);
    PlanParts::database(builder);
    PlanParts::filestoreServer(builder);
    if (TopologyProfile::plays(p, HostRole::App)) {
        PlanParts::source(builder);
        PlanParts::service(builder);
    }
    if (TopologyProfile::plays(p, HostRole::Proxy))
        PlanParts::web(builder);
    PlanParts::upkeep(builder);
    PlanParts::firewall(builder);
    return builder.take();
}

namespace {

// withLib starts with cd /: tools run as other users (postgres, odoo) must not start
// in root's home.
RemoteStep compose(const PlanStep &step, const char *driver)
{
    ScriptValues values = step.values;
    values.append({QStringLiteral("STEP_INPUT"), step.input.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes")});
    // A connection lost while the input is sent leaves part of it: lib.sh compares.
    if (!step.input.isEmpty())
        values.append({QStringLiteral("STEP_INPUT_SHA256"),
                       QString::fromLatin1(QCryptographicHash::hash(step.input, QCryptographicHash::Sha256).toHex())});
    RemoteStep r;
    r.id = step.id;
    r.title = step.title;
    r.asRoot = true;
    r.input = step.input;
    r.command = StepScript::withLib(step.script, values) + StepScript::file(QLatin1String(driver));
    return r;
}

} // namespace

bool Planner::needsDatabasePassword(const QList<RemoteStep> &steps)
{
    return std::any_of(steps.cbegin(), steps.cend(),
                       [](const RemoteStep &s) { return s.input.contains(Generators::kDatabasePasswordPlaceholder); });
}

void Planner::fillDatabasePassword(QList<RemoteStep> &steps, const QString &password)
{
    const auto sha256 = [](const QByteArray &bytes) { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(); };
    for (RemoteStep &s : steps) {
        if (!s.input.contains(Generators::kDatabasePasswordPlaceholder))
            continue;
        const QByteArray before = sha256(s.input);
        s.input.replace(Generators::kDatabasePasswordPlaceholder, password.toUtf8());
        // A checksum is 64 hex digits: nothing else in the composed script matches it.
        s.command.replace(QString::fromLatin1(before), QString::fromLatin1(sha256(s.input)));
    }
}

RemoteStep Planner::toRunStep(const PlanStep &step)
{
    RemoteStep r = compose(step, "run-driver");
    r.timeoutSec = step.timeoutSec;
    r.exclusive = true;
    return r;
}

RemoteStep Planner::toCheckStep(const PlanStep &step)
{
    RemoteStep r = compose(step, "check-driver");
    r.timeoutSec = 120;
    return r;
}

QList<RemoteStep> Planner::remoteSteps(const DeploymentProfile &profile, const HostFacts &facts, bool checkMode)
{
    const Plan planned = plan(profile, facts);
    if (!planned.problems.isEmpty())
        return {};
    QList<RemoteStep> steps;
    for (const PlanStep &step : planned.steps)
        steps << (checkMode ? toCheckStep(step) : toRunStep(step));
    if (!checkMode && profile.web.certificate == CertificateMode::SelfSigned && TopologyProfile::plays(profile, HostRole::Proxy))
        steps << CertificatePin::step(profile);
    return steps;
}

} // namespace odoodeploy
