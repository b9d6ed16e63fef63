#include "MaintenanceOperations.h"

#include "Operations.h"
#include "base/StepScript.h"
#include "plan/Backup.h"
#include "plan/Maintenance.h"
#include "profile/Validation.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace odoodeploy {

namespace {

void recordValue(const QString &output, const QString &key, OperationRecord &record, const QString &as = QString())
{
    const QString v = StepScript::outputValue(output, key);
    if (!v.isEmpty())
        record.details.insert(as.isEmpty() ? key : as, v);
}

bool isCommit(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{40}")));
    return pattern.match(text).hasMatch();
}

} // namespace

QList<Requirement> UpdateOperation::requirements(const DeploymentProfile &, const HostFacts &) const
{
    if (m_target.isEmpty())
        return {};
    const QString problem = Validation::checkGitBranch(m_target);
    return problem.isEmpty() ? QList<Requirement>{} : QList<Requirement>{{problem, true}};
}

QList<RemoteStep> UpdateOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    QList<RemoteStep> out{Maintenance::updateFetchStep(profile, facts, m_target, checkOnly())};
    if (m_backup)
        out << Backup::step(profile, checkOnly());
    if (!checkOnly())
        out << Maintenance::updateApplyStep(profile, facts);
    return out;
}

void UpdateOperation::record(const RemoteStep &step, const QString &output, OperationRecord &record) const
{
    if (step.id == QLatin1String(Backup::kStepId)) {
        BackupOperation::recordWritten(output, record);
    } else {
        recordValue(output, QStringLiteral("from"), record);
        recordValue(output, QStringLiteral("to"), record);
        recordValue(output, QStringLiteral("updated"), record);
    }
}

QList<Requirement> UpgradeOperation::requirements(const DeploymentProfile &, const HostFacts &) const
{
    const QString problem = Maintenance::checkModuleList(m_modules);
    return problem.isEmpty() ? QList<Requirement>{} : QList<Requirement>{{problem, true}};
}

QList<RemoteStep> UpgradeOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    return {Backup::step(profile, checkOnly()), Maintenance::upgradeStep(profile, facts, m_modules, checkOnly())};
}

void UpgradeOperation::record(const RemoteStep &step, const QString &output, OperationRecord &record) const
{
    if (step.id == QLatin1String(Backup::kStepId)) {
        BackupOperation::recordWritten(output, record);
        record.details.insert(QStringLiteral("modules"), m_modules);
    } else {
        recordValue(output, QStringLiteral("upgraded"), record);
    }
}

RollbackPoint RollbackPoint::fromJournal(const DeploymentState &state)
{
    RollbackPoint point;
    const JournalEntry *rolledBack = nullptr;
    for (auto it = state.journal.crbegin(); it != state.journal.crend(); ++it) {
        if (it->operation == QLatin1String("rollback") && it->success && !rolledBack)
            rolledBack = &*it;
        const QString backup = it->details.value(QStringLiteral("backup")).toString();
        if ((it->operation != QLatin1String("update") && it->operation != QLatin1String("upgrade")) || backup.isEmpty())
            continue;
        point.backup = QFileInfo(backup).fileName();
        point.commit = it->details.value(QStringLiteral("commit")).toString();
        point.operation = it->operation;
        point.time = it->time;
        if (rolledBack && rolledBack->details.value(QStringLiteral("restored")).toString() == backup)
            point.problem = tr("Rolled back already (%1): %2; nothing to do.").arg(rolledBack->time.toString(Qt::ISODate), point.describe());
        else if (!Backup::isBackupName(point.backup) || !isCommit(point.commit))
            point.problem = tr("The journal's entry of %1 names no usable backup and commit.").arg(point.describe());
        return point;
    }
    point.problem = tr("The journal knows of no update or module upgrade with a backup before it: nothing to roll back to.");
    return point;
}

QString RollbackPoint::describe() const
{
    const QString when = time.toLocalTime().toString(Qt::ISODate);
    return operation == QLatin1String("upgrade") ? tr("the module upgrade of %1").arg(when) : tr("the update of %1").arg(when);
}

QList<Requirement> RollbackOperation::requirements(const DeploymentProfile &, const HostFacts &) const
{
    if (!m_point.problem.isEmpty())
        return {{m_point.problem, true}};
    return {};
}

QList<RemoteStep> RollbackOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    return {Backup::restoreStep(profile, facts, m_point.backup, false, checkOnly(), m_point.commit)};
}

void RollbackOperation::record(const RemoteStep &, const QString &output, OperationRecord &record) const
{
    RestoreOperation::recordRestored(output, record);
    if (record.details.contains(QStringLiteral("restored")))
        record.details.insert(QStringLiteral("commit"), m_point.commit);
}

} // namespace odoodeploy
