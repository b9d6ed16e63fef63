#include "plan/Planner.h"
#include "profile/Validation.h"
#include "render/Generators.h"
#include "base/DeploymentPaths.h"
#include "base/StepScript.h"
#include "profile/TopologyProfile.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

class TestPlanner : public QObject
{
    Q_OBJECT
    static HostFacts debian12(HostFacts::Init init = HostFacts::Init::Sysvinit)
    {
        HostFacts f;
        f.probed = true;
        f.osId = QStringLiteral("debian");
        f.osVersion = QStringLiteral("12");
        f.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        f.init = init;
        f.cpuCount = 2;
        f.ramBytes = 4LL * 1024 * 1024 * 1024;
        f.diskFreeBytes = 20LL * 1024 * 1024 * 1024;
        f.pythonVersion = QStringLiteral("3.11.2");
        f.listeningPorts = {22};
        return f;
    }
    static QStringList ids(const Plan &plan)
    {
        QStringList out;
        for (const auto &s : plan.steps)
            out << s.id;
        return out;
    }
    static PlanStep stepOf(const Plan &plan, const QString &id)
    {
        for (const PlanStep &s : plan.steps)
            if (s.id == id)
                return s;
        return {};
    }

private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QList<int>>("ports");
        QTest::addColumn<qint64>("ramMiB");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits") << "17.0" << "3.11.2" << QList<int>{22} << 4096LL << "";
        QTest::newRow("python too new for 14") << "14.0" << "3.11.2" << QList<int>{22} << 4096LL << "needs Python 3.6 to 3.9";
        QTest::newRow("python too old for 17") << "17.0" << "3.9.2" << QList<int>{22} << 4096LL << "needs Python 3.10 to 3.12";
        QTest::newRow("port 80 taken") << "17.0" << "3.11.2" << QList<int>{22, 80} << 4096LL << "Port 80 is already used";
        QTest::newRow("port 8069 taken") << "17.0" << "3.11.2" << QList<int>{8069} << 4096LL << "Port 8069 is already used";
        QTest::newRow("too little ram") << "17.0" << "3.11.2" << QList<int>{22} << 1024LL << "need about 1949 MiB";
    }
    void refusals()
    {
        QFETCH(QString, version);
        QFETCH(QString, python);
        QFETCH(QList<int>, ports);
        QFETCH(qint64, ramMiB);
        QFETCH(QString, expected);
        DeploymentProfile p = test::testProfile(version, CertificateMode::SelfSigned, InitSystem::Auto);
        HostFacts f = debian12();
        f.pythonVersion = python;
        f.listeningPorts = ports;
        f.ramBytes = ramMiB * 1024 * 1024;
        const QStringList reasons = Planner::refusals(p, f);
        if (expected.isEmpty())
            QVERIFY2(reasons.isEmpty(), qPrintable(reasons.join(QLatin1Char('\n'))));
        else
            QVERIFY2(reasons.join(QLatin1Char('\n')).contains(expected), qPrintable(reasons.join(QLatin1Char('\n'))));
        QVERIFY(!Planner::refusals(p, HostFacts{}).isEmpty()); // never without a probe
        p.service.initSystem = InitSystem::Systemd; // asked for, but the server has no systemd
        QVERIFY(Planner::refusals(p, f).join(QLatin1Char(' ')).contains(QLatin1String("does not run systemd")));
    }

    void orderFollowsDependencies()
    {
        const QStringList sysv = ids(Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto), debian12()));
        QCOMPARE(sysv, (QStringList{"apt-update", "packages", "postgresql", "system-user", "db-role", "database", "source",
                                    "venv", "data-dir", "log-dir", "config", "db-init", "service-file", "service",
                                    "certificate", "nginx-site", "nginx-enable", "nginx", "logrotate", "backup-schedule"}));
        const Plan withExisting = Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::Existing, InitSystem::Auto), debian12());
        QVERIFY(ids(withExisting).contains(QStringLiteral("certificate-key")));
        QVERIFY(!ids(Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::None, InitSystem::Auto), debian12())).contains(QStringLiteral("certificate")));
        // The firewall comes last, once everything it lets in is in place.
        DeploymentProfile withFirewall = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto);
        QVERIFY(!ids(Planner::plan(withFirewall, debian12())).contains(QStringLiteral("firewall")));
        withFirewall.web.firewall = true;
        QCOMPARE(ids(Planner::plan(withFirewall, debian12())).last(), QStringLiteral("firewall"));
        QVERIFY(Planner::packages(withFirewall).contains(QStringLiteral("ufw")));
        // Upstream wkhtmltopdf and an upgrade: steps of their own, right after the lists.
        DeploymentProfile options = withFirewall;
        options.server.upgradePackages = true;
        options.odoo.wkhtmltopdfDeb = QStringLiteral("https://example.com/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb");
        QCOMPARE(ids(Planner::plan(options, debian12())).mid(0, 4),
                 (QStringList{"apt-update", "apt-upgrade", "packages", "wkhtmltopdf"}));
        QVERIFY(!Planner::packages(options).contains(QStringLiteral("wkhtmltopdf")));
        QVERIFY(Planner::packages(options).contains(QStringLiteral("curl")));
    }

    void upkeepSteps()
    {
        // Without a schedule: log rotation, and any schedule left from before removed.
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto);
        Plan plan = Planner::plan(p, debian12());
        QVERIFY(!ids(plan).contains(QStringLiteral("cron")));
        QVERIFY(!ids(plan).contains(QStringLiteral("backup-job")));
        const PlanStep logrotate = stepOf(plan, QStringLiteral("logrotate"));
        QCOMPARE(logrotate.remotePath, QStringLiteral("/etc/logrotate.d/odoo"));
        // logrotate reads every file in its folder: the copy of a replaced one goes elsewhere.
        QVERIFY(logrotate.values.contains({QStringLiteral("BACKUP_TO"), QStringLiteral("/var/backups/odoo-deploy/replaced")}));
        QVERIFY(stepOf(plan, QStringLiteral("config")).values.contains({QStringLiteral("BACKUP_TO"), QString()}));
        QVERIFY(stepOf(plan, QStringLiteral("backup-schedule")).values.contains({QStringLiteral("SCHEDULED"), QStringLiteral("no")}));
        QVERIFY(!Planner::packages(p).contains(QStringLiteral("cron")));

        // Scheduled, without systemd: the job, a cron entry, cron installed and running.
        p.backup.scheduled = true;
        p.backup.at = QStringLiteral("04:05");
        plan = Planner::plan(p, debian12());
        for (const char *id : {"cron", "backup-job", "backup-cron", "backup-schedule"})
            QVERIFY2(ids(plan).contains(QString::fromLatin1(id)), id);
        QVERIFY(!ids(plan).contains(QStringLiteral("backup-timer")));
        QVERIFY(stepOf(plan, QStringLiteral("packages")).values.contains({QStringLiteral("PACKAGES"), (Planner::packages(p) << QStringLiteral("cron")).join(QLatin1Char(' '))}));
        QVERIFY(stepOf(plan, QStringLiteral("backup-cron")).input.contains("5 4 * * * root /usr/local/sbin/odoo-deploy-backup-odoo >>/var/log/odoo-deploy-backup-odoo.log 2>&1\n"));
        QVERIFY(stepOf(plan, QStringLiteral("backup-job")).values.contains({QStringLiteral("MODE"), QStringLiteral("700")})); // root's only
        // With systemd: a service and its timer, no cron.
        plan = Planner::plan(p, debian12(HostFacts::Init::Systemd));
        QVERIFY(!ids(plan).contains(QStringLiteral("cron")));
        QVERIFY(!ids(plan).contains(QStringLiteral("backup-cron")));
        QVERIFY(stepOf(plan, QStringLiteral("backup-timer")).input.contains("OnCalendar=*-*-* 04:05:00\n"));
        // The firewall still comes last.
        p.web.firewall = true;
        QCOMPARE(ids(Planner::plan(p, debian12())).last(), QStringLiteral("firewall"));
        // Let's Encrypt: the renewal reaches nginx through certbot's deploy hook.
        p.web.certificate = CertificateMode::LetsEncrypt;
        p.web.domain = QStringLiteral("erp.example.com");
        p.web.letsEncryptEmail = QStringLiteral("admin@example.com");
        QCOMPARE(stepOf(Planner::plan(p, debian12()), QStringLiteral("renewal-hook")).remotePath,
                 QStringLiteral("/etc/letsencrypt/renewal-hooks/deploy/odoo-deploy-odoo"));
    }

    void initSystemFromFacts()
    {
        auto serviceFile = [](const Plan &plan) { return stepOf(plan, QStringLiteral("service-file")); };
        QVERIFY(serviceFile(Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto), debian12(HostFacts::Init::Systemd))).title.contains(QLatin1String("/etc/systemd/system/odoo.service")));
        QVERIFY(serviceFile(Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto), debian12(HostFacts::Init::Sysvinit))).title.contains(QLatin1String("/etc/init.d/odoo")));
    }

    void everyScriptIsValidShell()
    {
        for (auto cert : {CertificateMode::None, CertificateMode::SelfSigned, CertificateMode::LetsEncrypt, CertificateMode::Existing})
            for (auto init : {HostFacts::Init::Systemd, HostFacts::Init::Sysvinit})
                for (const PlanStep &s : Planner::plan([&] {
                         DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), cert, InitSystem::Auto);
                         p.web.firewall = p.server.upgradePackages = cert == CertificateMode::Existing;
                         if (cert == CertificateMode::Existing)
                             p.odoo.wkhtmltopdfDeb = QStringLiteral("https://example.com/wk'htmltox.deb");
                         return p;
                     }(), debian12(init)).steps)
                    for (const RemoteStep &r : {Planner::toRunStep(s), Planner::toCheckStep(s)}) {
                        const auto syntax = test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), r.command});
                        QVERIFY2(syntax.exitCode == 0, qPrintable(r.id + QLatin1String(": ") + QString::fromUtf8(syntax.err)));
                        QVERIFY(r.asRoot);
                    }
    }

    void acmeCertificateStep()
    {
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::LetsEncrypt, InitSystem::Auto);
        PlanStep cert = stepOf(Planner::plan(p, debian12()), QStringLiteral("certificate"));
        // Let's Encrypt itself: no other server; the challenge site is the step's input.
        QCOMPARE(cert.script, QStringLiteral("certificate-acme"));
        QCOMPARE(cert.value(QStringLiteral("ACME_SERVER")), QString());
        QCOMPARE(cert.value(QStringLiteral("EMAIL")), p.web.letsEncryptEmail);
        QCOMPARE(QString::fromUtf8(cert.input), Generators::acmeChallengeSite(p));
        // The challenge site comes first and goes again, also when certbot fails.
        const QString script = StepScript::file(cert.script);
        QVERIFY(script.indexOf(QLatin1String("install -m 0644 \"$INPUT\" \"$BOOT_SITE\"")) < script.indexOf(QLatin1String("certbot \"$@\"")));
        QVERIFY(script.contains(QLatin1String("rm -f \"$BOOT_SITE\"\n        exit \"$rc\"")));
        // Another ACME server: passed on as a value, and the domain may then be internal.
        p.web.acmeServer = QStringLiteral("https://ca.corp.lan/acme/acme/directory");
        p.web.domain = QStringLiteral("erp.corp.lan");
        QVERIFY2(Validation::validate(p).isEmpty(), qPrintable(Validation::validate(p).value(0).message));
        cert = stepOf(Planner::plan(p, debian12()), QStringLiteral("certificate"));
        QCOMPARE(cert.value(QStringLiteral("ACME_SERVER")), p.web.acmeServer);
        QCOMPARE(cert.value(QStringLiteral("DOMAIN")), p.web.domain);
        QVERIFY(cert.title.contains(QLatin1String("ca.corp.lan")));
        // certbot gets exactly these arguments (a stand-in certbot records them).
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        for (const char *tool : {"certbot", "install", "nginx", "service", "systemctl"}) {
            QFile fake(bin + QLatin1Char('/') + QLatin1String(tool));
            QVERIFY(fake.open(QIODevice::WriteOnly));
            fake.write(tool == QByteArray("certbot") ? "#!/bin/sh\nfor a in \"$@\"; do printf '[%s]' \"$a\"; done; echo\n" : "#!/bin/sh\nexit 0\n");
            fake.close();
            fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QString change = StepScript::assignments(cert.values + ScriptValues{{QStringLiteral("STEP_INPUT"), QStringLiteral("no")}})
                         + StepScript::file(QStringLiteral("lib")) + script
                         + QStringLiteral("mark_reload() { :; }\nchange\n");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        const auto r = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), change}, {}, 10000, env);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(),
                 QStringLiteral("[certonly][--non-interactive][--agree-tos][-m][admin@example.com][--webroot][-w][/var/lib/odoo-deploy/acme]"
                                "[-d][erp.corp.lan][--server][https://ca.corp.lan/acme/acme/directory]")
                     .replace(QStringLiteral("/var/lib/odoo-deploy/acme"), cert.value(QStringLiteral("WEBROOT")))
                     .replace(QStringLiteral("admin@example.com"), p.web.letsEncryptEmail));
        // ... but not an address, nor an http:// or hostile URL.
        p.web.domain = QStringLiteral("10.0.0.5");
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("web.domain"));
        p.web.domain = QStringLiteral("erp.corp.lan");
        for (const char *bad : {"http://ca.corp.lan/directory", "https://ca.corp.lan/x y", "https://ca'; rm -rf /"}) {
            p.web.acmeServer = QString::fromLatin1(bad);
            QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("web.acmeServer"));
        }
        // Without a server of its own, Let's Encrypt needs a public name.
        p.web.acmeServer.clear();
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("web.domain"));
    }

    // The step with its file moved below `root`, to run locally.
    static PlanStep below(PlanStep step, const QString &root)
    {
        for (auto &[name, value] : step.values)
            if (name == QLatin1String("TARGET"))
                value = root + value;
        return step;
    }
    static test::ProcessResult runLocally(const RemoteStep &step, const QByteArray &input)
    {
        return test::run(QStringLiteral("sh"), {QStringLiteral("-c"), step.command}, input, 10000);
    }

    // A deployment on several servers: each server plans what its roles need, and
    // nothing else; the whole deployment is never planned as one server.
    void eachServerPlansItsRoles()
    {
        DeploymentProfile p = test::topologyProfile();
        p.web.firewall = true;
        QVERIFY(Validation::validate(p).isEmpty());
        const auto planOf = [&](const char *host) { return Planner::plan(TopologyProfile::forHost(p, QString::fromLatin1(host)), debian12()); };
        QCOMPARE(ids(planOf("db")), (QStringList{"apt-update", "packages", "postgresql", "postgresql-settings", "postgresql-access", "db-role",
                                                 "database", "glusterd", "filestore-volume", "firewall"}));
        // The shared filestore is mounted before anything writes to the data folder.
        QCOMPARE(ids(planOf("app1")), (QStringList{"apt-update", "packages", "system-user", "source", "venv", "data-dir", "filestore-mount", "log-dir",
                                                   "config", "db-init", "service-file", "service", "logrotate", "backup-schedule", "firewall"}));
        // The first app server keeps the backups (and schedules them); the second has nothing of them.
        QCOMPARE(ids(planOf("app2")), (QStringList{"apt-update", "packages", "system-user", "source", "venv", "data-dir", "filestore-mount", "log-dir",
                                                   "config", "db-init", "service-file", "service", "logrotate", "firewall"}));
        QCOMPARE(ids(planOf("proxy")), (QStringList{"apt-update", "packages", "certificate", "nginx-site", "nginx-enable", "nginx", "firewall"}));
        QVERIFY(ids(Planner::plan(p, debian12())).isEmpty());
        QVERIFY(Planner::plan(p, debian12()).problems.join(QLatin1Char(' ')).contains(QLatin1String("one server at a time")));

        // Packages: PostgreSQL's server only on the database server, nginx only on the proxy.
        const auto packagesOf = [&](const char *host) { return stepOf(planOf(host), QStringLiteral("packages")).value(QStringLiteral("PACKAGES")).split(QLatin1Char(' ')); };
        QCOMPARE(packagesOf("db"), (QStringList{"postgresql", "postgresql-client", "glusterfs-server", "ufw"}));
        QVERIFY(packagesOf("app1").contains(QStringLiteral("glusterfs-client")));
        QVERIFY(!packagesOf("proxy").contains(QStringLiteral("glusterfs-client")));
        QVERIFY(!Planner::packages(test::testProfile()).join(QLatin1Char(' ')).contains(QLatin1String("gluster"))); // one server: a local folder
        QVERIFY(packagesOf("app1").contains(QStringLiteral("postgresql-client")));
        QVERIFY(packagesOf("app1").contains(QStringLiteral("python3-venv")));
        QVERIFY(!packagesOf("app1").contains(QStringLiteral("postgresql")));
        QVERIFY(!packagesOf("app1").contains(QStringLiteral("nginx")));
        QCOMPARE(packagesOf("proxy"), (QStringList{"nginx", "openssl", "ufw"}));

        // The role's password: a placeholder the sender fills in, on standard input.
        QCOMPARE(stepOf(planOf("db"), QStringLiteral("db-role")).input, QByteArray(Generators::kDatabasePasswordPlaceholder));
        QVERIFY(stepOf(Planner::plan(test::testProfile(), debian12()), QStringLiteral("db-role")).input.isEmpty());
        QCOMPARE(stepOf(planOf("db"), QStringLiteral("postgresql-settings")).value(QStringLiteral("ADDRESS")), QStringLiteral("10.0.0.11"));

        // app1 initialises the database on the database server; app2 waits for it.
        const PlanStep init1 = stepOf(planOf("app1"), QStringLiteral("db-init"));
        const PlanStep init2 = stepOf(planOf("app2"), QStringLiteral("db-init"));
        QCOMPARE(init1.value(QStringLiteral("INIT")), QStringLiteral("yes"));
        QCOMPARE(init2.value(QStringLiteral("INIT")), QStringLiteral("no"));
        QCOMPARE(init2.value(QStringLiteral("DB_HOST")), QStringLiteral("10.0.0.11"));
        QVERIFY(init2.title.contains(QLatin1String("app1")));
        QCOMPARE(stepOf(Planner::plan(test::testProfile(), debian12()), QStringLiteral("db-init")).value(QStringLiteral("DB_HOST")), QString());

        // Firewalls: PostgreSQL from the app servers, Odoo from the proxy, the web from anywhere.
        const auto firewall = [&](const char *host) { return stepOf(planOf(host), QStringLiteral("firewall")); };
        QCOMPARE(firewall("db").value(QStringLiteral("FROM")),
                 QStringLiteral("5432@10.0.0.21 5432@10.0.0.22 24007@10.0.0.21 49152:60999@10.0.0.21 24007@10.0.0.22 49152:60999@10.0.0.22"));
        QCOMPARE(firewall("db").value(QStringLiteral("OPEN")), QString());
        QCOMPARE(firewall("app2").value(QStringLiteral("FROM")), QStringLiteral("8069@10.0.0.31 8072@10.0.0.31"));
        QCOMPARE(firewall("proxy").value(QStringLiteral("OPEN")), QStringLiteral("80 443"));
        QCOMPARE(firewall("proxy").value(QStringLiteral("FROM")), QString());
        // The filestore: one volume on the files server that only the app servers mount, at the data folder.
        const PlanStep volume = stepOf(planOf("db"), QStringLiteral("filestore-volume"));
        QCOMPARE(volume.value(QStringLiteral("ALLOW")), QStringLiteral("10.0.0.21,10.0.0.22"));
        QCOMPARE(volume.value(QStringLiteral("ADDRESS")), QStringLiteral("10.0.0.11"));
        const PlanStep mount = stepOf(planOf("app2"), QStringLiteral("filestore-mount"));
        QCOMPARE(mount.value(QStringLiteral("SOURCE")), QStringLiteral("10.0.0.11:/") + DeploymentPaths::of(p).filestoreVolume);
        QCOMPARE(mount.value(QStringLiteral("DIR")), DeploymentPaths::of(p).dataDir);
        // Without systemd glusterd needs an init script; Debian ships only a unit.
        HostFacts sysv = debian12();
        sysv.init = HostFacts::Init::Sysvinit;
        DeploymentProfile detected = p;
        detected.service.initSystem = InitSystem::Auto;
        QVERIFY(ids(Planner::plan(TopologyProfile::forHost(detected, QStringLiteral("db")), sysv)).contains(QStringLiteral("glusterd-init")));
        HostFacts withSystemd = debian12();
        withSystemd.init = HostFacts::Init::Systemd;
        QVERIFY(!ids(Planner::plan(TopologyProfile::forHost(detected, QStringLiteral("db")), withSystemd)).contains(QStringLiteral("glusterd-init")));
        // NFS is refused, not guessed at.
        DeploymentProfile nfs = p;
        nfs.topology.filestore = FilestoreEngine::Nfs;
        for (const char *host : {"db", "app1"})
            QVERIFY(Planner::plan(TopologyProfile::forHost(nfs, QString::fromLatin1(host)), debian12()).problems.join(QLatin1Char(' ')).contains(QLatin1String("NFS filestore is not built yet")));
        QVERIFY(Planner::plan(TopologyProfile::forHost(nfs, QStringLiteral("proxy")), debian12()).problems.isEmpty());
        p.web.certificate = CertificateMode::SelfSigned;
        QVERIFY(Planner::remoteSteps(TopologyProfile::forHost(p, QStringLiteral("proxy")), debian12(), false).last().id.contains(QLatin1String("pin")));
        QVERIFY(!Planner::remoteSteps(TopologyProfile::forHost(p, QStringLiteral("app1")), debian12(), false).last().id.contains(QLatin1String("pin")));
    }

    // What is refused depends on the roles: port 80 taken matters only where nginx runs.
    void refusalsFollowTheRoles()
    {
        const DeploymentProfile p = test::topologyProfile();
        HostFacts f = debian12();
        f.listeningPorts = {22, 80, 8069, 5432};
        f.pythonVersion = QStringLiteral("3.5.0");
        const QString db = Planner::refusals(TopologyProfile::forHost(p, QStringLiteral("db")), f).join(QLatin1Char('\n'));
        QVERIFY2(db.contains(QLatin1String("Port 5432")), qPrintable(db));
        QVERIFY2(!db.contains(QLatin1String("Port 80")) && !db.contains(QLatin1String("Python")), qPrintable(db));
        const QString app = Planner::refusals(TopologyProfile::forHost(p, QStringLiteral("app1")), f).join(QLatin1Char('\n'));
        QVERIFY2(app.contains(QLatin1String("Port 8069")) && app.contains(QLatin1String("Python")), qPrintable(app));
        QVERIFY2(!app.contains(QLatin1String("Port 80 ")) && !app.contains(QLatin1String("5432")), qPrintable(app));
        const QString proxy = Planner::refusals(TopologyProfile::forHost(p, QStringLiteral("proxy")), f).join(QLatin1Char('\n'));
        QVERIFY2(proxy.contains(QLatin1String("Port 80 ")) && !proxy.contains(QLatin1String("8069")), qPrintable(proxy));
        f.postgresqlVersions = {QStringLiteral("15")}; // PostgreSQL itself on 5432: ours to configure
        QVERIFY(!Planner::refusals(TopologyProfile::forHost(p, QStringLiteral("db")), f).join(QLatin1Char(' ')).contains(QLatin1String("5432")));
    }

    void fileStepsBackUpAndMaskTheHash()
    {
        const PlanStep s = stepOf(Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto), debian12()),
                                  QStringLiteral("config"));
        QCOMPARE(s.script, QStringLiteral("file"));
        QVERIFY(s.input.contains("admin_passwd = $pbkdf2-sha512$"));
        QCOMPARE(s.value(QStringLiteral("TARGET")), QStringLiteral("/etc/odoo/odoo.conf"));
        QCOMPARE(s.value(QStringLiteral("OWNER")) + QLatin1Char(':') + s.value(QStringLiteral("GROUP")) + QLatin1Char(' ') + s.value(QStringLiteral("MODE")),
                 QStringLiteral("root:odoo 640"));
        // The preview (check mode) for real against an old file: the hash line is masked.
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("etc/odoo")));
        QFile old(dir.filePath(QStringLiteral("etc/odoo/odoo.conf")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[options]\nadmin_passwd = $pbkdf2-sha512$1$old$hash\nworkers = 2\n");
        old.close();
        const auto r = runLocally(Planner::toCheckStep(below(s, dir.path())), s.input);
        QCOMPARE(r.exitCode, 0); // would change
        QVERIFY2(r.out.contains("-admin_passwd = ******"), (r.out + r.err).constData());
        QVERIFY(r.out.contains("+admin_passwd = ******"));
        QVERIFY(!r.out.contains("pbkdf2"));
        QVERIFY(r.out.contains("+workers = 5"));
        QVERIFY(r.out.contains("/etc/odoo/odoo.conf (on the server)"));
        // The private key's preview never shows it.
        PlanStep key = stepOf(Planner::plan([] {
            DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::Existing, InitSystem::Auto);
            p.web.certFile = p.web.keyFile = QStringLiteral(GOLDEN_DIR "/../../README.md");
            return p;
        }(), debian12()), QStringLiteral("certificate-key"));
        QCOMPARE(key.value(QStringLiteral("SHOW_DIFF")), QStringLiteral("no"));
        QCOMPARE(key.value(QStringLiteral("MODE")), QStringLiteral("600"));
    }

    void fileStepWritesBacksUpAndIsIdempotent()
    {
        // As the current user (install -o/-g with our own names), into a temporary root.
        PlanStep s = stepOf(Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto), debian12()),
                            QStringLiteral("config"));
        const QString me = test::run(QStringLiteral("id"), {QStringLiteral("-un")}).out.trimmed();
        const QString group = test::run(QStringLiteral("id"), {QStringLiteral("-gn")}).out.trimmed();
        for (auto &[name, value] : s.values) {
            if (name == QLatin1String("OWNER"))
                value = me;
            if (name == QLatin1String("GROUP"))
                value = group;
            if (name == QLatin1String("AFTER"))
                value = QStringLiteral("nothing"); // no restart marker in this machine's /run
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("etc/odoo/odoo.conf"));
        const auto first = runLocally(Planner::toRunStep(below(s, dir.path())), s.input);
        QVERIFY2(first.exitCode == 0, (first.out + first.err).constData());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), s.input);
        written.close();
        QVERIFY(!QFile::exists(path + QStringLiteral(".odoo-deploy-new"))); // renamed into place
        // Again: nothing to change.
        QCOMPARE(runLocally(Planner::toRunStep(below(s, dir.path())), s.input).exitCode, RemoteStep::kUnchangedExitStatus);
        // Another content: the old file is kept as a backup first.
        s.input += "# changed\n";
        const auto third = runLocally(Planner::toRunStep(below(s, dir.path())), s.input);
        QCOMPARE(third.exitCode, 0);
        QVERIFY(third.out.contains("backed up "));
        const QStringList backups = QDir(dir.filePath(QStringLiteral("etc/odoo"))).entryList({QStringLiteral("odoo.conf.odoo-deploy-*")});
        QCOMPARE(backups.size(), 1);
    }

    void unreadableCertificateStopsThePlan()
    {
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::Existing, InitSystem::Auto);
        p.web.certFile = QStringLiteral("/nonexistent/erp.crt");
        QTemporaryFile emptyKey;
        QVERIFY(emptyKey.open());
        p.web.keyFile = emptyKey.fileName();
        const Plan plan = Planner::plan(p, debian12());
        QCOMPARE(plan.problems.size(), 2);
        QVERIFY2(plan.problems.at(0).contains(QLatin1String("/nonexistent/erp.crt")), qPrintable(plan.problems.at(0)));
        QVERIFY(plan.problems.at(1).contains(emptyKey.fileName()));
        QVERIFY(plan.problems.at(1).contains(QLatin1String("empty")));
        QVERIFY(Planner::refusals(p, debian12()).contains(plan.problems.at(0)));
        QVERIFY(Planner::remoteSteps(p, debian12(), false).isEmpty()); // nothing would be uploaded
    }

    void runStepChecksFirst()
    {
        // The drivers around a step script of our own: check, change, verify.
        const QString lib = StepScript::file(QStringLiteral("lib"));
        const QString step = QStringLiteral("check() { test -e \"$MARK\"; }\nchange() { touch \"$MARK\"; echo made; }\n");
        auto command = [&](const char *driver) {
            return QStringLiteral("set -e\nSERVICE=odoo\nINIT_SYSTEM=sysvinit\nODOO_USER=odoo\nSTEP_INPUT=no\n") + lib + step
                   + StepScript::file(QLatin1String(driver));
        };
        QTemporaryDir dir;
        const QString mark = dir.filePath(QStringLiteral("mark"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MARK"), mark);
        QCOMPARE(test::run(QStringLiteral("sh"), {QStringLiteral("-c"), command("check-driver")}, {}, 10000, env).exitCode, 0); // would change
        QVERIFY(!QFile::exists(mark)); // and did not
        auto first = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), command("run-driver")}, {}, 10000, env);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QByteArray("made\n"));
        auto second = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), command("run-driver")}, {}, 10000, env);
        QCOMPARE(second.exitCode, RemoteStep::kUnchangedExitStatus);
        QCOMPARE(test::run(QStringLiteral("sh"), {QStringLiteral("-c"), command("check-driver")}, {}, 10000, env).exitCode, RemoteStep::kUnchangedExitStatus);
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
