#include "profile/DeploymentState.h"
#include "profile/ProfileJson.h"
#include "profile/TopologyProfile.h"

#include "TestProfiles.h"

#include <QTcpServer>
#include <QtTest>

using namespace odoodeploy;

// The odoo-deploy binary, headless: exit codes, messages, and what render writes.
class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTcpServer m_server; // stands for the profile's SSH server in badCommandLine

    static test::ProcessResult odooDeploy(const QStringList &args)
    {
        return test::run(QStringLiteral(ODOO_DEPLOY_BINARY), args);
    }
    QString writeProfile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        auto r = odooDeploy({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("render"));
        QVERIFY(r.out.contains("Exit codes"));
        r = odooDeploy({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("odoo-deploy " ODOO_DEPLOY_VERSION " (commit "));
        // The commit the sources are at, as git names it (a clone of the repository).
        const auto head = test::run(QStringLiteral("git"), {"-C", QStringLiteral(SOURCE_DIR), "rev-parse", "--short=12", "HEAD"});
        if (head.exitCode == 0)
            QVERIFY2(r.out.contains("(commit " + head.out.trimmed()), r.out.constData());
        else
            QVERIFY2(r.out.contains("(commit unknown)"), r.out.constData());
        r = odooDeploy({QStringLiteral("render"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--profile"));
        QVERIFY(r.out.contains("--out"));
    }

    void usageErrors()
    {
        auto r = odooDeploy({QStringLiteral("render"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("bogus"));
        r = odooDeploy({QStringLiteral("render"), QStringLiteral("--profile"), QStringLiteral("x.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--out"));
    }

    void everyExampleRenders_data()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(EXAMPLES_DIR));
        const QStringList files = examples.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("production.json")));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << examples.filePath(f);
    }
    void everyExampleRenders()
    {
        QFETCH(QString, path);
        const QString out = m_dir.filePath(QFileInfo(path).baseName());
        const auto r = odooDeploy({QStringLiteral("render"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty()); // no warnings either
        QVERIFY(QFile::exists(out + QStringLiteral("/MANIFEST")));
        QVERIFY(QFile::exists(out + QStringLiteral("/etc/odoo/odoo.conf")));
        QVERIFY(QFile::exists(out + QStringLiteral("/etc/nginx/sites-available/odoo.conf")));
    }

    void productionExampleIsSelfSignedHttps()
    {
        const ProfileLoadResult loaded = ProfileJson::load(QStringLiteral(EXAMPLES_DIR "/production.json"));
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.profile.web.certificate, CertificateMode::SelfSigned);
        const QString out = m_dir.filePath(QStringLiteral("prod"));
        QCOMPARE(odooDeploy({"render", "--profile", QStringLiteral(EXAMPLES_DIR "/production.json"), "--out", out}).exitCode, 0);
        QFile manifest(out + QStringLiteral("/MANIFEST"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray m = manifest.readAll();
        QVERIFY2(m.contains("0640 root:odoo /etc/odoo/odoo.conf"), m.constData());
        QVERIFY(m.contains("/commands/selfsigned-certificate.sh"));
        QCOMPARE(QFile(out + QStringLiteral("/etc/odoo/odoo.conf")).permissions() & (QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
    }

    void invalidProfileIsRefusedPerField()
    {
        DeploymentProfile p = test::testProfile();
        p.odoo.database = QStringLiteral("x; rm -rf /");
        p.web.domain = QStringLiteral("bad domain");
        const QString path = writeProfile(QStringLiteral("bad.json"), ProfileJson::toBytes(p));
        const QString out = m_dir.filePath(QStringLiteral("bad-out"));
        const auto r = odooDeploy({QStringLiteral("render"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("odoo.database: \"x; rm -rf /\" is not a valid database name"), r.err.constData());
        QVERIFY(r.err.contains("web.domain:"));
        QVERIFY(!QFileInfo::exists(out)); // nothing written
        QCOMPARE(odooDeploy({QStringLiteral("validate"), QStringLiteral("--profile"), path}).exitCode, 2);
    }

    // A profile on several servers: validate, render, deploy and check take it; the maintenance
    // commands do not yet (docs/topology.md).
    void profileOnSeveralServersTakesOnlyWhatIsBuilt()
    {
        const QString path = writeProfile(QStringLiteral("topology.json"), ProfileJson::toBytes(test::topologyProfile()));
        auto r = odooDeploy({QStringLiteral("validate"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("valid."));

        // render: one server at a time, the files of its roles.
        const QString out = m_dir.filePath(QStringLiteral("topology-out"));
        r = odooDeploy({QStringLiteral("render"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("This profile spans several servers: render one with --server NAME (db, app1, app2, proxy)."), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        r = odooDeploy({QStringLiteral("render"), QStringLiteral("--profile"), path, QStringLiteral("--out"), out, QStringLiteral("--server"), QStringLiteral("db")});
        QCOMPARE(r.exitCode, 0);
        QFile hba(out + QStringLiteral("/postgresql-cluster/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        QVERIFY(hba.readAll().contains("hostssl   \"acme\",\"postgres\" \"odoo\" 10.0.0.21/32 scram-sha-256\n"));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/postgresql-cluster/conf.d/odoo-deploy-odoo.conf")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/etc/odoo/odoo.conf")));
        QFile manifest(out + QStringLiteral("/MANIFEST"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QVERIFY2(manifest.readAll().contains("0640 postgres:postgres /postgresql-cluster/pg_hba.conf\n"), "the manifest");
        const QString app1 = m_dir.filePath(QStringLiteral("topology-app1"));
        r = odooDeploy({QStringLiteral("render"), QStringLiteral("--profile"), path, QStringLiteral("--out"), app1, QStringLiteral("--server"), QStringLiteral("app1")});
        QCOMPARE(r.exitCode, 0);
        QFile conf(app1 + QStringLiteral("/etc/odoo/odoo.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(conf.readAll().contains("\ndb_host = 10.0.0.11\n"));
        r = odooDeploy({QStringLiteral("render"), QStringLiteral("--profile"), path, QStringLiteral("--out"), app1, QStringLiteral("--server"), QStringLiteral("app9")});
        QCOMPARE(r.exitCode, 1);
        r = odooDeploy({QStringLiteral("render"), QStringLiteral("--profile"), writeProfile(QStringLiteral("one.json"), ProfileJson::toBytes(test::testProfile())),
                        QStringLiteral("--out"), app1, QStringLiteral("--server"), QStringLiteral("app1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--server is for a profile on several servers; this one has one."), r.err.constData());
        // staging takes it: the database server, app1 and the proxy, asked once. The copy's
        // odoo.conf needs the database password: without a keychain it is asked first.
        r = odooDeploy({QStringLiteral("staging"), QStringLiteral("--profile"), path});
        QVERIFY2(r.exitCode == 4 && r.err.contains("Without a terminal, set ODOO_DEPLOY_DATABASE_PASSWORD."), r.err.constData());
        QProcessEnvironment withPassword = QProcessEnvironment::systemEnvironment();
        withPassword.insert(QStringLiteral("ODOO_DEPLOY_DATABASE_PASSWORD"), QStringLiteral("a-good-password-of-the-admin"));
        r = test::run(QStringLiteral(ODOO_DEPLOY_BINARY), {QStringLiteral("staging"), QStringLiteral("--profile"), path}, {}, 60000, withPassword);
        QVERIFY2(r.exitCode == 1, r.err.constData()); // not confirmed
        QVERIFY2(r.err.contains("Make a staging copy of acme: its database copied on db, its Odoo on app1, its site "
                                "https://erp.example.com:8443/ on proxy?"),
                 r.err.constData());
        r = odooDeploy({QStringLiteral("staging"), QStringLiteral("--profile"), path, QStringLiteral("--remove")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Remove the staging copy (its site, its service and folders, its database acme_staging) from proxy, app1, db?"),
                 r.err.constData());
        // restore and rollback read app1's journal (empty here): nothing to go back to.
        const QByteArray app1Journal = StateStore::pathFor(TopologyProfile::forHost(test::topologyProfile(), QStringLiteral("app1"))).toUtf8();
        r = odooDeploy({QStringLiteral("rollback"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("The journal knows of no update or module upgrade with a backup before it") && r.err.contains(app1Journal), r.err.constData());
        r = odooDeploy({QStringLiteral("restore"), QStringLiteral("--profile"), path, QStringLiteral("--backup"), QStringLiteral("latest")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("knows of no backup") && r.err.contains(app1Journal), r.err.constData());
        r = odooDeploy({QStringLiteral("restore"), QStringLiteral("--profile"), path, QStringLiteral("--backup"), QStringLiteral("../../etc")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not the name of a backup folder"), r.err.constData());
        r = odooDeploy({QStringLiteral("restore"), QStringLiteral("--profile"), path, QStringLiteral("--backup"), QStringLiteral("20261127T154500Z-0123456789ab")});
        QCOMPARE(r.exitCode, 1); // not confirmed
        QVERIFY2(r.err.contains("Restore the backup 20261127T154500Z-0123456789ab into the database and the filestore (keeping them as they are now) "
                                "on app1, with app2 stopped meanwhile?"),
                 r.err.constData());
        // The backups are app1's: its journal (a file of its own, empty here) names the latest.
        r = odooDeploy({QStringLiteral("download"), QStringLiteral("--profile"), path, QStringLiteral("--backup"), QStringLiteral("latest")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("The backups of this deployment on several servers are kept on its first app server, app1 (app1.example.com).")
                     && r.err.contains(StateStore::pathFor(TopologyProfile::forHost(test::topologyProfile(), QStringLiteral("app1"))).toUtf8())
                     && r.err.contains("knows of no backup"),
                 r.err.constData());
        // update takes it: one app server at a time, asked once; a bad target is refused
        // before any server is reached. It needs no database password.
        r = odooDeploy({QStringLiteral("update"), QStringLiteral("--profile"), path, QStringLiteral("--to"), QStringLiteral("--upload-pack=touch /tmp/x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not a valid branch or tag name") && !r.err.contains("Go ahead") && !r.err.contains("one at a time"), r.err.constData());
        r = odooDeploy({QStringLiteral("update"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 1); // not confirmed: no terminal, no --yes
        QVERIFY2(r.err.contains("Update the app servers that have something new one at a time (app1, app2), each out of the proxy while it updates?"),
                 r.err.constData());
        QVERIFY2(!r.out.contains("=== phase"), r.out.constData());
        // upgrade takes it: on app1 with app2 stopped meanwhile, asked once; a bad module list
        // is refused before any server is reached.
        r = odooDeploy({QStringLiteral("upgrade"), QStringLiteral("--profile"), path, QStringLiteral("--modules"), QStringLiteral("sale;reboot")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.contains("Go ahead") && !r.err.contains("Upgrade the modules"), r.err.constData());
        r = odooDeploy({QStringLiteral("upgrade"), QStringLiteral("--profile"), path, QStringLiteral("--modules"), QStringLiteral("sale,stock")});
        QCOMPARE(r.exitCode, 1); // not confirmed
        QVERIFY2(r.err.contains("Upgrade the modules sale,stock (after a backup) on app1, with app2 stopped meanwhile?"), r.err.constData());
        // check takes it (tst_e2e_topology), but not what only one server has.
        r = odooDeploy({QStringLiteral("check"), QStringLiteral("--profile"), path, QStringLiteral("--direct")});
        QCOMPARE(r.exitCode, 3); // UNKNOWN for monitoring
        QVERIFY2(r.err.contains("--direct is not available for a deployment on several servers."), r.err.constData());

        // deploy takes it: the database password is checked before any server is reached,
        // and the one question is asked for the whole deployment.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ODOO_DEPLOY_DATABASE_PASSWORD"), QStringLiteral("x'; DROP ROLE odoo; --"));
        r = test::run(QStringLiteral(ODOO_DEPLOY_BINARY), {QStringLiteral("deploy"), QStringLiteral("--profile"), path, QStringLiteral("--yes")}, {},
                      60000, env);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("The database password must be 16 to 128 letters, digits"), r.err.constData());
        QVERIFY2(!r.out.contains("=== phase"), r.out.constData());
        env.insert(QStringLiteral("ODOO_DEPLOY_DATABASE_PASSWORD"), QStringLiteral("a-good-password-of-the-admin"));
        r = test::run(QStringLiteral(ODOO_DEPLOY_BINARY), {QStringLiteral("deploy"), QStringLiteral("--profile"), path}, {}, 60000, env);
        QCOMPARE(r.exitCode, 1); // not confirmed: no terminal, no --yes
        QVERIFY2(r.err.contains("4 servers in 3 phases (db, then app1 + app2, then proxy). Go ahead?"), r.err.constData());
        QVERIFY2(r.err.contains("Add --yes"), r.err.constData());
        QVERIFY2(!r.out.contains("=== phase"), r.out.constData());
    }

    void checkSaysUnknownWhenItCannotCheck()
    {
        // Monitoring reads 3 as UNKNOWN: never 1 or 2 (yellow, red) for a problem on our side.
        DeploymentProfile p = test::testProfile();
        const QString good = writeProfile(QStringLiteral("check.json"), ProfileJson::toBytes(p));
        auto r = odooDeploy({QStringLiteral("check"), QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("none.json"));
        r = odooDeploy({QStringLiteral("check"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 3);
        r = odooDeploy({QStringLiteral("check"), QStringLiteral("--profile"), good, QStringLiteral("--timeout"), QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("--timeout"));
        r = odooDeploy({QStringLiteral("check"), QStringLiteral("--profile"), good, QStringLiteral("--ca-file"), good});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("No PEM certificate"), r.err.constData());
        p.odoo.database = QStringLiteral("x; rm -rf /");
        r = odooDeploy({QStringLiteral("check"), QStringLiteral("--profile"), writeProfile(QStringLiteral("bad-check.json"), ProfileJson::toBytes(p))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("odoo.database"));
    }

    void brokenProfileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("truncated") << QByteArray("{\"schema\": 1, \"server\": {") << QByteArray("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << QByteArray("not valid JSON");
        QTest::newRow("wrong type") << QByteArray(R"({"schema":1,"performance":{"workers":"many"}})") << QByteArray("performance.workers: expected a whole number");
        QTest::newRow("future") << QByteArray(R"({"schema":99})") << QByteArray("schema 99");
    }
    void brokenProfileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        const QString path = writeProfile(QStringLiteral("broken.json"), bytes);
        const auto r = odooDeploy({QStringLiteral("validate"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.contains(path.toUtf8()));
        QCOMPARE(odooDeploy({QStringLiteral("validate"), QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("none.json"))}).exitCode, 2);
    }

    void masterPasswordIsPrintedOnceAndOnlyHashed()
    {
        const QString path = writeProfile(QStringLiteral("mp.json"), ProfileJson::toBytes(test::testProfile()));
        const auto r = odooDeploy({QStringLiteral("master-password"), QStringLiteral("--profile"), path});
        QCOMPARE(r.exitCode, 0);
        const QByteArray password = r.out.trimmed();
        QCOMPARE(password.size(), 24);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(!saved.contains(password));
        const ProfileLoadResult loaded = ProfileJson::fromBytes(saved);
        QCOMPARE(loaded.profile.odoo.masterPassword.mode, MasterPasswordMode::Generated);
        QVERIFY(loaded.profile.odoo.masterPassword.hash != test::kKnownHash);

        const auto disabled = odooDeploy({QStringLiteral("master-password"), QStringLiteral("--profile"), path, QStringLiteral("--disable")});
        QCOMPARE(disabled.exitCode, 0);
        QVERIFY(disabled.out.isEmpty()); // nobody learns this one
        QCOMPARE(ProfileJson::load(path).profile.odoo.masterPassword.mode, MasterPasswordMode::Disabled);
    }

    void speaksChineseUnderAChineseLocale()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        auto r = test::run(QStringLiteral(ODOO_DEPLOY_BINARY), {QStringLiteral("--help")}, {}, 60000, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("用法")), r.out.constData());

        DeploymentProfile p = test::testProfile();
        p.odoo.database = QStringLiteral("x; rm -rf /");
        const QString path = writeProfile(QStringLiteral("zh.json"), ProfileJson::toBytes(p));
        r = test::run(QStringLiteral(ODOO_DEPLOY_BINARY), {QStringLiteral("validate"), QStringLiteral("--profile"), path}, {}, 60000, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("不是有效的数据库名称")), r.err.constData());
    }

    // The command-line half of the bad-input matrix (tst_bad_input has the profile's):
    // each bad option value is refused before any connection, with the exact message.
    // The profile's server is a listening socket of the test's own: an attempt to connect
    // would show there.
    void badCommandLine_data()
    {
        QVERIFY2(m_server.isListening() || m_server.listen(QHostAddress::LocalHost), qPrintable(m_server.errorString()));
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // the first line on stderr; %P is the profile
        DeploymentProfile p = test::testProfile();
        p.server.host = QStringLiteral("127.0.0.1");
        p.server.port = m_server.serverPort();
        const QString profile = writeProfile(QStringLiteral("matrix.json"), ProfileJson::toBytes(p));
        p.odoo.database = QStringLiteral("x; rm -rf /");
        const QString bad = writeProfile(QStringLiteral("matrix-bad.json"), ProfileJson::toBytes(p));
        const QString missing = m_dir.filePath(QStringLiteral("none.json"));
        const QString fingerprint = "--accept-host-key: \"%1\" is not a host key fingerprint as odoo-deploy shows it (SHA256: and 43 more characters).";
        const QString branch = "\"%1\" is not a valid branch or tag name.";
        const QString module = "\"%1\" is not an Odoo module name (lower-case letters, digits and underscores, such as sale_management).";
        const QString backup = "\"%1\" is not the name of a backup folder (such as 20261127T154500Z-0123456789ab); see restore --list.";
        const QString timeout = "--timeout must be a number of seconds between 0.1 and 600.";
        const QString execTimeout = "--timeout must be a whole number of seconds between 1 and 86400.";
        const QString hostName = "\" is not a valid host name: use letters, digits, '-' and '.', each part at most 63 characters.";
        struct Case {
            const char *name;
            QStringList args;
            int exitCode;
            QString message;
        };
        const QList<Case> cases{
            {"unknown command", {"deploi"}, 1, "Unknown command \"deploi\"."},
            {"unknown option", {"render", "--bogus"}, 1, "Unknown option 'bogus'."},
            {"option without value", {"render", "--profile"}, 1, "Missing value after '--profile'."},
            {"render without --out", {"render", "--profile", profile}, 1, "Missing --out DIR."},
            {"validate without --profile", {"validate"}, 1, "Missing --profile FILE."},
            {"master-password without --profile", {"master-password"}, 1, "Missing --profile FILE."},
            {"profile missing", {"validate", "--profile", missing}, 2, "Cannot open " + missing + ": No such file or directory."},
            {"profile invalid", {"probe", "--profile", bad}, 2, bad + ": odoo.database: \"x; rm -rf /\" is not a valid database name: use 2 to 63 letters, digits, '_', '.' or '-', starting with a letter or digit."},
            {"render facts missing", {"render", "--profile", profile, "--out", m_dir.filePath("o"), "--facts", missing}, 3, "Cannot open " + missing + ": No such file or directory."},
            {"check timeout 0", {"check", "--profile", profile, "--timeout", "0"}, 3, timeout},
            {"check timeout word", {"check", "--profile", profile, "--timeout", "soon"}, 3, timeout},
            {"check timeout 601", {"check", "--profile", profile, "--timeout", "601"}, 3, timeout},
            {"check address shell", {"check", "--profile", profile, "--address", "x; rm -rf /"}, 3, "--address: \"x; rm -rf /" + hostName},
            {"check address option", {"check", "--profile", profile, "--address", "-oProxyCommand=id"}, 3, "--address: \"-oProxyCommand=id" + hostName},
            {"check address brackets", {"check", "--profile", profile, "--address", "[::1]"}, 3, "--address: Write an IPv6 address without brackets, for example 2001:db8::10."},
            {"check ca file missing", {"check", "--profile", profile, "--ca-file", missing}, 3, "No PEM certificate could be read from " + missing + "."},
            {"check host key word", {"check", "--profile", profile, "--accept-host-key", "yes"}, 3, fingerprint.arg("yes")},
            {"deploy host key short", {"deploy", "--profile", profile, "--accept-host-key", "SHA256:abc"}, 1, fingerprint.arg("SHA256:abc")},
            {"deploy host key md5", {"deploy", "--profile", profile, "--accept-host-key", "MD5:12:34"}, 1, fingerprint.arg("MD5:12:34")},
            {"exec host key shell", {"exec", "--profile", profile, "--accept-host-key", "$(id)", "--", "true"}, 1, fingerprint.arg("$(id)")},
            {"update to option", {"update", "--profile", profile, "--to=--upload-pack=id"}, 1, branch.arg("--upload-pack=id")},
            {"update to dotdot", {"update", "--profile", profile, "--to", "a..b"}, 1, branch.arg("a..b")},
            {"update to shell", {"update", "--profile", profile, "--to", "17.0;id"}, 1, branch.arg("17.0;id")},
            {"update to reflog", {"update", "--profile", profile, "--to", "HEAD@{1}"}, 1, branch.arg("HEAD@{1}")},
            {"upgrade without modules", {"upgrade", "--profile", profile}, 1, "Which modules? Give their technical names, separated by commas, or \"all\"."},
            {"upgrade modules shell", {"upgrade", "--profile", profile, "--modules", "base;id"}, 1, module.arg("base;id")},
            {"upgrade modules option", {"upgrade", "--profile", profile, "--modules=-u"}, 1, module.arg("-u")},
            {"upgrade modules upper", {"upgrade", "--profile", profile, "--modules", "Sale"}, 1, module.arg("Sale")},
            {"upgrade modules empty item", {"upgrade", "--profile", profile, "--modules", "sale,,crm"}, 1, module.arg("")},
            {"upgrade all in a list", {"upgrade", "--profile", profile, "--modules", "base,all"}, 1, "\"all\" upgrades every module: give it alone, not in a list."},
            {"restore without backup", {"restore", "--profile", profile}, 1, "Which backup? Add --backup NAME (see restore --list) or --backup latest."},
            {"restore backup path", {"restore", "--profile", profile, "--backup", "../../etc"}, 1, backup.arg("../../etc")},
            {"restore backup shell", {"restore", "--profile", profile, "--backup", "x;id"}, 1, backup.arg("x;id")},
            {"download backup option", {"download", "--profile", profile, "--backup=-rf"}, 1, backup.arg("-rf")},
            {"exec without command", {"exec", "--profile", profile}, 1, "Missing the command: odoo-deploy exec --profile FILE -- CMD"},
            {"exec timeout word", {"exec", "--profile", profile, "--timeout", "soon", "--", "true"}, 1, execTimeout},
            {"exec timeout 0", {"exec", "--profile", profile, "--timeout", "0", "--", "true"}, 1, execTimeout},
        };
        for (const Case &c : cases)
            QTest::newRow(c.name) << c.args << c.exitCode << c.message;
    }
    void badCommandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = odooDeploy(args);
        QCOMPARE(QString::fromUtf8(r.err).section(QLatin1Char('\n'), 0, 0), message);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(!m_server.waitForNewConnection(0), "it connected to the server before refusing");
    }

    void unknownCommand()
    {
        const auto r = odooDeploy({QStringLiteral("deploy-everything")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Unknown command"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
