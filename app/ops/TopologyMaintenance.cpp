#include "TopologyMaintenance.h"

#include "MaintenanceOperations.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"

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

QList<TopologyStage> rollingUpdate(const DeploymentProfile &deployment, const QString &target, bool checkOnly)
{
    const QList<TopologyHost> apps = deployment.topology.withRole(HostRole::App);
    // The database and the filestore are shared: the first app server backs them up.
    auto update = [&](const TopologyHost &app) {
        return TopologyTask{app.name, TopologyProfile::forHost(deployment, app.name),
                            std::make_shared<UpdateOperation>(target, checkOnly, app.name == apps.constFirst().name)};
    };
    if (checkOnly) {
        TopologyStage all;
        for (const TopologyHost &app : apps)
            all << update(app);
        return {all};
    }
    // With one app server there is no other to answer meanwhile: leaving it in the
    // upstreams at least keeps the requests before and after its restart.
    const bool drain = apps.size() > 1;
    QList<TopologyStage> stages;
    for (const TopologyHost &app : apps) {
        if (drain)
            stages << proxyStage(deployment, app.name);
        stages << TopologyStage{update(app)};
        if (drain)
            stages << proxyStage(deployment, QString());
    }
    return stages;
}

QString rollingUpdateQuestion(const DeploymentProfile &deployment)
{
    QStringList names;
    for (const TopologyHost &app : deployment.topology.withRole(HostRole::App))
        names << app.name;
    return names.size() > 1 ? QCoreApplication::translate("TopologyMaintenance", "Update the app servers one at a time (%1), each out of the proxy while it updates? %2 backs up the database and the filestore first.")
                                  .arg(names.join(QStringLiteral(", ")), names.constFirst())
                            : QCoreApplication::translate("TopologyMaintenance", "Update the app server %1 (after a backup)? It is the only one: the site pauses while Odoo restarts.")
                                  .arg(names.value(0));
}

} // namespace TopologyMaintenance

} // namespace odoodeploy
