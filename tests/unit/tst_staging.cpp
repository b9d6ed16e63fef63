#include "health/HealthTarget.h"
#include "ops/StagingOperations.h"
#include "plan/CertificatePin.h"
#include "profile/DeploymentState.h"
#include "plan/Staging.h"
#include "render/Generators.h"
#include "profile/ProfileJson.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"
#include "profile/Validation.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// The staging copy's pure parts: the profile derived for the copy, the checks of the
// staging settings, the steps planned for the copy and its removal, the requirements.
class TestStaging : public QObject
{
    Q_OBJECT

    static HostFacts facts(bool installed = true)
    {
        HostFacts f;
        f.probed = true;
        f.init = HostFacts::Init::Sysvinit;
        f.odooInstalled = installed;
        return f;
    }
    static QStringList ids(const Plan &plan)
    {
        QStringList out;
        for (const PlanStep &s : plan.steps)
            out << s.id;
        return out;
    }
    static const PlanStep *step(const Plan &plan, const QString &id)
    {
        for (const PlanStep &s : plan.steps)
            if (s.id == id)
                return &s;
        return nullptr;
    }
    static QStringList issuesOf(const DeploymentProfile &p, const QString &field)
    {
        QStringList out;
        for (const FieldIssue &issue : Validation::validate(p))
            if (issue.field == field)
                out << issue.message;
        return out;
    }

private Q_SLOTS:
    void theCopysProfile()
    {
        DeploymentProfile p = test::testProfile();
        const DeploymentProfile s = StagingProfile::of(p);
        QCOMPARE(s.service.name, QStringLiteral("odoo-staging"));
        QCOMPARE(s.odoo.database, QStringLiteral("acme_staging"));
        QCOMPARE(s.odoo.effectiveDbFilter(), QStringLiteral("^acme_staging$"));
        QCOMPARE(s.odoo.httpPort, 8079);
        QCOMPARE(s.odoo.longpollingPort, 8082);
        QCOMPARE(s.performance.workers, 2);         // production has 5
        QCOMPARE(s.performance.maxCronThreads, 0);  // scheduled actions never run in a copy
        QCOMPARE(s.odoo.installDir, p.odoo.installDir); // the same code
        QCOMPARE(s.keychainId, p.keychainId);       // the same server, the same secrets
        QVERIFY(Validation::validate(s).isEmpty());
        QCOMPARE(StagingProfile::url(p), QStringLiteral("https://erp.example.com:8443/"));

        p.performance.workers = 0;
        QCOMPARE(StagingProfile::of(p).performance.workers, 0);
        p.staging.database = QStringLiteral("try_it");
        p.staging.domain = QStringLiteral("staging.example.com");
        QCOMPARE(StagingProfile::of(p).odoo.database, QStringLiteral("try_it"));
        QCOMPARE(StagingProfile::of(p).web.domain, QStringLiteral("staging.example.com"));
        QCOMPARE(StagingProfile::url(p), QStringLiteral("https://staging.example.com/"));
        QCOMPARE(StagingProfile::publicPort(p), 443);
        p.web.certificate = CertificateMode::None;
        p.web.hsts = false;
        p.staging.domain.clear();
        QCOMPARE(StagingProfile::url(p), QStringLiteral("http://erp.example.com:8080/"));
        p.staging.publicPort = 9000;
        QCOMPARE(StagingProfile::url(p), QStringLiteral("http://erp.example.com:9000/"));
    }

    void stagingSettingsAreChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("production's database") << "database" << "acme" << "a database of its own";
        QTest::newRow("database with a shell") << "database" << "x; rm -rf /" << "is not a valid database name";
        QTest::newRow("production's http port") << "httpPort" << "8069" << "Port 8069 is production's";
        QTest::newRow("production's websocket port") << "longpollingPort" << "8072" << "Port 8072 is production's";
        QTest::newRow("same two ports") << "longpollingPort" << "8079" << "must differ from its HTTP port";
        QTest::newRow("privileged http port") << "httpPort" << "80" << "between 1024 and 65535";
        QTest::newRow("public port 443") << "publicPort" << "443" << "Port 443 is already used";
        QTest::newRow("public port of ssh") << "publicPort" << "22" << "Port 22 is already used";
        QTest::newRow("public port too big") << "publicPort" << "70000" << "between 1 and 65535";
        QTest::newRow("production's name") << "domain" << "ERP.example.com" << "must differ from production's";
        QTest::newRow("name with a space") << "domain" << "a b" << "";
    }
    void stagingSettingsAreChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        DeploymentProfile p = test::testProfile();
        QVERIFY(issuesOf(p, QStringLiteral("staging.") + field).isEmpty());
        if (field == QLatin1String("database"))
            p.staging.database = value;
        else if (field == QLatin1String("domain"))
            p.staging.domain = value;
        else if (field == QLatin1String("httpPort"))
            p.staging.httpPort = value.toInt();
        else if (field == QLatin1String("longpollingPort"))
            p.staging.longpollingPort = value.toInt();
        else
            p.staging.publicPort = value.toInt();
        const QStringList issues = issuesOf(p, QStringLiteral("staging.") + field);
        QVERIFY2(!issues.isEmpty(), qPrintable(field));
        QVERIFY2(issues.join(QLatin1Char(' ')).contains(message), qPrintable(issues.join(QLatin1Char(' '))));
    }

    void theSettingsSurviveSavingAndLoading()
    {
        DeploymentProfile p = test::testProfile();
        p.staging.database = QStringLiteral("acme_try");
        p.staging.copy = StagingCopy::Template;
        p.staging.httpPort = 9069;
        p.staging.longpollingPort = 9072;
        p.staging.domain = QStringLiteral("try.example.com");
        p.staging.publicPort = 9443;
        const ProfileLoadResult back = ProfileJson::fromBytes(ProfileJson::toBytes(p));
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.profile.staging, p.staging);
        const ProfileLoadResult bad = ProfileJson::fromBytes(R"({"schema": 1, "staging": {"copy": "rsync"}})");
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("staging.copy")), qPrintable(bad.error));
    }

    void theCopysSteps()
    {
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto);
        Plan plan = Staging::plan(p, facts());
        QVERIFY(plan.problems.isEmpty());
        QCOMPARE(ids(plan), (QStringList{"staging-ports", "staging-database", "staging-data-dir", "staging-log-dir", "staging-filestore", "staging-odoo.conf",
                                         "staging-sysvinit-script", "staging-service", "staging-logrotate", "staging-nginx-site", "staging-nginx-enable",
                                         "staging-nginx", "staging-firewall"}));
        // Every port it needs, checked before anything is made; not once the copy's odoo.conf is there.
        const PlanStep *ports = step(plan, QStringLiteral("staging-ports"));
        QCOMPARE(ports->value(QStringLiteral("PORTS")), QStringLiteral("8079 8082 8443"));
        QCOMPARE(ports->value(QStringLiteral("MARKER")), QStringLiteral("/etc/odoo-staging/odoo-staging.conf"));
        const PlanStep *db = step(plan, QStringLiteral("staging-database"));
        QCOMPARE(db->value(QStringLiteral("SOURCE_DB")), QStringLiteral("acme"));
        QCOMPARE(db->value(QStringLiteral("DATABASE")), QStringLiteral("acme_staging"));
        QCOMPARE(db->value(QStringLiteral("COPY")), QStringLiteral("live"));
        QCOMPARE(db->value(QStringLiteral("BASE_URL")), QStringLiteral("https://erp.example.com:8443"));
        QCOMPARE(db->value(QStringLiteral("SERVICE")), QStringLiteral("odoo-staging"));
        QCOMPARE(db->value(QStringLiteral("PRODUCTION_SERVICE")), QStringLiteral("odoo"));
        const PlanStep *files = step(plan, QStringLiteral("staging-filestore"));
        QCOMPARE(files->value(QStringLiteral("SOURCE")), QStringLiteral("/var/lib/odoo/filestore/acme"));
        QCOMPARE(files->value(QStringLiteral("TARGET")), QStringLiteral("/var/lib/odoo-staging/filestore/acme_staging"));
        const QByteArray conf = step(plan, QStringLiteral("staging-odoo.conf"))->input;
        for (const char *line : {"db_name = acme_staging", "dbfilter = ^acme_staging$", "http_port = 8079", "gevent_port = 8082",
                                 "max_cron_threads = 0", "data_dir = /var/lib/odoo-staging", "logfile = /var/log/odoo-staging/odoo-staging.log",
                                 "smtp_server = mail-blocked-in-staging.invalid"})
            QVERIFY2(conf.contains(line), line);
        QVERIFY(!Generators::odooConfig(p).contains("smtp_server")); // production sends its mail
        // Production's files are never among the copy's.
        for (const PlanStep &s : plan.steps)
            QVERIFY2(s.remotePath.isEmpty() || s.remotePath.contains(QLatin1String("odoo-staging")), qPrintable(s.remotePath));

        // A template copy; a name of its own.
        p.staging.copy = StagingCopy::Template;
        plan = Staging::plan(p, facts());
        QCOMPARE(step(plan, QStringLiteral("staging-database"))->value(QStringLiteral("COPY")), QStringLiteral("template"));
        QCOMPARE(step(plan, QStringLiteral("staging-firewall"))->value(QStringLiteral("PORTS")), QStringLiteral("8443"));
        p.staging.domain = QStringLiteral("staging.example.com");
        plan = Staging::plan(p, facts());
        QVERIFY(!step(plan, QStringLiteral("staging-firewall"))); // 443 is let in already
        QCOMPARE(step(plan, QStringLiteral("certificate"))->value(QStringLiteral("CERT")), QStringLiteral("/etc/ssl/certs/odoo-staging-selfsigned.crt"));
        QCOMPARE(step(plan, QStringLiteral("staging-ports"))->value(QStringLiteral("PORTS")), QStringLiteral("8079 8082"));
    }

    // On several servers each plays its part of the copy: the database server copies (with
    // no service of production's to stop: it closes the database instead), the first app
    // server runs it on its private address with its own data folder, the proxy's site
    // names that server alone; app2 has nothing to do.
    void onSeveralServersEachServerPlaysItsPart()
    {
        DeploymentProfile deployment = test::topologyProfile();
        deployment.staging.copy = StagingCopy::Template;
        const auto planOf = [&](const char *server) { return Staging::plan(TopologyProfile::forHost(deployment, QString::fromLatin1(server)), facts()); };
        const Plan db = planOf("db");
        QCOMPARE(ids(db), (QStringList{"postgresql-access", "staging-database"}));
        QCOMPARE(step(db, QStringLiteral("staging-database"))->value(QStringLiteral("PRODUCTION_SERVICE")), QString());
        QVERIFY(step(db, QStringLiteral("postgresql-access"))->input.contains("hostssl   \"acme_staging\" \"odoo\" 10.0.0.21/32 scram-sha-256\n"));
        QVERIFY(ids(planOf("app2")).isEmpty());
        QVERIFY(ids(Staging::removal(TopologyProfile::forHost(deployment, QStringLiteral("app2")), facts())).isEmpty());

        const Plan app1 = planOf("app1");
        QCOMPARE(step(app1, QStringLiteral("staging-ports"))->value(QStringLiteral("PORTS")), QStringLiteral("8079 8082"));
        const QByteArray conf = step(app1, QStringLiteral("staging-odoo.conf"))->input;
        for (const char *line : {"\ndb_host = 10.0.0.11\n", "\ndb_name = acme_staging\n", "\nhttp_interface = 10.0.0.21\n",
                                 "\ndata_dir = /var/lib/odoo-staging\n", "\nhttp_port = 8079\n"})
            QVERIFY2(conf.contains(line), line);
        const PlanStep *firewall = step(app1, QStringLiteral("staging-app-firewall"));
        QCOMPARE(firewall->value(QStringLiteral("PORTS")), QStringLiteral("8079 8082"));
        QCOMPARE(firewall->value(QStringLiteral("FROM")), QStringLiteral("10.0.0.31"));
        QVERIFY(!ids(app1).contains(QStringLiteral("staging-nginx-site")));

        const Plan proxy = planOf("proxy");
        QCOMPARE(ids(proxy), (QStringList{"staging-ports", "staging-nginx-site", "staging-nginx-enable", "staging-nginx", "staging-firewall"}));
        const QByteArray site = step(proxy, QStringLiteral("staging-nginx-site"))->input;
        QVERIFY2(site.contains("server 10.0.0.21:8079 max_fails=3 fail_timeout=10s;\n") && !site.contains("10.0.0.22"), site.constData());

        // Removed the other way round, each its own part.
        const Plan removeDb = Staging::removal(TopologyProfile::forHost(deployment, QStringLiteral("db")), facts());
        QCOMPARE(step(removeDb, QStringLiteral("staging-remove"))->value(QStringLiteral("DATABASE")), QStringLiteral("acme_staging"));
        QCOMPARE(step(removeDb, QStringLiteral("staging-remove"))->value(QStringLiteral("DATA_DIR")), QString());
        const Plan removeApp1 = Staging::removal(TopologyProfile::forHost(deployment, QStringLiteral("app1")), facts());
        QCOMPARE(step(removeApp1, QStringLiteral("staging-remove"))->value(QStringLiteral("DATABASE")), QString());
        QCOMPARE(step(removeApp1, QStringLiteral("staging-remove"))->value(QStringLiteral("DATA_DIR")), QStringLiteral("/var/lib/odoo-staging"));
        QCOMPARE(step(removeApp1, QStringLiteral("staging-app-firewall"))->value(QStringLiteral("WANTED")), QStringLiteral("closed"));
    }

    void theRemovalsSteps()
    {
        DeploymentProfile p = test::testProfile();
        const Plan plan = Staging::removal(p, facts());
        QCOMPARE(ids(plan), (QStringList{"staging-remove", "staging-firewall"}));
        const PlanStep *remove = step(plan, QStringLiteral("staging-remove"));
        QCOMPARE(remove->value(QStringLiteral("SERVICE")), QStringLiteral("odoo-staging"));
        QCOMPARE(remove->value(QStringLiteral("DATABASE")), QStringLiteral("acme_staging"));
        QCOMPARE(remove->value(QStringLiteral("PRODUCTION_DB")), QStringLiteral("acme"));
        QCOMPARE(remove->value(QStringLiteral("DATA_DIR")), QStringLiteral("/var/lib/odoo-staging"));
        QCOMPARE(remove->value(QStringLiteral("CERTIFICATE")), QString()); // production's certificate stays
        QCOMPARE(step(plan, QStringLiteral("staging-firewall"))->value(QStringLiteral("WANTED")), QStringLiteral("closed"));
    }

    void requirementsRefuseWhatCannotWork()
    {
        DeploymentProfile p = test::testProfile();
        StagingOperation op(false);
        QList<Requirement> r = op.requirements(p, facts());
        QCOMPARE(r.size(), 1); // only the warning about the shared cookie
        QVERIFY(!r.first().mandatory);
        QVERIFY(r.first().text.contains(QLatin1String("login cookie")));

        r = op.requirements(p, facts(false));
        QVERIFY(r.first().mandatory);
        QVERIFY(r.first().text.contains(QLatin1String("deploy production first")));

        p.service.name = QStringLiteral("a-service-name-of-thirty-chars");
        r = op.requirements(p, facts());
        QVERIFY(r.first().mandatory);
        QVERIFY2(r.first().text.contains(QLatin1String("longer than 32")), qPrintable(r.first().text));

        p = test::testProfile();
        p.odoo.database = QStringLiteral("a_database_name_that_is_exactly_sixty_characters_long_123456");
        r = RemoveStagingOperation(false).requirements(p, facts());
        QVERIFY(!r.isEmpty() && r.first().mandatory);
        QVERIFY2(r.first().text.contains(QLatin1String("staging settings")), qPrintable(r.first().text));

        p = test::testProfile();
        p.staging.domain = QStringLiteral("staging.example.com");
        QVERIFY(op.requirements(p, facts()).isEmpty()); // on its own name: no cookie to share
    }

    void aSelfSignedCopyOnItsOwnNameIsPinned()
    {
        // Its certificate is its own, so its fingerprint is read after the copy's steps
        // and kept in the journal, where "check --staging" finds it.
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto);
        p.staging.domain = QStringLiteral("staging.example.com");
        const StagingOperation op(false);
        const QList<RemoteStep> steps = op.steps(p, facts());
        QCOMPARE(steps.size(), Staging::plan(p, facts()).steps.size() + 1);
        QVERIFY(CertificatePin::isPinStep(steps.last()));
        QVERIFY(steps.last().command.contains(QLatin1String("/etc/ssl/certs/odoo-staging-selfsigned.crt")));

        const QString pin = QStringLiteral("AB:") .repeated(31) + QStringLiteral("CD");
        OperationRecord record;
        op.record(steps.last(), QStringLiteral("SHA256 Fingerprint=") + pin.toLower() + QLatin1Char('\n'), record);
        QCOMPARE(record.details.value(QLatin1String(DeploymentState::kStagingPinDetail)).toString(), pin);
        QVERIFY(record.certificatePin.isEmpty()); // never taken for production's

        DeploymentState state;
        QVERIFY(state.stagingCertificatePin().isEmpty());
        JournalEntry made;
        made.operation = QStringLiteral("staging");
        made.success = true;
        made.details = record.details;
        state.journal << made;
        QCOMPARE(state.stagingCertificatePin(), pin);
        HealthTarget target = HealthTarget::forStaging(p, state.stagingCertificatePin());
        QCOMPARE(target.pin, pin);
        QCOMPARE(target.domain, QStringLiteral("staging.example.com"));

        // Check mode reads nothing; on a port of production's name, or with a real
        // certificate, there is nothing of the copy's own to pin.
        QVERIFY(!CertificatePin::isPinStep(StagingOperation(true).steps(p, facts()).last()));
        p.web.certificate = CertificateMode::LetsEncrypt;
        QVERIFY(!CertificatePin::isPinStep(op.steps(p, facts()).last()));
        p.web.certificate = CertificateMode::SelfSigned;
        p.web.certificatePin = QStringLiteral("12:") .repeated(31) + QStringLiteral("34");
        p.staging.domain.clear();
        QVERIFY(!CertificatePin::isPinStep(op.steps(p, facts()).last()));
        QCOMPARE(HealthTarget::forStaging(p, pin).pin, p.web.certificatePin); // production's certificate
    }

    void checkModeChangesNothing()
    {
        const DeploymentProfile p = test::testProfile();
        const QList<RemoteStep> steps = StagingOperation(true).steps(p, facts());
        QCOMPARE(steps.size(), Staging::plan(p, facts()).steps.size());
        for (const RemoteStep &s : steps)
            QVERIFY2(s.command.contains(QLatin1String("preview\nexit 0")), qPrintable(s.id));
        QVERIFY(!StagingOperation(true).changesServer());
        QCOMPARE(StagingOperation(true).id(), QStringLiteral("staging-check"));
        QCOMPARE(RemoveStagingOperation(false).id(), QStringLiteral("staging-remove"));
    }
};

QTEST_GUILESS_MAIN(TestStaging)
#include "tst_staging.moc"
