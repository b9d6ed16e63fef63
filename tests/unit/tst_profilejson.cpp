#include "profile/ProfileJson.h"

#include "TestProfiles.h"

#include <QJsonArray>
#include <QtTest>

using namespace odoodeploy;

class TestProfileJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        DeploymentProfile p = test::testProfile(QStringLiteral("16.0"), CertificateMode::Existing, InitSystem::Sysvinit);
        p.server.port = 2222;
        p.server.user = QStringLiteral("deploy");
        p.server.auth = AuthMethod::KeyFile;
        p.server.keyFile = QStringLiteral("/home/me/.ssh/id_ed25519");
        p.server.jumpHost = QStringLiteral("me@bastion:2200");
        p.server.connectTimeoutSec = 7;
        p.server.upgradePackages = true;
        p.odoo.wkhtmltopdfDeb = QStringLiteral("https://example.com/wkhtmltox.deb");
        p.odoo.branch = QStringLiteral("saas-16.3");
        p.odoo.gitUrl = QStringLiteral("git@example.com:odoo.git");
        p.odoo.installDir = QStringLiteral("/srv/odoo16");
        p.odoo.systemUser = QStringLiteral("odoo16");
        p.odoo.dbFilter = QStringLiteral("^%d$");
        p.odoo.demoData = true;
        p.odoo.httpPort = 9069;
        p.odoo.longpollingPort = 9072;
        p.odoo.masterPassword.mode = MasterPasswordMode::Generated;
        p.performance = {3, 2, 700LL * 1024 * 1024, 900LL * 1024 * 1024, 100, 200, 4096};
        p.web.hsts = false;
        p.web.firewall = true;
        p.web.certificatePin = QStringLiteral("0A:").repeated(31) + QStringLiteral("FF");
        p.service.name = QStringLiteral("odoo16");

        const ProfileLoadResult loaded = ProfileJson::fromBytes(ProfileJson::toBytes(p));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVERIFY(loaded.warnings.isEmpty());
        QCOMPARE(loaded.profile, p);
    }

    void saveAndLoadFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        const DeploymentProfile p = test::testProfile();
        QString error;
        QVERIFY2(ProfileJson::save(p, path, &error), qPrintable(error));
        const ProfileLoadResult loaded = ProfileJson::load(path);
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.profile, p);
    }

    void failedSaveKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY(ProfileJson::save(test::testProfile(), path, &error));
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QVERIFY(!ProfileJson::save(test::testProfile(), dir.filePath(QStringLiteral("missing/dir/p.json")), &error));
        QVERIFY(error.contains(QLatin1String("Cannot save")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void missingFieldsTakeDefaults()
    {
        const ProfileLoadResult loaded = ProfileJson::fromBytes(R"({"schema": 1, "server": {"host": "a.example.com"}})");
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.profile.server.host, QStringLiteral("a.example.com"));
        QCOMPARE(loaded.profile.server.port, 22);
        QCOMPARE(loaded.profile.odoo.version, QStringLiteral("17.0"));
        QCOMPARE(loaded.profile.performance.limitMemoryHard, 2684354560LL);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("truncated") << QByteArray("{\n  \"schema\": 1,\n  \"server\": {\"host\": \"a\"") << "line 3";
        QTest::newRow("not json") << QByteArray("host=erp.example.com") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "must be a JSON object";
        QTest::newRow("no schema") << QByteArray("{\"name\": \"x\"}") << "no \"schema\"";
        QTest::newRow("schema string") << QByteArray("{\"schema\": \"1\"}") << "no \"schema\"";
        QTest::newRow("future schema") << QByteArray("{\"schema\": 3}") << "The profile uses schema 3, but this odoo-deploy only knows schema 2.";
        QTest::newRow("schema 1e30") << QByteArray("{\"schema\": 1e30}") << "The profile uses schema 1e+30, but";
        QTest::newRow("zero schema") << QByteArray("{\"schema\": 0}") << "schema 0 is not valid";
        QTest::newRow("port as string") << QByteArray(R"({"schema":1,"server":{"port":"22"}})") << "server.port: expected a whole number, found a string";
        QTest::newRow("port fractional") << QByteArray(R"({"schema":1,"server":{"port":22.5}})") << "server.port: expected a whole number";
        QTest::newRow("port huge") << QByteArray(R"({"schema":1,"server":{"port":1e30}})") << "server.port: expected a whole number";
        QTest::newRow("section as string") << QByteArray(R"({"schema":1,"odoo":"17.0"})") << "odoo: expected an object, found a string";
        QTest::newRow("bool as string") << QByteArray(R"({"schema":1,"web":{"hsts":"yes"}})") << "web.hsts: expected true or false";
        QTest::newRow("enum unknown") << QByteArray(R"({"schema":1,"web":{"certificate":"wildcard"}})") << "web.certificate: \"wildcard\" is not one of the allowed values";
        QTest::newRow("hosts not an array") << QByteArray(R"({"schema":2,"topology":{"hosts":{}}})") << "topology.hosts: expected an array, found an object";
        QTest::newRow("host not an object") << QByteArray(R"({"schema":2,"topology":{"hosts":[{"name":"db"},"app1"]}})")
                                            << "topology.hosts[1]: expected an object, found a string";
        QTest::newRow("role unknown") << QByteArray(R"({"schema":2,"topology":{"hosts":[{"roles":["app","cache"]}]}})")
                                      << "topology.hosts[0].roles: \"cache\" is not one of the allowed values";
        QTest::newRow("roles a string") << QByteArray(R"({"schema":2,"topology":{"hosts":[{"roles":"app"}]}})")
                                        << "topology.hosts[0].roles: expected an array, found a string";
        QTest::newRow("host's port") << QByteArray(R"({"schema":2,"topology":{"hosts":[{"server":{"port":"22"}}]}})")
                                     << "topology.hosts[0].server.port: expected a whole number, found a string";
        QTest::newRow("schema 2.5") << QByteArray(R"({"schema":2.5})") << "The profile's schema 2.5 is not valid.";
        QTest::newRow("nested wrong") << QByteArray(R"({"schema":1,"odoo":{"masterPassword":{"hash":5}}})") << "odoo.masterPassword.hash: expected a string, found a number";
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const ProfileLoadResult loaded = ProfileJson::fromBytes(bytes);
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
    }

    void unknownFieldsWarn()
    {
        const ProfileLoadResult loaded = ProfileJson::fromBytes(R"({"schema":1,"server":{"password":"hunter2","host":"a"}})");
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.warnings.size(), 1);
        QVERIFY(loaded.warnings.first().contains(QLatin1String("server.password")));
        // Not carried over: saving it again drops the stray secret.
        QVERIFY(!ProfileJson::toBytes(loaded.profile).contains("hunter2"));
    }

    void unreadableFiles()
    {
        QVERIFY(ProfileJson::load(QStringLiteral("/nonexistent/p.json")).error.contains(QLatin1String("Cannot open")));
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(2 * 1024 * 1024, ' '));
        big.close();
        QVERIFY(ProfileJson::load(big.fileName()).error.contains(QLatin1String("too large")));
    }

    void topologyRoundTrips()
    {
        DeploymentProfile p = test::topologyProfile();
        p.topology.filestore = FilestoreEngine::Nfs;
        p.topology.hosts[1].server.jumpHost = QStringLiteral("me@bastion");
        p.topology.hosts[1].server.port = 2222;
        const QJsonObject json = ProfileJson::toJson(p);
        QCOMPARE(json.value(QStringLiteral("schema")).toInt(), 2);
        const QJsonObject db = json[QStringLiteral("topology")][QStringLiteral("hosts")][0].toObject();
        QCOMPARE(db.value(QStringLiteral("roles")).toArray(), QJsonArray({QStringLiteral("database"), QStringLiteral("files")}));
        QCOMPARE(db.value(QStringLiteral("privateAddress")).toString(), QStringLiteral("10.0.0.11"));
        const ProfileLoadResult loaded = ProfileJson::fromBytes(ProfileJson::toBytes(p));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.profile, p);
    }

    // A profile an earlier odoo-deploy wrote: one server, and saved again as schema 1
    // (which that odoo-deploy still opens) until the user saves it in the new form.
    void schemaOneStaysSchemaOne_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : QDir(QStringLiteral(EXAMPLES_DIR)).entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(name)) << QStringLiteral(EXAMPLES_DIR "/") + name;
    }
    void schemaOneStaysSchemaOne()
    {
        QFETCH(QString, file);
        const ProfileLoadResult loaded = ProfileJson::load(file);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.profile.schema, 1);
        QVERIFY(!loaded.profile.topology.spansServers());
        const QJsonObject saved = ProfileJson::toJson(loaded.profile);
        QCOMPARE(saved.value(QStringLiteral("schema")).toInt(), 1);
        QVERIFY(!saved.contains(QStringLiteral("topology")));
        QCOMPARE(ProfileJson::fromBytes(QJsonDocument(saved).toJson()).profile, loaded.profile);
    }

    void topologyInSchemaOneIsUnknown()
    {
        const ProfileLoadResult loaded = ProfileJson::fromBytes(
            R"({"schema":1,"server":{"host":"a"},"topology":{"hosts":[{"name":"db","roles":["database"]}]}})");
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.warnings, QStringList{QStringLiteral("topology: unknown field ignored.")});
        QVERIFY(!loaded.profile.topology.spansServers());
    }

    void writesNoSecretFields()
    {
        const QJsonObject json = ProfileJson::toJson(test::testProfile());
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!text.contains("\"password\""));
        QVERIFY(!text.contains("passphrase"));
        QCOMPARE(json.value(QStringLiteral("schema")).toInt(), DeploymentProfile::kSchemaVersion);
    }
};

QTEST_GUILESS_MAIN(TestProfileJson)
#include "tst_profilejson.moc"
