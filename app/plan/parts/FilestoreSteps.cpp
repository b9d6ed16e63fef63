// The shared filestore of a deployment on several servers (docs/topology.md): on the
// files server, GlusterFS's daemon and one volume that only the app servers may mount;
// on each app server, that volume mounted at Odoo's data folder, so that attachments
// and sessions are the same whichever app server answers. NFS is a profile setting
// that cannot be tested on this project's machines: it is refused rather than guessed.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy::PlanParts {

namespace {

bool refusedEngine(PlanBuilder &plan)
{
    if (plan.profile.topology.filestore == FilestoreEngine::GlusterFS)
        return false;
    plan.problem(Planner::tr("The NFS filestore is not built yet (it cannot be tested here: this kernel has no NFS server or client); "
                             "choose \"glusterfs\" for topology.filestore."));
    return true;
}

} // namespace

void filestoreServer(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const TopologyHost *self = TopologyProfile::self(p);
    if (!self || !p.topology.spansServers() || !self->roles.testFlag(HostRole::Files) || refusedEngine(plan))
        return;
    const DeploymentPaths &d = plan.paths;
    if (const RenderedFile *init = plan.rendered(QStringLiteral("glusterd-sysvinit")))
        plan.addFile(QStringLiteral("glusterd-init"), Planner::tr("GlusterFS init script %1").arg(init->remotePath), init->remotePath,
                     init->content.toUtf8(), init->owner, init->group, init->mode, PlanBuilder::After::Nothing);
    plan.add(QStringLiteral("glusterd"), Planner::tr("GlusterFS running and enabled"), QStringLiteral("glusterd"));
    const QStringList apps = TopologyProfile::appAddresses(p);
    plan.add(QStringLiteral("filestore-volume"),
             Planner::tr("Shared filestore: GlusterFS volume %1, mountable only by the app servers (%2)")
                 .arg(d.filestoreVolume, apps.join(QStringLiteral(", "))),
             QStringLiteral("filestore-volume"),
             {{QStringLiteral("VOLUME"), d.filestoreVolume},
              {QStringLiteral("BRICK"), d.filestoreBrick},
              {QStringLiteral("ADDRESS"), self->privateAddress},
              {QStringLiteral("ALLOW"), apps.join(QLatin1Char(','))}});
}

void filestoreMount(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const TopologyHost *files = TopologyProfile::firstWith(p, HostRole::Files);
    if (!TopologyProfile::self(p) || !p.topology.spansServers() || !files || refusedEngine(plan))
        return;
    const DeploymentPaths &d = plan.paths;
    const QString source = QStringLiteral("%1:/%2").arg(files->privateAddress, d.filestoreVolume);
    plan.add(QStringLiteral("filestore-mount"), Planner::tr("Shared filestore %1 mounted at %2").arg(source, d.dataDir),
             QStringLiteral("filestore-mount"),
             {{QStringLiteral("SOURCE"), source},
              {QStringLiteral("DIR"), d.dataDir},
              {QStringLiteral("FSTYPE"), QStringLiteral("glusterfs")},
              // _netdev: mounted once the network is up, at boot.
              {QStringLiteral("OPTIONS"), QStringLiteral("defaults,_netdev")}});
}

} // namespace odoodeploy::PlanParts
