#include "profile/ProfileJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <csignal>
#include <functional>

#include "TestHost.h"
#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// End to end, in the order Ansible's integration tests use: check mode on a fresh
// Debian 12 test host changes nothing; a real run deploys; check mode then finds
// nothing to do; a second run changes nothing; a changed profile changes only what it
// must. The host (testhost.sh, a ctest fixture) is created before and removed after.
class TestE2eDeploy : public QObject
{
    Q_OBJECT
    test::TestHost m_host;
    QTemporaryDir m_home;
    QString m_profilePath;
    QByteArray m_masterPassword;

    QString env(const char *key) const { return m_host.value(key); }

    test::ProcessResult deploy(const QStringList &extra) { return m_host.deploy(m_home.path(), m_profilePath, extra); }
    QByteArray onHost(const QString &command) { return m_host.onHost(command).out; }

    // `odoo-deploy check --json`: the exit code and the report.
    QPair<int, QJsonObject> check(const QStringList &extra = {})
    {
        const auto r = m_host.cli(m_home.path(), QStringList{"check", "--profile", m_profilePath, "--json"} + extra, 60000);
        return {r.exitCode, QJsonDocument::fromJson(r.out).object()};
    }
    static QJsonObject result(const QJsonObject &report, const QString &id)
    {
        for (const QJsonValue v : report.value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }
    static QByteArray text(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

    test::ProcessResult curl(const QStringList &args)
    {
        return test::run(QStringLiteral("curl"), QStringList{"-s", "--max-time", "10"} + args);
    }

    static int count(const QByteArray &out, const QByteArray &word)
    {
        int n = 0;
        for (const QByteArray &line : out.split('\n'))
            if (line.trimmed().startsWith(word))
                ++n;
        return n;
    }

    void saveProfile(int workers, bool firewall = false)
    {
        DeploymentProfile p = m_host.profile(QStringLiteral("e2e"));
        p.performance.workers = workers;
        p.web.firewall = firewall;
        if (QFile::exists(m_profilePath)) // the master password's hash stays
            p.odoo.masterPassword = ProfileJson::load(m_profilePath).profile.odoo.masterPassword;
        QString error;
        QVERIFY2(ProfileJson::save(p, m_profilePath, &error), qPrintable(error));
    }

    // The saved profile (with what deploys recorded in it), changed by `edit`.
    void editProfile(const std::function<void(DeploymentProfile &)> &edit)
    {
        ProfileLoadResult loaded = ProfileJson::load(m_profilePath);
        edit(loaded.profile);
        QString error;
        QVERIFY2(ProfileJson::save(loaded.profile, m_profilePath, &error), qPrintable(error));
    }
    QByteArray siteStatus() { return curl({"-k", "-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("https://%1/web/login").arg(env("TESTHOST_IP"))}).out; }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_host.running())
            QSKIP("no test host: run through ctest (fixture e2e_testhost), as root");
        m_profilePath = m_home.filePath(QStringLiteral("e2e.json"));
        qunsetenv("XDG_DATA_HOME"); // the state goes below $HOME, which each run sets
        saveProfile(2);
        // A master password of its own, told once on standard output: noSecretIsWrittenDown
        // looks for it everywhere at the end.
        QByteArray why;
        m_masterPassword = test::TestHost::generateMasterPassword(m_home.path(), m_profilePath, &why);
        QVERIFY2(!m_masterPassword.isEmpty(), why.constData());
    }

    void checkModeOnAFreshHostChangesNothing()
    {
        const auto r = deploy({QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(count(r.out, "would change") >= 15, r.out.constData());
        QVERIFY(r.out.contains("new file /etc/odoo/odoo.conf"));
        QVERIFY(r.out.contains("nothing was changed"));
        // Verified on the host itself.
        QCOMPARE(onHost(QStringLiteral("test -e /etc/odoo/odoo.conf && echo yes || echo no")), QByteArray("no\n"));
        QCOMPARE(onHost(QStringLiteral("dpkg-query -W -f='${db:Status-Status}' nginx 2>/dev/null || echo absent")), QByteArray("absent\n"));
        QCOMPARE(onHost(QStringLiteral("id odoo >/dev/null 2>&1 && echo yes || echo no")), QByteArray("no\n"));
    }

    void refusesWithoutConsent()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path());
        const auto r = test::run(QStringLiteral(ODOO_DEPLOY_BINARY), {"deploy", "--profile", m_profilePath}, {}, 60000, e);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--yes"));
    }

    // sshd's per-connection processes on the test host (in its namespace; not the
    // listener). Killed, they cut the connection; what it ran goes on, as after a real cut.
    QList<int> sessionProcesses()
    {
        const QString script = QString::fromLatin1(R"sh(for p in $(ip netns pids %1); do
    case "$(tr '\0' ' ' < /proc/$p/cmdline 2>/dev/null)" in 'sshd: root'*) echo "$p";; esac
done)sh").arg(env("TESTHOST_NS"));
        QList<int> pids;
        for (const QByteArray &line : test::run(QStringLiteral("sh"), {QStringLiteral("-c"), script}).out.split('\n'))
            if (line.toInt() > 0)
                pids << line.toInt();
        return pids;
    }

    void droppedConnectionInEachStep()
    {
        // The first deploy, with the connection cut as step 1 starts, then in a re-run as
        // step 2 starts, and so on to the last. Each re-run finds what the cut left
        // (a step half done, or still running on the server) and goes on; the last
        // run completes (fullDeploy), and the end state is a clean deploy's. The cut is
        // a kill(2) the moment the step's header arrives: the processes to kill are
        // looked up before, once the run is connected.
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path());
        const QRegularExpression header(QStringLiteral("^==> \\[(\\d+)/(\\d+)\\]"), QRegularExpression::MultilineOption);
        int steps = 0;
        int cut = 0;
        for (int k = 1; steps == 0 || k <= steps; ++k) {
            QProcess run;
            run.setProcessEnvironment(e);
            run.start(QStringLiteral(ODOO_DEPLOY_BINARY), {"deploy", "--profile", m_profilePath, "--yes",
                                                            "--accept-host-key", env("TESTHOST_FINGERPRINT")});
            QByteArray out;
            const auto waitFor = [&](const QByteArray &text) {
                QElapsedTimer clock;
                clock.start();
                while (!out.contains(text) && run.state() != QProcess::NotRunning && clock.elapsed() < 900000) {
                    run.waitForReadyRead(100);
                    out += run.readAllStandardOutput();
                }
                return out.contains(text);
            };
            QVERIFY2(waitFor("==> [1/"), out.right(2000).constData());
            const QList<int> sessions = sessionProcesses();
            QVERIFY2(!sessions.isEmpty(), "no SSH session was found to cut");
            const bool reached = waitFor(QStringLiteral("==> [%1/").arg(k).toUtf8());
            for (const int pid : sessions)
                ::kill(pid, SIGKILL);
            QVERIFY(run.waitForFinished(900000));
            out += run.readAllStandardOutput();
            const QByteArray err = run.readAllStandardError();
            const QRegularExpressionMatch m = header.match(QString::fromUtf8(out));
            QVERIFY2(m.hasMatch(), (out.right(1500) + err.right(1500)).constData());
            steps = m.captured(2).toInt();
            QString last;
            for (auto it = header.globalMatch(QString::fromUtf8(out)); it.hasNext();)
                last = it.next().captured(1);
            // Cut: the run fails in that step and says why. The last steps are short: one
            // may end before the cut lands, and with it the run.
            if (run.exitCode() == 0) {
                qInfo("cut as step %d of %d started: the run had completed", k, steps);
                QVERIFY2(k >= steps - 1, (QByteArray::number(k) + "\n" + out.right(1500)).constData());
                break;
            }
            qInfo("cut as step %d of %d started: the run failed in step %s", k, steps, qPrintable(last));
            const QByteArray where = "cut as step " + QByteArray::number(k) + " started:\n";
            QVERIFY2(reached && run.exitCode() == 5, (where + out.right(1500) + err.right(1500)).constData());
            QVERIFY2(err.contains("connection was lost"), (where + err.right(1500)).constData());
            QVERIFY(out.contains("FAILED"));
            QVERIFY2(last.toInt() == k, (where + out.right(1500)).constData());
            ++cut;
        }
        QVERIFY2(cut >= steps - 1, qPrintable(QStringLiteral("%1 of %2 steps cut").arg(cut).arg(steps)));
    }

    void fullDeploy()
    {
        // Also the re-run after the dropped connections: it completes, and what follows
        // finds the end state of a clean deploy.
        const auto r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        QVERIFY(!r.out.contains("FAILED"));
        const QString foreign = m_host.notOurStandIn();
        QVERIFY2(foreign.isEmpty(), qPrintable(foreign));

        // From outside: HTTPS on 443 serves the Odoo login through nginx.
        const QString ip = env("TESTHOST_IP");
        auto login = curl({"-k", "-D", "-", QStringLiteral("https://%1/web/login").arg(ip)});
        QCOMPARE(login.exitCode, 0);
        QVERIFY2(login.out.contains("oe_login_form"), login.out.constData());
        const QByteArray headers = login.out.toLower(); // HTTP/2 header names are lower case
        QVERIFY2(headers.contains("server: nginx"), login.out.left(600).constData());
        // nginx added the cookie flags Odoo >= 16 needs behind HTTPS.
        QVERIFY(headers.contains("set-cookie: session_id=") && headers.contains("samesite=lax") && headers.contains("secure"));
        // ... with the certificate the deployment made for this address.
        const auto cert = test::run(QStringLiteral("sh"), {"-c", QStringLiteral("echo | openssl s_client -connect %1:443 2>/dev/null | "
                                                                                 "openssl x509 -noout -ext subjectAltName").arg(ip)});
        QVERIFY2(cert.out.contains(QStringLiteral("IP Address:%1").arg(ip).toUtf8()), cert.out.constData());
        // Port 80 redirects to HTTPS.
        auto http = curl({"-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", QStringLiteral("http://%1/web/login").arg(ip)});
        QCOMPARE(http.out, QStringLiteral("308 https://%1/web/login").arg(ip).toUtf8());
        // The database manager is blocked (disabled in this profile); /web/health answers.
        QCOMPARE(curl({"-k", "-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("https://%1/web/database/manager").arg(ip)}).out, QByteArray("403"));
        QCOMPARE(curl({"-k", QStringLiteral("https://%1/web/health").arg(ip)}).out, QByteArray("{\"status\": \"pass\"}"));
        // 8069 listens on 127.0.0.1 only, and is not reachable from outside.
        QCOMPARE(onHost(QStringLiteral("awk 'NR > 1 && $4 == \"0A\" && $2 ~ /:1F85$/ {print $2}' /proc/net/tcp /proc/net/tcp6")),
                 QByteArray("0100007F:1F85\n"));
        QVERIFY(curl({"-o", "/dev/null", QStringLiteral("http://%1:8069/").arg(ip)}).exitCode != 0);
        // The service runs as the Odoo user; the config's owner and mode are as planned.
        QVERIFY2(onHost(QStringLiteral("ps -o user= -C python3 | sort -u")) == "odoo\n",
                 onHost(QStringLiteral("ps -o user,pid,ppid,etimes,args -C python3")).constData());
        QCOMPARE(onHost(QStringLiteral("stat -c '%U:%G %a' /etc/odoo/odoo.conf")), QByteArray("root:odoo 640\n"));
        // The database exists, is owned by the Odoo role, which is no superuser, and was initialised.
        QCOMPARE(onHost(QStringLiteral("cd / && runuser -u postgres -- psql -tAc \"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'acme'\"")),
                 QByteArray("odoo\n"));
        QCOMPARE(onHost(QStringLiteral("cd / && runuser -u postgres -- psql -tAc \"SELECT rolsuper FROM pg_roles WHERE rolname = 'odoo'\"")),
                 QByteArray("f\n"));
        QCOMPARE(onHost(QStringLiteral("cd / && runuser -u odoo -- psql -d acme -tAc \"SELECT state FROM ir_module_module WHERE name = 'base'\"")),
                 QByteArray("installed\n"));
        // No systemd in the test host: the SysV script runs it, enabled at boot.
        QVERIFY(onHost(QStringLiteral("ls /etc/rc2.d/")).contains("odoo"));
    }

    void checkModeAfterwardsFindsNothing()
    {
        const auto r = deploy({QStringLiteral("--check")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(r.out, "would change"), 0);
        QVERIFY(r.out.contains("check: 0 would change"));
    }

    void tlsScanFindsOnlyWhatASelfSignedCertificateBrings()
    {
        // testssl.sh against what we deployed: nothing of severity MEDIUM or worse except what
        // a self-signed certificate reached by its address brings by nature.
        const QString ip = env("TESTHOST_IP");
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("testssl.json"));
        const auto r = test::run(QStringLiteral("testssl"), {"--quiet", "--color", "0", "--warnings", "off", "--jsonfile", json, ip + ":443"},
                                 {}, 600000);
        QVERIFY2(r.started, "testssl.sh is not installed");
        QFile file(json);
        QVERIFY2(file.open(QIODevice::ReadOnly), r.out.right(3000).constData());
        const QJsonArray findings = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY2(findings.size() > 50, r.out.right(3000).constData()); // it really scanned
        static const QStringList natural{QStringLiteral("cert_chain_of_trust"), QStringLiteral("cert_trust"),
                                         QStringLiteral("cert_revocation"), QStringLiteral("cert_ocspURL"),
                                         QStringLiteral("cert_crlDistributionPoints")};
        QStringList bad;
        bool sawProtocols = false;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            const QString id = f.value(QStringLiteral("id")).toString();
            sawProtocols = sawProtocols || id == QLatin1String("TLS1_3");
            const QString severity = f.value(QStringLiteral("severity")).toString();
            if ((severity == QLatin1String("MEDIUM") || severity == QLatin1String("HIGH") || severity == QLatin1String("CRITICAL"))
                && !natural.contains(id))
                bad << QStringLiteral("%1 %2: %3").arg(severity, id, f.value(QStringLiteral("finding")).toString());
        }
        QVERIFY(sawProtocols);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));

        // The headers it looked for, and compression only where no secret is.
        const QByteArray page = curl({"-k", "-D", "-", "-o", "/dev/null", "-H", "Accept-Encoding: gzip", QStringLiteral("https://%1/web/login").arg(ip)}).out.toLower();
        for (const char *header : {"x-content-type-options: nosniff", "content-security-policy: frame-ancestors 'self'",
                                   "referrer-policy: strict-origin-when-cross-origin"})
            QVERIFY2(page.contains(header), page.constData());
        QVERIFY2(!page.contains("content-encoding"), page.constData());
    }

    void secondRunChangesNothing()
    {
        // (How fast that is: bench/, not a timed test.)
        const auto r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(count(r.out, "changed"), 0);
        QVERIFY(r.out.contains("the server was already as wanted"));
    }

    void firewallLetsInOnlySshHttpAndHttps()
    {
        saveProfile(2, true); // only the firewall differs
        auto r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out.right(2000) + r.err.right(2000)).constData());
        const QByteArray status = onHost(QStringLiteral("ufw status"));
        QVERIFY2(status.contains("Status: active"), status.constData());
        QVERIFY(status.contains("22/tcp") && status.contains("80/tcp") && status.contains("443/tcp"));
        QVERIFY(!status.contains("8069"));
        QVERIFY(r.out.contains("==> [21/22] Firewall")); // the last of the plan; then only the fingerprint is read
        // Still reachable where it should be, and over SSH: a re-run changes nothing.
        QCOMPARE(curl({"-k", "-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("https://%1/web/login").arg(env("TESTHOST_IP"))}).out,
                 QByteArray("200"));
        r = deploy({QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("the server was already as wanted"));
    }

    void changedProfileChangesOnlyWhatItMust()
    {
        const QByteArray pidBefore = onHost(QStringLiteral("cat /run/odoo.pid"));
        saveProfile(4);
        const auto r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList changedSteps;
        QString current;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("==> "))
                current = QString::fromUtf8(line.mid(line.indexOf(']') + 2));
            else if (line.trimmed().startsWith("changed"))
                changedSteps << current;
        }
        QCOMPARE(changedSteps, (QStringList{QStringLiteral("Odoo configuration /etc/odoo/odoo.conf"),
                                            QStringLiteral("Odoo service running, enabled at boot")}));
        QVERIFY(r.out.contains("backed up /etc/odoo/odoo.conf"));
        QCOMPARE(onHost(QStringLiteral("grep -c '^workers = 2$' /etc/odoo/odoo.conf.odoo-deploy-*")), QByteArray("1\n"));
        QCOMPARE(onHost(QStringLiteral("grep '^workers' /etc/odoo/odoo.conf")), QByteArray("workers = 4\n"));
        QVERIFY(onHost(QStringLiteral("cat /run/odoo.pid")) != pidBefore); // restarted
        QCOMPARE(curl({"-k", "-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("https://%1/web/login").arg(env("TESTHOST_IP"))}).out,
                 QByteArray("200"));
    }

    void serviceThatCannotStartFailsWithItsLog()
    {
        // A commit whose odoo-bin dies at once (the fixture's tag 17.0-broken): the service
        // step fails, and says why with what Odoo printed.
        editProfile([](DeploymentProfile &p) { p.odoo.branch = QStringLiteral("17.0-broken"); });
        auto r = deploy({QStringLiteral("--yes")});
        const QByteArray all = r.out + r.err;
        QVERIFY2(r.exitCode != 0, all.right(3000).constData());
        QVERIFY2(r.out.contains("==> [") && r.out.contains("Odoo service running, enabled at boot"), r.out.right(3000).constData());
        QVERIFY2(all.contains("odoo does not answer on port 8069. What it printed last:"), all.right(3000).constData());
        QVERIFY2(all.contains("odoo_missing_dependency"), all.right(3000).constData());
        QVERIFY2(all.contains("The last lines of /var/log/odoo/odoo.log:"), all.right(3000).constData());

        // Back on the branch: the next run repairs it.
        editProfile([](DeploymentProfile &p) { p.odoo.branch.clear(); });
        r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        QCOMPARE(siteStatus(), QByteArray("200"));
    }

    void nginxRefusalPutsBackThePreviousSite()
    {
        // Another file in nginx's configuration that nginx -t refuses, while the site gains
        // HSTS: the run stops with nginx's reason, the previous site file is back and still
        // served, and a run after the file is gone brings the change.
        const QString site = QStringLiteral("/etc/nginx/sites-available/odoo.conf");
        const QByteArray before = onHost(QStringLiteral("cat ") + site);
        QVERIFY(before.contains("server_name"));
        QVERIFY(!before.contains("Strict-Transport-Security"));
        QCOMPARE(m_host.onHost(QStringLiteral("echo 'this is not nginx;' > /etc/nginx/conf.d/decoy.conf")).exitCode, 0);
        editProfile([](DeploymentProfile &p) { p.web.hsts = true; });
        auto r = deploy({QStringLiteral("--yes")});
        const QByteArray all = r.out + r.err;
        QVERIFY2(r.exitCode != 0, all.right(3000).constData());
        QVERIFY2(all.contains("unknown directive \"this\""), all.right(3000).constData()); // nginx's own reason
        QVERIFY2(all.contains("nginx refused the new configuration; putting back the previous one:"), all.right(3000).constData());
        QVERIFY2(all.contains("put back " + site.toUtf8() + " from " + site.toUtf8() + ".odoo-deploy-"), all.right(3000).constData());
        QCOMPARE(onHost(QStringLiteral("cat ") + site), before);
        QCOMPARE(onHost(QStringLiteral("test -e /run/odoo-deploy/odoo.nginx-undo && echo kept || echo gone")), QByteArray("gone\n"));
        const QByteArray headers = curl({"-k", "-D", "-", "-o", "/dev/null", QStringLiteral("https://%1/web/login").arg(env("TESTHOST_IP"))}).out.toLower();
        QVERIFY2(headers.startsWith("http/2 200") && !headers.contains("strict-transport-security"), headers.constData());

        QCOMPARE(m_host.onHost(QStringLiteral("rm /etc/nginx/conf.d/decoy.conf")).exitCode, 0);
        r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        QVERIFY(onHost(QStringLiteral("cat ") + site).contains("Strict-Transport-Security"));
        QVERIFY(curl({"-k", "-D", "-", "-o", "/dev/null", QStringLiteral("https://%1/web/login").arg(env("TESTHOST_IP"))}).out.toLower()
                    .contains("strict-transport-security: max-age="));
    }

    void portTakenByAnotherProgramPutsBackThePreviousSite()
    {
        // nginx -t does not bind ports, and a reload that cannot bind keeps the old
        // configuration without a word. The site without HTTPS, a decoy on 443, then HTTPS
        // again: the run must fail, say who holds the port, and put the old site back.
        editProfile([](DeploymentProfile &p) {
            p.web.certificate = CertificateMode::None;
            p.web.hsts = false; // HSTS needs HTTPS (the profile refuses the pair)
        });
        auto r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        const QString site = QStringLiteral("/etc/nginx/sites-available/odoo.conf");
        const QByteArray httpOnly = onHost(QStringLiteral("cat ") + site);
        QVERIFY(!httpOnly.contains("443"));
        QCOMPARE(m_host.onHost(QStringLiteral("setsid python3 -m http.server --bind 0.0.0.0 443 >/dev/null 2>&1 < /dev/null & "
                                              "for i in $(seq 50); do awk 'NR > 1 && $4 == \"0A\" && $2 ~ /:01BB$/' /proc/net/tcp | grep -q . && exit 0; "
                                              "sleep 0.1; done; exit 1")).exitCode, 0);
        // [.]: the pattern must not match the shell that runs pkill itself.
        auto stopDecoy = qScopeGuard([this] { m_host.onHost(QStringLiteral("pkill -f 'http[.]server --bind 0.0.0.0 443'")); });

        editProfile([](DeploymentProfile &p) { p.web.certificate = CertificateMode::SelfSigned; });
        r = deploy({QStringLiteral("--yes")});
        const QByteArray all = r.out + r.err;
        QVERIFY2(r.exitCode != 0, all.right(3000).constData());
        QVERIFY2(all.contains("nginx kept its previous configuration after the reload."), all.right(3000).constData());
        QVERIFY2(all.contains("Port 443 is held by another program (python3), so nginx cannot take it."), all.right(3000).constData());
        QVERIFY2(all.contains("bind() to 0.0.0.0:443 failed"), all.right(3000).constData()); // nginx's own words
        QVERIFY2(all.contains("put back " + site.toUtf8()), all.right(3000).constData());
        QCOMPARE(onHost(QStringLiteral("cat ") + site), httpOnly);
        // Still served as before the run: plain HTTP, no redirect.
        QCOMPARE(curl({"-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("http://%1/web/login").arg(env("TESTHOST_IP"))}).out, QByteArray("200"));

        // The decoy gone, the next run brings HTTPS.
        stopDecoy.dismiss();
        QCOMPARE(m_host.onHost(QStringLiteral("pkill -f 'http[.]server --bind 0.0.0.0 443'")).exitCode, 0);
        r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        QCOMPARE(siteStatus(), QByteArray("200"));
        QCOMPARE(curl({"-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("http://%1/web/login").arg(env("TESTHOST_IP"))}).out, QByteArray("308"));
    }

    void fullDiskLeavesNoHalfWrittenFile()
    {
        // /etc/odoo on a small tmpfs holding what was there. Full: the backup of odoo.conf
        // fails. One page left: the backup fits, the new file does not. Either way the old
        // file stays whole, and nothing half-written is left beside it.
        QCOMPARE(m_host.onHost(QStringLiteral(
                     "rm -rf /root/etc-odoo && cp -a /etc/odoo /root/etc-odoo && "
                     "mount -t tmpfs -o size=512k tmpfs /etc/odoo && "
                     "cp -a /root/etc-odoo/. /etc/odoo/ && chown --reference=/root/etc-odoo /etc/odoo && "
                     "chmod --reference=/root/etc-odoo /etc/odoo && "
                     "{ dd if=/dev/zero of=/etc/odoo/filler bs=4k 2>/dev/null || true; }")).exitCode, 0);
        auto cleanup = qScopeGuard([this] { m_host.onHost(QStringLiteral("umount /etc/odoo; rm -rf /root/etc-odoo")); });
        const QByteArray listing = onHost(QStringLiteral("ls -A /etc/odoo"));
        const QByteArray conf = onHost(QStringLiteral("cat /etc/odoo/odoo.conf"));
        QVERIFY(conf.contains("workers = 4\n"));
        editProfile([](DeploymentProfile &p) { p.performance.workers = 3; });

        auto r = deploy({QStringLiteral("--yes")});
        QByteArray all = r.out + r.err;
        QVERIFY2(r.exitCode != 0, all.right(3000).constData());
        QVERIFY2(all.contains("could not back up /etc/odoo/odoo.conf; it is unchanged"), all.right(3000).constData());
        QCOMPARE(onHost(QStringLiteral("ls -A /etc/odoo")), listing);
        QCOMPARE(onHost(QStringLiteral("cat /etc/odoo/odoo.conf")), conf);

        QCOMPARE(m_host.onHost(QStringLiteral("truncate -s -4096 /etc/odoo/filler")).exitCode, 0);
        r = deploy({QStringLiteral("--yes")});
        all = r.out + r.err;
        QVERIFY2(r.exitCode != 0, all.right(3000).constData());
        QVERIFY2(all.contains("backed up /etc/odoo/odoo.conf"), all.right(3000).constData()); // this time the copy fitted
        QVERIFY2(all.contains("could not write /etc/odoo/odoo.conf; it is unchanged"), all.right(3000).constData());
        QCOMPARE(onHost(QStringLiteral("ls -A /etc/odoo")), listing);
        QCOMPARE(onHost(QStringLiteral("cat /etc/odoo/odoo.conf")), conf);
        QCOMPARE(siteStatus(), QByteArray("200")); // Odoo was not restarted with half a file

        // Room again: the run completes.
        cleanup.dismiss();
        QCOMPARE(m_host.onHost(QStringLiteral("umount /etc/odoo && rm -rf /root/etc-odoo")).exitCode, 0);
        r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
        QCOMPARE(onHost(QStringLiteral("grep '^workers' /etc/odoo/odoo.conf")), QByteArray("workers = 3\n"));

        // The host as changedProfileChangesOnlyWhatItMust left it, which the wizard's and
        // the maintenance tests after this one expect (4 workers, no HSTS).
        editProfile([](DeploymentProfile &p) {
            p.performance.workers = 4;
            p.web.hsts = false;
        });
        r = deploy({QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, (r.out.right(3000) + r.err.right(2000)).constData());
    }

    void healthCheckThroughTheTunnel()
    {
        // The deploy recorded the self-signed certificate's fingerprint in the profile.
        const QString pin = ProfileJson::load(m_profilePath).profile.web.certificatePin;
        QVERIFY(!pin.isEmpty());
        QVERIFY(onHost(QStringLiteral("openssl x509 -in /etc/ssl/certs/odoo-selfsigned.crt -noout -fingerprint -sha256")).contains(pin.toUtf8()));

        const auto [code, report] = check();
        QVERIFY2(code == 1, text(report).constData()); // yellow: a self-signed certificate needs attention
        QCOMPARE(report.value(QStringLiteral("overall")).toString(), QStringLiteral("yellow"));
        QCOMPARE(result(report, QStringLiteral("https")).value(QStringLiteral("light")).toString(), QStringLiteral("yellow"));
        QVERIFY(result(report, QStringLiteral("https")).value(QStringLiteral("reason")).toString().contains(QStringLiteral("self-signed")));
        for (const QString &id : {QStringLiteral("service"), QStringLiteral("odoo"), QStringLiteral("realtime"),
                                  QStringLiteral("http"), QStringLiteral("database-manager")})
            QVERIFY2(result(report, id).value(QStringLiteral("light")).toString() == QStringLiteral("green"), text(report).constData());
        // Odoo listens on the server's loopback only (not reachable from here, see
        // fullDeploy), yet the check reached it: through the SSH tunnel.
        QVERIFY(result(report, QStringLiteral("odoo")).value(QStringLiteral("reason")).toString().contains(QStringLiteral("SSH tunnel")));
        QVERIFY(curl({"-o", "/dev/null", QStringLiteral("http://%1:8069/").arg(env("TESTHOST_IP"))}).exitCode != 0);
    }

    void testSpeaksCurlWithThePinnedKey()
    {
        // The Test button, headless: libcurl's transcript, and a command for the real curl
        // that pins the certificate's key and gets the same answer from the host.
        const auto r = m_host.cli(m_home.path(), QStringList{"check", "--profile", m_profilePath, "--test"}, 60000);
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        for (const QByteArray &expected : {QByteArray("* SSL connection using TLSv1.3"), QByteArray("* ALPN: server accepted h2"),
                                           QByteArray("*  public key hash: sha256//"), QByteArray("> GET / HTTP/2"), QByteArray("< HTTP/2 303"),
                                           QByteArray("< location: https://"), QByteArray("trusted by its recorded SHA-256 fingerprint")})
            QVERIFY2(r.out.contains(expected), expected + " missing in:\n" + r.out);
        const QByteArray command = r.out.mid(r.out.indexOf("The same with curl:\n") + 20).trimmed();
        QVERIFY2(command.startsWith("curl -v ") && command.contains("--pinnedpubkey sha256//"), command.constData());
        const auto curl = test::run(QStringLiteral("sh"), {"-c", QString::fromUtf8(command)});
        QVERIFY2(curl.exitCode == 0 && curl.err.contains("< HTTP/2 303"), command + "\n" + curl.err);
    }

    void healthCheckSeesAStoppedBackend()
    {
        onHost(QStringLiteral("service odoo stop"));
        auto [code, report] = check();
        QVERIFY2(code == 2, text(report).constData());
        const QJsonObject https = result(report, QStringLiteral("https"));
        QCOMPARE(https.value(QStringLiteral("light")).toString(), QStringLiteral("red"));
        QVERIFY2(https.value(QStringLiteral("reason")).toString().contains(QStringLiteral("502")), text(https).constData());
        const QJsonObject odoo = result(report, QStringLiteral("odoo"));
        QCOMPARE(odoo.value(QStringLiteral("light")).toString(), QStringLiteral("red"));
        // The server's own reason, through the tunnel: nothing listens on its 8069.
        QVERIFY2(odoo.value(QStringLiteral("reason")).toString().contains(QStringLiteral("127.0.0.1:8069")), text(odoo).constData());
        QCOMPARE(result(report, QStringLiteral("service")).value(QStringLiteral("light")).toString(), QStringLiteral("red"));
        // Red: the last lines of both logs come along.
        QVERIFY2(report.value(QStringLiteral("odooLog")).toString().contains(QStringLiteral("Stopping gracefully")), text(report).constData());
        QVERIFY2(report.value(QStringLiteral("nginxLog")).toString().contains(QStringLiteral("connect() failed")), text(report).constData());

        onHost(QStringLiteral("service odoo start"));
        QTRY_COMPARE_WITH_TIMEOUT(check().first, 1, 20000);
    }

    void healthCheckRefusesAnotherCertificate()
    {
        ProfileLoadResult loaded = ProfileJson::load(m_profilePath);
        const QString recorded = loaded.profile.web.certificatePin;
        loaded.profile.web.certificatePin = QStringLiteral("AB:").repeated(31) + QStringLiteral("CD");
        QString error;
        QVERIFY(ProfileJson::save(loaded.profile, m_profilePath, &error));
        const auto [code, report] = check();
        QCOMPARE(code, 2);
        QVERIFY(result(report, QStringLiteral("https")).value(QStringLiteral("reason")).toString().contains(QStringLiteral("mismatch")));
        loaded.profile.web.certificatePin = recorded;
        QVERIFY(ProfileJson::save(loaded.profile, m_profilePath, &error));
    }

    test::ProcessResult backup(const QStringList &extra)
    {
        return m_host.cli(m_home.path(), QStringList{"backup", "--profile", m_profilePath, "--accept-host-key",
                                                     env("TESTHOST_FINGERPRINT")} + extra);
    }
    QStringList backupsOnHost()
    {
        return QString::fromUtf8(onHost(QStringLiteral("ls -1 /var/backups/odoo-deploy/odoo 2>/dev/null"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    void backupIsRestorableByHandAndRecorded()
    {
        // Data of our own in the database and the filestore, to find in the backup.
        QCOMPARE(m_host.onHost(QStringLiteral("runuser -u postgres -- psql -X -q -d acme -c "
                                              "\"CREATE TABLE IF NOT EXISTS backup_marker (v text); INSERT INTO backup_marker VALUES ('before backup')\"")).exitCode, 0);
        QCOMPARE(m_host.onHost(QStringLiteral("install -d -o odoo -g odoo /var/lib/odoo/filestore/acme/3f && "
                                              "head -c 200000 /dev/urandom > /var/lib/odoo/filestore/acme/3f/3fa2 && chown odoo:odoo /var/lib/odoo/filestore/acme/3f/3fa2")).exitCode, 0);
        const QByteArray attachment = onHost(QStringLiteral("sha256sum < /var/lib/odoo/filestore/acme/3f/3fa2")).left(64);
        QCOMPARE(attachment.size(), 64);

        // Check mode writes nothing and says how much it would take.
        const auto dry = backup({"--check"});
        QVERIFY2(dry.exitCode == 0, (dry.out + dry.err).constData());
        QVERIFY2(dry.out.contains("would write /var/backups/odoo-deploy/odoo/"), dry.out.constData());
        QVERIFY(backupsOnHost().isEmpty());
        // Without --yes and without a terminal: asked, not done.
        const auto unasked = backup({});
        QCOMPARE(unasked.exitCode, 1);
        QVERIFY2(unasked.err.contains("--yes"), unasked.err.constData());
        QVERIFY(backupsOnHost().isEmpty());

        const auto r = backup({"--yes"});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QRegularExpression written(QStringLiteral("Backup written: (/var/backups/odoo-deploy/odoo/[0-9]{8}T[0-9]{6}Z-([0-9a-f]{12}))"));
        const QRegularExpressionMatch m = written.match(QString::fromUtf8(r.out));
        QVERIFY2(m.hasMatch(), r.out.constData());
        const QString folder = m.captured(1);
        // As the checkout's owner: git refuses another user's repository (safe.directory).
        const QByteArray head = onHost(QStringLiteral("runuser -u odoo -- git -C /opt/odoo/src rev-parse HEAD")).trimmed();
        QCOMPARE(head.size(), 40);
        QVERIFY(head.startsWith(m.captured(2).toUtf8())); // named with the running commit
        QCOMPARE(onHost(QStringLiteral("cat %1/commit").arg(folder)).trimmed(), head);
        QCOMPARE(onHost(QStringLiteral("stat -c %a %1").arg(folder)).trimmed(), QByteArray("700"));
        QCOMPARE(m_host.onHost(QStringLiteral("cd %1 && sha256sum --quiet -c SHA256SUMS").arg(folder)).exitCode, 0);
        QVERIFY(backupsOnHost().size() == 1); // no .partial left behind

        // Restorable by hand, as the README says: the dump into a new database, the
        // filestore unpacked byte for byte.
        // The folder is root's only: the dump goes to pg_restore on its standard input.
        const auto restored = m_host.onHost(QStringLiteral(
            "cd / && runuser -u postgres -- createdb -O odoo acme_restored && "
            "runuser -u postgres -- pg_restore --no-owner --role=odoo -d acme_restored < %1/database.dump && "
            "runuser -u postgres -- psql -X -tA -d acme_restored -c 'SELECT v FROM backup_marker'").arg(folder));
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(restored.out.trimmed(), QByteArray("before backup"));
        QCOMPARE(onHost(QStringLiteral("tar -xzOf %1/filestore.tar.gz acme/3f/3fa2 | sha256sum").arg(folder)).left(64), attachment);
        m_host.onHost(QStringLiteral("runuser -u postgres -- dropdb acme_restored"));

        // The journal of the deployment state records it (and the deploys before it).
        const DeploymentProfile profile = ProfileJson::load(m_profilePath).profile;
        QFile state(m_home.filePath(QStringLiteral(".local/share/odoo-deploy/state/%1.json").arg(profile.keychainId)));
        QVERIFY2(state.open(QIODevice::ReadOnly), qPrintable(state.fileName()));
        const QJsonArray journal = QJsonDocument::fromJson(state.readAll()).object().value(QStringLiteral("journal")).toArray();
        QVERIFY(!journal.isEmpty());
        const QJsonObject last = journal.last().toObject();
        QCOMPARE(last.value(QStringLiteral("operation")).toString(), QStringLiteral("backup"));
        QVERIFY(last.value(QStringLiteral("success")).toBool());
        QCOMPARE(last.value(QStringLiteral("details")).toObject().value(QStringLiteral("backup")).toString(), folder);
        QCOMPARE(last.value(QStringLiteral("details")).toObject().value(QStringLiteral("commit")).toString().toUtf8(), head);
        QVERIFY(QJsonDocument(journal).toJson().contains("\"operation\": \"deploy\""));
        QVERIFY(!QJsonDocument(journal).toJson().contains("\"operation\": \"backup-check\"")); // reading is not journaled
    }

    void backupsBeyondTheCountGo()
    {
        ProfileLoadResult loaded = ProfileJson::load(m_profilePath);
        loaded.profile.backup.keep = 2;
        QString error;
        QVERIFY(ProfileJson::save(loaded.profile, m_profilePath, &error));
        const QStringList before = backupsOnHost();
        QCOMPARE(before.size(), 1);
        for (int i = 0; i < 2; ++i) {
            const auto r = backup({"--yes"});
            QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        }
        const QStringList after = backupsOnHost();
        QCOMPARE(after.size(), 2);
        QVERIFY(!after.contains(before.first())); // the oldest went
        QVERIFY(after.at(0) < after.at(1));
    }

    void backupWithoutRoomWritesNothing()
    {
        // A 1 MiB file system where the backups go: the database alone is bigger.
        QCOMPARE(m_host.onHost(QStringLiteral("mkdir -p /var/backups/odoo-deploy/odoo && "
                                              "mount -t tmpfs -o size=1m tmpfs /var/backups/odoo-deploy/odoo")).exitCode, 0);
        const auto r = backup({"--yes"});
        const QStringList inside = backupsOnHost();
        m_host.onHost(QStringLiteral("umount /var/backups/odoo-deploy/odoo"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("A backup needs about") && r.err.contains("Nothing was written"), r.err.constData());
        QVERIFY2(inside.isEmpty(), qPrintable(inside.join(QLatin1Char(' '))));
        QVERIFY(backupsOnHost().size() == 2); // the earlier ones, under the mount, untouched
    }

    test::ProcessResult restore(const QStringList &extra)
    {
        return m_host.cli(m_home.path(), QStringList{"restore", "--profile", m_profilePath, "--accept-host-key",
                                                     env("TESTHOST_FINGERPRINT")} + extra);
    }
    QByteArray markers() { return onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -tA -d acme -c 'SELECT v FROM backup_marker ORDER BY v'")); }

    void restoreBringsBackTheDataAndKeepsWhatWasThere()
    {
        const QStringList backups = backupsOnHost();
        QCOMPARE(backups.size(), 2);
        const auto listed = restore({"--list"});
        QVERIFY2(listed.exitCode == 0, (listed.out + listed.err).constData());
        for (const QString &name : backups)
            QVERIFY2(listed.out.contains((name + QStringLiteral(" acme ")).toUtf8()), listed.out.constData());

        // After the backups: data and an attachment change.
        const QByteArray attachment = onHost(QStringLiteral("tar -xzOf /var/backups/odoo-deploy/odoo/%1/filestore.tar.gz acme/3f/3fa2 | sha256sum").arg(backups.last())).left(64);
        QCOMPARE(m_host.onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -q -d acme -c \"INSERT INTO backup_marker VALUES ('after backup')\" && "
                                              "echo changed > /var/lib/odoo/filestore/acme/3f/3fa2")).exitCode, 0);
        QCOMPARE(markers(), QByteArray("after backup\nbefore backup\n"));

        // A name that is not a backup folder never reaches the server.
        const auto smuggled = restore({"--backup", "../../../etc", "--yes"});
        QCOMPARE(smuggled.exitCode, 1);
        QVERIFY2(smuggled.err.contains("not the name of a backup folder"), smuggled.err.constData());
        // Check mode says what it would do and changes nothing.
        const auto dry = restore({"--backup", backups.first(), "--check"});
        QVERIFY2(dry.exitCode == 0, (dry.out + dry.err).constData());
        QVERIFY2(dry.out.contains("would restore /var/backups/odoo-deploy/odoo/" + backups.first().toUtf8()), dry.out.constData());
        QCOMPARE(markers(), QByteArray("after backup\nbefore backup\n"));

        // "latest" is the newest backup the journal knows of.
        const auto r = restore({"--backup", "latest", "--yes"});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("restored=/var/backups/odoo-deploy/odoo/" + backups.last().toUtf8()), r.out.constData());
        QCOMPARE(markers(), QByteArray("before backup\n"));
        QCOMPARE(onHost(QStringLiteral("sha256sum < /var/lib/odoo/filestore/acme/3f/3fa2")).left(64), attachment);
        QCOMPARE(onHost(QStringLiteral("stat -c %U /var/lib/odoo/filestore/acme/3f/3fa2")).trimmed(), QByteArray("odoo"));
        // What was there is kept, under another name.
        const QRegularExpressionMatch kept = QRegularExpression(QStringLiteral("kept=(acme-before-restore-[0-9T]+Z)")).match(QString::fromUtf8(r.out));
        QVERIFY2(kept.hasMatch(), r.out.constData());
        QCOMPARE(onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -tA -d %1 -c 'SELECT count(*) FROM backup_marker'").arg(kept.captured(1))).trimmed(),
                 QByteArray("2"));
        QCOMPARE(onHost(QStringLiteral("cat /var/lib/odoo/filestore/acme-before-restore-*/3f/3fa2")).trimmed(), QByteArray("changed"));
        // The service runs again: the health check is as green as a self-signed site gets.
        QCOMPARE(check().first, 1);

        // The journal has it.
        const DeploymentProfile profile = ProfileJson::load(m_profilePath).profile;
        QFile state(m_home.filePath(QStringLiteral(".local/share/odoo-deploy/state/%1.json").arg(profile.keychainId)));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject last = QJsonDocument::fromJson(state.readAll()).object().value(QStringLiteral("journal")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("operation")).toString(), QStringLiteral("restore"));
        QCOMPARE(last.value(QStringLiteral("details")).toObject().value(QStringLiteral("kept")).toString(), kept.captured(1));
    }

    void restoreRefusesADamagedOrForeignBackup()
    {
        const QStringList backups = backupsOnHost();
        const QString first = QStringLiteral("/var/backups/odoo-deploy/odoo/") + backups.first();
        // Of another database: refused unless said so.
        QCOMPARE(m_host.onHost(QStringLiteral("cd %1 && echo other > database-name && sha256sum database.dump filestore.tar.gz commit database-name > SHA256SUMS").arg(first)).exitCode, 0);
        auto r = restore({"--backup", backups.first(), "--yes"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("is of the database other, not acme") && r.err.contains("Nothing was changed"), r.err.constData());
        // Damaged: the checksums do not match.
        QCOMPARE(m_host.onHost(QStringLiteral("echo x >> %1/database.dump").arg(first)).exitCode, 0);
        r = restore({"--backup", backups.first(), "--other-database", "--yes"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("is damaged"), r.err.constData());
        QCOMPARE(markers(), QByteArray("before backup\n")); // untouched
        QCOMPARE(check().first, 1);
    }

    void backupDownloadsToThisComputer()
    {
        // A new backup, downloaded over SFTP on the same connection: what arrives is what
        // the server wrote, and the server's own SHA256SUMS says so.
        QTemporaryDir local;
        const auto r = backup({"--yes", "--download-to", local.path()});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QString name = backupsOnHost().last();
        const QString folder = local.filePath(name);
        QVERIFY2(r.out.contains(QStringLiteral("Downloaded to %1; checksums verified.").arg(folder).toUtf8()), r.out.constData());
        const QByteArray serverSums = onHost(QStringLiteral("cat /var/backups/odoo-deploy/odoo/%1/SHA256SUMS").arg(name));
        QFile sums(folder + QStringLiteral("/SHA256SUMS"));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        QCOMPARE(sums.readAll(), serverSums);
        const auto verified = test::run(QStringLiteral("sh"), {"-c", QStringLiteral("cd '%1' && sha256sum -c SHA256SUMS").arg(folder)});
        QVERIFY2(verified.exitCode == 0, (verified.out + verified.err).constData());
        QCOMPARE(test::run(QStringLiteral("sha256sum"), {folder + QStringLiteral("/database.dump")}).out.left(64),
                 onHost(QStringLiteral("sha256sum /var/backups/odoo-deploy/odoo/%1/database.dump").arg(name)).left(64));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 5); // no .part left

        // Again, by name: there already, nothing fetched; a name that is no backup never leaves.
        const auto again = m_host.cli(m_home.path(), QStringList{"download", "--profile", m_profilePath, "--accept-host-key",
                                                                 env("TESTHOST_FINGERPRINT"), "--backup", name, "--to", local.path()});
        QVERIFY2(again.exitCode == 0 && again.out.contains("there already"), (again.out + again.err).constData());
        const auto smuggled = m_host.cli(m_home.path(), QStringList{"download", "--profile", m_profilePath, "--backup", "../../etc", "--to", local.path()});
        QCOMPARE(smuggled.exitCode, 1);
        QVERIFY2(smuggled.err.contains("not the name of a backup folder"), smuggled.err.constData());
    }

    void noSecretIsWrittenDown()
    {
        // The only secret of this scenario (root logs in with a key without passphrase):
        // not in any file here (profile, run logs, state, the downloads) or on the host.
        const QString found = m_host.secretsWrittenDown(m_home.path(), {{QStringLiteral("master password"), m_masterPassword}}, 10);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestE2eDeploy)
#include "tst_e2e_deploy.moc"
