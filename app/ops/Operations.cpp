#include "Operations.h"

#include "health/ServiceHealth.h"
#include "base/StepScript.h"
#include "plan/Backup.h"
#include "plan/CertificatePin.h"
#include "plan/HostProbe.h"
#include "plan/Planner.h"
#include "plan/Preflight.h"

namespace odoodeploy {

namespace {

bool isProbe(const RemoteStep &step) { return step.id == QLatin1String(Preflight::kProbeStepId); }

// What any operation keeps from the steps it ran: a probe's facts, a certificate's pin.
void recordCommon(const RemoteStep &step, const QString &output, OperationRecord &record)
{
    if (isProbe(step)) {
        record.facts = HostProbe::parse(output);
        record.hasFacts = true;
    } else if (CertificatePin::isPinStep(step)) {
        record.certificatePin = CertificatePin::parse(output);
    }
}

bool capturesCommon(const RemoteStep &step) { return isProbe(step) || CertificatePin::isPinStep(step); }

} // namespace

QList<RemoteStep> ProbeOperation::steps(const DeploymentProfile &profile, const HostFacts &) const
{
    const QList<RemoteStep> all = Preflight::steps(profile);
    return m_all ? all : all.mid(0, 1);
}

bool ProbeOperation::captures(const RemoteStep &step) const { return capturesCommon(step); }

void ProbeOperation::record(const RemoteStep &step, const QString &output, OperationRecord &record) const
{
    recordCommon(step, output, record);
}

QList<Requirement> DeployOperation::requirements(const DeploymentProfile &profile, const HostFacts &facts) const
{
    QList<Requirement> out;
    for (const QString &reason : Planner::refusals(profile, facts))
        out << Requirement{reason, true};
    return out;
}

QList<RemoteStep> DeployOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    return Planner::remoteSteps(profile, facts, m_check);
}

bool DeployOperation::captures(const RemoteStep &step) const { return capturesCommon(step); }

void DeployOperation::record(const RemoteStep &step, const QString &output, OperationRecord &record) const
{
    recordCommon(step, output, record);
}

namespace {

QList<PlanStep> comparedFiles(const DeploymentProfile &profile, const HostFacts &facts)
{
    QList<PlanStep> out;
    for (const PlanStep &step : Planner::plan(profile, facts).steps)
        if (!step.remotePath.isEmpty() && !step.id.startsWith(QLatin1String("certificate")))
            out << step;
    return out;
}

} // namespace

QList<RemoteStep> CompareFilesOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    QList<RemoteStep> out;
    for (const PlanStep &step : comparedFiles(profile, facts))
        out << Planner::toCheckStep(step);
    return out;
}

QStringList CompareFilesOperation::paths(const DeploymentProfile &profile, const HostFacts &facts)
{
    QStringList out;
    for (const PlanStep &step : comparedFiles(profile, facts))
        out << step.remotePath;
    return out;
}

bool StepsOperation::captures(const RemoteStep &step) const { return capturesCommon(step); }

void StepsOperation::record(const RemoteStep &step, const QString &output, OperationRecord &record) const
{
    recordCommon(step, output, record);
}

QList<RemoteStep> BackupOperation::steps(const DeploymentProfile &profile, const HostFacts &) const
{
    QList<RemoteStep> steps{Backup::step(profile, checkOnly())};
    if (!checkOnly() && !m_downloadTo.isEmpty())
        steps << Backup::downloadStep(profile, QString(), m_downloadTo); // the newest: the one just written
    return steps;
}

QList<RemoteStep> ListBackupsOperation::steps(const DeploymentProfile &profile, const HostFacts &) const
{
    return {Backup::listStep(profile)};
}

void ListBackupsOperation::record(const RemoteStep &, const QString &output, OperationRecord &record) const
{
    record.details.insert(QStringLiteral("backups"), output);
}

QList<Backup::Listed> ListBackupsOperation::listed(const OperationRecord &record)
{
    return Backup::parseList(record.details.value(QStringLiteral("backups")).toString());
}

QList<Requirement> DownloadBackupOperation::requirements(const DeploymentProfile &, const HostFacts &) const
{
    return RestoreOperation::backupNameRequirements(m_backup);
}

QList<RemoteStep> DownloadBackupOperation::steps(const DeploymentProfile &profile, const HostFacts &) const
{
    return {Backup::downloadStep(profile, m_backup, m_local)};
}

void BackupOperation::record(const RemoteStep &, const QString &output, OperationRecord &record) const
{
    recordWritten(output, record);
    if (const QString local = StepScript::outputValue(output, QStringLiteral("downloaded")); !local.isEmpty())
        record.details.insert(QStringLiteral("downloaded"), local);
}

void BackupOperation::recordWritten(const QString &output, OperationRecord &record)
{
    const Backup::Written written = Backup::parse(output);
    if (written.folder.isEmpty())
        return;
    record.details.insert(QStringLiteral("backup"), written.folder);
    record.details.insert(QStringLiteral("commit"), written.commit);
    record.details.insert(QStringLiteral("size"), written.size);
}

QList<Requirement> RestoreOperation::requirements(const DeploymentProfile &, const HostFacts &) const
{
    return backupNameRequirements(m_backup);
}

QList<Requirement> RestoreOperation::backupNameRequirements(const QString &name)
{
    if (Backup::isBackupName(name))
        return {};
    return {{tr("\"%1\" is not the name of a backup folder (such as 20261127T154500Z-0123456789ab).").arg(name), true}};
}

QList<RemoteStep> RestoreOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    return {Backup::restoreStep(profile, facts, m_backup, m_other, checkOnly())};
}

void RestoreOperation::record(const RemoteStep &, const QString &output, OperationRecord &record) const
{
    recordRestored(output, record);
}

void RestoreOperation::recordRestored(const QString &output, OperationRecord &record)
{
    const Backup::Restored restored = Backup::parseRestore(output);
    if (restored.backup.isEmpty())
        return;
    record.details.insert(QStringLiteral("restored"), restored.backup);
    record.details.insert(QStringLiteral("kept"), restored.kept);
}

ServiceStateOperation::ServiceStateOperation(const DeploymentProfile &profile)
    : StepsOperation(QString::fromLatin1(ServiceHealth::kStepId), ServiceHealth::step(profile).title, {ServiceHealth::step(profile)})
{
}

} // namespace odoodeploy
