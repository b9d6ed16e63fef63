#include "profile/ProfileJson.h"

#include "SshServer.h"
#include "TestHost.h"
#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// The systemd path for real: a Debian 12 test host that boots systemd as PID 1 (under
// systemd-nspawn, in a network namespace; testhost.sh's systemd variant). The deploy
// picks the unit by itself (init system "auto"), systemd runs and enables the services,
// a changed profile restarts Odoo through systemctl, the health check reads the state
// from systemd, and after a reboot everything is back.
class TestE2eSystemd : public QObject
{
    Q_OBJECT
    test::TestHost m_host;
    QTemporaryDir m_home;
    QString m_profilePath;
    QString m_debUrl;
    QProcess m_web; // serves the wkhtmltox .deb, as a download site would

    QString env(const char *key) const { return m_host.value(key); }
    test::ProcessResult cli(const QStringList &args) { return m_host.cli(m_home.path(), args); }
    test::ProcessResult deploy() { return m_host.deploy(m_home.path(), m_profilePath); }
    int check() { return cli({QStringLiteral("check"), QStringLiteral("--profile"), m_profilePath}).exitCode; }
    QByteArray onHost(const QString &command) { return m_host.onHost(command).out; }

    void saveProfile(int workers)
    {
        DeploymentProfile p = m_host.profile(QStringLiteral("e2e-systemd"));
        p.performance.workers = workers;
        p.web.certificatePin = ProfileJson::load(m_profilePath).profile.web.certificatePin; // keep what deploy recorded
        // The options that need downloads: upstream's wkhtmltopdf .deb, and apt-get upgrade.
        p.odoo.wkhtmltopdfDeb = m_debUrl;
        p.server.upgradePackages = true;
        p.backup.scheduled = true; // a systemd timer
        QString error;
        QVERIFY2(ProfileJson::save(p, m_profilePath, &error), qPrintable(error));
    }

    // A stand-in for upstream's wkhtmltox package: same name, a dependency apt must
    // resolve, a wkhtmltopdf that answers --version. Served over HTTP from this side.
    void makeWkhtmltoxDeb()
    {
        const QString tree = m_home.filePath(QStringLiteral("deb"));
        QDir().mkpath(tree + QStringLiteral("/DEBIAN"));
        QDir().mkpath(tree + QStringLiteral("/usr/local/bin"));
        QFile control(tree + QStringLiteral("/DEBIAN/control"));
        QVERIFY(control.open(QIODevice::WriteOnly));
        control.write("Package: wkhtmltox\nVersion: 0.12.6.1-3\nArchitecture: all\nDepends: fontconfig\n"
                      "Maintainer: odoo-deploy tests <tests@example.com>\nDescription: stand-in for the e2e tests\n");
        control.close();
        QFile tool(tree + QStringLiteral("/usr/local/bin/wkhtmltopdf"));
        QVERIFY(tool.open(QIODevice::WriteOnly));
        tool.write("#!/bin/sh\necho 'wkhtmltopdf 0.12.6.1 (with patched qt)'\n");
        tool.close();
        tool.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        const QString site = m_home.filePath(QStringLiteral("site"));
        QDir().mkpath(site);
        const QString deb = site + QStringLiteral("/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb");
        const auto built = test::run(QStringLiteral("dpkg-deb"), {"--root-owner-group", "--build", tree, deb});
        QVERIFY2(built.exitCode == 0, built.err.constData());
        const int port = test::SshServer::freePort();
        m_web.start(QStringLiteral("python3"), {"-m", "http.server", "--bind", env("TESTHOST_HOST_IP"), "--directory", site, QString::number(port)});
        QVERIFY(m_web.waitForStarted());
        m_debUrl = QStringLiteral("http://%1:%2/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb").arg(env("TESTHOST_HOST_IP")).arg(port);
        for (int i = 0; i < 50 && test::run(QStringLiteral("curl"), {"-sfI", m_debUrl}).exitCode != 0; ++i)
            QThread::msleep(100);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_host.running() || env("TESTHOST_INIT") != QLatin1String("systemd"))
            QSKIP("no systemd test host: run through ctest (fixture e2e_systemd_host), as root");
        m_profilePath = m_home.filePath(QStringLiteral("systemd.json"));
        makeWkhtmltoxDeb();
        saveProfile(2);
        QCOMPARE(onHost(QStringLiteral("cat /proc/1/comm")), QByteArray("systemd\n"));
    }

    void deployPicksTheSystemdUnit()
    {
        const auto r = deploy();
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        QVERIFY(r.out.contains("Service definition /etc/systemd/system/odoo.service"));
        const QString foreign = m_host.notOurStandIn();
        QVERIFY2(foreign.isEmpty(), qPrintable(foreign));
        QVERIFY(!r.out.contains("/etc/init.d/odoo"));
        // The options that download: the upgrade ran, upstream's .deb is installed with its dependency.
        QVERIFY(r.out.contains("Upgrade the installed packages"));
        QVERIFY(r.out.contains("wkhtmltopdf from http://"));
        QCOMPARE(onHost(QStringLiteral("dpkg-query -W -f='${Version} ${db:Status-Status}' wkhtmltox")), QByteArray("0.12.6.1-3 installed"));
        QCOMPARE(onHost(QStringLiteral("dpkg-query -W -f='${db:Status-Status}' fontconfig")), QByteArray("installed"));
        QCOMPARE(onHost(QStringLiteral("wkhtmltopdf --version")), QByteArray("wkhtmltopdf 0.12.6.1 (with patched qt)\n"));
        QCOMPARE(onHost(QStringLiteral("apt-get -s upgrade | grep -c '^Inst '")), QByteArray("0\n"));
        QCOMPARE(onHost(QStringLiteral("systemctl is-active odoo nginx postgresql")), QByteArray("active\nactive\nactive\n"));
        QCOMPARE(onHost(QStringLiteral("systemctl is-enabled odoo")), QByteArray("enabled\n"));
        QCOMPARE(onHost(QStringLiteral("systemctl show -p FragmentPath --value odoo")), QByteArray("/etc/systemd/system/odoo.service\n"));
        QCOMPARE(onHost(QStringLiteral("ps -o user= -p \"$(systemctl show -p MainPID --value odoo)\"")), QByteArray("odoo\n"));
        QCOMPARE(onHost(QStringLiteral("stat -c '%U:%G %a' /etc/systemd/system/odoo.service")), QByteArray("root:root 644\n"));
        // The unit the wizard previews is the one systemd runs.
        const auto rendered = cli({QStringLiteral("render"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("--out"),
                                   m_home.filePath(QStringLiteral("rendered"))});
        QCOMPARE(rendered.exitCode, 0);
        QFile unit(m_home.filePath(QStringLiteral("rendered/etc/systemd/system/odoo.service")));
        QVERIFY2(unit.open(QIODevice::ReadOnly), qPrintable(unit.fileName()));
        QCOMPARE(onHost(QStringLiteral("cat /etc/systemd/system/odoo.service")), unit.readAll());
        QCOMPARE(test::run(QStringLiteral("curl"), {"-sk", "-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("https://%1/web/login").arg(env("TESTHOST_IP"))}).out,
                 QByteArray("200"));
    }

    void secondRunChangesNothing()
    {
        m_web.terminate(); // nothing is downloaded again
        m_web.waitForFinished();
        const auto r = deploy();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("the server was already as wanted"), r.out.right(2000).constData());
    }

    void changedProfileRestartsThroughSystemd()
    {
        const QByteArray pidBefore = onHost(QStringLiteral("systemctl show -p MainPID --value odoo"));
        saveProfile(4);
        const auto r = deploy();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("backed up /etc/odoo/odoo.conf"));
        const QByteArray pidAfter = onHost(QStringLiteral("systemctl show -p MainPID --value odoo"));
        QVERIFY2(pidAfter != pidBefore && pidAfter.trimmed() != "0", (pidBefore + " -> " + pidAfter).constData());
        QCOMPARE(onHost(QStringLiteral("systemctl is-active odoo")), QByteArray("active\n"));
    }

    void scheduledBackupRunsFromItsTimer()
    {
        QCOMPARE(onHost(QStringLiteral("systemctl is-enabled odoo-deploy-backup-odoo.timer; systemctl is-active odoo-deploy-backup-odoo.timer")),
                 QByteArray("enabled\nactive\n"));
        QVERIFY(onHost(QStringLiteral("systemctl list-timers --all --no-pager")).contains("odoo-deploy-backup-odoo.service"));
        // What the timer starts, started now.
        QVERIFY(onHost(QStringLiteral("ls /var/backups/odoo-deploy/odoo 2>/dev/null")).isEmpty());
        const auto r = m_host.onHost(QStringLiteral("systemctl start odoo-deploy-backup-odoo.service"));
        QVERIFY2(r.exitCode == 0, (r.err + onHost(QStringLiteral("journalctl -u odoo-deploy-backup-odoo -n 20 --no-pager"))).constData());
        QCOMPARE(onHost(QStringLiteral("ls /var/backups/odoo-deploy/odoo | wc -l")), QByteArray("1\n"));
        QVERIFY(onHost(QStringLiteral("journalctl -u odoo-deploy-backup-odoo --no-pager")).contains("backup=/var/backups/odoo-deploy/odoo/"));
        QCOMPARE(onHost(QStringLiteral("systemctl show -p Result --value odoo-deploy-backup-odoo.service")), QByteArray("success\n"));
    }

    void healthReadsTheStateFromSystemd()
    {
        QCOMPARE(check(), 1); // yellow: the pinned self-signed certificate
        onHost(QStringLiteral("systemctl stop odoo"));
        const auto r = cli({QStringLiteral("check"), QStringLiteral("--profile"), m_profilePath});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("Not running (stopped (inactive))"), r.out.constData());
        onHost(QStringLiteral("systemctl start odoo"));
        QTRY_COMPARE_WITH_TIMEOUT(check(), 1, 20000);
    }

    void everythingIsBackAfterAReboot()
    {
        onHost(QStringLiteral("touch /run/before-reboot"));
        const auto reboot = test::run(QStringLiteral(TESTHOST_SCRIPT), {QStringLiteral("reboot"), qEnvironmentVariable("ODOO_DEPLOY_TESTHOST")},
                                      {}, 120000);
        QVERIFY2(reboot.exitCode == 0, reboot.err.constData());
        QCOMPARE(onHost(QStringLiteral("test -e /run/before-reboot && echo same boot || echo rebooted")), QByteArray("rebooted\n"));
        QTRY_COMPARE_WITH_TIMEOUT(onHost(QStringLiteral("systemctl is-active odoo nginx postgresql")), QByteArray("active\nactive\nactive\n"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(check(), 1, 20000);
        const auto r = deploy(); // and the deployment is still as wanted
        QVERIFY2(r.out.contains("the server was already as wanted"), r.out.right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestE2eSystemd)
#include "tst_e2e_systemd.moc"
