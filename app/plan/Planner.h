#pragma once
// Profile + host facts -> the ordered deployment steps. Each step checks before it
// changes ("is it already so?"), changes, and verifies; a second run finds every
// check true and changes nothing. Files that would be replaced are backed up first.
// The steps are data (PlanStep: a script file and its named values); the parts in
// parts/ add them by concern, in order.

#include "PlanStep.h"
#include "RemoteStep.h"
#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QCoreApplication>
#include <QStringList>

namespace odoodeploy {

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
public:
    // Reasons the deployment cannot work on this server, found before anything changes
    // (the plan's own problems included, such as an unreadable certificate file).
    static QStringList refusals(const DeploymentProfile &profile, const HostFacts &facts);

    static Plan plan(const DeploymentProfile &profile, const HostFacts &facts);

    // A real run: check, else change and verify (exit 100 = unchanged).
    static RemoteStep toRunStep(const PlanStep &step);
    // Check mode: only the check; exit 100 = nothing to do, 0 = would change (with a preview).
    static RemoteStep toCheckStep(const PlanStep &step);

    static QStringList packages(const DeploymentProfile &profile);

    // The steps whose standard input holds the database password's placeholder
    // (Generators::kDatabasePasswordPlaceholder): the server of several that sets it,
    // the app servers' odoo.conf.
    static bool needsDatabasePassword(const QList<RemoteStep> &steps);
    // The password in the placeholder's place, just before the steps are sent; the
    // input's checksum, which the step script compares, follows.
    static void fillDatabasePassword(QList<RemoteStep> &steps, const QString &password);

    // The plan as remote steps, for a real run or for check mode: what the wizard's
    // Deploy and Dry run, and `deploy [--check]`, execute. A real run with a
    // self-signed certificate ends by reading its fingerprint (CertificatePin).
    // Empty when the plan has problems (refusals() names them).
    static QList<RemoteStep> remoteSteps(const DeploymentProfile &profile, const HostFacts &facts, bool checkMode);
};

} // namespace odoodeploy
