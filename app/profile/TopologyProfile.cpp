#include "TopologyProfile.h"

#include <QUuid>

namespace odoodeploy::TopologyProfile {

DeploymentProfile forHost(const DeploymentProfile &deployment, const QString &hostName)
{
    DeploymentProfile p = deployment;
    for (const TopologyHost &host : deployment.topology.hosts)
        if (host.name == hostName) {
            p.server = host.server;
            p.topology.self = host.name;
            // Each server keeps its own secrets and state (facts, journal), under an id
            // of its own that its name derives from the deployment's, always the same.
            if (!deployment.keychainId.isEmpty())
                p.keychainId = QUuid::createUuidV5(QUuid(deployment.keychainId), host.name).toString(QUuid::WithoutBraces);
        }
    return p;
}

const TopologyHost *self(const DeploymentProfile &profile)
{
    if (profile.topology.self.isEmpty())
        return nullptr;
    for (const TopologyHost &host : profile.topology.hosts)
        if (host.name == profile.topology.self)
            return &host;
    return nullptr;
}

bool plays(const DeploymentProfile &profile, HostRole role)
{
    if (!profile.topology.spansServers())
        return true;
    const TopologyHost *host = self(profile);
    return host && host->roles.testFlag(role);
}

const TopologyHost *firstWith(const DeploymentProfile &profile, HostRole role)
{
    for (const TopologyHost &host : profile.topology.hosts)
        if (host.roles.testFlag(role))
            return &host;
    return nullptr;
}

const TopologyHost *backupServer(const DeploymentProfile &profile)
{
    return profile.topology.spansServers() ? firstWith(profile, HostRole::App) : nullptr;
}

bool keepsBackups(const DeploymentProfile &profile)
{
    if (!profile.topology.spansServers())
        return true;
    const TopologyHost *keeper = backupServer(profile);
    return keeper && keeper->name == profile.topology.self;
}

DeploymentProfile forBackups(const DeploymentProfile &deployment)
{
    const TopologyHost *keeper = backupServer(deployment);
    return keeper ? forHost(deployment, keeper->name) : deployment;
}

DeploymentProfile forProxy(const DeploymentProfile &deployment)
{
    const TopologyHost *proxy = firstWith(deployment, HostRole::Proxy);
    return proxy ? forHost(deployment, proxy->name) : deployment;
}

QStringList appAddresses(const DeploymentProfile &profile)
{
    if (!profile.topology.spansServers())
        return {QStringLiteral("127.0.0.1")};
    QStringList addresses;
    for (const TopologyHost &host : profile.topology.withRole(HostRole::App))
        addresses << host.privateAddress;
    return addresses;
}

} // namespace odoodeploy::TopologyProfile
