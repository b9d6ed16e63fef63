#pragma once
// Where things live on the server, derived from the profile in one place so that the
// generators, the planner and the preview always agree.

#include "profile/DeploymentProfile.h"

#include <QString>

namespace odoodeploy {

struct DeploymentPaths {
    QString sourceDir;     // git checkout
    QString venvDir;       // Python virtual environment (PEP 668: never system pip)
    QString odooBin;
    QString python;
    QString configDir;
    QString configFile;
    QString dataDir;       // filestore and sessions
    QString logDir;
    QString logFile;
    QString consoleLog;    // SysV: what Odoo prints before its logging starts (an import error)
    QString systemdUnit;
    QString initScript;
    QString pidFile;
    QString nginxSite;     // sites-available
    QString nginxSiteLink; // sites-enabled
    QString nginxAccessLog;
    QString nginxErrorLog;
    QString acmeWebroot;   // Let's Encrypt HTTP-01 challenges
    QString certificate;
    QString certificateKey;
    QString backupDir;     // one folder per backup: database.dump, filestore.tar.gz, SHA256SUMS
    QString filestore;     // the database's attachments, below the data folder
    // Unattended upkeep: log rotation, the certificate renewal's nginx reload, the
    // scheduled backup (a script run by a systemd timer or a cron entry) and its log.
    QString logrotateConfig;
    QString renewalHook;
    QString backupJob;
    QString backupUnit;
    QString backupTimer;
    QString backupCron;
    QString backupLog;
    // Where a replaced file's copy goes when one beside it would be read too.
    QString replacedFiles;
    // The shared filestore of a deployment on several servers (GlusterFS): the volume
    // the app servers mount at dataDir, its one brick on the files server, and
    // glusterd's init script where there is no systemd (Debian ships only a unit).
    QString filestoreVolume;
    QString filestoreBrick;
    QString glusterdInitScript;

    static DeploymentPaths of(const DeploymentProfile &profile);
};

} // namespace odoodeploy
