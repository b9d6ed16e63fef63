#include "base/DeploymentPaths.h"
#include "base/ShellQuote.h"
#include "profile/Validation.h"
#include "profile/TopologyProfile.h"
#include "render/Generators.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// Golden files: tests/golden/<version>-<certificate>-<init>/<file id>. After an
// intended change, regenerate with ODOO_DEPLOY_UPDATE_GOLDEN=1 and review the diff.
class TestGenerators : public QObject
{
    Q_OBJECT

    static QString render(const DeploymentProfile &p, const QString &id, const HostFacts &facts = {})
    {
        for (const RenderedFile &f : Generators::renderAll(p, facts))
            if (f.id == id)
                return f.content;
        return {};
    }

    // A failure is recorded; the caller returns on its own.
    static void compareWithGolden(const QString &caseName, const RenderedFiles &files)
    {
        const QDir dir(QStringLiteral(GOLDEN_DIR "/") + caseName);
        const bool update = qEnvironmentVariableIntValue("ODOO_DEPLOY_UPDATE_GOLDEN") == 1;
        QStringList ids;
        for (const RenderedFile &file : files) {
            ids << file.id;
            QFile golden(dir.filePath(file.id));
            if (update) {
                QDir().mkpath(dir.path());
                QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
                golden.write(file.content.toUtf8());
                continue;
            }
            QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file %1").arg(golden.fileName())));
            const QString expected = QString::fromUtf8(golden.readAll());
            if (expected != file.content) {
                const QStringList a = expected.split(QLatin1Char('\n')), b = file.content.split(QLatin1Char('\n'));
                for (int i = 0; i < qMax(a.size(), b.size()); ++i)
                    if (a.value(i) != b.value(i))
                        QFAIL(qPrintable(QStringLiteral("%1 line %2:\n expected: %3\n actual:   %4").arg(golden.fileName()).arg(i + 1).arg(a.value(i), b.value(i))));
            }
        }
        // No stale golden file for something no longer rendered.
        QStringList onDisk = dir.entryList(QDir::Files);
        onDisk.sort();
        ids.sort();
        QCOMPARE(onDisk, ids);
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("cert");
        QTest::addColumn<int>("init");
        for (const char *version : {"12.0", "16.0", "17.0"})
            for (auto cert : {CertificateMode::None, CertificateMode::SelfSigned, CertificateMode::LetsEncrypt, CertificateMode::Existing})
                for (auto init : {InitSystem::Systemd, InitSystem::Sysvinit}) {
                    const QString name = QStringLiteral("%1-%2-%3").arg(QLatin1String(version), toText(cert), toText(init));
                    QTest::newRow(qPrintable(name)) << QString::fromLatin1(version) << int(cert) << int(init);
                }
    }
    void golden()
    {
        QFETCH(QString, version);
        QFETCH(int, cert);
        QFETCH(int, init);
        const DeploymentProfile p = test::testProfile(version, CertificateMode(cert), InitSystem(init));
        QVERIFY(Validation::validate(p).isEmpty());
        compareWithGolden(QString::fromLatin1(QTest::currentDataTag()), Generators::renderAll(p, HostFacts{}));
    }

    // One server of a deployment on several servers: the files of its roles.
    void topologyGolden_data()
    {
        QTest::addColumn<QString>("host");
        for (const char *host : {"db", "app1", "proxy"})
            QTest::newRow(qPrintable(QStringLiteral("17.0-topology-%1").arg(QLatin1String(host)))) << QString::fromLatin1(host);
    }
    void topologyGolden()
    {
        QFETCH(QString, host);
        const DeploymentProfile p = test::topologyProfile();
        QVERIFY(Validation::validate(p).isEmpty());
        compareWithGolden(QString::fromLatin1(QTest::currentDataTag()), Generators::renderAll(TopologyProfile::forHost(p, host), HostFacts{}));
    }

    void eachServerRendersTheFilesOfItsRoles()
    {
        const DeploymentProfile p = test::topologyProfile();
        const auto ids = [&](const QString &host) {
            QStringList out;
            for (const RenderedFile &f : Generators::renderAll(TopologyProfile::forHost(p, host), {}))
                out << f.id;
            return out;
        };
        QCOMPARE(ids(QStringLiteral("db")), (QStringList{"postgresql-settings", "postgresql-access"}));
        QCOMPARE(ids(QStringLiteral("app2")), (QStringList{"odoo.conf", "systemd-unit", "logrotate"}));
        QCOMPARE(ids(QStringLiteral("proxy")), (QStringList{"nginx-site", "selfsigned-certificate.sh"}));
        QVERIFY(Generators::renderAll(p, {}).isEmpty()); // the whole deployment is no one server

        // An app server: PostgreSQL on the database server over TLS, Odoo on its private address.
        const QString app2 = render(TopologyProfile::forHost(p, QStringLiteral("app2")), QStringLiteral("odoo.conf"));
        for (const char *line : {"\ndb_host = 10.0.0.11\n", "\ndb_port = 5432\n", "\ndb_user = odoo\n", "\ndb_sslmode = require\n",
                                 "\nhttp_interface = 10.0.0.22\n", "\ndb_password = @odoo-deploy:database-password@\n"})
            QVERIFY2(app2.contains(QLatin1String(line)), line);

        // The proxy: every app server in both upstreams, with passive health checks.
        DeploymentProfile v6 = p;
        v6.topology.hosts[2].privateAddress = QStringLiteral("fd00::22");
        const QString site = render(TopologyProfile::forHost(v6, QStringLiteral("proxy")), QStringLiteral("nginx-site"));
        QCOMPARE(site.count(QLatin1String("server 10.0.0.21:")), 2);
        QVERIFY(site.contains(QLatin1String("    server 10.0.0.21:8069 max_fails=3 fail_timeout=10s;\n    server [fd00::22]:8069 max_fails=3 fail_timeout=10s;\n")));
        QVERIFY(site.contains(QLatin1String("    server 10.0.0.21:8072 max_fails=3 fail_timeout=10s;\n    server [fd00::22]:8072 max_fails=3 fail_timeout=10s;\n")));
        QVERIFY(!site.contains(QLatin1String("127.0.0.1")));
        // The database server: on its private address, over TLS, only for the app servers.
        const DeploymentProfile db = TopologyProfile::forHost(v6, QStringLiteral("db"));
        const QString settings = render(db, QStringLiteral("postgresql-settings"));
        QVERIFY(settings.contains(QLatin1String("\nlisten_addresses = 'localhost,10.0.0.11'\n")));
        QVERIFY(settings.contains(QLatin1String("\nssl = on\n")));
        QCOMPARE(render(db, QStringLiteral("postgresql-access")),
                 QStringLiteral("# BEGIN odoo-deploy odoo\n"
                                "# Written by odoo-deploy, first in the file: PostgreSQL takes the first entry that matches.\n"
                                "# The app servers reach database acme as odoo over TLS with a password; odoo never without TLS.\n"
                                "hostssl   \"acme\",\"postgres\" \"odoo\" 10.0.0.21/32 scram-sha-256\n"
                                "hostssl   \"acme\",\"postgres\" \"odoo\" fd00::22/128 scram-sha-256\n"
                                "# Its staging copy acme_staging (\"staging\") runs on app1.\n"
                                "hostssl   \"acme_staging\" \"odoo\" 10.0.0.21/32 scram-sha-256\n"
                                "hostnossl all \"odoo\" all reject\n"
                                "# END odoo-deploy odoo\n"));
        // One server keeps its one local upstream, without the passive checks.
        QVERIFY(render(test::testProfile(), QStringLiteral("nginx-site")).contains(QLatin1String("    server 127.0.0.1:8069;\n")));
    }


    void versionTraitsDriveTheRealtimeRoute()
    {
        const QString v12 = render(test::testProfile(QStringLiteral("12.0")), QStringLiteral("nginx-site"));
        QVERIFY(v12.contains(QLatin1String("location /longpolling {")));
        QVERIFY(!v12.contains(QLatin1String("$http_upgrade")));
        QVERIFY(!v12.contains(QLatin1String("proxy_cookie_flags")));
        QVERIFY(render(test::testProfile(QStringLiteral("15.0")), QStringLiteral("odoo.conf")).contains(QLatin1String("\nlongpolling_port = 8072\n")));

        for (const char *v : {"16.0", "17.0", "18.0"}) {
            const DeploymentProfile p = test::testProfile(QString::fromLatin1(v));
            const QString site = render(p, QStringLiteral("nginx-site"));
            QVERIFY(site.contains(QLatin1String("location /websocket {")));
            QVERIFY(site.contains(QLatin1String("map $http_upgrade $odoo_odoo_connection_upgrade {")));
            QVERIFY(site.contains(QLatin1String("proxy_set_header Upgrade $http_upgrade;")));
            QVERIFY(site.contains(QLatin1String("proxy_cookie_flags session_id samesite=lax secure;")));
            QVERIFY(render(p, QStringLiteral("odoo.conf")).contains(QLatin1String("\ngevent_port = 8072\n")));
        }
    }

    void threadedModeRoutesRealtimeToTheHttpPort()
    {
        DeploymentProfile p = test::testProfile();
        p.performance.workers = 0;
        const QString site = render(p, QStringLiteral("nginx-site"));
        QVERIFY(site.contains(QLatin1String("upstream odoo_odoo_realtime {\n    server 127.0.0.1:8069;")));
    }

    void databaseManager()
    {
        DeploymentProfile p = test::testProfile();
        p.odoo.masterPassword.mode = MasterPasswordMode::Disabled;
        QVERIFY(render(p, QStringLiteral("nginx-site")).contains(QLatin1String("location ^~ /web/database/ {\n        return 403;")));
        p.odoo.masterPassword.mode = MasterPasswordMode::Generated;
        QVERIFY(!render(p, QStringLiteral("nginx-site")).contains(QLatin1String("/web/database/")));
        const QString conf = render(p, QStringLiteral("odoo.conf"));
        QVERIFY(conf.contains(QStringLiteral("\nadmin_passwd = %1\n").arg(test::kKnownHash)));
        QVERIFY(conf.contains(QLatin1String("\nlist_db = False\n")));
    }

    void httpsAndRedirect()
    {
        const QString https = render(test::testProfile(), QStringLiteral("nginx-site"));
        QVERIFY(https.contains(QLatin1String("return 308 https://erp.example.com$request_uri;")));
        QVERIFY(https.contains(QLatin1String("listen 443 ssl http2 default_server;")));
        QVERIFY(https.contains(QLatin1String("listen [::]:80 default_server;"))); // what no other site claims is production's
        QVERIFY(https.contains(QLatin1String("ssl_protocols TLSv1.2 TLSv1.3;")));
        QVERIFY(!https.contains(QLatin1String("TLSv1.1")));
        QVERIFY(!https.contains(QLatin1String(":DHE-"))); // ECDHE only
        QVERIFY(https.contains(QLatin1String("Strict-Transport-Security")));
        QVERIFY(https.contains(QLatin1String("ssl_session_tickets off;")));

        DeploymentProfile noHsts = test::testProfile();
        noHsts.web.hsts = false;
        QVERIFY(!render(noHsts, QStringLiteral("nginx-site")).contains(QLatin1String("Strict-Transport-Security")));

        const QString http = render(test::testProfile(QStringLiteral("17.0"), CertificateMode::None), QStringLiteral("nginx-site"));
        QVERIFY(!http.contains(QLatin1String("443")));
        QVERIFY(!http.contains(QLatin1String("return 308")));
        QVERIFY(!http.contains(QLatin1String("proxy_cookie_flags"))); // "secure" would break plain HTTP
    }

    void ipv6DomainIsBracketedInUrls()
    {
        DeploymentProfile p = test::testProfile();
        p.web.domain = QStringLiteral("2001:db8::10");
        QVERIFY(render(p, QStringLiteral("nginx-site")).contains(QLatin1String("return 308 https://[2001:db8::10]$request_uri;")));
        QVERIFY(render(p, QStringLiteral("selfsigned-certificate.sh")).contains(QLatin1String("subjectAltName=IP:2001:db8::10")));
    }

    void newerNginxGetsNewerDirectives()
    {
        HostFacts facts;
        facts.nginxVersion = QStringLiteral("1.25.3");
        const QString site = render(test::testProfile(), QStringLiteral("nginx-site"), facts);
        QVERIFY(!site.contains(QLatin1String("ssl_session_tickets off")));
        QVERIFY(site.contains(QLatin1String("listen 443 ssl default_server;")));
        QVERIFY(site.contains(QLatin1String("http2 on;")));
        facts.nginxVersion = QStringLiteral("1.23.1");
        QVERIFY(render(test::testProfile(), QStringLiteral("nginx-site"), facts).contains(QLatin1String("ssl_session_tickets off")));
    }

    void letsEncryptServesChallenges()
    {
        const QString site = render(test::testProfile(QStringLiteral("17.0"), CertificateMode::LetsEncrypt), QStringLiteral("nginx-site"));
        QVERIFY(site.contains(QLatin1String("location ^~ /.well-known/acme-challenge/ {\n        root /var/www/odoo-acme;")));
        QVERIFY(site.contains(QLatin1String("/etc/letsencrypt/live/erp.example.com/fullchain.pem")));
    }

    void initSystemChoice()
    {
        auto ids = [](const DeploymentProfile &p, const HostFacts &f) {
            QStringList out;
            for (const auto &file : Generators::renderAll(p, f))
                out << file.id;
            return out;
        };
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::None, InitSystem::Auto);
        HostFacts unknown, systemd, sysv;
        systemd.init = HostFacts::Init::Systemd;
        sysv.init = HostFacts::Init::Sysvinit;
        QCOMPARE(ids(p, unknown), (QStringList{"odoo.conf", "systemd-unit", "sysvinit-script", "nginx-site", "logrotate"}));
        QCOMPARE(ids(p, systemd), (QStringList{"odoo.conf", "systemd-unit", "nginx-site", "logrotate"}));
        QCOMPARE(ids(p, sysv), (QStringList{"odoo.conf", "sysvinit-script", "nginx-site", "logrotate"}));
        p.service.initSystem = InitSystem::Sysvinit;
        QCOMPARE(ids(p, systemd), (QStringList{"odoo.conf", "sysvinit-script", "nginx-site", "logrotate"}));
        // A scheduled backup: its job, and a timer or a cron entry as the init system wants.
        p.backup.scheduled = true;
        QCOMPARE(ids(p, systemd), (QStringList{"odoo.conf", "sysvinit-script", "nginx-site", "logrotate", "backup-job", "backup-cron"}));
        p.service.initSystem = InitSystem::Auto;
        QCOMPARE(ids(p, systemd), (QStringList{"odoo.conf", "systemd-unit", "nginx-site", "logrotate", "backup-job", "backup-unit", "backup-timer"}));

        // On several servers only the first app server, which keeps the backups, schedules them.
        DeploymentProfile several = test::topologyProfile();
        several.backup.scheduled = true;
        QCOMPARE(ids(TopologyProfile::forHost(several, QStringLiteral("app1")), systemd),
                 (QStringList{"odoo.conf", "systemd-unit", "logrotate", "backup-job", "backup-unit", "backup-timer"}));
        QCOMPARE(ids(TopologyProfile::forHost(several, QStringLiteral("app2")), systemd), (QStringList{"odoo.conf", "systemd-unit", "logrotate"}));
        for (const char *other : {"db", "proxy"})
            QVERIFY(!ids(TopologyProfile::forHost(several, QString::fromLatin1(other)), systemd).contains(QStringLiteral("backup-job")));
        // Only app1 rotates the backup's log.
        const QString backupLog = DeploymentPaths::of(several).backupLog;
        QVERIFY(Generators::logrotateConfig(TopologyProfile::forHost(several, QStringLiteral("app1")), systemd).contains(backupLog));
        QVERIFY(!Generators::logrotateConfig(TopologyProfile::forHost(several, QStringLiteral("app2")), systemd).contains(backupLog));
        // Its job dumps the database server's database.
        const QString job = Generators::backupJob(TopologyProfile::forHost(several, QStringLiteral("app1")));
        QVERIFY(job.contains(QStringLiteral("DB_HOST=") + shellQuote(QStringLiteral("10.0.0.11")) + QLatin1Char('\n')));
    }

    void configIsReadableByOdooOnly()
    {
        const RenderedFiles files = Generators::renderAll(test::testProfile(), HostFacts{});
        QCOMPARE(files.first().id, QStringLiteral("odoo.conf"));
        QCOMPARE(files.first().remotePath, QStringLiteral("/etc/odoo/odoo.conf"));
        QCOMPARE(files.first().owner, QStringLiteral("root"));
        QCOMPARE(files.first().group, QStringLiteral("odoo"));
        QCOMPARE(files.first().mode, 0640);
    }

    void renderingIsDeterministic()
    {
        const DeploymentProfile p = test::testProfile();
        const RenderedFiles a = Generators::renderAll(p, HostFacts{});
        const RenderedFiles b = Generators::renderAll(p, HostFacts{});
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].content, b[i].content);
    }
};

QTEST_GUILESS_MAIN(TestGenerators)
#include "tst_generators.moc"
