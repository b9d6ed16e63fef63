#pragma once
// The profile of a deployment's staging copy, derived from production's in one place:
// the generators render its odoo.conf, service and nginx site from it exactly as they
// do production's, so nothing about a copy is written twice.

#include "DeploymentProfile.h"

#include <QString>

namespace odoodeploy::StagingProfile {

// The copy's database: staging.database, else "<database>_staging".
QString database(const DeploymentProfile &production);
// On its own name (staging.domain, on 443 or 80), or on a port of production's name.
bool ownName(const DeploymentProfile &production);
// On its own name with self-signed certificates the copy has one of its own (made,
// pinned and removed with it); otherwise it shows production's or a CA's.
bool ownSelfSignedCertificate(const DeploymentProfile &production);
// The port nginx serves the copy on: 443/80 on its own name, else staging.publicPort
// (0: 8443 with HTTPS, 8080 without).
int publicPort(const DeploymentProfile &production);
// Where an admin opens it: "https://staging.example.com/", "https://example.com:8443/".
QString url(const DeploymentProfile &production);

// Production's profile turned into the copy's: service "<name>-staging" (its own
// /etc, /var/lib, /var/log folders), the copy's database and local ports, at most two
// workers, no cron threads (scheduled actions never run in a copy), no outgoing mail,
// no scheduled backups, the staging name if it has one. Source, virtual environment and system user
// are production's: the copy runs the same code. On several servers only the first app
// server keeps its app role (server()), and no server the files role: the copy's data
// folder is that server's own.
DeploymentProfile of(const DeploymentProfile &production);

// On several servers: the one that runs the copy, the first app server (its database
// on the database server, its site on the proxy); nullptr for a one-server profile.
const TopologyHost *server(const DeploymentProfile &production);

// Why the copy cannot be made from this profile (translated), else empty: names the
// derived service or database would make too long.
QString problem(const DeploymentProfile &production);

} // namespace odoodeploy::StagingProfile
