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
    const bool database = TopologyProfile::plays(p, HostRole::Database);
    const bool alone = !p.topology.spansServers();

    // The file appended, for what differs from the defaults.
    const auto add = [&files](const char *id, const QString &title, const QString &path, const QString &content, int mode) -> RenderedFile & {
        RenderedFile f;
        f.id = QString::fromLatin1(id);
        f.title = title;
        f.remotePath = path;
        f.content = content;
        f.mode = mode;
        files << f;
        return files.last();
    };
    if (database && !alone) {
        // PostgreSQL's own files, as Debian has them: postgres:postgres, in the cluster's folder.
        const auto clusterFile = [&](const char *id, const QString &title, const QString &path, const QString &content, int mode) {
            RenderedFile &f = add(id, title, path, content, mode);
            f.kind = RenderedFile::Kind::ClusterFile;
            f.owner = f.group = QStringLiteral("postgres");
        };
        clusterFile("postgresql-settings", tr("PostgreSQL settings"), QStringLiteral("conf.d/") + postgresqlSettingsName(p), postgresqlSettings(p), 0644);
        clusterFile("postgresql-access", tr("PostgreSQL access (pg_hba.conf)"), QStringLiteral("pg_hba.conf"), postgresqlAccess(p), 0640);
    }
    const bool gluster = !alone && p.topology.filestore == FilestoreEngine::GlusterFS;
    if (TopologyProfile::plays(p, HostRole::Files) && gluster && ServiceManager::wantsSysvinit(p, facts))
        add("glusterd-sysvinit", tr("GlusterFS init script (the shared filestore)"), paths.glusterdInitScript, glusterdSysvinitScript(p), 0755);
    if (app) {
        // Odoo reads it, cannot change it.
        add("odoo.conf", tr("Odoo configuration"), paths.configFile, odooConfig(p), 0640).group = p.odoo.systemUser;
        if (ServiceManager::wantsSystemd(p, facts))
            add("systemd-unit", tr("systemd unit"), paths.systemdUnit, systemdUnit(p), 0644);
        if (ServiceManager::wantsSysvinit(p, facts))
            add("sysvinit-script", tr("SysV init script"), paths.initScript, sysvinitScript(p), 0755);
    }
    if (proxy) {
        add("nginx-site", tr("nginx site"), paths.nginxSite, nginxSite(p, facts), 0644);
        if (p.web.certificate == CertificateMode::SelfSigned)
            add("selfsigned-certificate.sh", tr("Self-signed certificate (command)"), QString(), selfSignedCertificateScript(p), 0755).kind =
                RenderedFile::Kind::Command;
    }
    if (app)
        add("logrotate", tr("Log rotation"), paths.logrotateConfig, logrotateConfig(p, facts), 0644);
    if (proxy && p.web.certificate == CertificateMode::LetsEncrypt)
        add("renewal-hook", tr("nginx reload after a certificate renewal"), paths.renewalHook, renewalHook(p), 0755);
    // On several servers the first app server takes the scheduled backups, as it takes the others.
    if (TopologyProfile::keepsBackups(p) && p.backup.scheduled) {
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
