#include "base/DeploymentPaths.h"
#include "profile/ProfileJson.h"

#include "DeployWizard.h"
#include "LogPane.h"
#include "MaintainPage.h"
#include "ProfileModel.h"
#include "ServersHealthPage.h"
#include "ServersRunPage.h"
#include "StepList.h"

#include "FakePrompts.h"
#include "MemorySecretStore.h"
#include "TestHost.h"
#include "TestProfiles.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QtTest>

using namespace odoodeploy;

// A deployment on four fresh Debian 12 servers on one bridge (testbed.sh, a ctest
// fixture): the database (and, later, the filestore) on `db`, Odoo on `app1` and
// `app2`, nginx on `proxy`, with the firewall on. Deployed by `odoo-deploy deploy` in
// its phases; then what each server lets in is tried from the others and from this
// machine (on the bridge too: "outside").
class TestE2eTopology : public QObject
{
    Q_OBJECT
    QString m_state = qEnvironmentVariable("ODOO_DEPLOY_TESTBED");
    QMap<QString, test::TestHost> m_servers;
    QTemporaryDir m_home;
    QString m_profilePath;
    DeploymentProfile m_profile;
    QString m_attachmentMarker; // in an attachment uploaded through app1
    static constexpr const char *kPassword = "e2e-database-password-0123456789";

    const test::TestHost &server(const char *name) const { return m_servers.find(QString::fromLatin1(name)).value(); }
    QString ip(const char *name) const { return server(name).value("TESTHOST_IP"); }

    // `odoo-deploy <name> --profile … --accept-host-key <each server's key> <extra>`.
    test::ProcessResult command(const char *name, const QStringList &extra, int timeoutMs = 600000) const
    {
        QStringList args{QString::fromLatin1(name), QStringLiteral("--profile"), m_profilePath};
        for (const test::TestHost &s : std::as_const(m_servers))
            args << QStringLiteral("--accept-host-key") << s.value("TESTHOST_FINGERPRINT");
        return test::TestHost::cli(m_home.path(), args + extra, timeoutMs);
    }
    test::ProcessResult deploy(const QStringList &extra = {QStringLiteral("--yes")}) { return command("deploy", extra, 1800000); }
    // Whether a TCP connection from `from` (a server's name, or "" for this machine)
    // to address:port is accepted within 5 seconds.
    bool reaches(const char *from, const QString &address, int port) const
    {
        const QString connect = QStringLiteral("timeout 5 bash -c 'exec 3<>/dev/tcp/%1/%2' 2>/dev/null && echo open").arg(address).arg(port);
        if (!*from)
            return test::run(QStringLiteral("bash"), {QStringLiteral("-c"), connect}).out.trimmed() == "open";
        return server(from).onHost(connect).out.trimmed() == "open";
    }
    // `check --json` on the whole deployment: its exit code and report.
    QPair<int, QJsonObject> check() const
    {
        const test::ProcessResult r = test::TestHost::cli(m_home.path(), {QStringLiteral("check"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("--json")}, 120000);
        return {r.exitCode, QJsonDocument::fromJson(r.out).object()};
    }
    // The light of check `id` of `server` ("" for the site) in such a report, and its reason.
    static QPair<QString, QString> light(const QJsonObject &report, const QString &server, const QString &id)
    {
        QJsonObject part = report.value(QStringLiteral("site")).toObject();
        for (const QJsonValue v : report.value(QStringLiteral("servers")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == server)
                part = v.toObject();
        for (const QJsonValue v : part.value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return {v.toObject().value(QStringLiteral("light")).toString(), v.toObject().value(QStringLiteral("reason")).toString()};
        return {QStringLiteral("missing"), QString()};
    }
    static QByteArray text(const QJsonObject &report) { return QJsonDocument(report).toJson(); }
    // psql on the database server, as PostgreSQL's superuser, in the deployment's database.
    test::ProcessResult sql(const QByteArray &statements) const
    {
        return server("db").onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -qtA -v ON_ERROR_STOP=1 -d %1 -c \"%2\"")
                                       .arg(m_profile.odoo.database, QString::fromUtf8(statements)));
    }
    // Every server's checks green, and the site's but for its self-signed certificate.
    bool everyServerServes() const
    {
        const auto [code, report] = check();
        const QStringList warned = notGreen(report);
        return code == 1 && warned.size() == 1 && warned.first().startsWith(QLatin1String("site/https: yellow: Works, but: self-signed"));
    }
    // The checks of such a report that are not green: "server/id: light: reason" (the site as "site").
    static QStringList notGreen(const QJsonObject &report)
    {
        QStringList out;
        QList<QPair<QString, QJsonObject>> parts{{QStringLiteral("site"), report.value(QStringLiteral("site")).toObject()}};
        for (const QJsonValue v : report.value(QStringLiteral("servers")).toArray())
            parts.append({v.toObject().value(QStringLiteral("name")).toString(), v.toObject()});
        for (const auto &[name, part] : parts)
            for (const QJsonValue v : part.value(QStringLiteral("checks")).toArray())
                if (const QJsonObject c = v.toObject(); c.value(QStringLiteral("light")).toString() != QLatin1String("green"))
                    out << QStringLiteral("%1/%2: %3: %4 %5").arg(name, c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("light")).toString(),
                                                               c.value(QStringLiteral("reason")).toString(), c.value(QStringLiteral("details")).toString().left(800));
        return out;
    }
    // The titles of the steps that changed something on `server`, from deploy's output
    // (its lines are tagged "[server] "; the app servers' interleave).
    static QStringList changedOn(const QByteArray &output, const QString &server)
    {
        const QString tag = QLatin1Char('[') + server + QStringLiteral("] ");
        QStringList changed;
        QString step;
        for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
            if (!line.startsWith(tag))
                continue;
            const QString rest = line.mid(tag.size());
            if (rest.startsWith(QLatin1String("==> ")))
                step = rest.section(QLatin1Char(' '), 2, -1); // after "==> [i/n]"
            else if (rest.startsWith(QLatin1String("    changed (")))
                changed << step;
        }
        return changed;
    }
    // This process as the wizard, for as long as it lives: the home the command line used
    // (its known hosts and state), the database password in the keychain (as the wizard's
    // first deployment leaves it), and a user who trusts a key only when it is one of the
    // test servers'.
    struct BedPrompts : test::FakePrompts {
        QStringList fingerprints;
        void askHostKey(QWidget *, const QString &message, const QString &fingerprint, Consent answer) override
        {
            asked << message;
            answer(fingerprints.contains(fingerprint));
        }
    };
    struct AsTheWizard {
        QByteArray home = qgetenv("HOME");
        BedPrompts prompts;
        mutable test::MemorySecretStore keychain;
        explicit AsTheWizard(const TestE2eTopology &t)
        {
            qputenv("HOME", t.m_home.path().toUtf8());
            for (const test::TestHost &s : std::as_const(t.m_servers))
                prompts.fingerprints << s.value("TESTHOST_FINGERPRINT");
            Prompts::setInstance(&prompts);
            keychain.values.insert(SecretStore::keyFor(t.m_profile.keychainId, SecretKind::DatabasePassword), QString::fromLatin1(kPassword));
        }
        ~AsTheWizard()
        {
            Prompts::setInstance(nullptr);
            qputenv("HOME", home);
        }
    };

    static QString tail(const test::ProcessResult &r)
    {
        return QString::fromUtf8(r.out.right(6000) + "\n--- stderr ---\n" + r.err.right(4000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_state.isEmpty())
            QSKIP("no test bed (run under ctest as root: the e2e_testbed fixture)");
        QFile env(m_state + QStringLiteral("/env"));
        if (!env.open(QIODevice::ReadOnly))
            QSKIP("no test bed (testbed.sh needs root)");
        QByteArray names;
        for (const QByteArray &line : env.readAll().split('\n'))
            if (line.startsWith("TESTBED_SERVERS="))
                names = line.mid(16);
        for (const QByteArray &name : names.split(' ')) {
            const test::TestHost host(m_state + QLatin1Char('/') + QString::fromLatin1(name));
            QVERIFY2(host.running(), name.constData());
            m_servers.insert(QString::fromLatin1(name), host);
        }
        QCOMPARE(m_servers.keys(), (QStringList{"app1", "app2", "app3", "db", "proxy"})); // app3 joins at the end

        // One profile: the site at the proxy's address, each server by its own key.
        m_profile = server("app1").profile(QStringLiteral("topology"));
        m_profile.web.domain = ip("proxy");
        m_profile.web.firewall = true;
        const auto host = [&](const char *name, HostRoles roles) {
            TopologyHost h;
            h.name = QString::fromLatin1(name);
            h.roles = roles;
            h.privateAddress = ip(name);
            h.server = server(name).profile(QString()).server;
            return h;
        };
        m_profile.topology.hosts = {host("db", HostRole::Database | HostRole::Files), host("app1", HostRole::App),
                                    host("app2", HostRole::App), host("proxy", HostRole::Proxy)};
        m_profilePath = m_home.filePath(QStringLiteral("topology.json"));
        QString error;
        QVERIFY2(ProfileJson::save(m_profile, m_profilePath, &error), qPrintable(error));
        // No keychain here: the password the automation would give.
        qputenv("ODOO_DEPLOY_DATABASE_PASSWORD", kPassword);
    }

    void deployServesTheLoginThroughTheProxy()
    {
        const test::ProcessResult r = deploy();
        QVERIFY2(r.exitCode == 0, qPrintable(tail(r)));
        for (const char *line : {"=== phase 1: db\n", "=== phase 2: app1, app2\n", "=== phase 3: proxy\n"})
            QVERIFY2(r.out.contains(line), line);
        QVERIFY2(r.out.contains("[app2] ==> ") && r.out.contains("Wait until app1 has initialised the database"), qPrintable(tail(r)));
        // Our own stand-in, cloned by each app server from the bed's git daemon.
        for (const char *app : {"app1", "app2"})
            QVERIFY2(server(app).notOurStandIn().isEmpty(), qPrintable(server(app).notOurStandIn()));

        const test::ProcessResult login = test::run(QStringLiteral("curl"), {"-sk", "--max-time", "10", QStringLiteral("https://%1/web/login").arg(ip("proxy"))});
        QVERIFY2(login.out.contains("oe_login_form"), login.out.constData());
        const test::ProcessResult redirect =
            test::run(QStringLiteral("curl"), {"-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "10", QStringLiteral("http://%1/").arg(ip("proxy"))});
        QCOMPARE(redirect.out, QByteArray("308"));

        // The proxy's certificate, pinned in the profile for the health check.
        const ProfileLoadResult saved = ProfileJson::load(m_profilePath);
        QVERIFY(saved.ok);
        const QByteArray pin = server("proxy").onHost(QStringLiteral("openssl x509 -noout -fingerprint -sha256 -in ") + DeploymentPaths::of(m_profile).certificate).out;
        QVERIFY2(!saved.profile.web.certificatePin.isEmpty() && pin.contains(saved.profile.web.certificatePin.toLatin1()),
                 qPrintable(saved.profile.web.certificatePin + QLatin1String(" / ") + QString::fromLatin1(pin)));
    }

    void theDatabaseLetsInOnlyTheAppServersOverTls()
    {
        const QString db = ip("db");
        const QString psql = QStringLiteral("PGPASSWORD=%1 PGCONNECT_TIMEOUT=5 psql -X -tA 'host=%2 dbname=acme user=odoo sslmode=%3' -c 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()'");
        for (const char *app : {"app1", "app2"}) {
            const test::ProcessResult tls = server(app).onHost(psql.arg(QLatin1String(kPassword), db, QStringLiteral("require")));
            QVERIFY2(tls.out.trimmed() == "t", qPrintable(QString::fromUtf8(tls.out + tls.err)));
            const test::ProcessResult plain = server(app).onHost(psql.arg(QLatin1String(kPassword), db, QStringLiteral("disable")));
            QVERIFY2(plain.exitCode != 0 && plain.err.contains("rejects connection") && plain.err.contains("no encryption"),
                     qPrintable(QString::fromUtf8(plain.out + plain.err)));
        }
        const test::ProcessResult wrong = server("app1").onHost(psql.arg(QStringLiteral("not-the-password"), db, QStringLiteral("require")));
        QVERIFY2(wrong.err.contains("password authentication failed"), wrong.err.constData());

        // Only the app servers are in pg_hba.conf (app1 also for the staging copy's
        // database), and only they get through the firewall.
        const QByteArray rules = server("db").onHost(QStringLiteral(
            "cd / && runuser -u postgres -- psql -X -tA -c \"SELECT type, address, array_to_string(database, ',') FROM pg_hba_file_rules "
            "WHERE 'odoo' = ANY(user_name) ORDER BY line_number\"")).out;
        QCOMPARE(rules, QStringLiteral("hostssl|%1|acme,postgres\nhostssl|%2|acme,postgres\nhostssl|%1|acme_staging\nhostnossl|all|all\n")
                            .arg(ip("app1"), ip("app2")).toUtf8());
        QVERIFY(reaches("app1", db, 5432));
        QVERIFY(!reaches("proxy", db, 5432));
        QVERIFY(reaches("", db, 22)); // this machine reaches the server, not its PostgreSQL
        QVERIFY(!reaches("", db, 5432));
        // And PostgreSQL listens on the private address, not on every interface.
        const QByteArray listening = server("db").onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -tA -c 'SHOW listen_addresses'")).out;
        QCOMPARE(listening.trimmed(), QStringLiteral("localhost,%1").arg(db).toUtf8());
    }

    void odooIsReachableOnlyFromTheProxy()
    {
        for (const char *app : {"app1", "app2"}) {
            QVERIFY2(reaches("proxy", ip(app), 8069), app);
            QVERIFY2(!reaches("", ip(app), 8069), app);
            // The password only in odoo.conf, which only root and Odoo read.
            const test::ProcessResult conf = server(app).onHost(
                QStringLiteral("stat -c '%U:%G %a' /etc/odoo/odoo.conf; grep -c '^db_password = %1$' /etc/odoo/odoo.conf").arg(QLatin1String(kPassword)));
            QCOMPARE(conf.out, QByteArray("root:odoo 640\n1\n"));
        }
        QVERIFY(!reaches("app2", ip("app1"), 8069));
        QVERIFY(!reaches("db", ip("app2"), 8069));
    }

    // One light per server per check of its roles, and the site through the proxy: all
    // green but the self-signed certificate (yellow, as on one server).
    void healthIsCheckedOnEveryServer()
    {
        const auto [code, report] = check();
        QVERIFY2(code == 1, text(report).constData());
        QCOMPARE(report.value(QStringLiteral("overall")).toString(), QStringLiteral("yellow"));
        QCOMPARE(report.value(QStringLiteral("site")).toObject().value(QStringLiteral("through")).toString(), QStringLiteral("proxy"));
        const auto https = light(report, QString(), QStringLiteral("https"));
        QVERIFY2(https.first == "yellow" && https.second.contains("self-signed"), text(report).constData());
        for (const char *id : {"http", "database-manager"})
            QVERIFY2(light(report, QString(), QString::fromLatin1(id)).first == "green", id);
        QVERIFY2(light(report, QStringLiteral("db"), QStringLiteral("postgresql")).first == "green", text(report).constData());
        for (const QString &app : {QStringLiteral("app1"), QStringLiteral("app2")}) {
            for (const char *id : {"service", "odoo", "realtime", "database", "filestore"})
                QVERIFY2(light(report, app, QString::fromLatin1(id)).first == "green", qPrintable(app + QLatin1Char(' ') + QLatin1String(id) + text(report)));
            // Odoo listens on the app server's private address, reached through that server's tunnel.
            QVERIFY(light(report, app, QStringLiteral("odoo")).second.contains(QStringLiteral("SSH tunnel")));
            QVERIFY(light(report, app, QStringLiteral("database")).second.contains(QStringLiteral("over TLS")));
        }
        QCOMPARE(light(report, QStringLiteral("proxy"), QStringLiteral("service")).first, QStringLiteral("missing")); // the proxy is the site
    }

    // The data folder is one GlusterFS volume on `db`: a session made through app1 is
    // valid on app2, an attachment uploaded through app1 is read through app2, and it
    // lies in the volume's brick on `db`. Asked from the proxy, the one server that may
    // reach the app servers' Odoo.
    void attachmentsAndSessionsAreShared()
    {
        const QString marker = m_attachmentMarker = QStringLiteral("attachment-%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
        const QString script = QStringLiteral(R"PY(python3 - %1 %2 %3 <<'EOF'
import http.client, json, sys
def ask(host, method, path, body=None, cookie=None):
    c = http.client.HTTPConnection(host, 8069, timeout=10)
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if cookie:
        headers["Cookie"] = cookie
    c.request(method, path, body=body, headers=headers)
    r = c.getresponse()
    return r.status, (r.getheader("Set-Cookie") or "").split(";")[0], r.read().decode()
app1, app2, payload = sys.argv[1:4]
status, cookie, _ = ask(app1, "POST", "/web/login", "login=admin&password=admin")
print("login", status, cookie.startswith("session_id="))
print("whoami", *ask(app2, "GET", "/web/session/whoami", cookie=cookie)[::2])
status, _, body = ask(app1, "POST", "/web/binary/upload_attachment", payload, cookie)
print("upload", status)
attachment = json.loads(body)["id"]
print("download", *ask(app2, "GET", "/web/content/%d" % attachment, cookie=cookie)[::2])
print("anonymous", ask(app2, "GET", "/web/content/%d" % attachment)[0])
EOF
)PY").arg(ip("app1"), ip("app2"), marker);
        const test::ProcessResult r = server("proxy").onHost(script);
        const QByteArray expected = QStringLiteral("login 303 True\nwhoami 200 {\"login\": \"admin\", \"db\": \"%1\"}\nupload 200\n"
                                                   "download 200 %2\nanonymous 401\n").arg(m_profile.odoo.database, marker).toUtf8();
        QVERIFY2(r.out == expected, qPrintable(QString::fromUtf8(r.out + r.err)));
        // Kept once, in the volume's brick on `db`; each app server has it mounted from there.
        const QByteArray found = server("db").onHost(QStringLiteral("grep -rl --exclude-dir=.glusterfs %1 /srv/odoo-deploy/ | wc -l").arg(marker)).out;
        QCOMPARE(found.trimmed(), QByteArray("1"));
        for (const char *app : {"app1", "app2"}) {
            const QByteArray mount = server(app).onHost(QStringLiteral("findmnt -n -o SOURCE,FSTYPE --mountpoint /var/lib/%1").arg(m_profile.service.name)).out;
            QCOMPARE(mount.simplified(), QStringLiteral("%1:/%2 fuse.glusterfs").arg(ip("db"), m_profile.service.name).toUtf8());
        }
        // Only the app servers may mount it.
        QVERIFY(!reaches("proxy", ip("db"), 24007));
        QVERIFY(reaches("app2", ip("db"), 24007));
    }

    // nginx spreads the requests over both app servers, and with one of them stopped the
    // site answers from the other (a refused connection: the next upstream at once), and
    // the health check shows app1 red, app2 and the site not.
    void theSiteAnswersWhileAnAppServerIsDown()
    {
        const QString url = QStringLiteral("https://%1/web/login").arg(ip("proxy"));
        const QString log = DeploymentPaths::of(m_profile).logFile;
        const auto logins = [&](const char *app) {
            return server(app).onHost(QStringLiteral("grep -c '%1 - \"GET /web/login' %2").arg(ip("proxy"), log)).out.trimmed().toInt();
        };
        const auto fetchAll = [&](int count) {
            int answered = 0;
            for (int i = 0; i < count; ++i)
                answered += test::run(QStringLiteral("curl"), {"-sk", "--max-time", "10", url}).out.contains("oe_login_form") ? 1 : 0;
            return answered;
        };
        const int before1 = logins("app1"), before2 = logins("app2");
        QCOMPARE(fetchAll(10), 10);
        QVERIFY2(logins("app1") > before1 && logins("app2") > before2, "both app servers answer through the proxy");

        const QString service = m_profile.service.name;
        auto restart = qScopeGuard([&] { server("app1").onHost(QStringLiteral("service %1 start").arg(service)); });
        QCOMPARE(server("app1").onHost(QStringLiteral("service %1 stop").arg(service)).exitCode, 0);
        QVERIFY(!reaches("proxy", ip("app1"), 8069)); // really down
        const int during2 = logins("app2");
        QCOMPARE(fetchAll(20), 20);
        QVERIFY(logins("app2") >= during2 + 20);
        const auto [code, report] = check();
        QVERIFY2(code == 1, text(report).constData()); // yellow: the site works, the spare is gone
        for (const char *id : {"service", "odoo"})
            QVERIFY2(light(report, QStringLiteral("app1"), QString::fromLatin1(id)).first == "red", text(report).constData());
        QVERIFY2(light(report, QStringLiteral("app2"), QStringLiteral("odoo")).first == "green", text(report).constData());
        QVERIFY2(light(report, QString(), QStringLiteral("https")).first == "yellow", text(report).constData()); // self-signed, answering

        restart.dismiss();
        QCOMPARE(server("app1").onHost(QStringLiteral("service %1 start").arg(service)).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(reaches("proxy", ip("app1"), 8069), 30000);
    }

    void aSecondRunChangesNothing()
    {
        const test::ProcessResult r = deploy();
        QVERIFY2(r.exitCode == 0, qPrintable(tail(r)));
        QVERIFY2(r.out.contains("deploy: 0 changed,") && r.out.contains("every server was already as wanted"), qPrintable(tail(r)));
        const test::ProcessResult check = deploy({QStringLiteral("--check")});
        QVERIFY2(check.exitCode == 0 && check.out.contains("check: 0 would change,"), qPrintable(tail(check)));
    }

    // The wizard on the deployed servers, as a user would see it: its run page's dry run
    // finds nothing to change on any server (with the database password in the keychain,
    // as the wizard's first deployment leaves it), and its health page lights every
    // server's checks as `check` does.
    void theWizardSeesTheDeploymentAsTheCommandLineDoes()
    {
        const AsTheWizard as(*this);
        DeployWizard w(nullptr, &as.keychain);
        QString error;
        QVERIFY2(w.model()->open(m_profilePath, &error), qPrintable(error));
        w.show();
        auto *run = qobject_cast<ServersRunPage *>(w.page(DeployWizard::ServersRun));
        while (w.currentId() != DeployWizard::ServersRun) {
            QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(w.currentId())));
            w.next();
        }
        QSignalSpy finished(run, &ServersRunPage::runFinished);
        QVERIFY(run->startDeploy(true));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 600000);
        const QString status = w.findChild<QLabel *>(QStringLiteral("serversRunStatus"))->text();
        QVERIFY2(finished.first().first().toBool(), qPrintable(status + run->logOf(QStringLiteral("app1"))->text().right(3000)));
        QVERIFY2(status.startsWith(QLatin1String("Dry run: nothing would change on any of the 4 servers")), qPrintable(status));
        for (const QString &server : {QStringLiteral("db"), QStringLiteral("app1"), QStringLiteral("app2"), QStringLiteral("proxy")})
            QVERIFY2(run->stepsOf(server)->count() > 3, qPrintable(server));

        const auto [code, report] = check();
        w.next();
        QCOMPARE(w.currentId(), int(DeployWizard::ServersHealth));
        auto *health = qobject_cast<ServersHealthPage *>(w.page(DeployWizard::ServersHealth));
        QTRY_VERIFY_WITH_TIMEOUT(!health->isBusy(), 120000);
        QCOMPARE(health->report().overall(), code == 0 ? HealthLight::Green : code == 1 ? HealthLight::Yellow : HealthLight::Red);
        QVERIFY(!health->serverRow(QStringLiteral("proxy"))); // its checks are the site's
        for (const QString &server : {QString(), QStringLiteral("db"), QStringLiteral("app1"), QStringLiteral("app2")}) {
            QVERIFY2(health->serverRow(server), qPrintable(server));
            QVERIFY2(health->serverRow(server)->childCount() > 0, qPrintable(server));
            for (int i = 0; i < health->serverRow(server)->childCount(); ++i) {
                const QString id = health->serverRow(server)->child(i)->data(0, Qt::UserRole + 1).toString();
                const QString shown = health->serverRow(server)->child(i)->text(1);
                const QString expected = light(report, server, id).first;
                // The same light as check's, in words on the row.
                QVERIFY2(shown.startsWith(expected.left(1).toUpper() + expected.mid(1))
                             || (expected == "skipped" && shown.startsWith(QLatin1String("Not checked"))),
                         qPrintable(server + QLatin1Char('/') + id + QStringLiteral(": ") + shown + QStringLiteral(" vs ") + expected));
            }
        }
        QVERIFY(health->checkRow(QStringLiteral("app2"), QStringLiteral("odoo"))->text(1).startsWith(QLatin1String("Green")));
    }

    // The profile's branch moves on (as upstream's does); `update` takes the app servers
    // one at a time, each out of the proxy's upstreams meanwhile, while a bounded loop of
    // requests runs against the proxy: none fails. The first app server backs up the
    // shared database (over TLS from the database server) and filestore, once.
    void aRollingUpdateKeepsTheSiteAnswering()
    {
        const QString repo = m_state + QStringLiteral("/git/odoo.git");
        const QByteArray next = test::run(QStringLiteral("git"), {"-C", repo, "rev-parse", "17.0-next^{commit}"}).out.trimmed();
        const QString head = QStringLiteral("runuser -u odoo -- git -C %1 rev-parse HEAD").arg(DeploymentPaths::of(m_profile).sourceDir);
        QVERIFY(next.size() == 40 && server("app1").onHost(head).out.trimmed() != next);
        QCOMPARE(m_profile.odoo.effectiveBranch(), QStringLiteral("17.0"));
        QCOMPARE(test::run(QStringLiteral("git"), {"-C", repo, "branch", "-f", "17.0", "17.0-next"}).exitCode, 0);
        const QString backups = DeploymentPaths::of(m_profile).backupDir;
        const QString findDumps = QStringLiteral("find %1 -name database.dump -size +1k 2>/dev/null").arg(backups);
        const qsizetype dumpsBefore = server("app1").onHost(findDumps).out.count('\n');

        // At most 3000 requests or 15 minutes, to the proxy's address on the bridge only.
        QTemporaryDir loopDir;
        const QString stop = loopDir.filePath(QStringLiteral("stop"));
        QProcess loop;
        test::endsWithTheTest(loop);
        loop.start(QStringLiteral("timeout"),
                   {QStringLiteral("900"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("n=0; while [ ! -e \"$1\" ] && [ $n -lt 3000 ]; do "
                                   "curl -sk -o /dev/null -w '%{http_code}\\n' --max-time 10 \"$2\"; n=$((n + 1)); sleep 0.1; done"),
                    QStringLiteral("loop"), stop, QStringLiteral("https://%1/web/login").arg(ip("proxy"))});
        QVERIFY(loop.waitForStarted());

        QStringList args{QStringLiteral("update"), QStringLiteral("--profile"), m_profilePath, QStringLiteral("--yes")};
        for (const test::TestHost &s : std::as_const(m_servers))
            args << QStringLiteral("--accept-host-key") << s.value("TESTHOST_FINGERPRINT");
        const test::ProcessResult r = test::TestHost::cli(m_home.path(), args, 1800000);
        QFile(stop).open(QIODevice::WriteOnly);
        QVERIFY(loop.waitForFinished(60000));
        const QStringList codes = QString::fromLatin1(loop.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

        qInfo("%d requests through the proxy during the rolling update", int(codes.size()));
        if (r.exitCode != 0)
            qWarning().noquote() << tail(r); // whole: a failure message is cut short
        QCOMPARE(r.exitCode, 0);
        for (const char *app : {"app1", "app2"})
            QVERIFY2(server(app).onHost(head).out.trimmed() == next, app);
        // Both looked first; then proxy, app1, proxy, proxy, app2, proxy: each out while it updated.
        QVERIFY2(r.out.count("=== phase ") == 7 && r.out.contains("=== phase 1: app1, app2\n") && r.out.contains("=== phase 3: app1\n")
                     && r.out.contains("=== phase 6: app2\n"),
                 qPrintable(tail(r)));
        QVERIFY2(changedOn(r.out, QStringLiteral("proxy")).size() == 8, qPrintable(changedOn(r.out, QStringLiteral("proxy")).join(QStringLiteral("; "))));
        QVERIFY(!server("proxy").onHost(QStringLiteral("cat %1").arg(DeploymentPaths::of(m_profile).nginxSite)).out.contains(" down;"));
        QVERIFY2(codes.size() >= 20 && codes.count(QStringLiteral("200")) == codes.size(),
                 qPrintable(QStringLiteral("%1 requests, not 200: %2").arg(codes.size()).arg(codes.filter(QRegularExpression(QStringLiteral("^(?!200$)"))).join(QLatin1Char(' ')))));

        const QByteArray dumps = server("app1").onHost(findDumps).out;
        QVERIFY2(dumps.count('\n') == dumpsBefore + 1, dumps.constData());
        QVERIFY(server("app2").onHost(QStringLiteral("ls %1 2>/dev/null").arg(backups)).out.trimmed().isEmpty());
        QVERIFY2(r.out.contains("Health afterwards:"), qPrintable(tail(r)));

        // Again: both are there, so nothing is taken out of the proxy, nothing changes.
        const test::ProcessResult again = test::TestHost::cli(m_home.path(), args, 600000);
        QVERIFY2(again.exitCode == 0 && again.out.count("=== phase ") == 1, qPrintable(tail(again)));
        QVERIFY2(again.out.contains("update: every app server is already there; nothing was changed."), qPrintable(tail(again)));
    }

    // The wizard's rolling update (Maintain, Update) after the command line's: every app
    // server is already there, so it looks, takes nobody out of the proxy and changes nothing.
    void theWizardsRollingUpdateFindsEveryAppServerThere()
    {
        const AsTheWizard as(*this);
        DeployWizard w(nullptr, &as.keychain);
        QString error;
        QVERIFY2(w.model()->open(m_profilePath, &error), qPrintable(error));
        w.show();
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("maintainButton")), Qt::LeftButton);
        qobject_cast<MaintainPage *>(w.page(DeployWizard::Maintain))->setAction(MaintainPage::Update);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        auto *run = qobject_cast<ServersRunPage *>(w.page(DeployWizard::ServersRun));
        QCOMPARE(w.currentId(), int(DeployWizard::ServersRun));
        QSignalSpy finished(run, &ServersRunPage::runFinished);
        QVERIFY(run->startMaintenance());
        // What the page shows, should it never finish.
        const auto shown = [&] {
            QString text = w.findChild<QLabel *>(QStringLiteral("serversRunStatus"))->text();
            for (const QString &server : {QStringLiteral("app1"), QStringLiteral("app2"), QStringLiteral("proxy")})
                text += QStringLiteral("\n--- %1:\n").arg(server) + run->logOf(server)->text().right(1500);
            return text;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(finished.count() > 0, qPrintable(shown()), 300000);
        QCOMPARE(finished.count(), 1);
        const QString status = w.findChild<QLabel *>(QStringLiteral("serversRunStatus"))->text();
        QVERIFY2(finished.first().first().toBool(), qPrintable(status + run->logOf(QStringLiteral("app1"))->text().right(3000)));
        QVERIFY2(status == QLatin1String("Rolling update: every app server is already there; nothing was changed."), qPrintable(status));
        QCOMPARE(run->stepsOf(QStringLiteral("proxy"))->count(), 0); // never taken out
        QVERIFY(run->stepsOf(QStringLiteral("app2"))->count() > 0);
    }

    // The backups are app1's: `backup` writes one there (the database server's database
    // over TLS, the shared filestore through the mount), `restore --list` and `download`
    // find it there; with backups scheduled, only app1 gets the job, and the job, run as
    // cron runs it, writes another.
    void backupsAreKeptOnTheFirstAppServer()
    {
        const QString backups = DeploymentPaths::of(m_profile).backupDir;
        const auto onApp1 = [&](const QString &name) { return QStringLiteral("%1/%2").arg(backups, name); };
        const test::ProcessResult r = command("backup", {QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(tail(r)));
        QVERIFY2(r.err.contains(QStringLiteral("kept on its first app server, app1 (%1)").arg(ip("app1")).toUtf8()), qPrintable(tail(r)));
        const QRegularExpressionMatch written = QRegularExpression(QStringLiteral("Backup written: \\S+/(\\S+) ")).match(QString::fromUtf8(r.out));
        QVERIFY2(written.hasMatch(), qPrintable(tail(r)));
        const QString name = written.captured(1);
        // The attachment uploaded through app1 is in it, and the database's dump.
        QVERIFY2(server("app1").onHost(QStringLiteral("tar -xzOf %1/filestore.tar.gz | grep -c %2").arg(onApp1(name), m_attachmentMarker)).out.trimmed() == "1",
                 qPrintable(name));
        QCOMPARE(server("app1").onHost(QStringLiteral("cd %1 && sha256sum --quiet -c SHA256SUMS && pg_restore -l database.dump | grep -c 'TABLE DATA'").arg(onApp1(name))).exitCode, 0);
        for (const char *other : {"app2", "db", "proxy"})
            QVERIFY2(server(other).onHost(QStringLiteral("ls %1 2>/dev/null").arg(backups)).out.trimmed().isEmpty(), other);

        const test::ProcessResult listed = command("restore", {QStringLiteral("--list")});
        QVERIFY2(listed.exitCode == 0 && listed.out.contains((name + QLatin1Char(' ') + m_profile.odoo.database + QLatin1Char(' ')).toUtf8()), qPrintable(tail(listed)));
        QTemporaryDir local;
        const test::ProcessResult downloaded = command("download", {QStringLiteral("--backup"), QStringLiteral("latest"), QStringLiteral("--to"), local.path()});
        QVERIFY2(downloaded.exitCode == 0, qPrintable(tail(downloaded)));
        QCOMPARE(test::run(QStringLiteral("sh"), {"-c", QStringLiteral("cd '%1' && sha256sum -c SHA256SUMS").arg(local.filePath(name))}).exitCode, 0);

        // Scheduled: only app1 changes (its job and cron entry; no systemd on these servers).
        m_profile.backup.scheduled = true;
        QString error;
        QVERIFY2(ProfileJson::save(m_profile, m_profilePath, &error), qPrintable(error));
        const test::ProcessResult scheduled = deploy();
        QVERIFY2(scheduled.exitCode == 0, qPrintable(tail(scheduled)));
        for (const char *other : {"app2", "db", "proxy"})
            QVERIFY2(changedOn(scheduled.out, QString::fromLatin1(other)).isEmpty(), qPrintable(changedOn(scheduled.out, QString::fromLatin1(other)).join(QLatin1Char(';'))));
        const DeploymentPaths paths = DeploymentPaths::of(m_profile);
        QVERIFY2(server("app1").onHost(QStringLiteral("cat %1").arg(paths.backupCron)).out.contains(paths.backupJob.toUtf8()), qPrintable(tail(scheduled)));
        QVERIFY(server("app2").onHost(QStringLiteral("ls %1 %2 2>/dev/null").arg(paths.backupCron, paths.backupJob)).out.trimmed().isEmpty());
        const qsizetype before = server("app1").onHost(QStringLiteral("ls %1").arg(backups)).out.count('\n');
        QTest::qWait(1100); // a name of its own (one-second resolution)
        const test::ProcessResult job = server("app1").onHost(QStringLiteral("%1 </dev/null").arg(paths.backupJob));
        QVERIFY2(job.exitCode == 0 && job.out.contains("backup=" + backups.toUtf8()), qPrintable(QString::fromUtf8(job.out + job.err)));
        QCOMPARE(server("app1").onHost(QStringLiteral("ls %1").arg(backups)).out.count('\n'), before + 1);
        QVERIFY2(server("app1").onHost(QStringLiteral("pgrep -x cron")).exitCode == 0, "cron runs on app1");
    }

    // `upgrade` runs -u once, on app1 (after a backup), with app2 stopped meanwhile so that
    // it never serves from a database whose modules change; app2 starts again after it.
    void aModuleUpgradeStopsTheOtherAppServers()
    {
        const QString updates = QStringLiteral("cd / && runuser -u postgres -- psql -X -tA -d %1 -c "
                                               "'SELECT argument FROM stand_in_module_updates ORDER BY id' 2>/dev/null")
                                    .arg(m_profile.odoo.database);
        const QByteArray before = server("db").onHost(updates).out;
        const test::ProcessResult dry = command("upgrade", {QStringLiteral("--modules"), QStringLiteral("base,web"), QStringLiteral("--check")});
        QVERIFY2(dry.exitCode == 0 && dry.out.contains("would stop"), qPrintable(tail(dry)));
        QCOMPARE(server("db").onHost(updates).out, before);

        const test::ProcessResult r = command("upgrade", {QStringLiteral("--modules"), QStringLiteral("base,web"), QStringLiteral("--yes")}, 900000);
        if (r.exitCode != 0)
            qWarning().noquote() << tail(r); // whole: a failure message is cut short
        QCOMPARE(r.exitCode, 0);
        // app1 looks first; then app2 stops, app1 upgrades, app2 starts.
        QVERIFY2(r.out.contains("=== phase 1: app1\n") && r.out.contains("=== phase 2: app2\n") && r.out.contains("=== phase 3: app1\n")
                     && r.out.contains("=== phase 4: app2\n"),
                 qPrintable(tail(r)));
        QCOMPARE(changedOn(r.out, QStringLiteral("app2")), (QStringList{"Stop Odoo", "Start Odoo again"}));
        QVERIFY2(changedOn(r.out, QStringLiteral("app1")).contains(QStringLiteral("Upgrade the modules base,web in %1").arg(m_profile.odoo.database)),
                 qPrintable(tail(r)));
        QCOMPARE(server("db").onHost(updates).out, before + "base,web\n"); // once, from app1
        QVERIFY2(r.out.contains("Health afterwards:"), qPrintable(tail(r)));
        QVERIFY2(everyServerServes(), qPrintable(notGreen(check().second).join(QLatin1Char('\n'))));
    }

    // The wizard's backup and module upgrade on several servers: the same stages, on the run
    // page of the servers; the backup lies on app1.
    void theWizardBacksUpAndUpgradesOnTheFirstAppServer()
    {
        const AsTheWizard as(*this);
        DeployWizard w(nullptr, &as.keychain);
        QString error;
        QVERIFY2(w.model()->open(m_profilePath, &error), qPrintable(error));
        w.show();
        auto *run = qobject_cast<ServersRunPage *>(w.page(DeployWizard::ServersRun));
        const auto runMaintenance = [&](MaintainPage::Action action) {
            QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("maintainButton")), Qt::LeftButton);
            qobject_cast<MaintainPage *>(w.page(DeployWizard::Maintain))->setAction(action);
            if (action == MaintainPage::Upgrade)
                w.findChild<QLineEdit *>(QStringLiteral("modules"))->setText(QStringLiteral("web"));
            w.next();
            QSignalSpy finished(run, &ServersRunPage::runFinished);
            if (!run->startMaintenance())
                return QStringLiteral("not started");
            if (!finished.wait(600000) && finished.isEmpty())
                return QStringLiteral("never finished");
            const QString status = w.findChild<QLabel *>(QStringLiteral("serversRunStatus"))->text();
            w.restart();
            return finished.first().first().toBool() ? status : QStringLiteral("failed: ") + status;
        };
        const QString backups = DeploymentPaths::of(m_profile).backupDir;
        const qsizetype before = server("app1").onHost(QStringLiteral("ls %1").arg(backups)).out.count('\n');
        QTest::qWait(1100); // a backup name of its own
        const QString backedUp = runMaintenance(MaintainPage::Backup);
        const QRegularExpressionMatch written = QRegularExpression(QStringLiteral("^Backup written on app1: (\\S+)\\.$")).match(backedUp);
        QVERIFY2(written.hasMatch(), qPrintable(backedUp));
        QCOMPARE(server("app1").onHost(QStringLiteral("test -s %1/database.dump && echo there").arg(written.captured(1))).out, QByteArray("there\n"));
        QCOMPARE(server("app1").onHost(QStringLiteral("ls %1").arg(backups)).out.count('\n'), before + 1);

        const QString upgraded = runMaintenance(MaintainPage::Upgrade);
        QVERIFY2(upgraded.startsWith(QLatin1String("Modules web upgraded on app1 after the backup ")), qPrintable(upgraded));
        const QByteArray last = server("db").onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -tA -d %1 -c "
                                                                   "'SELECT argument FROM stand_in_module_updates ORDER BY id DESC LIMIT 1'")
                                                        .arg(m_profile.odoo.database)).out;
        QCOMPARE(last, QByteArray("web\n"));
    }

    // `restore` on several servers: on app1, with app2 stopped meanwhile, into the database
    // server's database (which the Odoo role may not replace: it is emptied and filled in one
    // transaction) and the shared filestore; what was there is kept on app1.
    void aRestoreBringsBackTheSharedDatabaseAndFilestore()
    {
        const DeploymentPaths paths = DeploymentPaths::of(m_profile);
        // A backup that is not there is refused by app1's look (exit 4), before app2 is stopped.
        const test::ProcessResult missing = command("restore", {QStringLiteral("--backup"), QStringLiteral("20261127T154500Z-0123456789ab"), QStringLiteral("--yes")});
        QVERIFY2(missing.exitCode == 4 && (missing.out + missing.err).contains("There is no backup") && !missing.out.contains("=== phase 2"), qPrintable(tail(missing)));
        QVERIFY(changedOn(missing.out, QStringLiteral("app2")).isEmpty());
        const QString marker = paths.filestore + QStringLiteral("/restore-marker");
        QCOMPARE(sql("CREATE TABLE restore_marker (v text); ALTER TABLE restore_marker OWNER TO odoo; INSERT INTO restore_marker VALUES ('before backup')").exitCode, 0);
        QCOMPARE(server("app1").onHost(QStringLiteral("echo before > %1 && chown odoo:odoo %1").arg(marker)).exitCode, 0);
        QTest::qWait(1100); // a backup name of its own
        const test::ProcessResult backedUp = command("backup", {QStringLiteral("--yes")});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(tail(backedUp)));
        // After the backup: a row, a table, the file changed (through app2's mount).
        QCOMPARE(sql("INSERT INTO restore_marker VALUES ('after backup'); CREATE TABLE made_after_backup (v text); ALTER TABLE made_after_backup OWNER TO odoo").exitCode, 0);
        QCOMPARE(server("app2").onHost(QStringLiteral("echo after > %1").arg(marker)).exitCode, 0);

        const test::ProcessResult dry = command("restore", {QStringLiteral("--backup"), QStringLiteral("latest"), QStringLiteral("--check")});
        QVERIFY2(dry.exitCode == 0 && dry.out.contains("[app1] would restore"), qPrintable(tail(dry)));
        QCOMPARE(sql("SELECT v FROM restore_marker ORDER BY v").out, QByteArray("after backup\nbefore backup\n"));

        const test::ProcessResult r = command("restore", {QStringLiteral("--backup"), QStringLiteral("latest"), QStringLiteral("--yes")}, 900000);
        if (r.exitCode != 0)
            qWarning().noquote() << tail(r);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("=== phase 2: app2\n") && r.out.contains("=== phase 3: app1\n") && r.out.contains("=== phase 4: app2\n"), qPrintable(tail(r)));
        QCOMPARE(sql("SELECT v FROM restore_marker").out, QByteArray("before backup\n"));
        QCOMPARE(sql("SELECT count(*) FROM pg_tables WHERE tablename = 'made_after_backup'").out, QByteArray("0\n"));
        QCOMPARE(server("app2").onHost(QStringLiteral("cat %1").arg(marker)).out, QByteArray("before\n"));
        // What was there is kept on app1: the database as a dump beside the backups, the filestore beside it.
        const QByteArray kept = server("app1").onHost(QStringLiteral("ls %1/%2-before-restore-*.dump").arg(paths.backupDir, m_profile.odoo.database)).out.trimmed();
        QVERIFY2(!kept.isEmpty() && !kept.contains('\n'), kept.constData());
        QCOMPARE(server("app1").onHost(QStringLiteral("pg_restore -a -t restore_marker -f - %1 | grep -c 'after backup'").arg(QString::fromUtf8(kept))).out,
                 QByteArray("1\n"));
        QCOMPARE(server("app1").onHost(QStringLiteral("cat %1-before-restore-*/restore-marker").arg(paths.filestore)).out, QByteArray("after\n"));
        QVERIFY2(everyServerServes(), qPrintable(notGreen(check().second).join(QLatin1Char('\n'))));
    }

    // `rollback` on several servers goes back to the newest update or module upgrade in
    // app1's journal (the wizard's upgrade of web): app1 restores the backup taken before it
    // and the commit that ran, app2 is stopped meanwhile, moved to that commit (it is there
    // already) and started again. A second rollback finds nothing to do.
    void aRollbackTakesTheAppServersBack()
    {
        const QByteArray lastUpgrade = "SELECT argument FROM stand_in_module_updates ORDER BY id DESC LIMIT 1";
        QCOMPARE(sql(lastUpgrade).out, QByteArray("web\n"));
        const test::ProcessResult dry = command("rollback", {QStringLiteral("--check")});
        QVERIFY2(dry.exitCode == 0 && dry.out.contains("Rolling back the module upgrade of "), qPrintable(tail(dry)));
        const test::ProcessResult r = command("rollback", {QStringLiteral("--yes")}, 900000);
        if (r.exitCode != 0)
            qWarning().noquote() << tail(r);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("=== phase 3: app1\n") && r.out.contains("=== phase 5: app2\n"), qPrintable(tail(r)));
        QCOMPARE(sql(lastUpgrade).out, QByteArray("base,web\n")); // the database before the wizard's upgrade
        QCOMPARE(changedOn(r.out, QStringLiteral("app2")), (QStringList{"Stop Odoo", "Start Odoo again"}));
        QVERIFY2(everyServerServes(), qPrintable(notGreen(check().second).join(QLatin1Char('\n'))));
        const test::ProcessResult again = command("rollback", {QStringLiteral("--yes")});
        QVERIFY2(again.exitCode == 4 && again.err.contains("Rolled back already"), qPrintable(tail(again)));
    }

    // A staging copy of several servers: its database copied on the database server, its
    // Odoo on app1 with the shared filestore copied into app1's own disk (hard links cannot
    // leave the mount), its site on the proxy's port 8443, which reaches app1's copy through
    // the firewall and nothing else does. app2 takes no part; production keeps serving; a
    // second run changes nothing; the removal takes everything of it away. Then a template
    // copy, which closes production's database for its seconds and opens it again.
    void aStagingCopySpansItsServers()
    {
        const QString copyDb = m_profile.odoo.database + QStringLiteral("_staging");
        const QString copyFilestore = QStringLiteral("/var/lib/odoo-staging/filestore/") + copyDb;
        const auto copyExists = [&] {
            return server("db").onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -tA -c \"SELECT count(*) FROM pg_database WHERE datname = '%1'\"")
                                           .arg(copyDb)).out.trimmed();
        };
        const test::ProcessResult dry = command("staging", {QStringLiteral("--check")});
        QVERIFY2(dry.exitCode == 0 && dry.out.contains("[db] would copy") && dry.out.contains("[app1] would copy production's filestore"),
                 qPrintable(tail(dry)));
        QCOMPARE(copyExists(), QByteArray("0"));

        const test::ProcessResult r = command("staging", {QStringLiteral("--yes")}, 900000);
        if (r.exitCode != 0)
            qWarning().noquote() << tail(r);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("=== phase 2: db\n") && r.out.contains("=== phase 3: app1\n") && r.out.contains("=== phase 4: proxy\n"), qPrintable(tail(r)));
        QVERIFY2(!r.out.contains("[app2]"), qPrintable(tail(r)));
        QVERIFY2(r.out.contains(QStringLiteral("The staging copy: https://%1:8443/").arg(ip("proxy")).toUtf8()), qPrintable(tail(r)));
        QCOMPARE(copyExists(), QByteArray("1"));
        QCOMPARE(server("db").onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -tA -d %1 -c 'SELECT count(*) FROM ir_cron WHERE active'").arg(copyDb)).out,
                 QByteArray("0\n"));
        // The attachment uploaded through app1, copied onto app1's own disk.
        QVERIFY2(server("app1").onHost(QStringLiteral("grep -rl %1 %2 | wc -l").arg(m_attachmentMarker, copyFilestore)).out.trimmed() == "1",
                 qPrintable(tail(r)));
        QCOMPARE(server("app1").onHost(QStringLiteral("findmnt -n -o FSTYPE -T %1").arg(copyFilestore)).out.contains("fuse"), false);
        QCOMPARE(server("app2").onHost(QStringLiteral("ls -d /var/lib/odoo-staging /etc/odoo-staging 2>/dev/null")).out, QByteArray());
        // Through the proxy, the neutralised copy; its Odoo only from the proxy.
        const test::ProcessResult page = test::run(QStringLiteral("curl"), {"-sk", "--max-time", "10", QStringLiteral("https://%1:8443/web/login").arg(ip("proxy"))});
        QVERIFY2(page.out.contains("This database is neutralized."), page.out.constData());
        QVERIFY(reaches("proxy", ip("app1"), 8079));
        QVERIFY(!reaches("db", ip("app1"), 8079));
        QVERIFY(!reaches("", ip("app1"), 8079));
        // The copy's health (its site, app1's service, its database from app1), then production's.
        const test::ProcessResult copyCheck = command("check", {QStringLiteral("--staging"), QStringLiteral("--json")}, 120000);
        const QJsonObject copyReport = QJsonDocument::fromJson(copyCheck.out).object();
        QVERIFY2(copyCheck.exitCode <= 1 && light(copyReport, QStringLiteral("app1"), QStringLiteral("service")).first == QLatin1String("green")
                     && light(copyReport, QString(), QStringLiteral("https")).first != QLatin1String("red"),
                 qPrintable(notGreen(copyReport).join(QLatin1Char('\n')) + QString::fromUtf8(copyCheck.err)));
        QVERIFY2(everyServerServes(), qPrintable(notGreen(check().second).join(QLatin1Char('\n'))));

        const test::ProcessResult again = command("staging", {QStringLiteral("--yes")}, 900000);
        QCOMPARE(again.exitCode, 0);
        for (const char *name : {"db", "app1", "proxy"})
            QVERIFY2(changedOn(again.out, QString::fromLatin1(name)).isEmpty(), qPrintable(tail(again)));

        const test::ProcessResult removed = command("staging", {QStringLiteral("--remove"), QStringLiteral("--yes")}, 900000);
        QVERIFY2(removed.exitCode == 0, qPrintable(tail(removed)));
        QCOMPARE(copyExists(), QByteArray("0"));
        QCOMPARE(server("app1").onHost(QStringLiteral("ls -d /var/lib/odoo-staging /etc/odoo-staging /var/log/odoo-staging 2>/dev/null; "
                                                      "ufw status | grep -c odoo-deploy-staging")).out,
                 QByteArray("0\n"));
        QCOMPARE(server("proxy").onHost(QStringLiteral("ls /etc/nginx/sites-enabled/")).out.contains("staging"), false);
        QVERIFY(!reaches("", ip("proxy"), 8443));
        // The attachment is still production's.
        QVERIFY2(server("app2").onHost(QStringLiteral("grep -rl %1 %2 | wc -l").arg(m_attachmentMarker, DeploymentPaths::of(m_profile).filestore)).out.trimmed() == "1",
                 "production's attachment");
        QVERIFY2(everyServerServes(), qPrintable(notGreen(check().second).join(QLatin1Char('\n'))));

        // createdb --template on the database server: production's database closed for the copy.
        ProfileLoadResult loaded = ProfileJson::load(m_profilePath);
        QVERIFY(loaded.ok);
        loaded.profile.staging.copy = StagingCopy::Template;
        QString error;
        QVERIFY2(ProfileJson::save(loaded.profile, m_profilePath, &error), qPrintable(error));
        const auto restoreProfile = qScopeGuard([&] {
            loaded.profile.staging.copy = StagingCopy::Live;
            QString ignored;
            ProfileJson::save(loaded.profile, m_profilePath, &ignored);
        });
        const test::ProcessResult byTemplate = command("staging", {QStringLiteral("--yes")}, 900000);
        if (byTemplate.exitCode != 0)
            qWarning().noquote() << tail(byTemplate);
        QCOMPARE(byTemplate.exitCode, 0);
        QVERIFY2(byTemplate.out.contains(QStringLiteral("closing %1 to connections for the copy").arg(m_profile.odoo.database).toUtf8())
                     && byTemplate.out.contains(QStringLiteral("%1 open to connections again").arg(m_profile.odoo.database).toUtf8()),
                 qPrintable(tail(byTemplate)));
        QCOMPARE(sql("SELECT datallowconn FROM pg_database WHERE datname = current_database()").out, QByteArray("t\n"));
        QCOMPARE(copyExists(), QByteArray("1"));
        QVERIFY2(everyServerServes(), qPrintable(notGreen(check().second).join(QLatin1Char('\n'))));
        const test::ProcessResult removedAgain = command("staging", {QStringLiteral("--remove"), QStringLiteral("--yes")}, 900000);
        QVERIFY2(removedAgain.exitCode == 0, qPrintable(tail(removedAgain)));
        QCOMPARE(copyExists(), QByteArray("0"));
    }

    // A third app server joins: it is deployed, the proxy's upstreams and the database
    // server's access lists (pg_hba.conf, the firewall, the volume's allow list) take its
    // address, and app1 and app2 are not touched. Then it answers through the proxy.
    void addingAnAppServerChangesOnlyItAndWhoLetsItIn()
    {
        TopologyHost app3 = m_profile.topology.hosts.at(1);
        app3.name = QStringLiteral("app3");
        app3.privateAddress = ip("app3");
        app3.server = server("app3").profile(QString()).server;
        m_profile.topology.hosts.insert(3, app3);
        QString error;
        QVERIFY2(ProfileJson::save(m_profile, m_profilePath, &error), qPrintable(error));

        const test::ProcessResult r = deploy();
        QVERIFY2(r.exitCode == 0, qPrintable(tail(r)));
        QVERIFY2(r.out.contains("=== phase 2: app1, app2, app3\n"), qPrintable(tail(r)));
        for (const char *untouched : {"app1", "app2"})
            QVERIFY2(changedOn(r.out, QString::fromLatin1(untouched)).isEmpty(),
                     qPrintable(QLatin1String(untouched) + QLatin1String(": ") + changedOn(r.out, QString::fromLatin1(untouched)).join(QStringLiteral("; "))));
        QVERIFY(changedOn(r.out, QStringLiteral("app3")).size() > 5);
        const QStringList proxy = changedOn(r.out, QStringLiteral("proxy"));
        QVERIFY2(!proxy.isEmpty() && proxy.filter(QStringLiteral("nginx")).size() == proxy.size(), qPrintable(proxy.join(QStringLiteral("; "))));
        const QStringList db = changedOn(r.out, QStringLiteral("db"));
        QVERIFY2(db.size() == 3 && db.filter(QStringLiteral("PostgreSQL lets in only the app servers")).size() == 1
                     && db.filter(QStringLiteral("Shared filestore")).size() == 1 && db.filter(QStringLiteral("Firewall")).size() == 1,
                 qPrintable(db.join(QStringLiteral("; "))));

        const QString log = DeploymentPaths::of(m_profile).logFile;
        const auto logins = [&] { return server("app3").onHost(QStringLiteral("grep -c '%1 - \"GET /web/login' %2").arg(ip("proxy"), log)).out.trimmed().toInt(); };
        const int before = logins();
        for (int i = 0; i < 9; ++i)
            QVERIFY(test::run(QStringLiteral("curl"), {"-sk", "--max-time", "10", QStringLiteral("https://%1/web/login").arg(ip("proxy"))}).out.contains("oe_login_form"));
        QVERIFY2(logins() > before, "app3 answers through the proxy");
        const auto [code, report] = check();
        QVERIFY2(code == 1, text(report).constData()); // only the self-signed certificate is yellow
        for (const char *id : {"service", "odoo", "database", "filestore"})
            QVERIFY2(light(report, QStringLiteral("app3"), QString::fromLatin1(id)).first == "green", text(report).constData());
        QVERIFY(!reaches("", ip("app3"), 8069));
    }

    // app3 leaves the profile: the proxy stops sending it requests, and the database
    // server takes back what it let in for it (pg_hba.conf, the volume's allow list, and
    // its firewall rules, which carry odoo-deploy's comment), nothing else.
    void removingAnAppServerClosesWhatItWasLetInto()
    {
        const QString db = ip("db");
        QVERIFY(reaches("app3", db, 5432));
        const auto ufwRules = [&] { return QString::fromUtf8(server("db").onHost(QStringLiteral("ufw status")).out); };
        QVERIFY2(ufwRules().contains(ip("app3") + QStringLiteral("  ")), qPrintable(ufwRules()));
        // As an odoo-deploy before the comment left it: app1's PostgreSQL rule without it.
        const QString app1Rule = QStringLiteral("proto tcp from %1 to any port 5432").arg(ip("app1"));
        QCOMPARE(server("db").onHost(QStringLiteral("ufw delete allow %1 && ufw allow %1").arg(app1Rule)).exitCode, 0);
        QVERIFY2(ufwRules().count(QStringLiteral("# odoo-deploy")) == 8, qPrintable(ufwRules()));
        m_profile.topology.hosts.removeIf([](const TopologyHost &h) { return h.name == QLatin1String("app3"); });
        QString error;
        QVERIFY2(ProfileJson::save(m_profile, m_profilePath, &error), qPrintable(error));

        const test::ProcessResult r = deploy();
        QVERIFY2(r.exitCode == 0, qPrintable(tail(r)));
        QVERIFY2(!r.out.contains("[app3]"), qPrintable(tail(r)));
        for (const char *untouched : {"app1", "app2"})
            QVERIFY2(changedOn(r.out, QString::fromLatin1(untouched)).isEmpty(), untouched);
        const QStringList dbChanged = changedOn(r.out, QStringLiteral("db"));
        QVERIFY2(dbChanged.size() == 3 && dbChanged.filter(QStringLiteral("Firewall")).size() == 1, qPrintable(dbChanged.join(QStringLiteral("; "))));
        QVERIFY2(r.out.contains("[db] deleting rule "), qPrintable(tail(r)));

        const QString rules = ufwRules();
        QVERIFY2(!rules.contains(ip("app3")), qPrintable(rules));
        // 5432, 24007 and the bricks' range for app1 and app2: app1's 5432 marked again.
        QVERIFY2(rules.count(QStringLiteral("# odoo-deploy")) == 6, qPrintable(rules));
        QVERIFY(!reaches("app3", db, 5432));
        QVERIFY(!reaches("app3", db, 24007));
        QVERIFY(reaches("app1", db, 5432));
        QVERIFY(!server("proxy").onHost(QStringLiteral("cat %1").arg(DeploymentPaths::of(m_profile).nginxSite)).out.contains(ip("app3").toUtf8()));
        const test::ProcessResult again = deploy({QStringLiteral("--check")});
        QVERIFY2(again.exitCode == 0 && again.out.contains("check: 0 would change,"), qPrintable(tail(again)));
    }
};

QTEST_MAIN(TestE2eTopology) // the wizard's pages too
#include "tst_e2e_topology.moc"
