#pragma once
// The health check as `check` runs it, for any command that ends with one (update,
// upgrade, rollback): HTTP(S) from here, the service state and Odoo's ports over one
// SSH connection. It never waits for an answer: an unknown host key or a missing
// password makes the SSH side red, with what to pass.

#include "RemoteSupport.h"
#include "health/HealthReport.h"
#include "health/HealthTarget.h"
#include "health/TopologyHealthReport.h"
#include "profile/DeploymentProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace odoodeploy::cli {

// One server's check (HealthRun) or several's (TopologyHealth), as the command line
// runs it: secrets from the environment, host keys trusted by --accept-host-key (once
// per server), and that option named in the reason when a key is unknown.
template <typename Check>
void setUpFromCommandLine(Check &check, const QCommandLineParser &parser)
{
    check.setInitialCredentials(credentialsFromEnvironment());
    check.setAcceptedFingerprints(parser.values(QStringLiteral("accept-host-key")));
    check.setHostKeyAdvice(QCoreApplication::translate("cli", "(accept it with --accept-host-key %1)"));
}

// A self-signed staging copy on its own name is trusted by the fingerprint its staging
// run recorded in `profile`'s journal (on several servers the proxy's). An unreadable
// journal only costs that trust (said on standard error), so the check still runs.
QString stagingPin(const DeploymentProfile &profile);

HealthReport runHealthCheck(const DeploymentProfile &profile, const HealthTarget &target, const QCommandLineParser &parser);
// Several servers' (TopologyHealth); the site through the proxy as `site` says (its
// address, timeout, authorities), else as the profile does. False when the profile has
// no site to check (validation lets no such profile through).
bool runServersHealthCheck(const DeploymentProfile &profile, const QCommandLineParser &parser, TopologyHealthReport *report,
                           const HealthTarget *site = nullptr);

// After a maintenance action (on one server or several): the report as text, and the
// exit code to end with. A red health check after an action that worked is exit code 6.
int reportHealthAfter(const DeploymentProfile &profile, const QCommandLineParser &parser, int actionExitCode);

constexpr int kRedAfterwards = 6;

} // namespace odoodeploy::cli
