// What keeps a deployment running without anyone's help: log rotation, the nginx
// reload after a certificate renewal, the scheduled backup.
#include "Generators.h"

#include "base/DeploymentPaths.h"
#include "base/ServiceManager.h"
#include "base/StepScript.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy {

QString Generators::logrotateConfig(const DeploymentProfile &p, const HostFacts &facts)
{
    const DeploymentPaths d = DeploymentPaths::of(p);
    const QString &user = p.odoo.systemUser;
    QString text = QStringLiteral(
        "# %1 - written by odoo-deploy. A redeploy replaces it: change the profile instead.\n"
        "# Odoo reopens its log file once it has been moved (Python's WatchedFileHandler), so the\n"
        "# file is moved and a new one created: no line is lost and Odoo needs no restart. The\n"
        "# folder belongs to %2: rotating as %2 keeps root away from files %2 controls.\n"
        "%3 {\n"
        "    su %2 %2\n"
        "    daily\n"
        "    maxsize 200M\n"
        "    rotate 14\n"
        "    missingok\n"
        "    notifempty\n"
        "    compress\n"
        "    delaycompress\n"
        "    create 0640 %2 %2\n"
        "}\n")
        .arg(d.logrotateConfig, user, d.logFile);
    if (ServiceManager::wantsSysvinit(p, facts))
        text += QStringLiteral(
            "\n"
            "# What Odoo printed before its logging started (SysV init: start-stop-daemon keeps it\n"
            "# open), copied and truncated in place.\n"
            "%1 {\n"
            "    su %2 %2\n"
            "    weekly\n"
            "    rotate 4\n"
            "    missingok\n"
            "    notifempty\n"
            "    compress\n"
            "    copytruncate\n"
            "}\n")
            .arg(d.consoleLog, user);
    if (p.backup.scheduled && TopologyProfile::keepsBackups(p))
        text += QStringLiteral(
            "\n"
            "# The scheduled backup's output.\n"
            "%1 {\n"
            "    monthly\n"
            "    rotate 12\n"
            "    missingok\n"
            "    notifempty\n"
            "    compress\n"
            "}\n")
            .arg(d.backupLog);
    return text;
}

QString Generators::renewalHook(const DeploymentProfile &p)
{
    // `service` reaches systemd where it runs and the init script elsewhere.
    return QStringLiteral(
               "#!/bin/sh\n"
               "# %1 - written by odoo-deploy.\n"
               "# certbot runs this after it renewed a certificate (RENEWED_LINEAGE), so that nginx\n"
               "# serves the new one without anyone's help; a configuration nginx refuses is not loaded.\n"
               "set -e\n"
               "nginx -t -q\n"
               "service nginx reload\n"
               "echo \"nginx reloaded for the renewed certificate in ${RENEWED_LINEAGE:-?}\"\n")
        .arg(DeploymentPaths::of(p).renewalHook);
}

QString Generators::backupScript(const DeploymentProfile &p, bool checkOnly)
{
    const DeploymentPaths d = DeploymentPaths::of(p);
    // An app server of several dumps the database server's database over the network.
    const TopologyHost *database = TopologyProfile::firstWith(p, HostRole::Database);
    const bool remote = database && !TopologyProfile::plays(p, HostRole::Database);
    return StepScript::compose(QStringLiteral("backup"),
                               {{QStringLiteral("DATABASE"), p.odoo.database},
                                {QStringLiteral("DB_HOST"), remote ? database->privateAddress : QString()},
                                {QStringLiteral("DB_PORT"), QString::number(TopologyProfile::kPostgresqlPort)},
                                {QStringLiteral("DB_USER"), p.odoo.systemUser},
                                {QStringLiteral("CONFIG"), d.configFile},
                                {QStringLiteral("ODOO_USER"), p.odoo.systemUser},
                                {QStringLiteral("SRC"), d.sourceDir},
                                {QStringLiteral("FILESTORE"), d.filestore},
                                {QStringLiteral("BACKUP_DIR"), d.backupDir},
                                {QStringLiteral("KEEP"), QString::number(p.backup.keep)},
                                {QStringLiteral("CHECK_ONLY"), StepScript::flag(checkOnly)}});
}

QString Generators::backupJob(const DeploymentProfile &p)
{
    return QStringLiteral("#!/bin/sh\n"
                          "# %1 - written by odoo-deploy: the scheduled backup of %2, the same script\n"
                          "# `odoo-deploy backup` runs. A redeploy replaces it: change the profile instead.\n")
               .arg(DeploymentPaths::of(p).backupJob, p.odoo.database)
           + backupScript(p, false);
}

QString Generators::backupUnit(const DeploymentProfile &p)
{
    const DeploymentPaths d = DeploymentPaths::of(p);
    // The first app server of several reaches the database server over the network and
    // reads the filestore through its shared mount.
    const QString needs = TopologyProfile::plays(p, HostRole::Database)
                              ? QStringLiteral("After=postgresql.service\n"
                                               "Requires=postgresql.service\n")
                              : QStringLiteral("Wants=network-online.target\n"
                                               "After=network-online.target\n"
                                               "RequiresMountsFor=%1\n")
                                    .arg(d.dataDir);
    return QStringLiteral("# %1 - written by odoo-deploy; started by %2.\n"
                          "[Unit]\n"
                          "Description=Back up the Odoo database %3 and its files\n"
                          "%4"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%5\n"
                          "Nice=10\n"
                          "IOSchedulingClass=idle\n")
        .arg(d.backupUnit, QStringLiteral("odoo-deploy-backup-%1.timer").arg(p.service.name), p.odoo.database, needs, d.backupJob);
}

QString Generators::backupTimer(const DeploymentProfile &p)
{
    const DeploymentPaths d = DeploymentPaths::of(p);
    return QStringLiteral("# %1 - written by odoo-deploy.\n"
                          "[Unit]\n"
                          "Description=Daily backup of the Odoo database %2\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=*-*-* %3:00\n"
                          "# Missed while the server was off: run at the next boot.\n"
                          "Persistent=true\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(d.backupTimer, p.odoo.database, p.backup.at);
}

QString Generators::backupCron(const DeploymentProfile &p)
{
    const DeploymentPaths d = DeploymentPaths::of(p);
    const QString hour = p.backup.at.section(QLatin1Char(':'), 0, 0);
    const QString minute = p.backup.at.section(QLatin1Char(':'), 1, 1);
    return QStringLiteral("# %1 - written by odoo-deploy: the daily backup of %2 (no systemd here).\n"
                          "SHELL=/bin/sh\n"
                          "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n"
                          "%3 %4 * * * root %5 >>%6 2>&1\n")
        .arg(d.backupCron, p.odoo.database, QString::number(minute.toInt()), QString::number(hour.toInt()), d.backupJob, d.backupLog);
}

} // namespace odoodeploy
