#include "TopologyMaintenance.h"

#include "MaintenanceOperations.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"

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

bool hasSomethingNew(const QJsonObject &details)
{
    // update-fetch's own test: "to" may be an abbreviated commit.
    const QString from = details.value(QStringLiteral("from")).toString();
    const QString to = details.value(QStringLiteral("to")).toString();
    return !to.isEmpty() && !from.startsWith(to);
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
    if (checkOnly)
        return {{checks}, {}};
    auto next = [deployment, apps, task, drain = takesAppServersOut(deployment)](const QHash<QString, QJsonObject> &details) {
        QList<TopologyStage> stages;
        bool backup = true; // by the first that updates
        for (const TopologyHost &app : apps) {
            if (!hasSomethingNew(details.value(app.name)))
                continue;
            if (drain)
                stages << proxyStage(deployment, app.name);
            stages << TopologyStage{task(app, false, std::exchange(backup, false))};
            if (drain)
                stages << proxyStage(deployment, QString());
        }
        return stages;
    };
    return {{checks}, next};
}

bool takesAppServersOut(const DeploymentProfile &deployment)
{
    // With one app server there is no other to answer meanwhile: leaving it in the
    // upstreams at least keeps the requests before and after its restart.
    return deployment.topology.withRole(HostRole::App).size() > 1;
}

QString rollingUpdateQuestion(const DeploymentProfile &deployment)
{
    QStringList names;
    for (const TopologyHost &app : deployment.topology.withRole(HostRole::App))
        names << app.name;
    return takesAppServersOut(deployment) ? QCoreApplication::translate("TopologyMaintenance", "Update the app servers that have something new one at a time (%1), each out of the proxy while it updates? The first of them backs up the database and the filestore before it updates.")
                                  .arg(names.join(QStringLiteral(", ")))
                            : QCoreApplication::translate("TopologyMaintenance", "Update the app server %1 (after a backup)? It is the only one: the site pauses while Odoo restarts.")
                                  .arg(names.value(0));
}

} // namespace TopologyMaintenance

} // namespace odoodeploy
