#include "profile/ProfileJson.h"

#include "SshServer.h"
#include "TestHost.h"
#include "TestProfiles.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace odoodeploy;

// The systemd path for real: a Debian 12 test host that boots systemd as PID 1 (under
// systemd-nspawn, in a network namespace; testhost.sh's systemd variant). The deploy
// picks the unit by itself (init system "auto"), systemd runs and enables the services,
// a changed profile restarts Odoo through systemctl, the health check reads the state
// from systemd, and after a reboot everything is back. It logs in as an ordinary user
// whose sudo asks for root's password, first with a key that has a passphrase, then
// with the user's password; at the end no secret it used is found in any file the app
// wrote, here or on the host.
class TestE2eSystemd : public QObject
{
    Q_OBJECT
    test::TestHost m_host;
    QTemporaryDir m_home;
    QString m_profilePath;
    QString m_debUrl;
    QProcess m_web; // serves the wkhtmltox .deb, as a download site would
    AuthMethod m_auth = AuthMethod::KeyFile;
    QMap<QString, QByteArray> m_secrets; // by name: what must never be written down

    static QByteArray randomSecret(const char *prefix)
    {
        return QByteArray(prefix) + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    }

    // The login: "deployer", in the sudo group; sudo asks for root's password (rootpw), so
    // that the SSH and sudo passwords differ. Its key has a passphrase.
    void makeLogin()
    {
        m_secrets.insert(QStringLiteral("SSH password"), randomSecret("ssh-"));
        m_secrets.insert(QStringLiteral("sudo password"), randomSecret("sudo-"));
        m_secrets.insert(QStringLiteral("key passphrase"), randomSecret("key-"));
        const QString key = m_home.filePath(QStringLiteral("deployer_key"));
        const auto keygen = test::run(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-C", "deployer", "-N",
                                                                     QString::fromLatin1(m_secrets.value(QStringLiteral("key passphrase"))), "-f", key});
        QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        auto r = m_host.onHost(QStringLiteral("useradd -m -s /bin/bash -G sudo deployer && "
                                              "echo 'Defaults:deployer rootpw' > /etc/sudoers.d/deployer && chmod 440 /etc/sudoers.d/deployer && "
                                              "install -d -m 700 -o deployer -g deployer ~deployer/.ssh && "
                                              "cat > ~deployer/.ssh/authorized_keys && chown deployer: ~deployer/.ssh/authorized_keys"),
                               pub.readAll());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The passwords on standard input, never on a command line.
        r = m_host.onHost(QStringLiteral("chpasswd"), "deployer:" + m_secrets.value(QStringLiteral("SSH password")) + "\nroot:"
                                                         + m_secrets.value(QStringLiteral("sudo password")) + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // How the command line takes secrets without a terminal.
        qputenv("ODOO_DEPLOY_KEY_PASSPHRASE", m_secrets.value(QStringLiteral("key passphrase")));
        qputenv("ODOO_DEPLOY_SSH_PASSWORD", m_secrets.value(QStringLiteral("SSH password")));
        qputenv("ODOO_DEPLOY_SUDO_PASSWORD", m_secrets.value(QStringLiteral("sudo password")));
    }

    QString env(const char *key) const { return m_host.value(key); }
    test::ProcessResult cli(const QStringList &args) { return m_host.cli(m_home.path(), args); }
    test::ProcessResult deploy() { return m_host.deploy(m_home.path(), m_profilePath); }
    int check() { return cli({QStringLiteral("check"), QStringLiteral("--profile"), m_profilePath}).exitCode; }
    QByteArray onHost(const QString &command) { return m_host.onHost(command).out; }

    void saveProfile(int workers)
    {
        DeploymentProfile p = m_host.profile(QStringLiteral("e2e-systemd"));
        p.performance.workers = workers;
        p.server.user = QStringLiteral("deployer");
        p.server.auth = m_auth;
        p.server.keyFile = m_home.filePath(QStringLiteral("deployer_key"));
        if (QFile::exists(m_profilePath)) { // keep what deploy and master-password recorded
            const DeploymentProfile saved = ProfileJson::load(m_profilePath).profile;
            p.web.certificatePin = saved.web.certificatePin;
            p.odoo.masterPassword = saved.odoo.masterPassword;
        }
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
        makeLogin();
        saveProfile(2);
        // A master password of its own, told once on standard output.
        QByteArray why;
        const QByteArray master = test::TestHost::generateMasterPassword(m_home.path(), m_profilePath, &why);
        QVERIFY2(!master.isEmpty(), why.constData());
        m_secrets.insert(QStringLiteral("master password"), master);
        QCOMPARE(onHost(QStringLiteral("cat /proc/1/comm")), QByteArray("systemd\n"));
    }

    void deployPicksTheSystemdUnit()
    {
        const auto r = deploy();
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        QVERIFY(r.out.contains("Service definition /etc/systemd/system/odoo.service"));
        // As the ordinary login, through sudo with root's password.
        QVERIFY2(onHost(QStringLiteral("journalctl -q --no-pager _COMM=sudo | grep -c 'deployer : .*USER=root'")).trimmed().toInt() > 10,
                 onHost(QStringLiteral("journalctl -q --no-pager _COMM=sudo | tail -5")).constData());
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
        // From here on the login is by password.
        m_auth = AuthMethod::Password;
        saveProfile(2);
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

    void noSecretIsWrittenDown()
    {
        // The scans find a secret where one is (a canary here and on the host), so their
        // silence below means something.
        QTemporaryDir canary;
        QFile leak(canary.filePath(QStringLiteral("sub/leak.txt")));
        QVERIFY(QDir().mkpath(canary.filePath(QStringLiteral("sub"))) && leak.open(QIODevice::WriteOnly));
        leak.write("x" + m_secrets.value(QStringLiteral("sudo password")) + "y");
        leak.close();
        int scanned = 0;
        QCOMPARE(test::secretsFoundIn(canary.path(), m_secrets, &scanned), QStringList{leak.fileName() + QStringLiteral(": sudo password")});
        QVERIFY(m_host.onHost(QStringLiteral("cat > /tmp/canary"), m_secrets.value(QStringLiteral("key passphrase"))).exitCode == 0);
        QCOMPARE(m_host.secretsOnHost(m_secrets), QByteArray("/tmp/canary\n"));
        QVERIFY(m_host.onHost(QStringLiteral("rm /tmp/canary")).exitCode == 0);

        // Here: the profile, the run logs, the deployment state, settings: all of $HOME.
        // On the host: wherever a deployment writes.
        QVERIFY2(QDir(m_home.filePath(QStringLiteral(".local/share/odoo-deploy/logs"))).entryList({QStringLiteral("*.log")}).size() >= 4,
                 "the run logs were not there to scan");
        QVERIFY(QFile::exists(m_profilePath));
        const QString found = m_host.secretsWrittenDown(m_home.path(), m_secrets, 8);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestE2eSystemd)
#include "tst_e2e_systemd.moc"
