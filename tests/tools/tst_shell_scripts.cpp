#include "base/DeploymentPaths.h"
#include "render/Generators.h"

#include "AllScripts.h"
#include "TestProfiles.h"
#include "profile/TopologyProfile.h"

#include <QtTest>

using namespace odoodeploy;

// The generated shell scripts: sh -n, shellcheck, and really running them where that
// is safe (the certificate script with the real openssl, into a temporary folder).
class TestShellScripts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QString &text)
    {
        return test::writeFile(m_dir.filePath(name), text, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private Q_SLOTS:
    void syntaxAndLint_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("host"); // of the test's deployment on several servers; empty: one server
        QTest::newRow("sysvinit") << "sysvinit-script" << QString();
        QTest::newRow("certificate") << "selfsigned-certificate.sh" << QString();
        QTest::newRow("glusterd") << "glusterd-sysvinit" << "db";
    }
    void syntaxAndLint()
    {
        QFETCH(QString, id);
        QFETCH(QString, host);
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Sysvinit);
        if (!host.isEmpty()) {
            DeploymentProfile several = test::topologyProfile();
            several.service.initSystem = InitSystem::Sysvinit;
            p = TopologyProfile::forHost(several, host);
        }
        QString text;
        for (const auto &f : Generators::renderAll(p, {}))
            if (f.id == id)
                text = f.content;
        QVERIFY(!text.isEmpty());
        const QString path = write(id, text);
        const auto syntax = test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), path});
        QVERIFY2(syntax.exitCode == 0, syntax.err.constData());
        if (!test::haveProgram(QStringLiteral("shellcheck")))
            QSKIP("shellcheck is not installed (apt-get install shellcheck)");
        const auto lint = test::run(QStringLiteral("shellcheck"), {QStringLiteral("-s"), QStringLiteral("sh"), path});
        QVERIFY2(lint.exitCode == 0, lint.out.constData());
    }

    // Every step script as it reaches the server (values, lib.sh, the step, a driver),
    // for every certificate mode, both init systems and the options: sh -n and shellcheck.
    void stepScriptsPassShellcheck_data()
    {
        QTest::addColumn<int>("cert");
        QTest::addColumn<int>("init");
        QTest::addColumn<QString>("gitUrl");
        QTest::addColumn<QString>("host"); // one server of test::topologyProfile(); empty: a server alone
        const QString plain = QStringLiteral("https://github.com/odoo/odoo.git");
        for (auto cert : {CertificateMode::None, CertificateMode::SelfSigned, CertificateMode::LetsEncrypt, CertificateMode::Existing})
            for (auto init : {HostFacts::Init::Systemd, HostFacts::Init::Sysvinit})
                QTest::newRow(qPrintable(QStringLiteral("cert %1 init %2").arg(int(cert)).arg(int(init)))) << int(cert) << int(init) << plain << QString();
        // fuzz_profile found it: a valid URL with $( in it made shellcheck's SC2016 note.
        QTest::newRow("literal $( and ` in a value")
            << int(CertificateMode::LetsEncrypt) << int(HostFacts::Init::Systemd) << QStringLiteral("https://github.com/odoo/odoo.g$(id)`id`${HOME}") << QString();
        for (const char *host : {"db", "app1", "app2", "proxy"})
            for (auto init : {HostFacts::Init::Systemd, HostFacts::Init::Sysvinit})
                QTest::newRow(qPrintable(QStringLiteral("%1 init %2").arg(QLatin1String(host)).arg(int(init))))
                    << int(CertificateMode::LetsEncrypt) << int(init) << plain << QString::fromLatin1(host);
    }
    void stepScriptsPassShellcheck()
    {
        QFETCH(int, cert);
        QFETCH(int, init);
        QFETCH(QString, gitUrl);
        QFETCH(QString, host);
        if (!test::haveProgram(QStringLiteral("shellcheck")))
            QSKIP("shellcheck is not installed (apt-get install shellcheck)");
        DeploymentProfile p = host.isEmpty() ? test::testProfile(QStringLiteral("17.0"), CertificateMode(cert), InitSystem::Auto)
                                             : TopologyProfile::forHost(test::topologyProfile(), host);
        p.web.certificate = CertificateMode(cert);
        p.odoo.gitUrl = gitUrl;
        p.web.firewall = p.server.upgradePackages = true;
        p.odoo.wkhtmltopdfDeb = QStringLiteral("https://example.com/wkhtmltox.deb");
        HostFacts f;
        f.probed = true;
        f.init = HostFacts::Init(init);
        const QMap<QString, QString> scripts = test::allScripts(p, f);
        QVERIFY(scripts.size() > (host.isEmpty() ? 20 : 4));
        // One shellcheck for all of them: its start-up, not the scripts, is most of the
        // time. Each file is named after its step, which is how a finding names it.
        QTemporaryDir dir;
        QStringList paths;
        for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
            QString name = it.key();
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
            const QString path = test::writeFile(dir.filePath(name + QLatin1String(".sh")), it.value(), QFile::ReadOwner | QFile::WriteOwner);
            const auto syntax = test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), path});
            QVERIFY2(syntax.exitCode == 0, qPrintable(it.key() + QLatin1String(": ") + QString::fromUtf8(syntax.err)));
            paths << path;
        }
        QCOMPARE(paths.size(), scripts.size());
        const auto lint = test::run(QStringLiteral("shellcheck"), QStringList{QStringLiteral("-s"), QStringLiteral("sh")} + paths, {}, 300000);
        QVERIFY2(lint.started && lint.exitCode == 0, qPrintable(QString::fromUtf8(lint.out + lint.err)));
    }

    void initScriptAnswersLikeAnInitScript()
    {
        // Pointed at files that exist, an unknown action gives LSB's usage exit code 3.
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Sysvinit);
        QString text = Generators::sysvinitScript(p);
        const DeploymentPaths paths = DeploymentPaths::of(p);
        text.replace(QStringLiteral("PYTHON=") + paths.python, QStringLiteral("PYTHON=/bin/true"));
        text.replace(QStringLiteral("CONFIG=") + paths.configFile, QStringLiteral("CONFIG=/etc/hostname"));
        if (!QFile::exists(QStringLiteral("/lib/lsb/init-functions")))
            QSKIP("/lib/lsb/init-functions is missing (apt-get install lsb-base)");
        const auto r = test::run(QStringLiteral("/bin/sh"), {write(QStringLiteral("init"), text), QStringLiteral("bogus")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("Usage:"));
        // And with the venv missing it refuses to start, with LSB's "not installed".
        const auto missing = test::run(QStringLiteral("/bin/sh"), {write(QStringLiteral("init2"), Generators::sysvinitScript(p)), QStringLiteral("start")});
        QCOMPARE(missing.exitCode, 5);
    }

    void certificateScriptMakesAUsableCertificate_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("san");
        QTest::newRow("name") << "erp.example.com" << "DNS:erp.example.com";
        QTest::newRow("ipv4") << "192.0.2.10" << "IP Address:192.0.2.10";
    }
    void certificateScriptMakesAUsableCertificate()
    {
        QFETCH(QString, domain);
        QFETCH(QString, san);
        DeploymentProfile p = test::testProfile();
        p.web.domain = domain;
        const DeploymentPaths paths = DeploymentPaths::of(p);
        const QString crt = m_dir.filePath(QStringLiteral("c.crt")), key = m_dir.filePath(QStringLiteral("k.key"));
        QFile::remove(crt);
        QFile::remove(key);
        QString script = Generators::selfSignedCertificateScript(p);
        script.replace(paths.certificate, crt).replace(paths.certificateKey, key);
        const auto r = test::run(QStringLiteral("/bin/sh"), {write(QStringLiteral("cert.sh"), script)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QFile(key).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        const auto x509 = test::run(QStringLiteral("openssl"), {"x509", "-in", crt, "-noout", "-text"});
        QCOMPARE(x509.exitCode, 0);
        QVERIFY2(x509.out.contains(san.toUtf8()), x509.out.constData());
        QVERIFY(x509.out.contains("prime256v1"));
        QVERIFY(x509.out.contains(QStringLiteral("CN = %1").arg(domain).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestShellScripts)
#include "tst_shell_scripts.moc"
