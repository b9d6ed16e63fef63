#include "StagingOperations.h"

#include "base/StepScript.h"
#include "plan/CertificatePin.h"
#include "plan/Maintenance.h"
#include "plan/Planner.h"
#include "plan/Staging.h"
#include "profile/DeploymentState.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy {

namespace {

QList<RemoteStep> remoteSteps(const Plan &plan, bool checkOnly)
{
    QList<RemoteStep> out;
    for (const PlanStep &step : plan.steps)
        out << (checkOnly ? Planner::toCheckStep(step) : Planner::toRunStep(step));
    return out;
}

QList<Requirement> common(const DeploymentProfile &profile, const HostFacts &facts, const Plan &plan)
{
    QList<Requirement> out;
    if (const QString problem = StagingProfile::problem(profile); !problem.isEmpty())
        out << Requirement{problem, true};
    // On several servers only the app server that runs the copy has Odoo.
    if (facts.probed && !facts.odooInstalled && TopologyProfile::plays(StagingProfile::of(profile), HostRole::App))
        out << Requirement{StagingOperation::tr("Odoo is not deployed on %1 yet: deploy production first.").arg(profile.server.host), true};
    for (const QString &problem : plan.problems)
        out << Requirement{problem, true};
    return out;
}

} // namespace

QList<Requirement> StagingOperation::requirements(const DeploymentProfile &profile, const HostFacts &facts) const
{
    QList<Requirement> out = common(profile, facts, Staging::plan(profile, facts));
    // Browsers keep cookies per name, not per port.
    if (!StagingProfile::ownName(profile) && TopologyProfile::plays(profile, HostRole::Proxy))
        out << Requirement{tr("The staging copy answers on %1, production's name: a browser shares the login cookie between the two, so "
                              "logging in to one logs you out of the other. Give the copy a name of its own to avoid that.")
                               .arg(StagingProfile::url(profile)),
                           false};
    return out;
}

QList<RemoteStep> StagingOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    QList<RemoteStep> out = remoteSteps(Staging::plan(profile, facts), checkOnly());
    // On its own name a self-signed copy has a certificate of its own: the health
    // check of the copy trusts it by this fingerprint, kept in the journal.
    if (!checkOnly() && StagingProfile::ownSelfSignedCertificate(profile) && TopologyProfile::plays(profile, HostRole::Proxy))
        out << CertificatePin::step(StagingProfile::of(profile));
    return out;
}

void StagingOperation::record(const RemoteStep &step, const QString &output, OperationRecord &record) const
{
    if (CertificatePin::isPinStep(step)) {
        if (const QString pin = CertificatePin::parse(output); !pin.isEmpty())
            record.details.insert(QString::fromLatin1(DeploymentState::kStagingPinDetail), pin);
        return;
    }
    for (const char *key : {"staging", "url"})
        if (const QString value = StepScript::outputValue(output, QString::fromLatin1(key)); !value.isEmpty())
            record.details.insert(QString::fromLatin1(key), value);
}

QList<Requirement> RemoveStagingOperation::requirements(const DeploymentProfile &profile, const HostFacts &facts) const
{
    return common(profile, facts, Staging::removal(profile, facts));
}

QList<RemoteStep> RemoveStagingOperation::steps(const DeploymentProfile &profile, const HostFacts &facts) const
{
    return remoteSteps(Staging::removal(profile, facts), checkOnly());
}

void RemoveStagingOperation::record(const RemoteStep &, const QString &output, OperationRecord &record) const
{
    if (const QString removed = StepScript::outputValue(output, QStringLiteral("removed")); !removed.isEmpty())
        record.details.insert(QStringLiteral("removed"), removed);
}

} // namespace odoodeploy
