#pragma once
// A staging copy beside production on the same server (StagingProfile derives its
// profile): its folders, the database copied and neutralised, the filestore as hard
// links, its odoo.conf and service on its own ports, its nginx site; and the removal
// of all of it. Production's files and service are never among the steps (except the
// few seconds' stop of a template copy). On several servers each server's plan is its
// part (the profile is TopologyProfile::forHost's): the database server copies the
// database (and lets the copy's app server reach it), the first app server runs the
// copy with the filestore copied into its own data folder (hard links cannot cross
// from the shared file system), the proxy serves its site; other servers have none.

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
