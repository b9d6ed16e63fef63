#pragma once
// Read-only checks run before anything changes: what the server is, whether the
// login can become root, whether it has apt. They change nothing on the server.

#include "profile/DeploymentProfile.h"
#include "plan/RemoteStep.h"

#include <QCoreApplication>

namespace odoodeploy {

class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
public:
    static constexpr const char *kProbeStepId = "probe";
    static QList<RemoteStep> steps(const DeploymentProfile &profile);
};

} // namespace odoodeploy
