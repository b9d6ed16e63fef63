#include "DeploymentPaths.h"

namespace odoodeploy {

DeploymentPaths DeploymentPaths::of(const DeploymentProfile &p)
{
    const QString name = p.service.name;
    DeploymentPaths d;
    d.sourceDir = p.odoo.installDir + QStringLiteral("/src");
    d.venvDir = p.odoo.installDir + QStringLiteral("/venv");
    d.odooBin = d.sourceDir + QStringLiteral("/odoo-bin");
    d.python = d.venvDir + QStringLiteral("/bin/python3");
    d.configDir = QStringLiteral("/etc/%1").arg(name);
    d.configFile = QStringLiteral("/etc/%1/%1.conf").arg(name);
    d.dataDir = QStringLiteral("/var/lib/%1").arg(name);
    d.logDir = QStringLiteral("/var/log/%1").arg(name);
    d.logFile = QStringLiteral("/var/log/%1/%1.log").arg(name);
    d.consoleLog = QStringLiteral("/var/log/%1/%1-console.log").arg(name);
    d.nginxAccessLog = QStringLiteral("/var/log/nginx/%1.access.log").arg(name);
    d.nginxErrorLog = QStringLiteral("/var/log/nginx/%1.error.log").arg(name);
    d.systemdUnit = QStringLiteral("/etc/systemd/system/%1.service").arg(name);
    d.initScript = QStringLiteral("/etc/init.d/%1").arg(name);
    d.pidFile = QStringLiteral("/run/%1.pid").arg(name);
    d.nginxSite = QStringLiteral("/etc/nginx/sites-available/%1.conf").arg(name);
    d.nginxSiteLink = QStringLiteral("/etc/nginx/sites-enabled/%1.conf").arg(name);
    d.acmeWebroot = QStringLiteral("/var/www/%1-acme").arg(name);
    d.backupDir = QStringLiteral("/var/backups/odoo-deploy/%1").arg(name);
    d.filestore = d.dataDir + QStringLiteral("/filestore/") + p.odoo.database;
    d.logrotateConfig = QStringLiteral("/etc/logrotate.d/%1").arg(name);
    d.renewalHook = QStringLiteral("/etc/letsencrypt/renewal-hooks/deploy/odoo-deploy-%1").arg(name);
    // cron.d ignores file names with a dot: none here.
    const QString job = QStringLiteral("odoo-deploy-backup-%1").arg(name);
    d.backupJob = QStringLiteral("/usr/local/sbin/") + job;
    d.backupUnit = QStringLiteral("/etc/systemd/system/%1.service").arg(job);
    d.backupTimer = QStringLiteral("/etc/systemd/system/%1.timer").arg(job);
    d.backupCron = QStringLiteral("/etc/cron.d/") + job;
    d.backupLog = QStringLiteral("/var/log/%1.log").arg(job);
    d.replacedFiles = QStringLiteral("/var/backups/odoo-deploy/replaced");
    d.filestoreVolume = name;
    d.filestoreBrick = QStringLiteral("/srv/odoo-deploy/%1-filestore").arg(name);
    d.glusterdInitScript = QStringLiteral("/etc/init.d/glusterd");
    switch (p.web.certificate) {
    case CertificateMode::LetsEncrypt:
        d.certificate = QStringLiteral("/etc/letsencrypt/live/%1/fullchain.pem").arg(p.web.domain);
        d.certificateKey = QStringLiteral("/etc/letsencrypt/live/%1/privkey.pem").arg(p.web.domain);
        break;
    case CertificateMode::SelfSigned:
        d.certificate = QStringLiteral("/etc/ssl/certs/%1-selfsigned.crt").arg(name);
        d.certificateKey = QStringLiteral("/etc/ssl/private/%1-selfsigned.key").arg(name);
        break;
    case CertificateMode::Existing:
        d.certificate = QStringLiteral("/etc/ssl/certs/%1.crt").arg(name);
        d.certificateKey = QStringLiteral("/etc/ssl/private/%1.key").arg(name);
        break;
    case CertificateMode::None:
        break;
    }
    return d;
}

} // namespace odoodeploy
