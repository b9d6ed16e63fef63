#include "base/DeploymentPaths.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"
#include "render/Generators.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// The generated site, included in a minimal nginx.conf in a temporary prefix, must
// pass the real `nginx -t`. Certificate and log paths are pointed into the prefix,
// with a throwaway certificate made by openssl.
class TestNginxConfig : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_nginx;

    test::ProcessResult nginxTest(const QString &site)
    {
        const QString siteFile = m_dir.filePath(QStringLiteral("site.conf"));
        QFile f(siteFile);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(site.toUtf8());
        f.close();
        QFile conf(m_dir.filePath(QStringLiteral("nginx.conf")));
        conf.open(QIODevice::WriteOnly | QIODevice::Truncate);
        conf.write(QStringLiteral("pid %1/nginx.pid;\nerror_log %1/error.log;\nevents {}\nhttp {\n"
                                  "    access_log off;\n    include %2;\n}\n")
                       .arg(m_dir.path(), siteFile).toUtf8());
        conf.close();
        return test::run(m_nginx, {QStringLiteral("-t"), QStringLiteral("-p"), m_dir.path(),
                                   QStringLiteral("-c"), conf.fileName()});
    }

    QString localised(const DeploymentProfile &p, QString site)
    {
        const DeploymentPaths paths = DeploymentPaths::of(p);
        if (!paths.certificate.isEmpty()) {
            site.replace(paths.certificate, m_dir.filePath(QStringLiteral("cert.pem")));
            site.replace(paths.certificateKey, m_dir.filePath(QStringLiteral("key.pem")));
        }
        site.replace(QStringLiteral("/var/log/nginx/"), m_dir.path() + QLatin1Char('/'));
        return site;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_nginx = test::programPath(QStringLiteral("nginx"));
        if (m_nginx.isEmpty())
            QSKIP("nginx is not installed (apt-get install nginx-light)");
        QVERIFY(m_dir.isValid());
        const auto r = test::run(QStringLiteral("openssl"),
                                 {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                                  "-nodes", "-days", "2", "-subj", "/CN=erp.example.com",
                                  "-keyout", m_dir.filePath("key.pem"), "-out", m_dir.filePath("cert.pem")});
        QCOMPARE(r.exitCode, 0);
    }

    void generatedSitePasses_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("cert");
        QTest::addColumn<int>("master");
        QTest::addColumn<QString>("nginxVersion");
        for (const char *v : {"12.0", "15.0", "16.0", "17.0", "18.0"})
            for (auto cert : {CertificateMode::None, CertificateMode::SelfSigned, CertificateMode::LetsEncrypt, CertificateMode::Existing})
                for (auto master : {MasterPasswordMode::Disabled, MasterPasswordMode::Generated})
                    QTest::newRow(qPrintable(QStringLiteral("%1-%2-%3").arg(QLatin1String(v), toText(cert), toText(master))))
                        << QString::fromLatin1(v) << int(cert) << int(master) << QString();
        // What the probe reports on Debian 12, and an unknown newer nginx.
        QTest::newRow("17.0 on nginx 1.22.1") << "17.0" << int(CertificateMode::SelfSigned) << 0 << "1.22.1";
        QTest::newRow("17.0 threaded") << "17.0" << int(CertificateMode::SelfSigned) << 0 << "threaded";
    }
    void generatedSitePasses()
    {
        QFETCH(QString, version);
        QFETCH(int, cert);
        QFETCH(int, master);
        QFETCH(QString, nginxVersion);
        DeploymentProfile p = test::testProfile(version, CertificateMode(cert));
        p.odoo.masterPassword.mode = MasterPasswordMode(master);
        HostFacts facts;
        if (nginxVersion == QLatin1String("threaded"))
            p.performance.workers = 0;
        else
            facts.nginxVersion = nginxVersion;
        const auto r = nginxTest(localised(p, Generators::nginxSite(p, facts)));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("test is successful"));
    }

    // The proxy of a deployment on several servers: upstreams of every app server (one
    // by an IPv6 address) with passive health checks.
    void topologyProxySitePasses_data()
    {
        QTest::addColumn<int>("cert");
        for (auto cert : {CertificateMode::None, CertificateMode::SelfSigned, CertificateMode::LetsEncrypt})
            QTest::newRow(qPrintable(toText(cert))) << int(cert);
    }
    void topologyProxySitePasses()
    {
        QFETCH(int, cert);
        DeploymentProfile p = test::topologyProfile();
        p.web.certificate = CertificateMode(cert);
        p.web.letsEncryptEmail = QStringLiteral("admin@example.com");
        p.web.hsts = p.web.https();
        p.topology.hosts[2].privateAddress = QStringLiteral("fd00::22");
        const DeploymentProfile proxy = TopologyProfile::forHost(p, QStringLiteral("proxy"));
        const QString site = Generators::nginxSite(proxy, {});
        QVERIFY(site.contains(QLatin1String("server [fd00::22]:8069 max_fails=3 fail_timeout=10s;")));
        const auto r = nginxTest(localised(proxy, site));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("test is successful"));
    }

    void acmeChallengeSitePassesAndSitsBesideTheDefault()
    {
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::LetsEncrypt, InitSystem::Auto);
        const QString challenge = Generators::acmeChallengeSite(p);
        QVERIFY(challenge.contains(DeploymentPaths::of(p).acmeWebroot));
        QVERIFY(!challenge.contains(QLatin1String("ssl"))); // needs no certificate: there is none yet
        // Debian's default site stays enabled at that moment: both must load together.
        const QString defaultSite = QStringLiteral("server { listen 80 default_server; listen [::]:80 default_server; root /var/www/html; }\n");
        const auto r = nginxTest(defaultSite + challenge);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void stagingSiteLivesBesideProduction_data()
    {
        QTest::addColumn<int>("cert");
        QTest::addColumn<QString>("domain");
        for (auto cert : {CertificateMode::None, CertificateMode::SelfSigned, CertificateMode::LetsEncrypt})
            for (const char *domain : {"", "staging.example.com"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(toText(cert), QLatin1String(*domain ? domain : "on a port"))))
                    << int(cert) << QString::fromLatin1(domain);
    }
    void stagingSiteLivesBesideProduction()
    {
        // The staging copy's site next to production's: upstreams, map variables and TLS
        // cache zones are named per service, and the ports do not collide.
        QFETCH(int, cert);
        QFETCH(QString, domain);
        DeploymentProfile prod = test::testProfile(QStringLiteral("17.0"), CertificateMode(cert));
        prod.staging.domain = domain;
        const DeploymentProfile staging = StagingProfile::of(prod);
        const QString site = Generators::stagingSite(prod, {});
        const QString production = Generators::nginxSite(prod, {});
        // In nginx's order: sites-enabled/odoo-staging.conf sorts before odoo.conf.
        const auto r = nginxTest(localised(staging, localised(prod, site)) + localised(prod, production));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // What no site claims (a request by address, an unknown name) stays production's,
        // whichever file nginx reads first.
        QVERIFY(!site.contains(QLatin1String("default_server")));
        QCOMPARE(production.count(QLatin1String(" default_server;")), prod.web.https() ? 4 : 2);
        if (domain.isEmpty()) {
            // On a port of production's name: production's certificate, no redirect from 80.
            QVERIFY(site.contains(QStringLiteral("listen %1").arg(StagingProfile::publicPort(prod))));
            QVERIFY(!site.contains(QLatin1String("listen 80;")));
            QVERIFY(!site.contains(QLatin1String("listen 443")));
            if (prod.web.https())
                QVERIFY(site.contains(QLatin1String("ssl_certificate ") + DeploymentPaths::of(prod).certificate + QLatin1Char(';')));
        } else {
            QVERIFY(site.contains(QLatin1String("server_name staging.example.com;")));
        }
        QVERIFY(site.contains(QLatin1String("server 127.0.0.1:8079;")));
    }

    void harnessCatchesABrokenSite()
    {
        // The control: the same harness rejects a site with a syntax error.
        DeploymentProfile p = test::testProfile();
        QString site = localised(p, Generators::nginxSite(p, {}));
        site.replace(QStringLiteral("proxy_redirect off;"), QStringLiteral("proxy_redirect off"));
        const auto r = nginxTest(site);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("emerg"));
    }
};

QTEST_GUILESS_MAIN(TestNginxConfig)
#include "tst_nginx_config.moc"
