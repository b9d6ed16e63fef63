// PostgreSQL running, the Odoo system user, its PostgreSQL role, the database. On the
// database server of several: PostgreSQL listening on its private address, over TLS,
// its pg_hba.conf entries for the app servers, and the role's password (the keychain
// fills it in when the step is sent). An app server elsewhere gets only the user.
#include "plan/PlanBuilder.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"
#include "render/Generators.h"

namespace odoodeploy::PlanParts {

void postgresqlAccess(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const RenderedFile *access = plan.rendered(QStringLiteral("postgresql-access"));
    PlanStep &hba = plan.add(QStringLiteral("postgresql-access"),
                             Planner::tr("PostgreSQL lets in only the app servers (%1), over TLS").arg(TopologyProfile::appAddresses(p).join(QStringLiteral(", "))),
                             QStringLiteral("postgresql-access"),
                             {{QStringLiteral("BEGIN_LINE"), Generators::postgresqlAccessBegin(p)},
                              {QStringLiteral("END_LINE"), Generators::postgresqlAccessEnd(p)}});
    hba.input = access ? access->content.toUtf8() : QByteArray();
}

void database(PlanBuilder &plan)
{
    const DeploymentProfile &p = plan.profile;
    const bool several = p.topology.spansServers();
    if (TopologyProfile::plays(p, HostRole::Database)) {
        plan.add(QStringLiteral("postgresql"), Planner::tr("PostgreSQL running and enabled"), QStringLiteral("postgresql"));
        if (several) {
            const TopologyHost *self = TopologyProfile::self(p);
            const RenderedFile *settings = plan.rendered(QStringLiteral("postgresql-settings"));
            PlanStep &listen = plan.add(QStringLiteral("postgresql-settings"),
                                        Planner::tr("PostgreSQL listening on %1, over TLS").arg(self ? self->privateAddress : QString()),
                                        QStringLiteral("postgresql-settings"),
                                        {{QStringLiteral("NAME"), Generators::postgresqlSettingsName(p)},
                                         {QStringLiteral("ADDRESS"), self ? self->privateAddress : QString()}});
            listen.input = settings ? settings->content.toUtf8() : QByteArray();
            postgresqlAccess(plan);
        }
    }
    if (TopologyProfile::plays(p, HostRole::App))
        plan.add(QStringLiteral("system-user"), Planner::tr("System user %1 (no login)").arg(p.odoo.systemUser), QStringLiteral("system-user"),
                 {{QStringLiteral("INSTALL_DIR"), p.odoo.installDir}});
    if (!TopologyProfile::plays(p, HostRole::Database))
        return;
    PlanStep &role = plan.add(QStringLiteral("db-role"),
                              several ? Planner::tr("PostgreSQL role %1 with its password from the keychain, not a superuser").arg(p.odoo.systemUser)
                                      : Planner::tr("PostgreSQL role %1, not a superuser").arg(p.odoo.systemUser),
                              QStringLiteral("db-role"));
    if (several)
        role.input = QByteArray(Generators::kDatabasePasswordPlaceholder);
    plan.add(QStringLiteral("database"), Planner::tr("Database %1 owned by %2").arg(p.odoo.database, p.odoo.systemUser), QStringLiteral("database"),
             {{QStringLiteral("DATABASE"), p.odoo.database}});
}

} // namespace odoodeploy::PlanParts
