#pragma once
// Profile + host facts -> the ordered deployment steps. Each step checks before it
// changes ("is it already so?"), changes, and verifies; a second run finds every
// check true and changes nothing. Files that would be replaced are backed up first.
// The planner only builds text: every user value goes through shellQuote.

#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"
#include "remote/StepRunner.h"

#include <QCoreApplication>
#include <QStringList>

namespace odoodeploy {

struct PlanStep {
    QString id;
    QString title;
    QString check;    // exits 0 when the server is already as wanted
    QString change;   // makes it so
    QString verify;   // exits 0 when the change worked (optional)
    QString diff;     // check mode: shows what would change (files), optional
    QByteArray input; // new file content, available to the scripts as "$ODT_INPUT"
    QString remotePath; // for file steps: the file they write
    int timeoutSec = 900;
};

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
public:
    // Reasons the deployment cannot work on this server, found before anything changes.
    static QStringList refusals(const DeploymentProfile &profile, const HostFacts &facts);

    static QList<PlanStep> plan(const DeploymentProfile &profile, const HostFacts &facts);

    // A real run: check, else change and verify (exit 100 = unchanged).
    static RemoteStep toRunStep(const PlanStep &step);
    // Check mode: only the check; exit 100 = nothing to do, 0 = would change (with a diff).
    static RemoteStep toCheckStep(const PlanStep &step);

    static QStringList packages(const DeploymentProfile &profile);

    // The plan as remote steps, for a real run or for check mode: what the wizard's
    // Deploy and Dry run, and `deploy [--check]`, execute. A real run with a
    // self-signed certificate ends by reading its fingerprint (CertificatePin).
    static QList<RemoteStep> remoteSteps(const DeploymentProfile &profile, const HostFacts &facts, bool checkMode);
};

} // namespace odoodeploy
