#pragma once
// The later life of a deployment on several servers, as TopologyRun stages. A rolling
// update takes the app servers one at a time: the proxy stops sending them requests
// (their upstream entries marked down, nginx -t before the reload), the server updates
// and answers again, the proxy takes it back. The site keeps answering through the
// others throughout; an app server whose update failed stays out of the upstreams.

#include "MaintenanceOperations.h"
#include "Operation.h"
#include "TopologyRun.h"

#include <QCoreApplication>

namespace odoodeploy {

// The proxy's site as the deployment's derived profile renders it (topology.resting
// marked down): the deploy's nginx site file and nginx's reload, nothing else.
class UpstreamsOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamsOperation)
public:
    QString id() const override { return QStringLiteral("upstreams"); }
    QString title() const override { return tr("The proxy's app servers"); }
    bool needsFacts() const override { return true; }
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    bool changesServer() const override { return true; }
};

namespace TopologyMaintenance {

// A maintenance of the deployment, as TopologyRun::startStages takes it; the command
// line and the wizard run the same.
struct Stages {
    QList<TopologyStage> first;
    TopologyRun::NextStages next; // may be unset
    QString question;             // asked first when it changes the servers (translated)
    bool changesServers = false;
    QStringList servers;          // those it may work on, in the profile's order
    bool stopsOtherAppServers = false; // around the first app server's work; a failure leaves them stopped
    bool writesOdooConfig = false;     // a step writes an odoo.conf: the database password is needed
};

// An update (UpdateOperation, to `target`) of every app server. First every app server
// says at once what it would take (and that it has room for the backup); with
// checkOnly that is all. Else those that have something new update one at a time, out
// of the proxy's upstreams meanwhile when there is another to answer; before the first
// update the server that keeps the backups (the first app server) backs up the shared
// database and filestore, within its own update when it has something new. Nothing new
// anywhere: nothing more runs.
Stages rollingUpdate(const DeploymentProfile &deployment, const QString &target, bool checkOnly);
// A backup (BackupOperation) on the server that keeps the backups
// (TopologyProfile::backupServer): the database server's database and the shared filestore.
// downloadTo: then downloaded into that folder of this computer (BackupOperation).
TopologyStage backupStage(const DeploymentProfile &deployment, bool checkOnly, const QString &downloadTo = {});
Stages backup(const DeploymentProfile &deployment, bool checkOnly, const QString &downloadTo = {});

// A module upgrade (UpgradeOperation: backup, -u) on the first app server, while the other
// app servers are stopped (ServiceSwitchOperation), so that none serves from a database
// whose modules change under it; they start again after it. The first app server looks
// first (the operation's check): what it refuses stops nothing. An upgrade that failed
// leaves the others stopped: the command line and the wizard say so, and `deploy` starts
// them. checkOnly: the first app server's look, nothing else runs.
Stages moduleUpgrade(const DeploymentProfile &deployment, const QString &modules, bool checkOnly);
// A restore of the backup `backup` (on the first app server, RestoreOperation: into the
// database server's database as the Odoo role, the one before kept as a dump) and the
// shared filestore, the other app servers stopped meanwhile as for moduleUpgrade.
Stages restore(const DeploymentProfile &deployment, const QString &backup, bool otherDatabase, bool checkOnly);
// A rollback to `point` (the first app server's journal: RollbackOperation there), the
// other app servers stopped meanwhile, moved to the same commit (UpdateOperation without
// a backup) and started again.
Stages rollback(const DeploymentProfile &deployment, const RollbackPoint &point, bool checkOnly);
// A staging copy (StagingOperation on each server taking part, StagingProfile::of): every
// one looks first at once (ports, room); then one after the other the database server
// copies the database, the first app server runs the copy, the proxy serves its site.
// checkOnly: the look alone.
Stages staging(const DeploymentProfile &deployment, bool checkOnly);
// Its removal (RemoveStagingOperation): the proxy's site first, then the copy's service
// and folders, then its database, so that nothing reaches what is already gone.
Stages removeStaging(const DeploymentProfile &deployment, bool checkOnly);
// Whether a server's update check (its "from" and "to" details) found something new.
bool hasSomethingNew(const QJsonObject &details);
// Whether a rolling update takes each app server out of the proxy's upstreams while it
// updates: only when there is another to answer meanwhile.
bool takesAppServersOut(const DeploymentProfile &deployment);

} // namespace TopologyMaintenance

} // namespace odoodeploy
