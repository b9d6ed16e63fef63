// Odoo's code: the git checkout and the virtual environment with its requirements.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"

namespace odoodeploy::PlanParts {

void source(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const DeploymentPaths &d = plan.paths;
    plan.add(QStringLiteral("source"), Planner::tr("Odoo %1 source from git (%2)").arg(p.odoo.version, p.odoo.effectiveBranch()),
             QStringLiteral("source"),
             {{QStringLiteral("SRC"), d.sourceDir},
              {QStringLiteral("GIT_URL"), p.odoo.gitUrl},
              {QStringLiteral("BRANCH"), p.odoo.effectiveBranch()},
              {QStringLiteral("INSTALL_DIR"), p.odoo.installDir}});
    plan.add(QStringLiteral("venv"), Planner::tr("Python virtual environment with Odoo's requirements"), QStringLiteral("venv"),
             {{QStringLiteral("SRC"), d.sourceDir}, {QStringLiteral("VENV"), d.venvDir}, {QStringLiteral("PYTHON"), d.python}});
}

} // namespace odoodeploy::PlanParts
