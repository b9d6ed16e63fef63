#include "profile/ProfileJson.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// The odoo-deploy binary, headless: exit codes, messages, and what render writes.
class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

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

    void unknownCommand()
    {
        const auto r = odooDeploy({QStringLiteral("deploy-everything")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Unknown command"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
