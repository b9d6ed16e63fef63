#include "TopologyMaintenance.h"

#include "MaintenanceOperations.h"
#include "Operations.h"
#include "StagingOperations.h"
#include "plan/Planner.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace odoodeploy {

QList<RemoteStep> UpstreamsOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    // The deploy's own steps, so the site is the one a deploy writes (backed up, tested).
    QList<RemoteStep> out;
    for (const RemoteStep &step : Planner::remoteSteps(profile, facts, false))
        if (step.id == QLatin1String("nginx-site") || step.id == QLatin1String("nginx"))
            out << step;
    return out;
}

namespace TopologyMaintenance {

namespace {

TopologyStage proxyStage(const DeploymentProfile &deployment, const QString &resting)
{
    TopologyStage stage;
    DeploymentProfile marked = deployment;
    marked.topology.resting = resting;
    for (const TopologyHost &proxy : deployment.topology.withRole(HostRole::Proxy))
        stage << TopologyTask{proxy.name, TopologyProfile::forHost(marked, proxy.name), std::make_shared<UpstreamsOperation>()};
    return stage;
}

} // namespace

TopologyStage backupStage(const DeploymentProfile &deployment, bool checkOnly, const QString &downloadTo)
{
    const DeploymentProfile keeper = TopologyProfile::forBackups(deployment);
    return {TopologyTask{keeper.topology.self, keeper, std::make_shared<BackupOperation>(checkOnly, downloadTo)}};
}

bool hasSomethingNew(const QJsonObject &details)
{
    // update-fetch's own test: "to" may be an abbreviated commit.
    const QString from = details.value(QStringLiteral("from")).toString();
    const QString to = details.value(QStringLiteral("to")).toString();
    return !to.isEmpty() && !from.startsWith(to);
}

namespace {

QStringList namesOf(const QList<TopologyHost> &hosts)
{
    QStringList names;
    for (const TopologyHost &host : hosts)
        names << host.name;
    return names;
}

QString rollingUpdateQuestion(const DeploymentProfile &deployment)
{
    const QStringList names = namesOf(deployment.topology.withRole(HostRole::App));
    return takesAppServersOut(deployment) ? QCoreApplication::translate("TopologyMaintenance", "Update the app servers that have something new one at a time (%1), each out of the proxy while it updates? Before the first update, %2 backs up the database and the filestore.")
                                  .arg(names.join(QStringLiteral(", ")), TopologyProfile::forBackups(deployment).topology.self)
                            : QCoreApplication::translate("TopologyMaintenance", "Update the app server %1 (after a backup)? It is the only one: the site pauses while Odoo restarts.")
                                  .arg(names.value(0));
}

} // namespace

Stages backup(const DeploymentProfile &deployment, bool checkOnly, const QString &downloadTo)
{
    const QString keeper = TopologyProfile::forBackups(deployment).topology.self;
    return {{backupStage(deployment, checkOnly, downloadTo)}, {},
            QCoreApplication::translate("TopologyMaintenance", "Back up the database and the filestore on %1?").arg(keeper), !checkOnly, {keeper}};
}

namespace {

// The operation on the first app server (which keeps the backups) while the other app
// servers are stopped. It first looks (its check, which refuses a damaged backup or a
// module list in vain before anything stops); then the others stop, it runs, the others
// run `othersAfter`'s operation if set, and start again. checkOnly: the look alone.
using OperationFor = std::function<std::shared_ptr<const Operation>(bool checkOnly)>;
using OthersAfter = std::function<std::shared_ptr<const Operation>()>;
Stages onFirstAppServerAlone(const DeploymentProfile &deployment, const OperationFor &operation, bool checkOnly,
                             const OthersAfter &othersAfter = {})
{
    const DeploymentProfile keeper = TopologyProfile::forBackups(deployment);
    const TopologyStage look{TopologyTask{keeper.topology.self, keeper, operation(true)}};
    TopologyStage stop, then, start;
    QStringList others;
    for (const TopologyHost &app : deployment.topology.withRole(HostRole::App)) {
        if (app.name == keeper.topology.self)
            continue;
        const DeploymentProfile server = TopologyProfile::forHost(deployment, app.name);
        stop << TopologyTask{app.name, server, std::make_shared<ServiceSwitchOperation>(false)};
        if (othersAfter)
            then << TopologyTask{app.name, server, othersAfter()};
        start << TopologyTask{app.name, server, std::make_shared<ServiceSwitchOperation>(true)};
        others << app.name;
    }
    Stages stages;
    if (checkOnly) {
        stages.first = {look};
    } else {
        const TopologyStage alone{TopologyTask{keeper.topology.self, keeper, operation(false)}};
        stages.first = {look};
        if (!stop.isEmpty())
            stages.first << stop;
        stages.first << alone;
        if (!then.isEmpty())
            stages.first << then;
        if (!start.isEmpty())
            stages.first << start;
    }
    stages.changesServers = !checkOnly;
    stages.stopsOtherAppServers = !checkOnly && !stop.isEmpty();
    stages.servers = QStringList{keeper.topology.self} + (checkOnly ? QStringList() : others);
    return stages;
}

// "%1" (what is done on the first app server), with the others stopped meanwhile.
QString aloneQuestion(const Stages &stages, const QString &what)
{
    const QStringList others = stages.servers.mid(1);
    return others.isEmpty() ? QCoreApplication::translate("TopologyMaintenance", "%1 on %2? Odoo stops meanwhile.").arg(what, stages.servers.value(0))
                            : QCoreApplication::translate("TopologyMaintenance", "%1 on %2, with %3 stopped meanwhile? The site does not answer until it is done.")
                                  .arg(what, stages.servers.value(0), others.join(QStringLiteral(", ")));
}

} // namespace

Stages moduleUpgrade(const DeploymentProfile &deployment, const QString &modules, bool checkOnly)
{
    Stages stages = onFirstAppServerAlone(
        deployment, [modules](bool check) { return std::make_shared<UpgradeOperation>(modules, check); }, checkOnly);
    stages.question = aloneQuestion(stages, QCoreApplication::translate("TopologyMaintenance", "Upgrade the modules %1 (after a backup)").arg(modules));
    return stages;
}

Stages restore(const DeploymentProfile &deployment, const QString &backup, bool otherDatabase, bool checkOnly)
{
    Stages stages = onFirstAppServerAlone(
        deployment, [backup, otherDatabase](bool check) { return std::make_shared<RestoreOperation>(backup, otherDatabase, check); }, checkOnly);
    stages.question = aloneQuestion(stages, QCoreApplication::translate("TopologyMaintenance", "Restore the backup %1 into the database and the filestore "
                                                                                            "(keeping them as they are now)").arg(backup));
    return stages;
}

Stages rollback(const DeploymentProfile &deployment, const RollbackPoint &point, bool checkOnly)
{
    // The other app servers go back to the same commit (already there: nothing changes).
    const QString commit = point.commit;
    Stages stages = onFirstAppServerAlone(
        deployment, [point](bool check) { return std::make_shared<RollbackOperation>(point, check); }, checkOnly,
        [commit] { return std::make_shared<UpdateOperation>(commit, false, false); });
    stages.question = aloneQuestion(stages, QCoreApplication::translate("TopologyMaintenance", "Roll back %1: every app server to commit %2, the database and "
                                                                                            "the filestore to the backup %3")
                                                .arg(point.describe(), point.commit.left(12), point.backup));
    return stages;
}

namespace {

// The servers a staging copy lives on, in the order it is made: its database, its Odoo, its site.
QList<TopologyHost> stagingServers(const DeploymentProfile &deployment)
{
    QList<TopologyHost> out;
    const TopologyHost *runs = StagingProfile::server(deployment);
    for (const TopologyHost *host : {TopologyProfile::firstWith(deployment, HostRole::Database), runs,
                                     TopologyProfile::firstWith(deployment, HostRole::Proxy)})
        if (host && std::none_of(out.cbegin(), out.cend(), [host](const TopologyHost &h) { return h.name == host->name; }))
            out << *host;
    return out;
}

// Every server looks at once; then, unless checkOnly, each in `order` works in turn.
Stages lookThenInTurn(const DeploymentProfile &deployment, const QList<TopologyHost> &order, bool checkOnly,
                      const OperationFor &operation)
{
    Stages stages;
    TopologyStage look;
    for (const TopologyHost &host : order)
        look << TopologyTask{host.name, TopologyProfile::forHost(deployment, host.name), operation(true)};
    stages.first = {look};
    if (!checkOnly)
        for (const TopologyHost &host : order)
            stages.first << TopologyStage{TopologyTask{host.name, TopologyProfile::forHost(deployment, host.name), operation(false)}};
    stages.servers = namesOf(order);
    stages.changesServers = !checkOnly;
    return stages;
}

} // namespace

Stages staging(const DeploymentProfile &deployment, bool checkOnly)
{
    const QList<TopologyHost> order = stagingServers(deployment);
    Stages stages = lookThenInTurn(deployment, order, checkOnly, [](bool check) { return std::make_shared<StagingOperation>(check); });
    stages.writesOdooConfig = true;
    const TopologyHost *runs = StagingProfile::server(deployment);
    const TopologyHost *proxy = TopologyProfile::firstWith(deployment, HostRole::Proxy);
    stages.question = QCoreApplication::translate("TopologyMaintenance", "Make a staging copy of %1: its database copied on %2, its Odoo on %3, its site %4 on %5?")
                          .arg(deployment.odoo.database, order.value(0).name, runs ? runs->name : QString(), StagingProfile::url(deployment),
                               proxy ? proxy->name : QString());
    return stages;
}

Stages removeStaging(const DeploymentProfile &deployment, bool checkOnly)
{
    QList<TopologyHost> order = stagingServers(deployment);
    std::reverse(order.begin(), order.end());
    Stages stages = lookThenInTurn(deployment, order, checkOnly, [](bool check) { return std::make_shared<RemoveStagingOperation>(check); });
    stages.question = QCoreApplication::translate("TopologyMaintenance", "Remove the staging copy (its site, its service and folders, its database %1) from %2?")
                          .arg(StagingProfile::database(deployment), stages.servers.join(QStringLiteral(", ")));
    return stages;
}

Stages rollingUpdate(const DeploymentProfile &deployment, const QString &target, bool checkOnly)
{
    const QList<TopologyHost> apps = deployment.topology.withRole(HostRole::App);
    // By value: `next` runs after this function returned.
    auto task = [deployment, target](const TopologyHost &app, bool check, bool backup) {
        return TopologyTask{app.name, TopologyProfile::forHost(deployment, app.name), std::make_shared<UpdateOperation>(target, check, backup)};
    };
    TopologyStage checks;
    for (const TopologyHost &app : apps)
        checks << task(app, true, true);
    QStringList servers = namesOf(apps);
    if (!checkOnly && takesAppServersOut(deployment))
        servers += namesOf(deployment.topology.withRole(HostRole::Proxy));
    if (checkOnly)
        return {{checks}, {}, rollingUpdateQuestion(deployment), false, servers};
    auto next = [deployment, apps, task, drain = takesAppServersOut(deployment),
                 keeper = TopologyProfile::forBackups(deployment).topology.self](const QHash<QString, QJsonObject> &details) {
        QList<TopologyStage> stages;
        bool backup = true; // before the first update, on the server that keeps the backups
        for (const TopologyHost &app : apps) {
            if (!hasSomethingNew(details.value(app.name)))
                continue;
            // The first to update backs up itself when it keeps the backups; else the keeper does, on its own.
            if (backup && app.name != keeper) {
                stages << backupStage(deployment, false);
                backup = false;
            }
            if (drain)
                stages << proxyStage(deployment, app.name);
            stages << TopologyStage{task(app, false, std::exchange(backup, false))};
            if (drain)
                stages << proxyStage(deployment, QString());
        }
        return stages;
    };
    return {{checks}, next, rollingUpdateQuestion(deployment), true, servers};
}

bool takesAppServersOut(const DeploymentProfile &deployment)
{
    // With one app server there is no other to answer meanwhile: leaving it in the
    // upstreams at least keeps the requests before and after its restart.
    return deployment.topology.withRole(HostRole::App).size() > 1;
}

} // namespace TopologyMaintenance

} // namespace odoodeploy
