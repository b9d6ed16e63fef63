// The optional firewall (ufw), last: once everything it lets in is in place.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"

namespace odoodeploy::PlanParts {

void firewall(PlanBuilder &plan)
{
    if (!plan.profile.web.firewall)
        return;
    plan.add(QStringLiteral("firewall"), Planner::tr("Firewall: only SSH, HTTP and HTTPS come in"), QStringLiteral("firewall"),
             {{QStringLiteral("SSH_PORT"), QString::number(plan.profile.server.port)}});
}

} // namespace odoodeploy::PlanParts
