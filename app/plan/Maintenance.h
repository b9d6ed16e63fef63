#pragma once
// The steps of a deployment's later life (resources/steps/update-*.sh, upgrade.sh):
// an update in two halves around a backup, and a module upgrade. A rollback is a
// restore with a commit (Backup::restoreStep). Each prints key=value lines that the
// operations record for the journal.

#include "RemoteStep.h"
#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QCoreApplication>

namespace odoodeploy::Maintenance {

// The scripts' exit status when they refuse (local changes, nothing to fetch):
// nothing was changed.
constexpr int kRefusedExitStatus = 3;

// Fetch `target` (a branch, tag or commit; empty: the profile's branch) without
// touching the working tree; refuses a checkout with local changes. Unchanged (and
// the end of the update) when the checkout already is at it. checkOnly: resolve it
// with ls-remote, fetch nothing.
RemoteStep updateFetchStep(const DeploymentProfile &profile, const HostFacts &facts, const QString &target, bool checkOnly);
// Check out what updateFetchStep fetched, tag the commit that ran, refresh the
// requirements if they changed, restart once and wait for Odoo to answer.
RemoteStep updateApplyStep(const DeploymentProfile &profile, const HostFacts &facts);

// "-u modules" with the service stopped, then started again. checkOnly: say what it
// would run.
RemoteStep upgradeStep(const DeploymentProfile &profile, const HostFacts &facts, const QString &modules, bool checkOnly);

// The Odoo service stopped, or started and answering (running): another app server of
// several, around the module upgrade on the first. Unchanged when it already is.
RemoteStep serviceSwitchStep(const DeploymentProfile &profile, const HostFacts &facts, bool running);

// A comma-separated list of Odoo module names (lower-case letters, digits and
// underscores, starting with a letter), or "all". Empty when fine, else why not.
QString checkModuleList(const QString &modules);

} // namespace odoodeploy::Maintenance
