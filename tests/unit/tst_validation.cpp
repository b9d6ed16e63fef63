#include "profile/Validation.h"

#include <QtTest>

using namespace odoodeploy;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void host_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fqdn") << "erp.example.com" << true;
        QTest::newRow("single label") << "odoo-prod" << true;
        QTest::newRow("ipv4") << "192.0.2.10" << true;
        QTest::newRow("ipv6") << "2001:db8::10" << true;
        QTest::newRow("ipv6 loopback") << "::1" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("shell") << "x; rm -rf /" << false;
        QTest::newRow("option injection") << "-oProxyCommand=touch" << false;
        QTest::newRow("bad ipv4") << "999.1.1.1" << false;
        QTest::newRow("short ipv4") << "10.1" << false;
        QTest::newRow("bracketed ipv6") << "[2001:db8::10]" << false;
        QTest::newRow("bad ipv6") << "2001:db8:::1" << false;
        QTest::newRow("ipv6 zone") << "fe80::1%eth0" << false;
        QTest::newRow("space") << "exa mple.com" << false;
        QTest::newRow("empty label") << "a..b" << false;
        QTest::newRow("leading hyphen") << "-a.example.com" << false;
        QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + ".com" << false;
        QTest::newRow("newline") << "host\nname" << false;
        QTest::newRow("user@host") << "root@host" << false;
    }
    void host()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString message = Validation::checkHost(value);
        QCOMPARE(message.isEmpty(), valid);
    }

    void port_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<bool>("valid");
        QTest::newRow("22") << 22 << 1 << true;
        QTest::newRow("65535") << 65535 << 1 << true;
        QTest::newRow("0") << 0 << 1 << false;
        QTest::newRow("65536") << 65536 << 1 << false;
        QTest::newRow("negative") << -1 << 1 << false;
        QTest::newRow("privileged for odoo") << 80 << 1024 << false;
        QTest::newRow("8069") << 8069 << 1024 << true;
    }
    void port()
    {
        QFETCH(int, port);
        QFETCH(int, minimum);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkPort(port, minimum).isEmpty(), valid);
    }

    void databaseName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "odoo" << true;
        QTest::newRow("mixed") << "Acme_prod-2.eu" << true;
        QTest::newRow("starts with digit") << "2024db" << true;
        QTest::newRow("63 chars") << QString(63, QLatin1Char('d')) << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('d')) << false;
        QTest::newRow("shell") << "x; rm -rf /" << false;
        QTest::newRow("substitution") << "$(id)" << false;
        QTest::newRow("quote") << "db'name" << false;
        QTest::newRow("space") << "db name" << false;
        QTest::newRow("one char") << "a" << false;
        QTest::newRow("leading underscore") << "_db" << false;
        QTest::newRow("leading dash") << "-db" << false;
        QTest::newRow("non-ascii") << QString::fromUtf8("数据库") << false;
        QTest::newRow("postgres") << "postgres" << false;
        QTest::newRow("template1") << "template1" << false;
        QTest::newRow("empty") << "" << false;
    }
    void databaseName()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkDatabaseName(value).isEmpty(), valid);
    }

    void shellDatabaseNameGetsClearMessage()
    {
        DeploymentProfile p = DeploymentProfile::create();
        p.odoo.database = QStringLiteral("x; rm -rf /");
        const FieldIssues issues = Validation::filtered(Validation::validate(p), {QStringLiteral("odoo.database")});
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(QLatin1String("not a valid database name")), qPrintable(issues.first().message));
        QVERIFY(issues.first().message.contains(QLatin1String("x; rm -rf /")));
    }

    void domain_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("letsEncrypt");
        QTest::addColumn<bool>("valid");
        QTest::newRow("public") << "erp.example.com" << true << true;
        QTest::newRow("ip self-signed") << "192.0.2.10" << false << true;
        QTest::newRow("ip letsencrypt") << "192.0.2.10" << true << false;
        QTest::newRow("local letsencrypt") << "erp.local" << true << false;
        QTest::newRow("local self-signed") << "erp.local" << false << true;
        QTest::newRow("single label letsencrypt") << "intranet" << true << false;
        QTest::newRow("localhost letsencrypt") << "localhost" << true << false;
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("nginx injection") << "a.com; return 200" << false << false;
        QTest::newRow("brace") << "a.com}" << false << false;
        QTest::newRow("wildcard") << "*.example.com" << false << false;
        QTest::newRow("underscore") << "my_site.com" << false << false;
    }
    void domain()
    {
        QFETCH(QString, value);
        QFETCH(bool, letsEncrypt);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkDomain(value, letsEncrypt).isEmpty(), valid);
    }

    void gitUrl_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://github.com/odoo/odoo.git" << true;
        QTest::newRow("ssh") << "ssh://git@example.com:2222/odoo.git" << true;
        QTest::newRow("scp-like") << "git@github.com:odoo/odoo.git" << true;
        QTest::newRow("git daemon") << "git://10.0.0.1/odoo.git" << true;
        QTest::newRow("file") << "file:///srv/git/odoo.git" << true;
        QTest::newRow("ext helper") << "ext::sh -c touch% /tmp/pwned" << false;
        QTest::newRow("ext no space") << "ext::sh" << false;
        QTest::newRow("option") << "--upload-pack=touch /tmp/x" << false;
        QTest::newRow("dash") << "-u" << false;
        QTest::newRow("space") << "https://a b" << false;
        QTest::newRow("newline") << "https://a\nb" << false;
        QTest::newRow("relative path") << "odoo.git" << false;
        QTest::newRow("empty") << "" << false;
    }
    void gitUrl()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkGitUrl(value).isEmpty(), valid);
    }

    void gitBranch_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty means version") << "" << true;
        QTest::newRow("version") << "17.0" << true;
        QTest::newRow("saas") << "saas-17.2" << true;
        QTest::newRow("slash") << "feature/x" << true;
        QTest::newRow("option") << "-x" << false;
        QTest::newRow("dotdot") << "a..b" << false;
        QTest::newRow("lock") << "x.lock" << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("reflog") << "a@{1}" << false;
        QTest::newRow("semicolon") << "17.0;id" << false;
        QTest::newRow("trailing slash") << "a/" << false;
    }
    void gitBranch()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkGitBranch(value).isEmpty(), valid);
    }

    void installDir_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "/opt/odoo" << true;
        QTest::newRow("deeper") << "/srv/odoo/prod-17" << true;
        QTest::newRow("root") << "/" << false;
        QTest::newRow("opt") << "/opt" << false;
        QTest::newRow("usr local") << "/usr/local" << false;
        QTest::newRow("relative") << "opt/odoo" << false;
        QTest::newRow("dotdot") << "/opt/odoo/../etc" << false;
        QTest::newRow("trailing slash") << "/opt/odoo/" << false;
        QTest::newRow("space") << "/opt/od oo" << false;
        QTest::newRow("percent") << "/opt/odoo%i" << false;
        QTest::newRow("quote") << "/opt/o'doo" << false;
    }
    void installDir()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkInstallDir(value).isEmpty(), valid);
    }

    void names_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("system user") << "user" << "odoo" << true;
        QTest::newRow("system user root") << "user" << "root" << false;
        QTest::newRow("system user upper") << "user" << "Odoo" << false;
        QTest::newRow("system user shell") << "user" << "odoo;id" << false;
        QTest::newRow("login root") << "login" << "root" << true;
        QTest::newRow("login dotted") << "login" << "first.last" << true;
        QTest::newRow("login option") << "login" << "-oProxyCommand" << false;
        QTest::newRow("service") << "service" << "odoo-staging" << true;
        QTest::newRow("service nginx") << "service" << "nginx" << false;
        QTest::newRow("service slash") << "service" << "a/b" << false;
        QTest::newRow("jump") << "jump" << "admin@bastion.example.com:2222" << true;
        QTest::newRow("jump ipv6") << "jump" << "[2001:db8::1]:22" << true;
        QTest::newRow("jump command") << "jump" << "host -oProxyCommand=id" << false;
        QTest::newRow("jump bad port") << "jump" << "host:70000" << false;
        QTest::newRow("email") << "email" << "admin@example.com" << true;
        QTest::newRow("email bad") << "email" << "admin" << false;
        QTest::newRow("deb empty") << "deb" << "" << true;
        QTest::newRow("deb https") << "deb" << "https://github.com/wkhtmltopdf/packaging/releases/download/0.12.6.1-3/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb" << true;
        QTest::newRow("deb not a deb") << "deb" << "https://example.com/install.sh" << false;
        QTest::newRow("deb shell") << "deb" << "https://x/$(id).deb; rm" << false;
        QTest::newRow("deb option") << "deb" << "-o/etc/passwd.deb" << false;
    }
    void names()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QString message;
        if (kind == QLatin1String("user"))
            message = Validation::checkSystemUser(value);
        else if (kind == QLatin1String("login"))
            message = Validation::checkLoginName(value);
        else if (kind == QLatin1String("service"))
            message = Validation::checkServiceName(value);
        else if (kind == QLatin1String("jump"))
            message = Validation::checkJumpHost(value);
        else if (kind == QLatin1String("deb"))
            message = Validation::checkDebUrl(value);
        else
            message = Validation::checkEmail(value);
        QCOMPARE(message.isEmpty(), valid);
    }

    void dbFilter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("exact") << "^acme$" << true;
        QTest::newRow("odoo placeholders") << "^%d$" << true;
        QTest::newRow("alternatives") << "^(acme|acme-test)$" << true;
        QTest::newRow("invalid regex") << "^(acme$" << false;
        QTest::newRow("newline injection") << "^acme$\nworkers = 99" << false;
        QTest::newRow("space") << "^a b$" << false;
    }
    void dbFilter()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkDbFilter(value).isEmpty(), valid);
    }

    void workerBounds_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<bool>("valid");
        QTest::newRow("threaded") << 0 << true;
        QTest::newRow("typical") << 9 << true;
        QTest::newRow("max") << 64 << true;
        QTest::newRow("too many") << 65 << false;
        QTest::newRow("negative") << -1 << false;
    }
    void workerBounds()
    {
        QFETCH(int, workers);
        QFETCH(bool, valid);
        DeploymentProfile p = DeploymentProfile::create();
        p.performance.workers = workers;
        QCOMPARE(Validation::filtered(Validation::validate(p), {QStringLiteral("performance.workers")}).isEmpty(), valid);
    }

    void limitsMustBeOrdered()
    {
        DeploymentProfile p = DeploymentProfile::create();
        p.performance.limitMemoryHard = p.performance.limitMemorySoft;
        p.performance.limitTimeReal = p.performance.limitTimeCpu - 1;
        const FieldIssues issues = Validation::filtered(Validation::validate(p), {QStringLiteral("performance.")});
        QStringList fields;
        for (const auto &i : issues)
            fields << i.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("performance.limitMemoryHard"), QStringLiteral("performance.limitTimeReal")}));
    }

    void sectionRules()
    {
        DeploymentProfile p = DeploymentProfile::create();
        p.server.host = QStringLiteral("erp.example.com");
        p.web.domain = QStringLiteral("erp.example.com");
        p.odoo.masterPassword.hash = QStringLiteral("$pbkdf2-sha512$1000$AAECAwQFBgcICQoLDA0ODw$A6AmFIti7CKlYdoPiV9jf1d9llp37o27Wms8Zx8fwMJGCOigJzAthOW3Pg.XF5PnNiYnsQsIz1N5NtynrEm78w");
        QVERIFY2(Validation::validate(p).isEmpty(), qPrintable(Validation::validate(p).value(0).message));

        p.web.certificate = CertificateMode::None;
        p.web.hsts = true;
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("web.hsts"));
        p.web.hsts = false;
        p.web.certificatePin = QStringLiteral("ab:cd"); // not a SHA-256 fingerprint
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("web.certificatePin"));
        p.web.certificatePin = QStringLiteral("AB:").repeated(31) + QStringLiteral("CD");
        QVERIFY(Validation::validate(p).isEmpty());
        p.web.certificatePin.append(QStringLiteral("\n; rm -rf /"));
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("web.certificatePin"));
        p.web.certificatePin.clear();
        // The health check's CA file: there, and a PEM certificate.
        QTemporaryDir dir;
        p.web.caFile = dir.filePath(QStringLiteral("missing.pem"));
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("web.caFile"));
        QFile notPem(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        notPem.close();
        p.web.caFile = notPem.fileName();
        QVERIFY2(Validation::validate(p).value(0).message.contains(QLatin1String("holds no PEM certificate")), qPrintable(Validation::validate(p).value(0).message));
        QFile pem(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        pem.close();
        p.web.caFile = pem.fileName();
        QVERIFY(Validation::validate(p).isEmpty());
        p.web.caFile.clear();
        p.odoo.longpollingPort = p.odoo.httpPort;
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("odoo.longpollingPort"));
        p.odoo.longpollingPort = 8072;
        p.odoo.version = QStringLiteral("11.0");
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("odoo.version"));
        p.odoo.version = QStringLiteral("17.0");
        p.server.auth = AuthMethod::KeyFile;
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("server.keyFile"));
        p.server.keyFile = QStringLiteral("/root/.ssh/id_ed25519");
        p.odoo.masterPassword.hash = QStringLiteral("admin");
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("odoo.masterPassword.hash"));
        p.odoo.masterPassword.hash.clear();
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("odoo.masterPassword.hash"));
        p.name = QStringLiteral("prod\nworkers = 99");
        QCOMPARE(Validation::validate(p).value(0).field, QStringLiteral("name"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
