#include "profile/Validation.h"
#include "render/Generators.h"

#include "TestProfiles.h"

#include <QtTest>
#include <functional>

using namespace odoodeploy;

// Hostile values in every text field: each is either refused by validation, or the
// files rendered with it keep exactly the structure of the files rendered without it
// (same odoo.conf options as Python's configparser reads them, same nginx directives,
// same systemd keys, shell scripts that still parse and pass the same arguments).
class TestInjection : public QObject
{
    Q_OBJECT
    using Setter = std::function<void(DeploymentProfile &, const QString &)>;

    QTemporaryDir m_dir;

    static QMap<QString, QString> filesOf(const DeploymentProfile &p)
    {
        QMap<QString, QString> out;
        for (const auto &f : Generators::renderAll(p, HostFacts{}))
            out.insert(f.id, f.content);
        return out;
    }

    // What Odoo itself would read: configparser.RawConfigParser, as in odoo/tools/config.py.
    QByteArray odooOptions(const QString &conf)
    {
        const QString path = m_dir.filePath(QStringLiteral("odoo.conf"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(conf.toUtf8());
        f.close();
        const auto r = test::run(QStringLiteral("python3"),
                                 {QStringLiteral("-c"),
                                  QStringLiteral("import configparser,sys,json\n"
                                                 "p=configparser.RawConfigParser()\n"
                                                 "p.read(sys.argv[1])\n"
                                                 "print(json.dumps({s: sorted(p.options(s)) for s in p.sections()}))"),
                                  path});
        return r.exitCode == 0 ? r.out : QByteArray("python failed: ") + r.err;
    }

    // The directive names line by line: a value that broke out would add or change one.
    static QStringList directiveShape(const QString &text, QChar commentChar)
    {
        QStringList shape;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (t.isEmpty() || t.startsWith(commentChar))
                continue;
            shape << t.section(QRegularExpression(QStringLiteral("[ =]")), 0, 0) + (t.endsWith(QLatin1Char('{')) ? QStringLiteral("{") : QString());
        }
        return shape;
    }

    // Runs the certificate script with a fake openssl and chmod that record argv.
    QByteArray recordedCertificateArguments(const QString &script)
    {
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        for (const char *tool : {"openssl", "chmod"}) {
            QFile fake(bin + QLatin1Char('/') + QLatin1String(tool));
            fake.open(QIODevice::WriteOnly | QIODevice::Truncate);
            fake.write("#!/bin/sh\nfor a in \"$@\"; do printf '[%s]' \"$a\"; done; echo\n");
            fake.close();
            fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const QString path = m_dir.filePath(QStringLiteral("cert.sh"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(script.toUtf8());
        f.close();
        const auto r = test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("PATH=%1:$PATH; . %2").arg(bin, path)});
        return r.out + r.err;
    }

    QByteArray initScriptSettings(const QString &script)
    {
        QStringList assignments;
        for (const QString &line : script.split(QLatin1Char('\n')))
            if (QRegularExpression(QStringLiteral("^[A-Z_]+=")).match(line).hasMatch())
                assignments << line;
        const auto r = test::run(QStringLiteral("/bin/sh"),
                                 {QStringLiteral("-c"), assignments.join(QLatin1Char('\n'))
                                                            + QStringLiteral("\nprintf '[%s]' \"$NAME\" \"$DESC\" \"$RUN_AS\" \"$PYTHON\" \"$DAEMON\" \"$CONFIG\" \"$PIDFILE\"")});
        return r.out + r.err;
    }

private Q_SLOTS:
    void hostileValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const QStringList fields{
            "name", "server.host", "server.user", "server.jumpHost", "server.keyFile", "odoo.gitUrl",
            "odoo.branch", "odoo.installDir", "odoo.systemUser", "odoo.database", "odoo.dbFilter",
            "web.domain", "web.letsEncryptEmail", "web.certFile", "web.keyFile", "service.name"};
        const QStringList values{
            "x; rm -rf /", "$(touch /tmp/odoo-deploy-pwned)", "`id`", "a'b", "a\"b", "a\nworkers = 99",
            "a\r\nlist_db = True", "}\nserver {", "a;b", "a b", "%n%i", "a\\b", "-oProxyCommand=id",
            QString::fromUtf8("a\u2028b"), "ext::sh -c id", "\t", "^a$;#x", "{ return 200; }", "[options]"};
        for (const QString &f : fields)
            for (int i = 0; i < values.size(); ++i)
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(f).arg(i))) << f << values.at(i);
    }

    void hostileValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        static const QHash<QString, Setter> setters{
            {"name", [](DeploymentProfile &p, const QString &v) { p.name = v; }},
            {"server.host", [](DeploymentProfile &p, const QString &v) { p.server.host = v; }},
            {"server.user", [](DeploymentProfile &p, const QString &v) { p.server.user = v; }},
            {"server.jumpHost", [](DeploymentProfile &p, const QString &v) { p.server.jumpHost = v; }},
            {"server.keyFile", [](DeploymentProfile &p, const QString &v) { p.server.auth = AuthMethod::KeyFile; p.server.keyFile = v; }},
            {"odoo.gitUrl", [](DeploymentProfile &p, const QString &v) { p.odoo.gitUrl = v; }},
            {"odoo.branch", [](DeploymentProfile &p, const QString &v) { p.odoo.branch = v; }},
            {"odoo.installDir", [](DeploymentProfile &p, const QString &v) { p.odoo.installDir = v; }},
            {"odoo.systemUser", [](DeploymentProfile &p, const QString &v) { p.odoo.systemUser = v; }},
            {"odoo.database", [](DeploymentProfile &p, const QString &v) { p.odoo.database = v; }},
            {"odoo.dbFilter", [](DeploymentProfile &p, const QString &v) { p.odoo.dbFilter = v; }},
            {"web.domain", [](DeploymentProfile &p, const QString &v) { p.web.domain = v; }},
            {"web.letsEncryptEmail", [](DeploymentProfile &p, const QString &v) { p.web.certificate = CertificateMode::LetsEncrypt; p.web.letsEncryptEmail = v; }},
            {"web.certFile", [](DeploymentProfile &p, const QString &v) { p.web.certificate = CertificateMode::Existing; p.web.keyFile = QStringLiteral("/home/admin/erp.key"); p.web.certFile = v; }},
            {"web.keyFile", [](DeploymentProfile &p, const QString &v) { p.web.certificate = CertificateMode::Existing; p.web.certFile = QStringLiteral("/home/admin/erp.crt"); p.web.keyFile = v; }},
            {"service.name", [](DeploymentProfile &p, const QString &v) { p.service.name = v; }},
        };
        // The baseline differs from the hostile profile in this one value only.
        static const QHash<QString, QString> safeValues{
            {"name", "production"}, {"server.host", "erp.example.com"}, {"server.user", "root"},
            {"server.jumpHost", ""}, {"server.keyFile", "/home/admin/.ssh/id_ed25519"},
            {"odoo.gitUrl", "https://github.com/odoo/odoo.git"}, {"odoo.branch", ""},
            {"odoo.installDir", "/opt/odoo"}, {"odoo.systemUser", "odoo"}, {"odoo.database", "acme"},
            {"odoo.dbFilter", ""}, {"web.domain", "erp.example.com"}, {"web.letsEncryptEmail", "admin@example.com"},
            {"web.certFile", "/home/admin/erp.crt"}, {"web.keyFile", "/home/admin/erp.key"}, {"service.name", "odoo"}};
        const DeploymentProfile start = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto);
        DeploymentProfile baseline = start, hostile = start;
        setters.value(field)(baseline, safeValues.value(field));
        setters.value(field)(hostile, value);

        const FieldIssues issues = Validation::validate(hostile);
        if (!issues.isEmpty()) {
            QVERIFY2(issues.first().field == field, qPrintable(QStringLiteral("refused on %1, not %2").arg(issues.first().field, field)));
            QVERIFY(!issues.first().message.isEmpty());
            return; // refused, with a message: nothing is rendered
        }
        QVERIFY(Validation::validate(baseline).isEmpty());

        const auto before = filesOf(baseline);
        const auto after = filesOf(hostile);
        QCOMPARE(after.keys(), before.keys());
        QCOMPARE(odooOptions(after["odoo.conf"]), odooOptions(before["odoo.conf"]));
        QCOMPARE(directiveShape(after["nginx-site"], QLatin1Char('#')), directiveShape(before["nginx-site"], QLatin1Char('#')));
        QCOMPARE(directiveShape(after["systemd-unit"], QLatin1Char('#')), directiveShape(before["systemd-unit"], QLatin1Char('#')));
        QCOMPARE(test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), after["sysvinit-script"]}).exitCode, 0);
        QCOMPARE(initScriptSettings(after["sysvinit-script"]), initScriptSettings(before["sysvinit-script"]));
        const QByteArray args = recordedCertificateArguments(after["selfsigned-certificate.sh"]);
        QCOMPARE(args, recordedCertificateArguments(before["selfsigned-certificate.sh"]));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/odoo-deploy-pwned")));
    }

    void acceptedDbFilterReachesOdooVerbatim()
    {
        DeploymentProfile p = test::testProfile();
        p.odoo.dbFilter = QStringLiteral("^(acme|acme-test)$;#x%d");
        QVERIFY(Validation::validate(p).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("f.conf"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(Generators::odooConfig(p).toUtf8());
        f.close();
        const auto r = test::run(QStringLiteral("python3"), {QStringLiteral("-c"),
                                 QStringLiteral("import configparser,sys\np=configparser.RawConfigParser()\np.read(sys.argv[1])\n"
                                                "sys.stdout.write(p.get('options','dbfilter')+'|'+p.get('options','admin_passwd'))"), path});
        QCOMPARE(QString::fromUtf8(r.out), p.odoo.dbFilter + QLatin1Char('|') + test::kKnownHash);
    }
};

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"
