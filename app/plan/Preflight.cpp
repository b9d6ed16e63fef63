#include "Preflight.h"

#include "remote/HostProbe.h"

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
    root.command = QStringLiteral("test \"$(id -u)\" = 0 && echo \"root access: yes\"");
    root.asRoot = true;
    root.timeoutSec = 30;

    RemoteStep apt;
    apt.id = QStringLiteral("apt");
    apt.title = tr("Check for Debian's package manager");
    apt.command = QStringLiteral("command -v apt-get && command -v dpkg");
    apt.timeoutSec = 30;
    return {probe, root, apt};
}

} // namespace odoodeploy
