#include "base/StepScript.h"
#include "health/ServiceHealth.h"
#include "plan/Backup.h"
#include "plan/CertificatePin.h"
#include "plan/HostProbe.h"
#include "plan/Maintenance.h"
#include "plan/Planner.h"
#include "plan/Staging.h"

#include "TestProfiles.h"

#include <QtTest>
#include <functional>

using namespace odoodeploy;

// Every text field that reaches a step script reaches it byte for byte, whatever it
// holds, and only as a named variable: the script text around the values is the same
// as for a harmless value. Validation is bypassed on purpose: this is the last line.
class TestStepValues : public QObject
{
    Q_OBJECT
    using Setter = std::function<void(DeploymentProfile &, const QString &)>;

    static HostFacts debian12()
    {
        HostFacts f;
        f.probed = true;
        f.osId = QStringLiteral("debian");
        f.init = HostFacts::Init::Sysvinit;
        f.cpuCount = 2;
        f.pythonVersion = QStringLiteral("3.11.2");
        return f;
    }

    // Every composed script of a profile, by step id, with the values it was given.
    struct Script {
        QString command;
        ScriptValues values;
    };
    static QMap<QString, Script> scriptsOf(const DeploymentProfile &p)
    {
        QMap<QString, Script> out;
        for (const PlanStep &s : Planner::plan(p, debian12()).steps) {
            out.insert(s.id + QStringLiteral(" (run)"), {Planner::toRunStep(s).command, s.values});
            out.insert(s.id + QStringLiteral(" (check)"), {Planner::toCheckStep(s).command, s.values});
        }
        out.insert(QStringLiteral("probe"), {HostProbe::script(p), {}});
        out.insert(QStringLiteral("pin"), {CertificatePin::step(p).command, {}});
        out.insert(QStringLiteral("service state"), {ServiceHealth::step(p).command, {}});
        out.insert(QStringLiteral("backup"), {Backup::step(p, false).command, {}});
        out.insert(QStringLiteral("restore"), {Backup::restoreStep(p, debian12(), QStringLiteral("20261127T100000Z-0123456789ab"), true, false).command, {}});
        out.insert(QStringLiteral("rollback"), {Backup::restoreStep(p, debian12(), QStringLiteral("20261127T100000Z-0123456789ab"), false, false,
                                                                    QStringLiteral("0123456789abcdef0123456789abcdef01234567")).command, {}});
        out.insert(QStringLiteral("update-fetch"), {Maintenance::updateFetchStep(p, debian12(), QString(), false).command, {}});
        out.insert(QStringLiteral("update-apply"), {Maintenance::updateApplyStep(p, debian12()).command, {}});
        out.insert(QStringLiteral("upgrade"), {Maintenance::upgradeStep(p, debian12(), QStringLiteral("sale,stock"), false).command, {}});
        for (const PlanStep &s : Staging::plan(p, debian12()).steps + Staging::removal(p, debian12()).steps)
            out.insert(QStringLiteral("staging ") + s.id, {Planner::toRunStep(s).command, s.values});
        return out;
    }

    // The script without its block of values.
    static QString body(const QString &command)
    {
        const qsizetype from = command.indexOf(QLatin1String(StepScript::kValuesBegin));
        const QString end = QLatin1String(StepScript::kValuesEnd);
        const qsizetype to = command.indexOf(end);
        return from < 0 || to < 0 ? command : command.left(from) + command.mid(to + end.size());
    }

    // What sh makes of the block of values: each variable's bytes, NUL-separated.
    static QByteArray valuesAsShellSeesThem(const QString &command, const QStringList &names)
    {
        const qsizetype from = command.indexOf(QLatin1String(StepScript::kValuesBegin));
        const QString end = QLatin1String(StepScript::kValuesEnd);
        const qsizetype to = command.indexOf(end) + end.size();
        QString probe = command.mid(from, to - from) + QStringLiteral("\nprintf '%s\\0'");
        for (const QString &name : names)
            probe += QStringLiteral(" \"$%1\"").arg(name);
        return test::run(QStringLiteral("sh"), {QStringLiteral("-c"), probe}).out;
    }

private Q_SLOTS:
    void byteForByte_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const QStringList fields{"odoo.gitUrl", "odoo.branch", "odoo.installDir", "odoo.systemUser", "odoo.database",
                                 "odoo.wkhtmltopdfDeb", "web.domain", "web.letsEncryptEmail", "web.acmeServer", "service.name",
                                 "staging.database", "staging.domain"};
        const QStringList values{"%1", "%2F", "%1%2%3%4%5%6%7%8%9%10", "$(id)", "`id`", "a'b", "a\"b", "a\\b", "a\nb",
                                 "a'\\''b", "-x", " lead and trail ", "$HOME", QString::fromUtf8("ünïcødé"), "a\tb", "*"};
        for (const QString &f : fields)
            for (int i = 0; i < values.size(); ++i)
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(f).arg(i))) << f << values.at(i);
    }

    void byteForByte()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        static const QHash<QString, Setter> setters{
            {"odoo.gitUrl", [](DeploymentProfile &p, const QString &v) { p.odoo.gitUrl = v; }},
            {"odoo.branch", [](DeploymentProfile &p, const QString &v) { p.odoo.branch = v; }},
            {"odoo.installDir", [](DeploymentProfile &p, const QString &v) { p.odoo.installDir = v; }},
            {"odoo.systemUser", [](DeploymentProfile &p, const QString &v) { p.odoo.systemUser = v; }},
            {"odoo.database", [](DeploymentProfile &p, const QString &v) { p.odoo.database = v; }},
            {"odoo.wkhtmltopdfDeb", [](DeploymentProfile &p, const QString &v) { p.odoo.wkhtmltopdfDeb = v; }},
            {"web.domain", [](DeploymentProfile &p, const QString &v) { p.web.domain = v; }},
            {"web.letsEncryptEmail", [](DeploymentProfile &p, const QString &v) { p.web.letsEncryptEmail = v; }},
            {"web.acmeServer", [](DeploymentProfile &p, const QString &v) { p.web.acmeServer = v; }},
            {"service.name", [](DeploymentProfile &p, const QString &v) { p.service.name = v; }},
            {"staging.database", [](DeploymentProfile &p, const QString &v) { p.staging.database = v; }},
            {"staging.domain", [](DeploymentProfile &p, const QString &v) { p.staging.domain = v; }},
        };
        DeploymentProfile baseline = test::testProfile(QStringLiteral("17.0"), CertificateMode::LetsEncrypt, InitSystem::Auto);
        baseline.odoo.wkhtmltopdfDeb = QStringLiteral("https://example.com/wkhtmltox.deb");
        baseline.web.acmeServer = QStringLiteral("https://ca.example.com/directory");
        DeploymentProfile hostile = baseline;
        setters.value(field)(baseline, QStringLiteral("harmless"));
        setters.value(field)(hostile, value);

        const auto before = scriptsOf(baseline);
        const auto after = scriptsOf(hostile);
        QCOMPARE(after.keys(), before.keys());
        int reached = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            // Only the values differ: nothing was pasted into the script text.
            QCOMPARE(body(it->command), body(before.value(it.key()).command));
            QStringList names;
            QByteArray expected;
            for (const auto &[name, v] : it->values) {
                names << name;
                expected += v.toUtf8() + '\0';
                reached += v.contains(value);
            }
            if (names.isEmpty())
                continue;
            QCOMPARE(valuesAsShellSeesThem(it->command, names), expected);
        }
        QVERIFY2(reached > 0, "the value reached no script: the test would prove nothing");
    }

    void fileContentThatArrivedIncompleteIsNeverUsed()
    {
        // The content of odoo.conf through the check-mode script (read-only): whole, it is
        // compared with the server's file; cut short, as by a lost connection, the script
        // refuses before it looks at anything.
        const DeploymentProfile p = test::testProfile();
        PlanStep config;
        for (const PlanStep &s : Planner::plan(p, debian12()).steps)
            if (s.id == QLatin1String("config"))
                config = s;
        QVERIFY(config.input.size() > 100);
        const QString command = Planner::toCheckStep(config).command;
        const auto whole = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), command}, config.input);
        QVERIFY2(whole.exitCode == 0 && whole.out.contains("/etc/odoo/odoo.conf"), (whole.out + whole.err).constData());
        const auto cut = test::run(QStringLiteral("sh"), {QStringLiteral("-c"), command}, config.input.left(config.input.size() / 2));
        QCOMPARE(cut.exitCode, 1);
        QCOMPARE(cut.err, QByteArray("the new content did not arrive whole (was the connection lost?); nothing was changed\n"));
        QVERIFY(cut.out.isEmpty());
    }

    void standAloneScriptsGetTheValueToo()
    {
        // The probe, the pin and the service state have values of their own.
        DeploymentProfile p = test::testProfile();
        p.service.name = QStringLiteral("a'$(id)\n%1");
        p.odoo.installDir = QStringLiteral("/opt/x'y%2");
        for (const QString &command : {HostProbe::script(p), CertificatePin::step(p).command, ServiceHealth::step(p).command,
                                       Backup::step(p, false).command}) {
            QVERIFY(command.startsWith(QLatin1String(StepScript::kValuesBegin)));
            QVERIFY(!body(command).contains(QLatin1String("x'y")));
            QVERIFY(!body(command).contains(QLatin1String("$(id)\n%1")));
        }
        QCOMPARE(valuesAsShellSeesThem(ServiceHealth::step(p).command, {QStringLiteral("SERVICE")}), p.service.name.toUtf8() + '\0');
        QVERIFY(valuesAsShellSeesThem(HostProbe::script(p), {QStringLiteral("ODOO_BIN")}).startsWith(p.odoo.installDir.toUtf8()));
        p.odoo.database = QStringLiteral("db'; DROP DATABASE x; --");
        QCOMPARE(valuesAsShellSeesThem(Backup::step(p, false).command, {QStringLiteral("DATABASE")}), p.odoo.database.toUtf8() + '\0');
    }

    // What a maintenance command takes besides the profile: the update's target, the
    // modules, the rollback's commit (validated before; here the last line again).
    void maintenanceValuesByteForByte_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *v : {"%1", "%2F", "$(id)", "a'b", "a\nb", "a'\\''b", "-x", "*"})
            QTest::newRow(v) << QString::fromUtf8(v).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    }
    void maintenanceValuesByteForByte()
    {
        QFETCH(QString, value);
        const DeploymentProfile p = test::testProfile();
        const auto same = [&](const QString &hostile, const QString &harmless, const QString &name) {
            QCOMPARE(body(hostile), body(harmless));
            QCOMPARE(valuesAsShellSeesThem(hostile, {name}), value.toUtf8() + '\0');
        };
        same(Maintenance::updateFetchStep(p, debian12(), value, false).command,
             Maintenance::updateFetchStep(p, debian12(), QStringLiteral("17.0"), false).command, QStringLiteral("TARGET"));
        same(Maintenance::upgradeStep(p, debian12(), value, false).command,
             Maintenance::upgradeStep(p, debian12(), QStringLiteral("sale"), false).command, QStringLiteral("MODULES"));
        const QString backup = QStringLiteral("20261127T100000Z-0123456789ab");
        same(Backup::restoreStep(p, debian12(), backup, false, false, value).command,
             Backup::restoreStep(p, debian12(), backup, false, false, QStringLiteral("abc")).command, QStringLiteral("COMMIT"));
    }
};

QTEST_GUILESS_MAIN(TestStepValues)
#include "tst_step_values.moc"
