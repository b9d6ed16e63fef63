#pragma once
// A staging copy beside production (Staging::plan), and its removal (Staging::removal),
// each with a check mode. Production keeps running throughout (a template copy stops it
// for the seconds of the copy); the journal records the copy's database and address.

#include "Operation.h"

#include <QCoreApplication>

namespace odoodeploy {

class StagingOperation : public CheckableOperation
{
    Q_DECLARE_TR_FUNCTIONS(StagingOperation)
public:
    explicit StagingOperation(bool checkOnly)
        : CheckableOperation("staging", tr("Staging copy"), tr("What a staging copy would do"), checkOnly) {}
    bool needsFacts() const override { return true; }
    QList<Requirement> requirements(const DeploymentProfile &profile, const HostFacts &facts) const override;
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;
};

class RemoveStagingOperation : public CheckableOperation
{
    Q_DECLARE_TR_FUNCTIONS(RemoveStagingOperation)
public:
    explicit RemoveStagingOperation(bool checkOnly)
        : CheckableOperation("staging-remove", tr("Remove the staging copy"), tr("What removing the staging copy would do"), checkOnly) {}
    bool needsFacts() const override { return true; }
    QList<Requirement> requirements(const DeploymentProfile &profile, const HostFacts &facts) const override;
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;
};

} // namespace odoodeploy
