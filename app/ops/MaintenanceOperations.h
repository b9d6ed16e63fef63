#pragma once
// The operations of a deployment's later life: update, module upgrade, rollback.
// Update and upgrade take a backup first and record it with the commit that ran;
// rollback reads that back from the journal (RollbackPoint) and restores both.

#include "Operation.h"
#include "plan/Maintenance.h"
#include "profile/DeploymentState.h"

#include <QCoreApplication>

namespace odoodeploy {

// Update the checkout to `target` (a branch, tag or commit; empty: the profile's
// branch): fetch (refusing local changes; nothing more when already there), backup,
// check out, requirements, restart once. In check mode: what it would fetch and take.
class UpdateOperation : public CheckableOperation
{
    Q_DECLARE_TR_FUNCTIONS(UpdateOperation)
public:
    // withBackup false: another server of the deployment took it (a rolling update's
    // first app server backs up the shared database and filestore once).
    UpdateOperation(QString target, bool checkOnly, bool withBackup = true)
        : CheckableOperation("update", tr("Update"), tr("What an update would change"), checkOnly), m_target(std::move(target)),
          m_backup(withBackup) {}
    bool needsFacts() const override { return true; }
    QList<Requirement> requirements(const DeploymentProfile &profile, const HostFacts &facts) const override;
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;

private:
    QString m_target;
    bool m_backup;
};

// "-u modules" (validated: Odoo module names or "all") after a backup, the service
// stopped meanwhile and started once after.
class UpgradeOperation : public CheckableOperation
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeOperation)
public:
    UpgradeOperation(QString modules, bool checkOnly)
        : CheckableOperation("upgrade", tr("Upgrade modules"), tr("What a module upgrade would do"), checkOnly), m_modules(std::move(modules)) {}
    bool needsFacts() const override { return true; }
    QList<Requirement> requirements(const DeploymentProfile &profile, const HostFacts &facts) const override;
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;

private:
    QString m_modules;
};

// The Odoo service stopped, or started and answering (Maintenance::serviceSwitchStep):
// the other app servers of several around a module upgrade on the first.
class ServiceSwitchOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(ServiceSwitchOperation)
public:
    explicit ServiceSwitchOperation(bool running) : m_running(running) {}
    QString id() const override { return m_running ? QStringLiteral("service-start") : QStringLiteral("service-stop"); }
    QString title() const override { return m_running ? tr("Start Odoo again") : tr("Stop Odoo"); }
    bool needsFacts() const override { return true; }
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override
    {
        return {Maintenance::serviceSwitchStep(profile, facts, m_running)};
    }
    bool changesServer() const override { return true; }

private:
    bool m_running;
};

// Where a rollback goes: the backup taken before the newest update or module upgrade
// in the journal (also one that failed: that is when it is needed), and the commit
// that ran then.
struct RollbackPoint {
    Q_DECLARE_TR_FUNCTIONS(RollbackPoint)
public:
    QString backup;     // the backup folder's name
    QString commit;     // 40 hex digits
    QString operation;  // "update" or "upgrade"
    QDateTime time;
    QString problem;    // why there is none (translated), else empty

    static RollbackPoint fromJournal(const DeploymentState &state);
    // "the update of <local time>", "the module upgrade of …" (translated).
    QString describe() const;
};

// Back to the commit and the database and filestore of a RollbackPoint
// (Backup::restoreStep with the commit); works when the service cannot start.
class RollbackOperation : public CheckableOperation
{
    Q_DECLARE_TR_FUNCTIONS(RollbackOperation)
public:
    RollbackOperation(RollbackPoint point, bool checkOnly)
        : CheckableOperation("rollback", tr("Roll back"), tr("What a rollback would do"), checkOnly), m_point(std::move(point)) {}
    bool needsFacts() const override { return true; }
    QList<Requirement> requirements(const DeploymentProfile &profile, const HostFacts &facts) const override;
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;

private:
    RollbackPoint m_point;
};

} // namespace odoodeploy
