#include "base/DeploymentPaths.h"
#include "Generators.h"
#include "base/ServiceManager.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy {

RenderedFiles Generators::renderAll(const DeploymentProfile &p, const HostFacts &facts)
{
    const DeploymentPaths paths = DeploymentPaths::of(p);
    RenderedFiles files;
    // One server of several renders the files of its roles (TopologyProfile::forHost);
    // a server alone plays every role.
    const bool app = TopologyProfile::plays(p, HostRole::App);
    const bool proxy = TopologyProfile::plays(p, HostRole::Proxy);
    const bool alone = !p.topology.spansServers();

    if (app) {
        RenderedFile config;
        config.id = QStringLiteral("odoo.conf");
        config.title = tr("Odoo configuration");
        config.remotePath = paths.configFile;
        config.content = odooConfig(p);
        config.group = p.odoo.systemUser; // Odoo reads it, cannot change it
        config.mode = 0640;
        files << config;

        if (ServiceManager::wantsSystemd(p, facts)) {
            RenderedFile unit;
            unit.id = QStringLiteral("systemd-unit");
            unit.title = tr("systemd unit");
            unit.remotePath = paths.systemdUnit;
            unit.content = systemdUnit(p);
            files << unit;
        }
        if (ServiceManager::wantsSysvinit(p, facts)) {
            RenderedFile script;
            script.id = QStringLiteral("sysvinit-script");
            script.title = tr("SysV init script");
            script.remotePath = paths.initScript;
            script.content = sysvinitScript(p);
            script.mode = 0755;
            files << script;
        }
    }

    if (proxy) {
        RenderedFile site;
        site.id = QStringLiteral("nginx-site");
        site.title = tr("nginx site");
        site.remotePath = paths.nginxSite;
        site.content = nginxSite(p, facts);
        files << site;

        if (p.web.certificate == CertificateMode::SelfSigned) {
            RenderedFile cert;
            cert.kind = RenderedFile::Kind::Command;
            cert.id = QStringLiteral("selfsigned-certificate.sh");
            cert.title = tr("Self-signed certificate (command)");
            cert.content = selfSignedCertificateScript(p);
            cert.mode = 0755;
            files << cert;
        }
    }

    const auto add = [&files](const char *id, const QString &title, const QString &path, const QString &content, int mode) {
        RenderedFile f;
        f.id = QString::fromLatin1(id);
        f.title = title;
        f.remotePath = path;
        f.content = content;
        f.mode = mode;
        files << f;
    };
    if (app)
        add("logrotate", tr("Log rotation"), paths.logrotateConfig, logrotateConfig(p, facts), 0644);
    if (proxy && p.web.certificate == CertificateMode::LetsEncrypt)
        add("renewal-hook", tr("nginx reload after a certificate renewal"), paths.renewalHook, renewalHook(p), 0755);
    // Backups of a deployment on several servers (database and shared filestore) are to come.
    if (alone && p.backup.scheduled) {
        add("backup-job", tr("Scheduled backup (script)"), paths.backupJob, backupJob(p), 0700);
        if (ServiceManager::wantsSystemd(p, facts)) {
            add("backup-unit", tr("Scheduled backup (systemd service)"), paths.backupUnit, backupUnit(p), 0644);
            add("backup-timer", tr("Scheduled backup (systemd timer)"), paths.backupTimer, backupTimer(p), 0644);
        }
        if (ServiceManager::wantsSysvinit(p, facts))
            add("backup-cron", tr("Scheduled backup (cron)"), paths.backupCron, backupCron(p), 0644);
    }
    return files;
}

} // namespace odoodeploy
