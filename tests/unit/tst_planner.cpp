#include "plan/Planner.h"
#include "profile/Validation.h"
#include "render/Generators.h"

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
    static QStringList ids(const QList<PlanStep> &plan)
    {
        QStringList out;
        for (const auto &s : plan)
            out << s.id;
        return out;
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
                                    "certificate", "nginx-site", "nginx-enable", "nginx"}));
        const QList<PlanStep> withExisting = Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::Existing, InitSystem::Auto), debian12());
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

    void initSystemFromFacts()
    {
        auto serviceFile = [](const QList<PlanStep> &plan) {
            for (const auto &s : plan)
                if (s.id == QLatin1String("service-file"))
                    return s;
            return PlanStep{};
        };
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
                     }(), debian12(init)))
                    for (const RemoteStep &r : {Planner::toRunStep(s), Planner::toCheckStep(s)}) {
                        const auto syntax = test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), r.command});
                        QVERIFY2(syntax.exitCode == 0, qPrintable(r.id + QLatin1String(": ") + QString::fromUtf8(syntax.err)));
                        QVERIFY(r.asRoot);
                    }
    }

    void acmeCertificateStep()
    {
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::LetsEncrypt, InitSystem::Auto);
        PlanStep cert;
        for (const PlanStep &s : Planner::plan(p, debian12()))
            if (s.id == QLatin1String("certificate"))
                cert = s;
        // Let's Encrypt itself: no --server; the challenge site comes first, then goes.
        QVERIFY(!cert.change.contains(QLatin1String("--server")));
        QCOMPARE(QString::fromUtf8(cert.input), Generators::acmeChallengeSite(p));
        QVERIFY(cert.change.indexOf(QLatin1String("install -m 0644 \"$ODT_INPUT\" \"$boot\"")) < cert.change.indexOf(QLatin1String("certbot certonly")));
        QVERIFY(cert.change.contains(QLatin1String("rm -f \"$boot\"; exit $rc")));
        // Another ACME server: passed on, quoted, and the domain may then be internal.
        p.web.acmeServer = QStringLiteral("https://ca.corp.lan/acme/acme/directory");
        p.web.domain = QStringLiteral("erp.corp.lan");
        QVERIFY2(Validation::validate(p).isEmpty(), qPrintable(Validation::validate(p).value(0).message));
        for (const PlanStep &s : Planner::plan(p, debian12()))
            if (s.id == QLatin1String("certificate"))
                cert = s;
        QVERIFY2(cert.change.contains(QLatin1String("-d erp.corp.lan --server https://ca.corp.lan/acme/acme/directory;")), qPrintable(cert.change));
        QVERIFY(cert.title.contains(QLatin1String("ca.corp.lan")));
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

    void fileStepsBackUpAndMaskTheHash()
    {
        for (const PlanStep &s : Planner::plan(test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto), debian12())) {
            if (s.id != QLatin1String("config"))
                continue;
            QVERIFY(s.input.contains("admin_passwd = $pbkdf2-sha512$"));
            QVERIFY(s.change.contains(QLatin1String("cp -a /etc/odoo/odoo.conf /etc/odoo/odoo.conf.odoo-deploy-")));
            QVERIFY(s.change.contains(QLatin1String("install -o root -g odoo -m 640")));
            // Run the diff for real against an old file: the hash line is masked.
            QTemporaryDir dir;
            QFile old(dir.filePath(QStringLiteral("odoo.conf")));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("[options]\nadmin_passwd = $pbkdf2-sha512$1$old$hash\nworkers = 2\n");
            old.close();
            QFile input(dir.filePath(QStringLiteral("new")));
            QVERIFY(input.open(QIODevice::WriteOnly));
            input.write(s.input);
            input.close();
            QString diff = s.diff;
            diff.replace(QStringLiteral("/etc/odoo/odoo.conf"), old.fileName());
            const auto r = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("ODT_INPUT=%1; %2").arg(input.fileName(), diff)});
            QVERIFY(r.out.contains("-admin_passwd = ******"));
            QVERIFY(r.out.contains("+admin_passwd = ******"));
            QVERIFY(!r.out.contains("pbkdf2"));
            QVERIFY(r.out.contains("+workers = 5"));
            return;
        }
        QFAIL("no config step");
    }

    void runStepChecksFirst()
    {
        PlanStep s;
        s.id = QStringLiteral("x");
        s.check = QStringLiteral("test -e \"$MARK\"");
        s.change = QStringLiteral("touch \"$MARK\"; echo made");
        QTemporaryDir dir;
        const QString mark = dir.filePath(QStringLiteral("mark"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MARK"), mark);
        const RemoteStep run = Planner::toRunStep(s), check = Planner::toCheckStep(s);
        QCOMPARE(test::run(QStringLiteral("sh"), {QStringLiteral("-c"), check.command}, {}, 10000, env).exitCode, 0); // would change
        QVERIFY(!QFile::exists(mark)); // and did not
        auto first = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), run.command}, {}, 10000, env);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QByteArray("made\n"));
        auto second = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), run.command}, {}, 10000, env);
        QCOMPARE(second.exitCode, RemoteStep::kUnchangedExitStatus);
        QCOMPARE(test::run(QStringLiteral("sh"), {QStringLiteral("-c"), check.command}, {}, 10000, env).exitCode, RemoteStep::kUnchangedExitStatus);
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
