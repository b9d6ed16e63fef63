#pragma once
// One server of a deployment on several servers (topology.hosts), as a profile of its
// own, derived in one place like the staging copy's: the generators render its files
// from it as they do a one-server deployment's, and read from it which roles it plays
// and where the others are.

#include "DeploymentProfile.h"

#include <QString>
#include <QStringList>

namespace odoodeploy::TopologyProfile {

// Where the database server's PostgreSQL listens for the app servers (Debian's first cluster).
constexpr int kPostgresqlPort = 5432;

// The profile `hostName` deploys: its SSH settings in `server`, its name in
// topology.self, a keychainId of its own (its secrets and state); everything else (the
// other servers included) as the deployment's.
DeploymentProfile forHost(const DeploymentProfile &deployment, const QString &hostName);

// The server a derived profile is for; nullptr for a one-server profile, or for the
// whole deployment's.
const TopologyHost *self(const DeploymentProfile &profile);

// Whether the profile's server plays `role`: a one-server profile plays every role.
bool plays(const DeploymentProfile &profile, HostRole role);

// The server with `role` (the first, for app servers); nullptr when there is none.
const TopologyHost *firstWith(const DeploymentProfile &profile, HostRole role);

// The server that takes and keeps a deployment's backups (the database's dump and the
// shared filestore, read through its mount; its journal records them): the first app
// server, which also initialises the database. nullptr for a one-server profile.
const TopologyHost *backupServer(const DeploymentProfile &profile);

// Whether the profile's server keeps the backups: a one-server profile does.
bool keepsBackups(const DeploymentProfile &profile);

// The profile of the server that keeps the backups (forHost of backupServer); a
// one-server profile as it is.
DeploymentProfile forBackups(const DeploymentProfile &deployment);

// The profile of the proxy (its site, its certificate, what its staging runs recorded);
// a one-server profile as it is.
DeploymentProfile forProxy(const DeploymentProfile &deployment);

// The private addresses of the app servers, in the profile's order; on one server,
// Odoo's own loopback address.
QStringList appAddresses(const DeploymentProfile &profile);

} // namespace odoodeploy::TopologyProfile
