#pragma once
// A staging copy beside production on the same server (StagingProfile derives its
// profile): its folders, the database copied and neutralised, the filestore as hard
// links, its odoo.conf and service on its own ports, its nginx site; and the removal
// of all of it. Production's files and service are never among the steps (except the
// few seconds' stop of a template copy).

#include "PlanStep.h"
#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QCoreApplication>

namespace odoodeploy::Staging {

Plan plan(const DeploymentProfile &production, const HostFacts &facts);
Plan removal(const DeploymentProfile &production, const HostFacts &facts);

// The scripts' exit status when they refuse (ports taken, no room): nothing changed.
constexpr int kRefusedExitStatus = 3;

} // namespace odoodeploy::Staging
