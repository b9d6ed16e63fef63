// PostgreSQL running, the Odoo system user, its PostgreSQL role, the database.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"

namespace odoodeploy::PlanParts {

void database(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    plan.add(QStringLiteral("postgresql"), Planner::tr("PostgreSQL running and enabled"), QStringLiteral("postgresql"));
    plan.add(QStringLiteral("system-user"), Planner::tr("System user %1 (no login)").arg(p.odoo.systemUser), QStringLiteral("system-user"),
             {{QStringLiteral("INSTALL_DIR"), p.odoo.installDir}});
    plan.add(QStringLiteral("db-role"), Planner::tr("PostgreSQL role %1, not a superuser").arg(p.odoo.systemUser), QStringLiteral("db-role"));
    plan.add(QStringLiteral("database"), Planner::tr("Database %1 owned by %2").arg(p.odoo.database, p.odoo.systemUser), QStringLiteral("database"),
             {{QStringLiteral("DATABASE"), p.odoo.database}});
}

} // namespace odoodeploy::PlanParts
