#include "base/DeploymentPaths.h"
#include "Generators.h"

namespace odoodeploy {

QString Generators::systemdUnit(const DeploymentProfile &p)
{
    // Every value here passed Validation: no spaces, quotes or '%' (a systemd specifier).
    const DeploymentPaths paths = DeploymentPaths::of(p);
    return QStringLiteral(
               "# %1 - written by odoo-deploy (Odoo %2).\n"
               "# A redeploy replaces this file (keeping a backup): change the profile instead.\n"
               "[Unit]\n"
               "Description=Odoo %2 (%3)\n"
               "Documentation=https://www.odoo.com/documentation/%2/\n"
               "After=network.target postgresql.service\n"
               "Wants=postgresql.service\n"
               "\n"
               "[Service]\n"
               "Type=simple\n"
               "User=%4\n"
               "Group=%4\n"
               "ExecStart=%5 %6 --config %7\n"
               "Restart=on-failure\n"
               "RestartSec=5s\n"
               "# The master process stops its workers; give it time to finish requests.\n"
               "KillMode=mixed\n"
               "TimeoutStopSec=60s\n"
               "SyslogIdentifier=%3\n"
               "# Odoo writes only its data and log folders.\n"
               "NoNewPrivileges=yes\n"
               "PrivateTmp=yes\n"
               "ProtectSystem=strict\n"
               "ProtectHome=yes\n"
               "ReadWritePaths=%8 %9\n"
               "\n"
               "[Install]\n"
               "WantedBy=multi-user.target\n")
        .arg(paths.systemdUnit, p.odoo.version, p.service.name, p.odoo.systemUser, paths.python,
             paths.odooBin, paths.configFile, paths.dataDir, paths.logDir);
}

} // namespace odoodeploy
