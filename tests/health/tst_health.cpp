#include "health/HealthChecker.h"
#include "health/HttpExchange.h"
#include "health/ServiceHealth.h"

#include "LoopbackSite.h"

#include <QtTest>

using namespace odoodeploy;

// The health checks against a real nginx and the stand-in Odoo on 127.0.0.1, with
// certificates made by openssl in the test (LoopbackSite). Odoo's ports are checked
// directly here; the SSH tunnel is covered by tst_ssh and on the e2e test host.
class TestHealth : public QObject
{
    Q_OBJECT
    test::LoopbackSite m_site;

    HealthTarget target(int httpsPort) const { return m_site.target(httpsPort); }

    static HealthReport check(const HealthTarget &t)
    {
        HealthChecker checker;
        QSignalSpy done(&checker, &HealthChecker::finished);
        checker.start(t);
        if (!done.wait(t.timeoutMs + 2000))
            return {};
        return done.first().first().value<HealthReport>();
    }

    static QString dump(const HealthReport &r) { return r.toText(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::LoopbackSite::available(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_site.start(), qPrintable(m_site.error));
    }

    void allGreen()
    {
        const HealthReport r = check(target(m_site.httpsCa));
        QCOMPARE(r.results.size(), 5);
        for (const HealthResult &result : r.results)
            QVERIFY2(result.light == HealthLight::Green, qPrintable(dump(r)));
        QCOMPARE(r.overall(), HealthLight::Green);
        QVERIFY2(r.find(QStringLiteral("https"))->details.contains(QStringLiteral("odoo-deploy test CA")), qPrintable(r.find(QStringLiteral("https"))->details));
        QVERIFY(r.find(QStringLiteral("http"))->reason.contains(QStringLiteral("https://odoo.test")));
        QVERIFY(r.find(QStringLiteral("realtime"))->reason.contains(QStringLiteral("websocket")));
    }

    void selfSignedIsTrustedOnlyByItsFingerprint()
    {
        HealthTarget t = target(m_site.httpsSelfSigned);
        t.pin = sha256Fingerprint(m_site.certificate(QStringLiteral("selfsigned")));
        HealthReport r = check(t);
        const HealthResult *https = r.find(QStringLiteral("https"));
        QCOMPARE(https->light, HealthLight::Yellow);
        QVERIFY2(https->reason.contains(QStringLiteral("self-signed")), qPrintable(https->reason));

        t.pin = sha256Fingerprint(m_site.certificate(QStringLiteral("other")));
        r = check(t);
        https = r.find(QStringLiteral("https"));
        QCOMPARE(https->light, HealthLight::Red);
        QVERIFY2(https->reason.contains(QStringLiteral("mismatch")) && https->reason.contains(t.pin), qPrintable(https->reason));
        QCOMPARE(r.overall(), HealthLight::Red);

        t.pin.clear();
        r = check(t);
        https = r.find(QStringLiteral("https"));
        QCOMPARE(https->light, HealthLight::Red);
        QVERIFY2(https->reason.contains(QStringLiteral("no fingerprint was recorded")), qPrintable(https->reason));

        // A pin excuses "nobody vouches for it", never a certificate for another name.
        t = target(m_site.httpsSelfSigned);
        t.pin = sha256Fingerprint(m_site.certificate(QStringLiteral("selfsigned")));
        t.domain = QStringLiteral("other.test");
        https = check(t).find(QStringLiteral("https"));
        QCOMPARE(https->light, HealthLight::Red);
    }

    void expiringCertificateIsYellow()
    {
        const HealthReport r = check(target(m_site.httpsExpiring));
        const HealthResult *https = r.find(QStringLiteral("https"));
        QCOMPARE(https->light, HealthLight::Yellow);
        QVERIFY2(https->reason.contains(QStringLiteral("expires in 10 days")) || https->reason.contains(QStringLiteral("expires in 9 days")),
                 qPrintable(https->reason));
        QCOMPARE(r.overall(), HealthLight::Yellow);
    }

    void exposedDatabaseManagerIsYellow()
    {
        const HealthReport r = check(target(m_site.httpsDatabaseManager));
        QCOMPARE(r.find(QStringLiteral("database-manager"))->light, HealthLight::Yellow);
        QCOMPARE(r.find(QStringLiteral("https"))->light, HealthLight::Green);
        QCOMPARE(r.overall(), HealthLight::Yellow);
    }

    void closedPortIsRed()
    {
        HealthTarget t = target(test::SshServer::freePort());
        t.httpPort = test::SshServer::freePort();
        QElapsedTimer clock;
        clock.start();
        const HealthReport r = check(t);
        QVERIFY(clock.elapsed() < t.timeoutMs);
        for (const QString &id : {QStringLiteral("https"), QStringLiteral("http")}) {
            QCOMPARE(r.find(id)->light, HealthLight::Red);
            QVERIFY2(r.find(id)->reason.contains(QStringLiteral("refused")), qPrintable(r.find(id)->reason));
        }
        QCOMPARE(r.find(QStringLiteral("odoo"))->light, HealthLight::Green); // the others are unaffected
    }

    void silentServerIsRedWithinItsTimeout()
    {
        // Accepts connections, never answers: as a hung host. Red at the timeout, not later.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        HealthTarget t = target(silent.serverPort());
        t.httpPort = silent.serverPort();
        t.odooPort = t.realtimePort = silent.serverPort();
        t.timeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        HealthChecker checker;
        QSignalSpy done(&checker, &HealthChecker::finished);
        checker.start(t);
        QVERIFY(done.wait(5000));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 1400 && elapsed < 2000, qPrintable(QString::number(elapsed)));
        const HealthReport r = done.first().first().value<HealthReport>();
        for (const HealthResult &result : r.results)
            QVERIFY2(result.light == HealthLight::Red || result.light == HealthLight::Skipped, qPrintable(dump(r)));
        QVERIFY2(r.find(QStringLiteral("https"))->reason.contains(QStringLiteral("1.5 s")), qPrintable(dump(r)));
    }

    void testButtonShowsStatusHeadersAndTimings()
    {
        HttpExchangeRequest req;
        req.address = QStringLiteral("127.0.0.1");
        req.port = m_site.httpsCa;
        req.serverName = QString::fromLatin1(test::LoopbackSite::kDomain);
        req.extraCaCertificates = {m_site.certificate(QStringLiteral("ca"))};
        req.request = HttpExchangeRequest::get(req.serverName, QStringLiteral("/web/login"));
        HttpExchange exchange;
        QSignalSpy done(&exchange, &HttpExchange::finished);
        exchange.start(req);
        QVERIFY(done.wait(5000));
        const auto x = done.first().first().value<HttpExchangeResult>();
        QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
        QCOMPARE(x.statusCode, 200);
        const QString text = x.verboseText(req);
        for (const QString &expected : {QStringLiteral("< HTTP/1.1 200 OK"), QStringLiteral("< Server: nginx"),
                                        QStringLiteral("< Set-Cookie: session_id="), QStringLiteral("> GET /web/login HTTP/1.1"),
                                        QStringLiteral("> Host: odoo.test"), QStringLiteral("SSL certificate verify ok"),
                                        QStringLiteral("name lookup"), QStringLiteral("first byte"), QStringLiteral("oe_login_form")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        const auto &t = x.timings;
        QVERIFY(t.lookup >= 0 && t.lookup <= t.connect && t.connect <= t.tls && t.tls <= t.firstByte && t.firstByte <= t.total);

        // A mismatching pin: no answer, and the reason is the mismatch.
        HttpExchangeRequest pinned = req;
        pinned.port = m_site.httpsSelfSigned;
        pinned.pin = sha256Fingerprint(m_site.certificate(QStringLiteral("other")));
        exchange.start(pinned);
        QVERIFY(done.wait(5000));
        const auto refused = done.last().first().value<HttpExchangeResult>();
        QVERIFY2(refused.error.contains(QStringLiteral("mismatch")), qPrintable(refused.error));
        QCOMPARE(refused.statusCode, 0);
    }

    void theProfilesCaFileIsTrusted()
    {
        // As the wizard and `check` build it: from the profile, whose CA file names the test CA.
        DeploymentProfile p = m_site.profile(CertificateMode::Existing);
        HealthTarget t = HealthTarget::fromProfile(p);
        auto onLoopback = [this](HealthTarget &t) {
            t.httpPort = m_site.httpPort;
            t.httpsPort = m_site.httpsCa;
            t.odooDirect = true;
            t.odooPort = m_site.odooPort;
            t.realtimePort = m_site.realtimePort;
            t.checkService = false;
        };
        onLoopback(t);
        QCOMPARE(check(t).find(QStringLiteral("https"))->light, HealthLight::Red); // nobody vouches for it
        p.web.caFile = m_site.path(QStringLiteral("ca.crt"));
        t = HealthTarget::fromProfile(p);
        QCOMPARE(t.extraCaCertificates.size(), 1);
        onLoopback(t);
        const HealthReport r = check(t);
        QVERIFY2(r.overall() == HealthLight::Green, qPrintable(dump(r)));
    }

    void slowAnswersAreYellow()
    {
        HealthTarget t = target(m_site.httpsCa);
        t.slowMs = 0; // every answer takes longer than that
        const HealthResult *https = check(t).find(QStringLiteral("https"));
        QCOMPARE(https->light, HealthLight::Yellow);
        QVERIFY2(https->reason.contains(QStringLiteral("slow answer")), qPrintable(https->reason));
    }

    void odoo14HasLongPollingAndNoHealthEndpoint()
    {
        // Odoo up to 15 has no /web/health (the login page instead), and up to 15 a long
        // polling port rather than a websocket.
        test::LoopbackSite site14;
        site14.odooVersion = QStringLiteral("14.0");
        QVERIFY2(site14.start(), qPrintable(site14.error));
        HealthTarget t = site14.target(site14.httpsCa);
        t.odooMajor = 14;
        const HealthReport r = check(t);
        QVERIFY2(r.overall() == HealthLight::Green, qPrintable(dump(r)));
        QCOMPARE(r.find(QStringLiteral("realtime"))->title, QStringLiteral("Long polling on port %1").arg(site14.realtimePort));
        QVERIFY2(r.find(QStringLiteral("realtime"))->reason.contains(QStringLiteral("Odoo 14.0")), qPrintable(dump(r)));
        QVERIFY(r.find(QStringLiteral("https"))->details.contains(QStringLiteral("GET /web/login")));
        // Asked as if it were 17, the same server fails where the versions differ.
        t.odooMajor = 17;
        const HealthReport wrong = check(t);
        QCOMPARE(wrong.find(QStringLiteral("https"))->light, HealthLight::Red);   // no /web/health: 404
        QCOMPARE(wrong.find(QStringLiteral("realtime"))->light, HealthLight::Red); // no websocket
    }

    void serviceOutputIsParsed()
    {
        const ServiceState s = ServiceHealth::parse(QStringLiteral(
            "state: stopped (inactive)\n--- odoo log ---\nline 1\nTraceback\n--- nginx error log ---\nconnect() failed (111)\n"));
        QVERIFY(s.known);
        QVERIFY(!s.running);
        QCOMPARE(s.detail, QStringLiteral("stopped (inactive)"));
        QCOMPARE(s.odooLog, QStringLiteral("line 1\nTraceback\n"));
        QCOMPARE(s.nginxLog, QStringLiteral("connect() failed (111)\n"));
        QVERIFY(!ServiceHealth::parse(QStringLiteral("bash: oops")).known);
    }

    void backendStoppedMakesHttpsAndOdooRed()
    {
        m_site.stopOdoo();
        const HealthReport r = check(target(m_site.httpsCa));
        const HealthResult *https = r.find(QStringLiteral("https"));
        QCOMPARE(https->light, HealthLight::Red);
        QVERIFY2(https->reason.contains(QStringLiteral("502")), qPrintable(https->reason));
        QCOMPARE(r.find(QStringLiteral("odoo"))->light, HealthLight::Red);
        QVERIFY2(r.find(QStringLiteral("odoo"))->reason.contains(QStringLiteral("refused")), qPrintable(dump(r)));
        QCOMPARE(r.find(QStringLiteral("http"))->light, HealthLight::Green); // nginx itself still redirects
        QCOMPARE(r.overall(), HealthLight::Red);
        QVERIFY(m_site.startOdoo());
        QCOMPARE(check(target(m_site.httpsCa)).overall(), HealthLight::Green);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
