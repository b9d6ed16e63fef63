#pragma once
// What the planner's parts share while they add their steps: the profile, the facts,
// the paths, the init system chosen once (ServiceManager), and the values every step
// script gets, the generated files. Internal to plan/.

#include "PlanStep.h"
#include "base/DeploymentPaths.h"
#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"
#include "render/RenderedFile.h"

#include <QCoreApplication>

namespace odoodeploy {

class PlanBuilder
{
public:
    PlanBuilder(const DeploymentProfile &profile, const HostFacts &facts);

    // What a step does after writing a file: ask for an Odoo restart or an nginx reload.
    enum class After { Nothing, RestartOdoo, ReloadNginx };

    PlanStep &add(const QString &id, const QString &title, const QString &script, const ScriptValues &values = {});
    // A file in place with owner and mode (file.sh): backed up before it is replaced.
    PlanStep &addFile(const QString &id, const QString &title, const QString &path, const QByteArray &content,
                      const QString &owner, const QString &group, int mode, After after, bool secret = false);
    // A step another plan made (with that plan's common values), as it is.
    void append(const PlanStep &step) { m_plan.steps << step; }
    // The generated files, rendered once for the init system the plan uses.
    const RenderedFile *rendered(const QString &id) const;
    void problem(const QString &text) { m_plan.problems << text; }

    Plan take() { return std::move(m_plan); }

    const DeploymentProfile &profile;
    const HostFacts &facts;
    const DeploymentPaths paths;
    const QString initSystem; // "systemd" or "sysvinit"
    const RenderedFiles files;

private:
    Plan m_plan;
};

// One function per concern, called in this order by Planner::plan.
namespace PlanParts {
void packages(PlanBuilder &plan);  // apt lists, upgrade, packages, wkhtmltopdf
void database(PlanBuilder &plan);  // PostgreSQL, the Odoo user, its role, the database; for app servers elsewhere
void postgresqlAccess(PlanBuilder &plan); // several servers: the app servers' (and the staging copy's) pg_hba.conf block
void source(PlanBuilder &plan);    // git checkout and virtual environment
void service(PlanBuilder &plan);   // folders, odoo.conf, database init, the service
void web(PlanBuilder &plan);       // certificate, nginx site
void certificate(PlanBuilder &plan); // the certificate alone (web's first part)
void filestoreServer(PlanBuilder &plan); // several servers: the files server's GlusterFS volume
void filestoreMount(PlanBuilder &plan);  // several servers: an app server mounts it at the data folder (from service)
void firewall(PlanBuilder &plan);  // ufw
void upkeep(PlanBuilder &plan);    // log rotation, renewal hook, scheduled backup
QStringList packageList(const DeploymentProfile &profile);
// Without systemd's timers, cron runs certbot's renewals and the scheduled backup.
bool needsCron(const DeploymentProfile &profile);
} // namespace PlanParts

} // namespace odoodeploy
