#include "ServiceManager.h"

namespace odoodeploy::ServiceManager {

bool wantsSystemd(const DeploymentProfile &p, const HostFacts &facts)
{
    if (p.service.initSystem != InitSystem::Auto)
        return p.service.initSystem == InitSystem::Systemd;
    return facts.init != HostFacts::Init::Sysvinit;
}

bool wantsSysvinit(const DeploymentProfile &p, const HostFacts &facts)
{
    if (p.service.initSystem != InitSystem::Auto)
        return p.service.initSystem == InitSystem::Sysvinit;
    return facts.init != HostFacts::Init::Systemd;
}

QString chosen(const DeploymentProfile &p, const HostFacts &facts)
{
    // Both are wanted only while the init system is unknown; a plan needs a probe.
    return wantsSysvinit(p, facts) ? QStringLiteral("sysvinit") : QStringLiteral("systemd");
}

} // namespace odoodeploy::ServiceManager
