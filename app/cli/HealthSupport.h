#pragma once
// The health check as `check` runs it, for any command that ends with one (update,
// upgrade, rollback): HTTP(S) from here, the service state and Odoo's ports over one
// SSH connection. It never waits for an answer: an unknown host key or a missing
// password makes the SSH side red, with what to pass.

#include "health/HealthReport.h"
#include "health/HealthTarget.h"
#include "profile/DeploymentProfile.h"

#include <QCommandLineParser>

namespace odoodeploy::cli {

HealthReport runHealthCheck(const DeploymentProfile &profile, const HealthTarget &target, const QCommandLineParser &parser);

// After a maintenance action: the report as text, and the exit code to end with. A
// red health check after an action that worked is exit code 6.
int reportHealthAfter(const DeploymentProfile &profile, const QCommandLineParser &parser, int actionExitCode);

constexpr int kRedAfterwards = 6;

} // namespace odoodeploy::cli
