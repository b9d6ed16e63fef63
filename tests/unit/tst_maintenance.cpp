#include "ops/MaintenanceOperations.h"
#include "ops/Operations.h"
#include "ops/TopologyMaintenance.h"
#include "render/Generators.h"
#include "base/DeploymentPaths.h"
#include "base/ShellQuote.h"
#include "profile/TopologyProfile.h"
#include "plan/Maintenance.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// The maintenance actions' pure parts: which module lists pass, where a rollback goes
// (read from the journal), the steps each operation runs and what they record.
class TestMaintenance : public QObject
{
    Q_OBJECT

    static JournalEntry entry(const QString &operation, bool success, const QJsonObject &details, int minute)
    {
        JournalEntry e;
        e.time = QDateTime(QDate(2026, 11, 27), QTime(10, minute), Qt::UTC);
        e.operation = operation;
        e.host = QStringLiteral("example");
        e.success = success;
        e.details = details;
        return e;
    }
    static QJsonObject backupOf(const QString &name, const QString &commit)
    {
        return {{QStringLiteral("backup"), QStringLiteral("/var/backups/odoo-deploy/odoo/") + name}, {QStringLiteral("commit"), commit}};
    }
    static QString commit(char c) { return QString(40, QLatin1Char(c)); }

private Q_SLOTS:
    void moduleLists_data()
    {
        QTest::addColumn<QString>("modules");
        QTest::addColumn<bool>("fine");
        QTest::newRow("one") << "sale" << true;
        QTest::newRow("several") << "sale,stock,account_edi" << true;
        QTest::newRow("all") << "all" << true;
        QTest::newRow("digits") << "l10n_cn" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("blank") << "  " << false;
        QTest::newRow("empty item") << "sale,,stock" << false;
        QTest::newRow("trailing comma") << "sale," << false;
        QTest::newRow("space") << "sale, stock" << false;
        QTest::newRow("capital") << "Sale" << false;
        QTest::newRow("injection") << "sale;rm -rf /" << false;
        QTest::newRow("option") << "-i" << false;
        QTest::newRow("path") << "../base" << false;
        QTest::newRow("all among others") << "all,sale" << false;
        QTest::newRow("digit first") << "1sale" << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
    }
    void moduleLists()
    {
        QFETCH(QString, modules);
        QFETCH(bool, fine);
        const QString problem = Maintenance::checkModuleList(modules);
        QCOMPARE(problem.isEmpty(), fine);
    }

    void rollbackGoesToTheNewestUpdateOrUpgrade()
    {
        DeploymentState state;
        QVERIFY(!RollbackPoint::fromJournal(state).problem.isEmpty());
        state.journal << entry(QStringLiteral("deploy"), true, {}, 0)
                      << entry(QStringLiteral("update"), true, backupOf(QStringLiteral("20261127T100100Z-aaaaaaaaaaaa"), commit('a')), 1)
                      << entry(QStringLiteral("backup"), true, backupOf(QStringLiteral("20261127T100200Z-bbbbbbbbbbbb"), commit('b')), 2);
        RollbackPoint p = RollbackPoint::fromJournal(state);
        QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
        QCOMPARE(p.backup, QStringLiteral("20261127T100100Z-aaaaaaaaaaaa")); // a plain backup is no rollback point
        QCOMPARE(p.commit, commit('a'));
        QCOMPARE(p.operation, QStringLiteral("update"));

        // An update that failed after its backup is exactly when a rollback is needed.
        state.journal << entry(QStringLiteral("update"), false, backupOf(QStringLiteral("20261127T100300Z-cccccccccccc"), commit('c')), 3);
        QCOMPARE(RollbackPoint::fromJournal(state).backup, QStringLiteral("20261127T100300Z-cccccccccccc"));
        // One that stopped before its backup (local changes, nothing to fetch) is not.
        state.journal << entry(QStringLiteral("update"), false, {{QStringLiteral("from"), commit('d')}}, 4);
        QCOMPARE(RollbackPoint::fromJournal(state).backup, QStringLiteral("20261127T100300Z-cccccccccccc"));
        // An upgrade counts too.
        state.journal << entry(QStringLiteral("upgrade"), true, backupOf(QStringLiteral("20261127T100500Z-eeeeeeeeeeee"), commit('e')), 5);
        p = RollbackPoint::fromJournal(state);
        QCOMPARE(p.operation, QStringLiteral("upgrade"));
        QCOMPARE(p.commit, commit('e'));

        // Rolled back already: a second rollback has nothing to do and says so.
        state.journal << entry(QStringLiteral("rollback"), true,
                               {{QStringLiteral("restored"), QStringLiteral("/var/backups/odoo-deploy/odoo/20261127T100500Z-eeeeeeeeeeee")}}, 6);
        p = RollbackPoint::fromJournal(state);
        QVERIFY2(p.problem.contains(QLatin1String("Rolled back already")), qPrintable(p.problem));
        // A rollback that failed does not count as done.
        state.journal.last().success = false;
        QVERIFY(RollbackPoint::fromJournal(state).problem.isEmpty());
    }

    void aDamagedJournalIsNoRollbackPoint()
    {
        // The journal is a local file: what it names is checked before it reaches a script.
        DeploymentState state;
        state.journal << entry(QStringLiteral("update"), true, backupOf(QStringLiteral("../../etc"), commit('a')), 1);
        QVERIFY(!RollbackPoint::fromJournal(state).problem.isEmpty());
        state.journal.last().details = backupOf(QStringLiteral("20261127T100100Z-aaaaaaaaaaaa"), QStringLiteral("HEAD; rm -rf /"));
        QVERIFY(!RollbackPoint::fromJournal(state).problem.isEmpty());
    }

    void updateStepsAndRecords()
    {
        const DeploymentProfile p = test::testProfile();
        HostFacts f;
        f.probed = true;
        f.init = HostFacts::Init::Systemd;
        UpdateOperation update(QString(), false);
        QStringList ids;
        for (const RemoteStep &s : update.steps(p, f))
            ids << s.id;
        QCOMPARE(ids, (QStringList{"update-fetch", "backup", "update-apply"}));
        QVERIFY(update.steps(p, f).first().endsRunWhenUnchanged); // already there: no backup, no restart
        QVERIFY(update.steps(p, f).first().command.contains(QStringLiteral("TARGET=%1\n").arg(shellQuote(p.odoo.effectiveBranch()))));
        QCOMPARE(UpdateOperation(QString(), true).steps(p, f).size(), 2); // check mode: fetch and backup, both checks only
        QVERIFY(!UpdateOperation(QString(), true).changesServer());

        OperationRecord r;
        update.record(update.steps(p, f).at(0), QStringLiteral("from=%1\nto=%2\nfetched 17.0\n").arg(commit('a'), commit('b')), r);
        update.record(update.steps(p, f).at(1), QStringLiteral("backup=/var/backups/odoo-deploy/odoo/x\ncommit=%1\nsize=1M\n").arg(commit('a')), r);
        QCOMPARE(r.details.value(QStringLiteral("from")).toString(), commit('a'));
        QCOMPARE(r.details.value(QStringLiteral("to")).toString(), commit('b'));
        QCOMPARE(r.details.value(QStringLiteral("backup")).toString(), QStringLiteral("/var/backups/odoo-deploy/odoo/x"));
        QCOMPARE(r.details.value(QStringLiteral("commit")).toString(), commit('a'));

        // A target that is no ref name is refused before anything runs.
        QCOMPARE(UpdateOperation(QStringLiteral("--upload-pack=touch /tmp/x"), false).requirements(p, f).size(), 1);
        QVERIFY(UpdateOperation(QStringLiteral("v17.0.1"), false).requirements(p, f).isEmpty());
    }

    void upgradeAndRollbackSteps()
    {
        const DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto);
        HostFacts f;
        f.probed = true;
        f.init = HostFacts::Init::Sysvinit;
        const QList<RemoteStep> upgrade = UpgradeOperation(QStringLiteral("sale,stock"), false).steps(p, f);
        QCOMPARE(upgrade.size(), 2);
        QCOMPARE(upgrade.at(0).id, QStringLiteral("backup")); // first a backup to roll back to
        QVERIFY(upgrade.at(1).command.contains(QStringLiteral("MODULES=") + shellQuote(QStringLiteral("sale,stock")) + QLatin1Char('\n')));
        QVERIFY(upgrade.at(1).command.contains(QStringLiteral("INIT_SYSTEM=sysvinit\n")));

        RollbackPoint point;
        point.backup = QStringLiteral("20261127T100100Z-aaaaaaaaaaaa");
        point.commit = commit('a');
        const QList<RemoteStep> rollback = RollbackOperation(point, false).steps(p, f);
        QCOMPARE(rollback.size(), 1);
        QVERIFY(rollback.first().command.contains(QStringLiteral("COMMIT=%1\n").arg(commit('a'))));
        QVERIFY(rollback.first().command.contains(QStringLiteral("BACKUP=/var/backups/odoo-deploy/odoo/20261127T100100Z-aaaaaaaaaaaa\n")));
        // A plain restore leaves the code alone.
        QVERIFY(RestoreOperation(point.backup, false, false).steps(p, f).first().command.contains(QStringLiteral("COMMIT=''")));
    }

    // Several servers: first every app server says what it would take; then those with
    // something new, one at a time, out of the proxy's upstreams meanwhile; the shared
    // database and filestore backed up once, by the first of them, over the network.
    void rollingUpdateStages()
    {
        const DeploymentProfile deployment = test::topologyProfile();
        HostFacts f;
        f.probed = true;
        f.init = HostFacts::Init::Systemd;
        const auto stepIds = [&](const TopologyTask &task) {
            QStringList ids;
            for (const RemoteStep &s : task.operation->steps(task.profile, f))
                ids << s.id;
            return ids;
        };
        const TopologyMaintenance::Stages update = TopologyMaintenance::rollingUpdate(deployment, QStringLiteral("v2"), false);
        QCOMPARE(update.first.size(), 1);
        QCOMPARE(update.servers, (QStringList{"app1", "app2", "proxy"}));
        QVERIFY(update.changesServers);
        QCOMPARE(update.first.first().size(), 2); // app1 and app2 at once
        for (const TopologyTask &look : update.first.first()) {
            QCOMPARE(look.operation->id(), QStringLiteral("update-check"));
            QVERIFY(!look.operation->changesServer());
            QCOMPARE(stepIds(look), (QStringList{"update-fetch", "backup"})); // room for the backup, too
        }
        QVERIFY(update.next);

        const QString a = QString(40, QLatin1Char('a')), b = QString(40, QLatin1Char('b'));
        const auto at = [](const QString &from, const QString &to) {
            return QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
        };
        QVERIFY(TopologyMaintenance::hasSomethingNew(at(a, b)));
        QVERIFY(!TopologyMaintenance::hasSomethingNew(at(a, a)));
        QVERIFY(!TopologyMaintenance::hasSomethingNew(at(a, a.left(7)))); // --to an abbreviated commit
        QVERIFY(!TopologyMaintenance::hasSomethingNew({}));                // the check found nothing
        QVERIFY(update.next({{QStringLiteral("app1"), at(a, a)}, {QStringLiteral("app2"), at(b, b)}}).isEmpty());

        const QList<TopologyStage> stages = update.next({{QStringLiteral("app1"), at(a, b)}, {QStringLiteral("app2"), at(a, b)}});
        QStringList order;
        for (const TopologyStage &stage : stages) {
            QCOMPARE(stage.size(), 1);
            order << stage.first().server + QLatin1Char(':') + stage.first().operation->id();
        }
        QCOMPARE(order, (QStringList{"proxy:upstreams", "app1:update", "proxy:upstreams", "proxy:upstreams", "app2:update", "proxy:upstreams"}));

        const auto site = [](const DeploymentProfile &proxy) {
            for (const RenderedFile &file : Generators::renderAll(proxy, {}))
                if (file.id == QLatin1String("nginx-site"))
                    return file.content;
            return QString();
        };
        const QString drainingApp1 = site(stages.at(0).first().profile);
        QVERIFY2(drainingApp1.contains(QStringLiteral("server 10.0.0.21:8069 max_fails=3 fail_timeout=10s down;")), qPrintable(drainingApp1));
        QVERIFY(drainingApp1.contains(QStringLiteral("server 10.0.0.22:8069 max_fails=3 fail_timeout=10s;")));
        QVERIFY(drainingApp1.contains(QStringLiteral("server 10.0.0.21:8072 max_fails=3 fail_timeout=10s down;")));
        const QString back = site(stages.at(2).first().profile);
        QVERIFY(!back.contains(QStringLiteral(" down;")));
        QCOMPARE(back, site(TopologyProfile::forHost(deployment, QStringLiteral("proxy")))); // what deploy writes
        QVERIFY(site(stages.at(3).first().profile).contains(QStringLiteral("server 10.0.0.22:8069 max_fails=3 fail_timeout=10s down;")));

        // The proxy's part is the deploy's nginx site and nginx's reload, nothing else.
        QCOMPARE(stepIds(stages.at(0).first()), (QStringList{"nginx-site", "nginx"}));
        QCOMPARE(stepIds(stages.at(1).first()), (QStringList{"update-fetch", "backup", "update-apply"}));
        QCOMPARE(stepIds(stages.at(4).first()), (QStringList{"update-fetch", "update-apply"}));
        const QString backup = stages.at(1).first().operation->steps(stages.at(1).first().profile, f).at(1).command;
        QVERIFY(backup.contains(QStringLiteral("DB_HOST=") + shellQuote(QStringLiteral("10.0.0.11")) + QLatin1Char('\n')));
        QVERIFY(backup.contains(QStringLiteral("CONFIG=") + shellQuote(DeploymentPaths::of(deployment).configFile) + QLatin1Char('\n')));
        // On one server PostgreSQL is local: no DB_HOST.
        QVERIFY(Generators::backupScript(test::testProfile(), false).contains(QStringLiteral("DB_HOST=") + shellQuote(QString()) + QLatin1Char('\n')));

        // Only app2 behind (an update that stopped half way): it alone updates, after app1,
        // which keeps the backups, took one.
        const QList<TopologyStage> rest = update.next({{QStringLiteral("app1"), at(b, b)}, {QStringLiteral("app2"), at(a, b)}});
        QCOMPARE(rest.size(), 4);
        QCOMPARE(rest.at(0).first().server, QStringLiteral("app1"));
        QCOMPARE(rest.at(0).first().profile.topology.self, QStringLiteral("app1"));
        QCOMPARE(stepIds(rest.at(0).first()), (QStringList{"backup"}));
        QVERIFY(rest.at(0).first().operation->changesServer());
        QCOMPARE(rest.at(2).first().server, QStringLiteral("app2"));
        QCOMPARE(stepIds(rest.at(2).first()), (QStringList{"update-fetch", "update-apply"}));

        // The check alone: the first look and nothing after it.
        const TopologyMaintenance::Stages check = TopologyMaintenance::rollingUpdate(deployment, QString(), true);
        QCOMPARE(check.first.size(), 1);
        QVERIFY(!check.next);
        QVERIFY(!check.changesServers);
        QCOMPARE(check.servers, (QStringList{"app1", "app2"}));

        // One app server: nothing to answer meanwhile, so it is not taken out.
        DeploymentProfile single = deployment;
        single.topology.hosts.removeAt(2);
        const QList<TopologyStage> alone = TopologyMaintenance::rollingUpdate(single, QString(), false).next({{QStringLiteral("app1"), at(a, b)}});
        QCOMPARE(alone.size(), 1);
        QCOMPARE(alone.first().first().server, QStringLiteral("app1"));
    }

    // Several servers: the backups are the first app server's; a module upgrade runs there
    // while the other app servers are stopped, and they start again after it.
    // Stage by stage, "server:step+step" for each task (the facts: a SysV server).
    static QStringList stagePlan(const QList<TopologyStage> &stages)
    {
        HostFacts f;
        f.probed = true;
        f.init = HostFacts::Init::Sysvinit;
        QStringList out;
        for (const TopologyStage &stage : stages) {
            QStringList tasks;
            for (const TopologyTask &task : stage) {
                if (task.profile.topology.self != task.server) // each runs with its own server's profile
                    tasks << QStringLiteral("%1 with %2's profile").arg(task.server, task.profile.topology.self);
                QStringList ids;
                for (const RemoteStep &step : task.operation->steps(task.profile, f))
                    ids << step.id;
                tasks << task.server + QLatin1Char(':') + ids.join(QLatin1Char('+'));
            }
            out << tasks.join(QLatin1Char(' '));
        }
        return out;
    }

    void backupAndModuleUpgradeOnSeveralServers()
    {
        const DeploymentProfile deployment = test::topologyProfile();
        HostFacts f;
        f.probed = true;
        f.init = HostFacts::Init::Sysvinit;
        const auto plan = &stagePlan;
        const TopologyMaintenance::Stages backup = TopologyMaintenance::backup(deployment, false);
        QCOMPARE(plan(backup.first), (QStringList{"app1:backup"}));
        QVERIFY(backup.changesServers && !backup.next);
        QCOMPARE(backup.question, QStringLiteral("Back up the database and the filestore on app1?"));
        QVERIFY(!TopologyMaintenance::backup(deployment, true).changesServers);

        const TopologyMaintenance::Stages upgrade = TopologyMaintenance::moduleUpgrade(deployment, QStringLiteral("sale"), false);
        // app1 looks first: a refusal stops nothing.
        QCOMPARE(plan(upgrade.first), (QStringList{"app1:backup+upgrade", "app2:service-stop", "app1:backup+upgrade", "app2:service-start"}));
        QVERIFY(!upgrade.first.first().first().operation->changesServer());
        QCOMPARE(upgrade.servers, (QStringList{"app1", "app2"}));
        QVERIFY(upgrade.changesServers);
        QVERIFY(upgrade.question.contains(QStringLiteral("with app2 stopped meanwhile")));
        for (const TopologyStage &stage : upgrade.first.mid(1))
            QVERIFY(stage.first().operation->changesServer());
        // The upgrade reaches the database server from app1: its backup dumps over TLS.
        const QString dump = upgrade.first.at(2).first().operation->steps(upgrade.first.at(2).first().profile, f).first().command;
        QVERIFY(dump.contains(QStringLiteral("DB_HOST=") + shellQuote(QStringLiteral("10.0.0.11")) + QLatin1Char('\n')));
        const QString stop = upgrade.first.at(1).first().operation->steps(upgrade.first.at(1).first().profile, f).first().command;
        QVERIFY(stop.contains(QStringLiteral("RUNNING=") + shellQuote(QStringLiteral("no")) + QLatin1Char('\n')));
        QVERIFY(stop.contains(QStringLiteral("service_do stop \"$SERVICE\"")));

        // The check: app1 alone says what it would do.
        const TopologyMaintenance::Stages check = TopologyMaintenance::moduleUpgrade(deployment, QStringLiteral("all"), true);
        QCOMPARE(plan(check.first), (QStringList{"app1:backup+upgrade"}));
        QVERIFY(!check.changesServers && !check.first.first().first().operation->changesServer());
        // One app server: nothing to stop.
        DeploymentProfile single = deployment;
        single.topology.hosts.removeAt(2);
        QCOMPARE(plan(TopologyMaintenance::moduleUpgrade(single, QStringLiteral("sale"), false).first), (QStringList{"app1:backup+upgrade", "app1:backup+upgrade"}));
        QVERIFY(!TopologyMaintenance::moduleUpgrade(single, QStringLiteral("sale"), false).stopsOtherAppServers);
        QVERIFY(upgrade.stopsOtherAppServers && !check.stopsOtherAppServers);

        // A restore: app1 into the database server's database (as the Odoo role), app2 stopped meanwhile.
        const QString name = QStringLiteral("20261127T100000Z-0123456789ab");
        const TopologyMaintenance::Stages restore = TopologyMaintenance::restore(deployment, name, false, false);
        QCOMPARE(plan(restore.first), (QStringList{"app1:restore", "app2:service-stop", "app1:restore", "app2:service-start"}));
        QVERIFY(restore.question.startsWith(QStringLiteral("Restore the backup %1 into the database and the filestore").arg(name)));
        const QString script = restore.first.at(2).first().operation->steps(restore.first.at(2).first().profile, f).first().command;
        QVERIFY(script.contains(QStringLiteral("CHECK_ONLY=") + shellQuote(QStringLiteral("no")) + QLatin1Char('\n')));
        QVERIFY(script.contains(QStringLiteral("DB_HOST=") + shellQuote(QStringLiteral("10.0.0.11")) + QLatin1Char('\n')));
        QVERIFY(script.contains(QStringLiteral("BACKUP=") + shellQuote(DeploymentPaths::of(deployment).backupDir + QLatin1Char('/') + name) + QLatin1Char('\n')));
        // On one server PostgreSQL is local: no DB_HOST.
        QVERIFY(Backup::restoreStep(test::testProfile(), f, name, false, false).command.contains(QStringLiteral("DB_HOST=''\n")));
        QCOMPARE(plan(TopologyMaintenance::restore(deployment, name, false, true).first), (QStringList{"app1:restore"}));

        // A rollback: app1 back, app2 stopped, moved to the same commit, started.
        RollbackPoint point;
        point.backup = name;
        point.commit = QString(40, QLatin1Char('c'));
        point.operation = QStringLiteral("update");
        const TopologyMaintenance::Stages rollback = TopologyMaintenance::rollback(deployment, point, false);
        QCOMPARE(plan(rollback.first), (QStringList{"app1:restore", "app2:service-stop", "app1:restore", "app2:update-fetch+update-apply", "app2:service-start"}));
        const TopologyTask &move = rollback.first.at(3).first();
        QVERIFY(move.operation->steps(move.profile, f).first().command.contains(QStringLiteral("TARGET=") + shellQuote(point.commit) + QLatin1Char('\n')));
        QVERIFY(rollback.first.at(2).first().operation->steps(rollback.first.at(2).first().profile, f).first().command.contains(
            QStringLiteral("COMMIT=") + shellQuote(point.commit) + QLatin1Char('\n')));
    }

    // A staging copy of several servers: each taking part looks at once, then the database
    // server copies (and lets app1 reach the copy), app1 runs it, the proxy serves it; app2
    // has no part. Its removal goes the other way.
    void stagingCopyOnSeveralServers()
    {
        const DeploymentProfile deployment = test::topologyProfile();
        const TopologyMaintenance::Stages staging = TopologyMaintenance::staging(deployment, false);
        const QString db = QStringLiteral("db:postgresql-access+staging-database");
        const QString app1 = QStringLiteral("app1:staging-ports+staging-data-dir+staging-log-dir+staging-filestore+staging-odoo.conf+"
                                            "staging-systemd-unit+staging-service+staging-logrotate+staging-app-firewall");
        const QString proxy = QStringLiteral("proxy:staging-ports+staging-nginx-site+staging-nginx-enable+staging-nginx+staging-firewall");
        QCOMPARE(stagePlan(staging.first), (QStringList{db + QLatin1Char(' ') + app1 + QLatin1Char(' ') + proxy, db, app1, proxy}));
        QCOMPARE(staging.servers, (QStringList{"db", "app1", "proxy"}));
        QVERIFY(staging.changesServers && staging.writesOdooConfig && !staging.stopsOtherAppServers);
        for (const TopologyTask &look : staging.first.first())
            QVERIFY(!look.operation->changesServer());
        QCOMPARE(staging.question, QStringLiteral("Make a staging copy of acme: its database copied on db, its Odoo on app1, its site "
                                                  "https://erp.example.com:8443/ on proxy?"));
        QCOMPARE(TopologyMaintenance::staging(deployment, true).first.size(), 1);
        QVERIFY(!TopologyMaintenance::staging(deployment, true).changesServers);

        const TopologyMaintenance::Stages removal = TopologyMaintenance::removeStaging(deployment, false);
        QCOMPARE(stagePlan(removal.first), (QStringList{"proxy:staging-remove+staging-firewall app1:staging-app-firewall+staging-remove db:staging-remove",
                                                       "proxy:staging-remove+staging-firewall", "app1:staging-app-firewall+staging-remove", "db:staging-remove"}));
        QVERIFY(!removal.writesOdooConfig);
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
