#pragma once
// The part of the health check that runs on the server, over SSH: is the service
// running, and the last lines of the Odoo log and nginx's error log (shown when
// something is red). One read-only command; its output is parsed here too.

#include "profile/DeploymentProfile.h"
#include "plan/RemoteStep.h"

#include <QString>

namespace odoodeploy {

struct ServiceState {
    bool known = false;    // the command's output was understood
    bool running = false;
    QString detail;        // e.g. systemctl's word for it
    QString odooLog;
    QString nginxLog;
};

namespace ServiceHealth {

constexpr const char *kStepId = "health-service";
constexpr int kLogLines = 30;

RemoteStep step(const DeploymentProfile &profile);
ServiceState parse(const QString &output);

} // namespace ServiceHealth

} // namespace odoodeploy
