#pragma once
// Pure generators: profile (+ host facts) in, text out. No file, network or clock
// access, so that the same profile renders the same bytes everywhere. Every input is
// expected to have passed Validation; values are still written in forms that cannot
// break the file's syntax (quoted in shell, one option per line in odoo.conf).

#include "RenderedFile.h"
#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QCoreApplication>

namespace odoodeploy {

class Generators
{
    Q_DECLARE_TR_FUNCTIONS(Generators)
public:
    // Stands for the database password in an app server's odoo.conf (a deployment on
    // several servers): generators never see a secret, the one that sends the file puts
    // the keychain's password in its place, and the preview shows this.
    static constexpr const char *kDatabasePasswordPlaceholder = "@odoo-deploy:database-password@";

    static QString odooConfig(const DeploymentProfile &profile);
    static QString systemdUnit(const DeploymentProfile &profile);
    static QString sysvinitScript(const DeploymentProfile &profile);
    static QString nginxSite(const DeploymentProfile &profile, const HostFacts &facts);
    // The staging copy's site (StagingProfile): on its own name like any site, or on
    // its port of production's name with production's certificate.
    static QString stagingSite(const DeploymentProfile &production, const HostFacts &facts);
    static QString selfSignedCertificateScript(const DeploymentProfile &profile);
    // Port 80 only, for the first ACME challenge: the real site needs the certificate
    // that does not exist yet, so nginx serves this until certbot has it.
    static QString acmeChallengeSite(const DeploymentProfile &profile);

    // Unattended upkeep (Upkeep.cpp).
    static QString logrotateConfig(const DeploymentProfile &profile, const HostFacts &facts);
    static QString renewalHook(const DeploymentProfile &profile);
    // The backup script (resources/steps/backup.sh with the profile's values): what
    // `odoo-deploy backup` runs, and, with a shebang, the scheduled backup's job.
    static QString backupScript(const DeploymentProfile &profile, bool checkOnly);
    static QString backupJob(const DeploymentProfile &profile);
    static QString backupUnit(const DeploymentProfile &profile);
    static QString backupTimer(const DeploymentProfile &profile);
    static QString backupCron(const DeploymentProfile &profile);

    // The database server of several (DatabaseServer.cpp): its settings, a file of
    // PostgreSQL's conf.d named postgresqlSettingsName(), and the app servers' entries,
    // a block between the Begin and End lines at the top of pg_hba.conf.
    // The files server's glusterd, where there is no systemd.
    static QString glusterdSysvinitScript(const DeploymentProfile &profile);
    static QString postgresqlSettingsName(const DeploymentProfile &profile);
    static QString postgresqlSettings(const DeploymentProfile &profile);
    static QString postgresqlAccess(const DeploymentProfile &profile);
    static QString postgresqlAccessBegin(const DeploymentProfile &profile);
    static QString postgresqlAccessEnd(const DeploymentProfile &profile);

    // Everything the preview shows and `odoo-deploy render` writes.
    static RenderedFiles renderAll(const DeploymentProfile &profile, const HostFacts &facts);
};

} // namespace odoodeploy
