#include "Preflight.h"

#include "HostProbe.h"
#include "base/StepScript.h"

namespace odoodeploy {

QList<RemoteStep> Preflight::steps(const DeploymentProfile &profile)
{
    RemoteStep probe;
    probe.id = QString::fromLatin1(kProbeStepId);
    probe.title = tr("Find out what the server has");
    probe.command = HostProbe::script(profile);
    probe.timeoutSec = 60;

    RemoteStep root;
    root.id = QStringLiteral("root");
    root.title = tr("Check that the login can act as root");
    root.command = StepScript::compose(QStringLiteral("can-be-root"));
    root.asRoot = true;
    root.timeoutSec = 30;

    RemoteStep apt;
    apt.id = QStringLiteral("apt");
    apt.title = tr("Check for Debian's package manager");
    apt.command = StepScript::compose(QStringLiteral("has-apt"));
    apt.timeoutSec = 30;
    return {probe, root, apt};
}

} // namespace odoodeploy
