#pragma once
// systemd or SysV init: decided here and nowhere else. The generators ask which init
// files to render, the planner which one the steps use (lib.sh's INIT_SYSTEM).

#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QString>

namespace odoodeploy::ServiceManager {

// The profile's choice, else the probed init system, else both (before a probe the
// preview shows both files; the planner runs only after one).
bool wantsSystemd(const DeploymentProfile &profile, const HostFacts &facts);
bool wantsSysvinit(const DeploymentProfile &profile, const HostFacts &facts);

// For a plan, after the probe: "systemd" or "sysvinit".
QString chosen(const DeploymentProfile &profile, const HostFacts &facts);

} // namespace odoodeploy::ServiceManager
