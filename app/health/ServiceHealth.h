#pragma once
// The part of the health check that runs on the server, over SSH: is the service
// running, and the last lines of the Odoo log and nginx's error log (shown when
// something is red); on a deployment on several servers, by the server's roles, whether
// an app server logs in to the database server's PostgreSQL and whether the database
// server's PostgreSQL accepts connections. One read-only command; its output is parsed
// here too.

#include "profile/DeploymentProfile.h"
#include "plan/RemoteStep.h"

#include <QString>

namespace odoodeploy {

// One "name: word (detail)" line of the output.
struct StateLine {
    bool known = false; // the line was there
    bool ok = false;
    QString detail;
};

struct ServiceState {
    bool known = false;    // the command's output was understood
    bool running = false;
    QString detail;        // e.g. systemctl's word for it
    QString odooLog;
    QString nginxLog;
    StateLine database;   // "database: reachable" from an app server
    StateLine postgresql; // "postgresql: running" on the database server
    StateLine filestore;  // "filestore: writable" on an app server of several
};

namespace ServiceHealth {

constexpr const char *kStepId = "health-service";
constexpr int kLogLines = 30;

RemoteStep step(const DeploymentProfile &profile);
ServiceState parse(const QString &output);

} // namespace ServiceHealth

} // namespace odoodeploy
