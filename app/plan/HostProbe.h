#pragma once
// The first real remote action: one read-only shell script that reports what the
// server is (OS, init system, CPUs, RAM, disk, Python, PostgreSQL, nginx, an existing
// Odoo, ports in use) as key=value lines, and its parser.

#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QString>

namespace odoodeploy {

class HostProbe
{
public:
    static QString script(const DeploymentProfile &profile);
    static HostFacts parse(const QString &output);
};

} // namespace odoodeploy
