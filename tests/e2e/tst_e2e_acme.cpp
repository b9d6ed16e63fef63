#include "profile/ProfileJson.h"

#include "SshServer.h"
#include "TestHost.h"
#include "TestProfiles.h"

#include <QTcpServer>
#include <QtTest>

using namespace odoodeploy;

// The ACME path for real, without the internet: Debian's pebble (an RFC 8555 test
// server, the one Let's Encrypt publishes) runs on this machine at the host side of
// the test host's veth pair, and pebble-challtestsrv answers its DNS questions with
// the test host's address. certbot on the test host asks pebble (web.acmeServer),
// pebble validates the HTTP-01 challenge on the test host's port 80, nginx serves the
// certificate, and the health check verifies it against pebble's root (--ca-file).
class TestE2eAcme : public QObject
{
    Q_OBJECT
    test::TestHost m_host;
    QTemporaryDir m_dir;
    QString m_profilePath;
    QProcess m_dns, m_pebble;
    QByteArray m_masterPassword; // generated for this scenario; must be written down nowhere
    static constexpr const char *kDomain = "erp.example.com";
    static constexpr int kApiPort = 14000;

    QString env(const char *key) const { return m_host.value(key); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    test::ProcessResult cli(const QStringList &args) { return m_host.cli(m_dir.path(), args); }
    test::ProcessResult deploy() { return m_host.deploy(m_dir.path(), m_profilePath); }
    test::ProcessResult onHost(const QString &command, const QByteArray &input = {}) { return m_host.onHost(command, input); }
    bool openssl(const QStringList &args)
    {
        const auto r = test::run(QStringLiteral("openssl"), args);
        if (r.exitCode != 0)
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.exitCode == 0;
    }
    static bool waitForPort(const QString &host, int port)
    {
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(host, quint16(port));
            if (s.waitForConnected(100))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_host.running())
            QSKIP("no test host: run through ctest (fixture e2e_acme_host), as root");
        for (const char *tool : {"pebble", "pebble-challtestsrv"})
            if (test::programPath(QString::fromLatin1(tool)).isEmpty())
                QSKIP("pebble is not installed (scripts/install-deps.sh --test)");
        const QString hostIp = env("TESTHOST_HOST_IP");

        // pebble's own HTTPS API needs a certificate the test host trusts: a CA of ours.
        QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=odoo-deploy test ACME API CA",
                         "-keyout", path("api-ca.key"), "-out", path("api-ca.crt")}));
        QFile ext(path("api.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(QStringLiteral("subjectAltName=IP:%1\n").arg(hostIp).toUtf8());
        ext.close();
        QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-subj", QStringLiteral("/CN=%1").arg(hostIp), "-keyout", path("api.key"),
                         "-out", path("api.csr")}));
        QVERIFY(openssl({"x509", "-req", "-in", path("api.csr"), "-CA", path("api-ca.crt"), "-CAkey", path("api-ca.key"), "-CAcreateserial",
                         "-days", "2", "-extfile", path("api.ext"), "-out", path("api.crt")}));
        QFile caFile(path("api-ca.crt"));
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        const auto trusted = onHost(QStringLiteral("cat > /usr/local/share/ca-certificates/odoo-deploy-test-acme.crt && update-ca-certificates >/dev/null"),
                                    caFile.readAll());
        QVERIFY2(trusted.exitCode == 0, trusted.err.constData());

        // pebble's API port must be free: the test host would talk to whoever holds it.
        // (The lookup sees a holder: this test's own listener.)
        QTcpServer own;
        QVERIFY(own.listen(QHostAddress::LocalHost));
        QCOMPARE(test::TestHost::portHolders(own.serverPort()), QStringLiteral("tst_e2e_acme"));
        const QString taken = test::TestHost::portHolders(kApiPort);
        QVERIFY2(taken.isEmpty(), qPrintable(QStringLiteral("port %1 is taken by another program (%2); pebble needs it").arg(kApiPort).arg(taken)));

        // DNS for pebble: every name is the test host.
        const int dnsPort = test::SshServer::freePort();
        m_dns.setProcessChannelMode(QProcess::MergedChannels);
        m_dns.start(QStringLiteral("pebble-challtestsrv"),
                    {"-defaultIPv4", env("TESTHOST_IP"), "-defaultIPv6", "", "-dns01", QStringLiteral("127.0.0.1:%1").arg(dnsPort),
                     "-http01", "", "-https01", "", "-tlsalpn01", "", "-management", QStringLiteral("127.0.0.1:%1").arg(test::SshServer::freePort())});
        QVERIFY(m_dns.waitForStarted());

        const int managementPort = test::SshServer::freePort();
        QFile config(path("pebble.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"pebble": {"listenAddress": "%1:%5", "managementListenAddress": "127.0.0.1:%2",
            "certificate": "%3", "privateKey": "%4", "httpPort": 80, "tlsPort": 443, "ocspResponderURL": "",
            "externalAccountBindingRequired": false}})")
                         .arg(hostIp).arg(managementPort).arg(path("api.crt"), path("api.key")).arg(kApiPort)
                         .toUtf8());
        config.close();
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PEBBLE_VA_NOSLEEP"), QStringLiteral("1"));      // validate at once
        e.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"), QStringLiteral("0")); // no random bad nonces
        m_pebble.setProcessEnvironment(e);
        m_pebble.setProcessChannelMode(QProcess::MergedChannels);
        m_pebble.start(QStringLiteral("pebble"), {"-config", config.fileName(), "-dnsserver", QStringLiteral("127.0.0.1:%1").arg(dnsPort)});
        QVERIFY(m_pebble.waitForStarted());
        QVERIFY2(waitForPort(hostIp, kApiPort), m_pebble.readAll().constData());
        QVERIFY(waitForPort(QStringLiteral("127.0.0.1"), managementPort));
        m_pebble.setProperty("management", managementPort);
        // The one that answers is the pebble started here: its ACME directory, over TLS
        // with the certificate of the CA made above; both ports are pebble's alone.
        const auto directory = test::run(QStringLiteral("curl"), {"-sS", "-m", "10", "--cacert", path("api-ca.crt"),
                                                                  QStringLiteral("https://%1:%2/dir").arg(hostIp).arg(kApiPort)});
        QVERIFY2(directory.exitCode == 0 && directory.out.contains("\"newOrder\""), (directory.out + directory.err).constData());
        QCOMPARE(test::TestHost::portHolders(kApiPort), QStringLiteral("pebble"));
        QCOMPARE(test::TestHost::portHolders(managementPort), QStringLiteral("pebble"));
        QVERIFY2(m_pebble.state() == QProcess::Running, m_pebble.readAll().constData());
        QVERIFY2(m_dns.state() == QProcess::Running, m_dns.readAll().constData());

        DeploymentProfile p = m_host.profile(QStringLiteral("e2e-acme"), CertificateMode::LetsEncrypt);
        p.web.domain = QString::fromLatin1(kDomain);
        p.web.letsEncryptEmail = QStringLiteral("admin@example.com");
        p.web.acmeServer = QStringLiteral("https://%1:%2/dir").arg(hostIp).arg(kApiPort);
        m_profilePath = path("acme.json");
        QString error;
        QVERIFY2(ProfileJson::save(p, m_profilePath, &error), qPrintable(error));
        QByteArray why;
        m_masterPassword = test::TestHost::generateMasterPassword(m_dir.path(), m_profilePath, &why);
        QVERIFY2(!m_masterPassword.isEmpty(), why.constData());
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_pebble, &m_dns}) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
        }
        onHost(QStringLiteral("rm -f /usr/local/share/ca-certificates/odoo-deploy-test-acme.crt && update-ca-certificates --fresh >/dev/null"));
    }

    void certbotGetsACertificateThroughTheChallenge()
    {
        const auto r = deploy();
        QVERIFY2(r.exitCode == 0, (r.out.right(4000) + r.err.right(2000) + m_pebble.readAll().right(3000)).constData());
        QVERIFY(r.out.contains("ACME certificate for erp.example.com"));
        // The challenge site was there only for that moment.
        QCOMPARE(onHost(QStringLiteral("ls /etc/nginx/sites-enabled/")).out, QByteArray("odoo.conf\n"));
        QVERIFY(onHost(QStringLiteral("test -s /etc/letsencrypt/live/erp.example.com/fullchain.pem")).exitCode == 0);
    }

    void theSiteServesItVerifiedByPebblesRoot()
    {
        const int management = m_pebble.property("management").toInt();
        const auto root = test::run(QStringLiteral("curl"), {"-sk", QStringLiteral("https://127.0.0.1:%1/roots/0").arg(management)});
        QVERIFY(root.out.contains("BEGIN CERTIFICATE"));
        QFile rootFile(path("pebble-root.pem"));
        QVERIFY(rootFile.open(QIODevice::WriteOnly));
        rootFile.write(root.out);
        rootFile.close();
        // curl, verifying as any client would (no -k), by name.
        const auto login = test::run(QStringLiteral("curl"), {"-s", "--cacert", rootFile.fileName(), "--resolve",
                                                              QStringLiteral("%1:443:%2").arg(QString::fromLatin1(kDomain), env("TESTHOST_IP")),
                                                              "-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("https://%1/web/login").arg(QString::fromLatin1(kDomain))});
        QCOMPARE(login.out, QByteArray("200"));
        // The health check: all green, the certificate verified against pebble's root.
        const auto check = cli({QStringLiteral("check"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("--ca-file"), rootFile.fileName()});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QVERIFY(check.out.contains("Odoo answers through nginx"));
        // Without that root nobody vouches for it: red, and no pin excuses a CA-signed one.
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--profile"), m_profilePath}).exitCode, 2);
    }

    void aSecondDeployKeepsTheCertificate()
    {
        const QByteArray before = onHost(QStringLiteral("sha256sum /etc/letsencrypt/live/erp.example.com/cert.pem")).out;
        const auto r = deploy();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("the server was already as wanted"), r.out.right(2000).constData());
        QCOMPARE(onHost(QStringLiteral("sha256sum /etc/letsencrypt/live/erp.example.com/cert.pem")).out, before);
    }

    void aRenewalReachesNginxWithoutAnotherStep()
    {
        // certbot's own renewal (its timer or cron would run this), forced: the deploy hook
        // reloads nginx, which then serves the new certificate; odoo-deploy does nothing.
        auto served = [&] {
            return test::run(QStringLiteral("sh"), {"-c", QStringLiteral("echo | openssl s_client -connect %1:443 -servername %2 2>/dev/null | "
                                                                          "openssl x509 -noout -fingerprint -sha256")
                                                               .arg(env("TESTHOST_IP"), QString::fromLatin1(kDomain))})
                .out;
        };
        const QByteArray before = served();
        QVERIFY(before.contains("Fingerprint"));
        const auto renewed = onHost(QStringLiteral("certbot renew --force-renewal --no-random-sleep-on-renew 2>&1"));
        QVERIFY2(renewed.exitCode == 0, (renewed.out.right(3000) + m_pebble.readAll().right(2000)).constData());
        QVERIFY2(renewed.out.contains("nginx reloaded for the renewed certificate in /etc/letsencrypt/live/erp.example.com"), renewed.out.constData());
        const QByteArray now = onHost(QStringLiteral("openssl x509 -in /etc/letsencrypt/live/erp.example.com/cert.pem -noout -fingerprint -sha256")).out;
        QVERIFY(now != before);
        QTRY_COMPARE_WITH_TIMEOUT(served(), now, 10000);
        // A redeploy finds the renewed certificate as wanted.
        QVERIFY2(deploy().out.contains("the server was already as wanted"), "a renewal must not look like drift");
    }

    void anExistingCertificateIsUploaded()
    {
        // The admin's own files (a company CA signed them): uploaded, the key at 0600.
        QVERIFY(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=odoo-deploy test company CA",
                         "-keyout", path("company-ca.key"), "-out", path("company-ca.crt")}));
        QFile ext(path("site.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(QStringLiteral("subjectAltName=DNS:%1\n").arg(QString::fromLatin1(kDomain)).toUtf8());
        ext.close();
        QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-subj", QStringLiteral("/CN=%1").arg(QString::fromLatin1(kDomain)),
                         "-keyout", path("site.key"), "-out", path("site.csr")}));
        QVERIFY(openssl({"x509", "-req", "-in", path("site.csr"), "-CA", path("company-ca.crt"), "-CAkey", path("company-ca.key"),
                         "-CAcreateserial", "-days", "30", "-extfile", path("site.ext"), "-out", path("site.crt")}));
        ProfileLoadResult loaded = ProfileJson::load(m_profilePath);
        loaded.profile.web.certificate = CertificateMode::Existing;
        loaded.profile.web.certFile = path("site.crt");
        loaded.profile.web.keyFile = path("site.key");
        loaded.profile.web.caFile = path("company-ca.crt"); // the health check trusts it
        QString error;
        QVERIFY(ProfileJson::save(loaded.profile, m_profilePath, &error));

        const auto r = deploy();
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        QCOMPARE(onHost(QStringLiteral("stat -c '%U:%G %a' /etc/ssl/private/odoo.key /etc/ssl/certs/odoo.crt")).out,
                 QByteArray("root:root 600\nroot:root 644\n"));
        // nginx serves exactly that certificate, and it is the one the check verifies.
        const auto served = test::run(QStringLiteral("sh"), {"-c", QStringLiteral("echo | openssl s_client -connect %1:443 -servername %2 2>/dev/null | "
                                                                                   "openssl x509 -noout -fingerprint -sha256")
                                                                        .arg(env("TESTHOST_IP"), QString::fromLatin1(kDomain))});
        const auto local = test::run(QStringLiteral("openssl"), {"x509", "-in", path("site.crt"), "-noout", "-fingerprint", "-sha256"});
        QVERIFY(!local.out.isEmpty());
        QCOMPARE(served.out, local.out);
        const auto check = cli({QStringLiteral("check"), QStringLiteral("--profile"), m_profilePath});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        // And again: nothing to upload.
        QVERIFY(deploy().out.contains("the server was already as wanted"));
    }

    void noSecretIsWrittenDown()
    {
        // This scenario's secret: in no file here (profile, run logs, state) or on the host.
        const QString found = m_host.secretsWrittenDown(m_dir.path(), {{QStringLiteral("master password"), m_masterPassword}}, 5);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestE2eAcme)
#include "tst_e2e_acme.moc"
