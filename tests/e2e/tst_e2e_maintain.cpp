#include "profile/ProfileJson.h"

#include "TestHost.h"
#include "TestProfiles.h"

#include <QJsonArray>
#include <QtTest>

using namespace odoodeploy;

// A deployment's later life on the SysV test host, through the command line: an
// update that finds nothing new, one refused for local changes, one to the fixture's
// next commit, a module upgrade the stand-in records, an update to a commit that
// cannot start, and the rollback that brings back the code and the data from before it.
class TestE2eMaintain : public QObject
{
    Q_OBJECT
    test::TestHost m_host;
    QTemporaryDir m_home;
    QString m_profilePath;
    QByteArray m_deployed; // the commit the deploy checked out
    QByteArray m_masterPassword; // generated for this scenario; must be written down nowhere

    QString env(const char *key) const { return m_host.value(key); }
    QByteArray onHost(const QString &command) { return m_host.onHost(command).out; }
    test::ProcessResult cli(const QString &command, const QStringList &extra)
    {
        return m_host.cli(m_home.path(), QStringList{command, "--profile", m_profilePath, "--accept-host-key", env("TESTHOST_FINGERPRINT")} + extra);
    }
    QByteArray head() { return onHost(QStringLiteral("runuser -u odoo -- git -C /opt/odoo/src rev-parse HEAD")).trimmed(); }
    QByteArray fixtureCommit(const QString &ref)
    {
        // The stand-in's repository, as git daemon serves it to the host.
        const QString repo = qEnvironmentVariable("ODOO_DEPLOY_TESTHOST") + QStringLiteral("/git/odoo.git");
        return test::run(QStringLiteral("git"), {"-C", repo, "rev-parse", ref + QStringLiteral("^{commit}")}).out.trimmed();
    }
    QStringList backups()
    {
        return QString::fromUtf8(onHost(QStringLiteral("ls -1 /var/backups/odoo-deploy/odoo 2>/dev/null"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QByteArray sql(const QString &query, const QString &database = QStringLiteral("acme"))
    {
        return onHost(QStringLiteral("cd / && runuser -u postgres -- psql -X -q -tA -d %2 -c \"%1\"").arg(query, database));
    }
    QByteArray productionPid() { return onHost(QStringLiteral("cat /run/odoo.pid")).trimmed(); }
    QByteArray fetch(const QString &url, QByteArray *body = nullptr)
    {
        const auto r = test::run(QStringLiteral("curl"), {"-sk", "--max-time", "10", "-w", "\n%{http_code}", url});
        if (body)
            *body = r.out;
        return r.out.mid(r.out.lastIndexOf('\n') + 1);
    }
    QJsonArray journal()
    {
        const DeploymentProfile profile = ProfileJson::load(m_profilePath).profile;
        QFile state(m_home.filePath(QStringLiteral(".local/share/odoo-deploy/state/%1.json").arg(profile.keychainId)));
        if (!state.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(state.readAll()).object().value(QStringLiteral("journal")).toArray();
    }
    static QByteArray both(const test::ProcessResult &r)
    {
        // Red lights first: a long output's tail may not hold them.
        QByteArray red;
        for (const QByteArray &line : r.out.split('\n'))
            if (line.contains("RED"))
                red += line + '\n';
        return "exit " + QByteArray::number(r.exitCode) + "\n" + red + "--- tail ---\n" + r.out.right(4000) + "\n--- stderr ---\n" +
               r.err.right(3000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_host.running())
            QSKIP("no test host: run through ctest (fixture e2e_testhost), as root");
        qunsetenv("XDG_DATA_HOME"); // the state goes below our $HOME
        m_profilePath = m_home.filePath(QStringLiteral("maintain.json"));
        DeploymentProfile p = m_host.profile(QStringLiteral("e2e-maintain"));
        p.performance.workers = 2;
        QString error;
        QVERIFY2(ProfileJson::save(p, m_profilePath, &error), qPrintable(error));
        QByteArray why;
        m_masterPassword = test::TestHost::generateMasterPassword(m_home.path(), m_profilePath, &why);
        QVERIFY2(!m_masterPassword.isEmpty(), why.constData());
        const auto r = m_host.deploy(m_home.path(), m_profilePath);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        m_deployed = head();
        QCOMPARE(m_deployed, fixtureCommit(QStringLiteral("17.0")));
        QVERIFY(!fixtureCommit(QStringLiteral("17.0-next")).isEmpty());
        QVERIFY(fixtureCommit(QStringLiteral("17.0-next")) != m_deployed);
    }

    void updateWithNothingNewChangesNothing()
    {
        const QStringList before = backups();
        const auto r = cli(QStringLiteral("update"), {"--yes"});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("nothing to update"), r.out.constData());
        QVERIFY(!r.out.contains("restarting")); // the run ended at the fetch
        QCOMPARE(backups(), before);
        QCOMPARE(head(), m_deployed);
    }

    void updateRefusesLocalChanges()
    {
        QCOMPARE(m_host.onHost(QStringLiteral("echo '# a hotfix made on the server' >> /opt/odoo/src/odoo-bin")).exitCode, 0);
        const QStringList before = backups();
        const auto r = cli(QStringLiteral("update"), {"--to", "17.0-next", "--yes"});
        const QByteArray diff = onHost(QStringLiteral("runuser -u odoo -- git -C /opt/odoo/src diff --stat"));
        m_host.onHost(QStringLiteral("runuser -u odoo -- git -C /opt/odoo/src checkout -- odoo-bin"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("has local changes") && r.err.contains("odoo-bin") && r.err.contains("Nothing was changed"), r.err.constData());
        QVERIFY2(diff.contains("odoo-bin"), diff.constData()); // the change itself was left alone
        QCOMPARE(head(), m_deployed);
        QCOMPARE(backups(), before);
    }

    void updateCheckSaysWhatItWouldDo()
    {
        const QStringList before = backups();
        const QString fetched = QStringLiteral("cat /opt/odoo/src/.git/FETCH_HEAD 2>/dev/null; ls /opt/odoo/src/.git/refs/odoo-deploy 2>/dev/null");
        const QByteArray fetchedBefore = onHost(fetched);
        const auto r = cli(QStringLiteral("update"), {"--to", "17.0-next", "--check"});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("would update /opt/odoo/src from " + m_deployed + " to " + fixtureCommit(QStringLiteral("17.0-next"))), r.out.constData());
        QVERIFY2(r.out.contains("would write /var/backups/odoo-deploy/odoo/"), r.out.constData());
        QCOMPARE(head(), m_deployed);
        QCOMPARE(backups(), before);
        QCOMPARE(onHost(fetched), fetchedBefore); // nothing was fetched either
    }

    void updateMovesToTheNextCommit()
    {
        QCOMPARE(sql(QStringLiteral("CREATE TABLE IF NOT EXISTS maintain_marker (v text); INSERT INTO maintain_marker VALUES ('before update')")).isEmpty(), true);
        const QStringList before = backups();
        const auto r = cli(QStringLiteral("update"), {"--to", "17.0-next", "--yes"});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QCOMPARE(head(), fixtureCommit(QStringLiteral("17.0-next")));
        // The commit that ran is tagged, for a rollback by hand.
        QCOMPARE(onHost(QStringLiteral("runuser -u odoo -- git -C /opt/odoo/src rev-parse odoo-deploy-previous")).trimmed(), m_deployed);
        QCOMPARE(onHost(QStringLiteral("cat /opt/odoo/src/RELEASE")), QByteArray("17.0-next\n"));
        // requirements.txt changed: installed again, and the stamp says so.
        QVERIFY2(r.out.contains("requirements of /opt/odoo/src installed"), r.out.constData());
        QCOMPARE(m_host.onHost(QStringLiteral("cmp /opt/odoo/src/requirements.txt /opt/odoo/venv/.odoo-deploy-requirements")).exitCode, 0);
        // Restarted once, answering, and the health check afterwards is not red.
        QCOMPARE(r.out.count("restarting odoo"), 1);
        QVERIFY2(r.out.contains("Health afterwards:"), r.out.constData());
        // A backup first, named with the commit that ran.
        const QStringList after = backups();
        QCOMPARE(after.size(), before.size() + 1);
        QVERIFY2(after.last().endsWith(QString::fromLatin1(m_deployed.left(12))), qPrintable(after.last()));
        const QJsonObject last = journal().last().toObject();
        QCOMPARE(last.value(QStringLiteral("operation")).toString(), QStringLiteral("update"));
        QVERIFY(last.value(QStringLiteral("success")).toBool());
        const QJsonObject details = last.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("from")).toString().toLatin1(), m_deployed);
        QCOMPARE(details.value(QStringLiteral("to")).toString().toLatin1(), fixtureCommit(QStringLiteral("17.0-next")));
        QVERIFY(details.value(QStringLiteral("backup")).toString().endsWith(after.last()));
    }

    void upgradeRunsExactlyTheGivenModules()
    {
        const auto bad = cli(QStringLiteral("upgrade"), {"--modules", "web;id", "--yes"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("is not an Odoo module name"), bad.err.constData());
        const auto dry = cli(QStringLiteral("upgrade"), {"--modules", "base,web", "--check"});
        QVERIFY2(dry.exitCode == 0, both(dry).constData());
        QVERIFY2(dry.out.contains("would stop odoo, run odoo-bin -d acme -u base,web --stop-after-init"), dry.out.constData());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'stand_in_module_updates'")).trimmed(), QByteArray("0"));

        const auto r = cli(QStringLiteral("upgrade"), {"--modules", "base,web", "--yes"});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        // The stand-in recorded exactly one -u, with exactly these modules.
        QCOMPARE(sql(QStringLiteral("SELECT argument FROM stand_in_module_updates")), QByteArray("base,web\n"));
        QVERIFY2(r.out.contains("upgraded=base,web"), r.out.constData());
        QCOMPARE(r.out.count("starting odoo"), 1);
        QCOMPARE(onHost(QStringLiteral("service odoo status >/dev/null && echo running")), QByteArray("running\n"));
        QCOMPARE(journal().last().toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("upgrade"));
    }

    void rollbackAfterAnUpdateThatCannotStart()
    {
        const QByteArray next = fixtureCommit(QStringLiteral("17.0-next"));
        const auto broken = cli(QStringLiteral("update"), {"--to", "17.0-broken", "--yes"});
        QCOMPARE(broken.exitCode, 5);
        // Why it does not answer: what odoo-bin printed before its logging started.
        QVERIFY2(broken.err.contains("odoo_missing_dependency"), both(broken).constData());
        QCOMPARE(head(), fixtureCommit(QStringLiteral("17.0-broken")));
        // Data written after the update's backup (as a half-run migration would) ...
        sql(QStringLiteral("INSERT INTO maintain_marker VALUES ('after the broken update')"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM maintain_marker")).trimmed(), QByteArray("2"));

        const auto dry = cli(QStringLiteral("rollback"), {"--check"});
        QVERIFY2(dry.exitCode == 0, both(dry).constData());
        QVERIFY2(dry.out.contains("would move /opt/odoo/src from " + fixtureCommit(QStringLiteral("17.0-broken")) + " back to " + next), dry.out.constData());
        QCOMPARE(head(), fixtureCommit(QStringLiteral("17.0-broken")));

        const auto r = cli(QStringLiteral("rollback"), {"--yes"});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("Rolling back the update of "), r.out.constData());
        // ... are gone: the code and the database are as before the update.
        QCOMPARE(head(), next);
        QCOMPARE(sql(QStringLiteral("SELECT v FROM maintain_marker")), QByteArray("before update\n"));
        QCOMPARE(onHost(QStringLiteral("service odoo status >/dev/null && echo running")), QByteArray("running\n"));
        QCOMPARE(test::run(QStringLiteral("curl"), {"-sk", "-o", "/dev/null", "-w", "%{http_code}", QStringLiteral("https://%1/web/login").arg(env("TESTHOST_IP"))}).out,
                 QByteArray("200"));
        const QJsonArray j = journal();
        QCOMPARE(j.at(j.size() - 2).toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("update"));
        QCOMPARE(j.at(j.size() - 2).toObject().value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(j.last().toObject().value(QStringLiteral("operation")).toString(), QStringLiteral("rollback"));
        QCOMPARE(j.last().toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("commit")).toString().toLatin1(), next);

        // Rolled back already: a second rollback changes nothing and says so.
        const auto again = cli(QStringLiteral("rollback"), {"--yes"});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains("Rolled back already"), again.err.constData());
        QCOMPARE(sql(QStringLiteral("SELECT v FROM maintain_marker")), QByteArray("before update\n"));
    }

    void upkeepRotatesLogsAndRunsTheScheduledBackup()
    {
        ProfileLoadResult loaded = ProfileJson::load(m_profilePath);
        loaded.profile.backup.scheduled = true;
        loaded.profile.backup.at = QStringLiteral("02:15");
        QString error;
        QVERIFY(ProfileJson::save(loaded.profile, m_profilePath, &error));
        auto r = m_host.deploy(m_home.path(), m_profilePath);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        // cron runs the entry (no systemd here), and the entry is what the preview showed.
        QCOMPARE(onHost(QStringLiteral("service cron status >/dev/null && echo running")), QByteArray("running\n"));
        const QByteArray entry = onHost(QStringLiteral("grep -v '^#' /etc/cron.d/odoo-deploy-backup-odoo | grep root"));
        QVERIFY2(entry.startsWith("15 2 * * * root /usr/local/sbin/odoo-deploy-backup-odoo >>/var/log/odoo-deploy-backup-odoo.log 2>&1"), entry.constData());
        QCOMPARE(onHost(QStringLiteral("stat -c '%U:%G %a' /usr/local/sbin/odoo-deploy-backup-odoo")), QByteArray("root:root 700\n"));

        // The entry's command, run as cron runs it (its environment from the file, nothing else).
        const QStringList before = backups();
        const auto ran = m_host.onHost(QStringLiteral("cd / && env -i SHELL=/bin/sh PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "
                                                      "sh -c \"$(grep -v '^#' /etc/cron.d/odoo-deploy-backup-odoo | grep root | cut -d ' ' -f 7-)\""));
        QVERIFY2(ran.exitCode == 0, (ran.out + ran.err).constData());
        QCOMPARE(backups().size(), qMin(before.size() + 1, 7));
        QVERIFY2(onHost(QStringLiteral("cat /var/log/odoo-deploy-backup-odoo.log")).contains("backup=/var/backups/odoo-deploy/odoo/"),
                 onHost(QStringLiteral("cat /var/log/odoo-deploy-backup-odoo.log")).constData());

        // logrotate accepts the configuration; a forced rotation leaves Odoo writing to the new file.
        const auto dry = m_host.onHost(QStringLiteral("logrotate -d /etc/logrotate.d/odoo"));
        QVERIFY2(dry.exitCode == 0 && !dry.err.contains("error"), dry.err.constData());
        const auto rotated = m_host.onHost(QStringLiteral("logrotate -f /etc/logrotate.d/odoo"));
        QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
        QCOMPARE(onHost(QStringLiteral("stat -c '%U:%G %a' /var/log/odoo/odoo.log")), QByteArray("odoo:odoo 640\n"));
        QVERIFY(m_host.onHost(QStringLiteral("test -s /var/log/odoo/odoo.log.1")).exitCode == 0);
        const QByteArray marker = "/web/login?rotation-check";
        QCOMPARE(test::run(QStringLiteral("curl"), {"-sk", "-o", "/dev/null", "-w", "%{http_code}",
                                                    QStringLiteral("https://%1").arg(env("TESTHOST_IP")) + QString::fromLatin1(marker)}).out,
                 QByteArray("200"));
        QTRY_VERIFY_WITH_TIMEOUT(onHost(QStringLiteral("cat /var/log/odoo/odoo.log")).contains(marker), 5000);
        QVERIFY(!onHost(QStringLiteral("cat /var/log/odoo/odoo.log.1")).contains(marker));

        // Again: nothing changes. Then unscheduled: the job and its entry go.
        r = m_host.deploy(m_home.path(), m_profilePath);
        QVERIFY2(r.out.contains("the server was already as wanted"), r.out.right(3000).constData());
        loaded.profile.backup.scheduled = false;
        QVERIFY(ProfileJson::save(loaded.profile, m_profilePath, &error));
        r = m_host.deploy(m_home.path(), m_profilePath);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("removed /etc/cron.d/odoo-deploy-backup-odoo"), r.out.right(3000).constData());
        QCOMPARE(onHost(QStringLiteral("ls /usr/local/sbin/odoo-deploy-backup-odoo /etc/cron.d/odoo-deploy-backup-odoo 2>/dev/null | wc -l")), QByteArray("0\n"));
        // Copies of what was replaced or removed never sit where cron or logrotate read them.
        QCOMPARE(onHost(QStringLiteral("ls /etc/cron.d /etc/logrotate.d | grep -c odoo-deploy- || true")), QByteArray("0\n"));
    }

    // A staging copy beside production: production's data and files, neutralised in the
    // copy only, answering on its own port, production answering throughout and never
    // restarted; a second run changes nothing; removing it leaves production as before.
    void stagingCopyBesideProduction()
    {
        const QString ip = env("TESTHOST_IP");
        const QString production = QStringLiteral("https://%1/web/login").arg(ip);
        const QString copy = QStringLiteral("https://%1:8443/web/login").arg(ip);
        // An attachment in production's filestore, as Odoo writes one.
        QCOMPARE(m_host.onHost(QStringLiteral("install -d -o odoo -g odoo /var/lib/odoo/filestore/acme/5e && "
                                              "printf 'attachment bytes' > /var/lib/odoo/filestore/acme/5e/5e1f && chown odoo:odoo /var/lib/odoo/filestore/acme/5e/5e1f"))
                     .exitCode,
                 0);
        sql(QStringLiteral("INSERT INTO maintain_marker VALUES ('before staging')"));
        const QByteArray pid = productionPid();
        QVERIFY(!pid.isEmpty());

        const auto dry = cli(QStringLiteral("staging"), {"--check"});
        QVERIFY2(dry.exitCode == 0, both(dry).constData());
        QVERIFY2(dry.out.contains("would copy acme into acme_staging with pg_dump | pg_restore while production keeps running"), dry.out.constData());
        QVERIFY2(dry.err.contains("shares the login cookie"), dry.err.constData()); // the warning of a copy on a port
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'acme_staging'")).trimmed(), QByteArray("0"));

        // Production through nginx, every fifth of a second while the copy is made.
        QProcess watch;
        watch.start(QStringLiteral("sh"), {"-c", QStringLiteral("while :; do curl -sk -o /dev/null -w '%{http_code}\\n' --max-time 5 %1; sleep 0.2; done").arg(production)});
        QVERIFY(watch.waitForStarted());
        const auto r = cli(QStringLiteral("staging"), {"--yes"});
        watch.kill();
        watch.waitForFinished();
        QVERIFY2(r.exitCode == 0, both(r).constData());
        const QList<QByteArray> codes = watch.readAllStandardOutput().split('\n');
        QVERIFY2(codes.size() > 5, QByteArray::number(codes.size()).constData());
        for (const QByteArray &code : codes)
            QVERIFY2(code.isEmpty() || code == "200", "production did not answer during the copy: " + code);
        QVERIFY2(r.out.contains("The staging copy: https://" + ip.toLatin1() + ":8443/"), r.out.constData());
        QCOMPARE(productionPid(), pid); // never restarted

        // The copy has production's data and files (hard links: the same inode) ...
        QCOMPARE(sql(QStringLiteral("SELECT v FROM maintain_marker ORDER BY v"), QStringLiteral("acme_staging")), sql(QStringLiteral("SELECT v FROM maintain_marker ORDER BY v")));
        QCOMPARE(onHost(QStringLiteral("cat /var/lib/odoo-staging/filestore/acme_staging/5e/5e1f")), QByteArray("attachment bytes"));
        QCOMPARE(onHost(QStringLiteral("stat -c %i /var/lib/odoo-staging/filestore/acme_staging/5e/5e1f")),
                 onHost(QStringLiteral("stat -c %i /var/lib/odoo/filestore/acme/5e/5e1f")));
        // ... neutralised in the copy only.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ir_cron WHERE active"), QStringLiteral("acme_staging")).trimmed(), QByteArray("0"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ir_cron WHERE active")).trimmed(), QByteArray("2"));
        QCOMPARE(sql(QStringLiteral("SELECT bool_or(active) FROM ir_mail_server"), QStringLiteral("acme_staging")).trimmed(), QByteArray("f"));
        QCOMPARE(sql(QStringLiteral("SELECT bool_or(active) FROM ir_mail_server")).trimmed(), QByteArray("t"));
        QVERIFY(sql(QStringLiteral("SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'"), QStringLiteral("acme_staging"))
                != sql(QStringLiteral("SELECT value FROM ir_config_parameter WHERE key = 'database.uuid'")));
        QCOMPARE(sql(QStringLiteral("SELECT value FROM ir_config_parameter WHERE key = 'web.base.url'"), QStringLiteral("acme_staging")),
                 "https://" + ip.toLatin1() + ":8443\n");
        QVERIFY(onHost(QStringLiteral("grep -x 'max_cron_threads = 0' /etc/odoo-staging/odoo-staging.conf")).size() > 0);
        // Its own site, with Odoo's banner of a neutralised database; production has none.
        QByteArray page;
        QCOMPARE(fetch(copy, &page), QByteArray("200"));
        QVERIFY2(page.contains("This database is neutralized."), page.constData());
        QCOMPARE(fetch(production, &page), QByteArray("200"));
        QVERIFY(!page.contains("neutralized"));
        QVERIFY2(r.out.contains("Health afterwards:") && !r.out.contains("RED"), r.out.constData());
        // Monitored like production: its service, its Odoo ports, its site.
        const auto checked = cli(QStringLiteral("check"), {"--staging"});
        QVERIFY2(checked.exitCode <= 1, both(checked).constData());
        QVERIFY2(checked.out.contains("Service odoo-staging") && checked.out.contains("HTTPS on port 8443") && checked.out.contains("Odoo on port 8079"),
                 checked.out.constData());
        const QJsonObject made = journal().last().toObject();
        QCOMPARE(made.value(QStringLiteral("operation")).toString(), QStringLiteral("staging"));
        QCOMPARE(made.value(QStringLiteral("details")).toObject().value(QStringLiteral("staging")).toString(), QStringLiteral("acme_staging"));

        // Again: nothing changes.
        const auto again = cli(QStringLiteral("staging"), {"--yes"});
        QVERIFY2(again.exitCode == 0, both(again).constData());
        QVERIFY2(again.out.count("==> [") == 13 && again.out.count("already so: nothing to change") == 13, again.out.constData());
        QCOMPARE(productionPid(), pid);

        // Removed: all of it, and production's files and service as before.
        const auto removed = cli(QStringLiteral("staging"), {"--remove", "--yes"});
        QVERIFY2(removed.exitCode == 0, both(removed).constData());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'acme_staging'")).trimmed(), QByteArray("0"));
        QCOMPARE(onHost(QStringLiteral("ls -d /var/lib/odoo-staging /etc/odoo-staging /var/log/odoo-staging /etc/nginx/sites-enabled/odoo-staging.conf "
                                       "/etc/init.d/odoo-staging /etc/logrotate.d/odoo-staging 2>/dev/null | wc -l")),
                 QByteArray("0\n"));
        QCOMPARE(onHost(QStringLiteral("cat /var/lib/odoo/filestore/acme/5e/5e1f; stat -c ' %h' /var/lib/odoo/filestore/acme/5e/5e1f")), QByteArray("attachment bytes 1\n"));
        QCOMPARE(fetch(production), QByteArray("200"));
        QVERIFY(fetch(copy) != "200"); // refused, or dropped by the firewall another test turned on
        QCOMPARE(onHost(QStringLiteral("grep -ci ':20FB 00000000:0000 0A' /proc/net/tcp /proc/net/tcp6 | awk -F: '{n += $2} END {print n}'")), QByteArray("0\n"));
        QCOMPARE(productionPid(), pid);
        const auto removedAgain = cli(QStringLiteral("staging"), {"--remove", "--yes"});
        QVERIFY2(removedAgain.exitCode == 0 && removedAgain.out.contains("already so"), both(removedAgain).constData());
    }

    void stagingRefusesATakenPortAndCopiesByTemplate()
    {
        // A port the copy needs is taken: refused before anything is made.
        QCOMPARE(m_host.onHost(QStringLiteral("nohup python3 -m http.server --bind 127.0.0.1 8079 >/dev/null 2>&1 & sleep 1; "
                                              "grep -qi ':1F8F 00000000:0000 0A' /proc/net/tcp")).exitCode,
                 0);
        const auto refused = cli(QStringLiteral("staging"), {"--yes"});
        // [.]: the pattern must not match the shell that runs pkill itself.
        QCOMPARE(m_host.onHost(QStringLiteral("pkill -f 'http[.]server --bind 127.0.0.1 8079'")).exitCode, 0);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("Port 8079, which the staging copy needs, is already in use"), both(refused).constData());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'acme_staging%'")).trimmed(), QByteArray("0"));

        // createdb --template: production stops for the copy and answers again after it.
        // On a name of its own the copy gets a self-signed certificate of its own, trusted
        // by the fingerprint the staging run records.
        ProfileLoadResult loaded = ProfileJson::load(m_profilePath);
        loaded.profile.staging.copy = StagingCopy::Template;
        loaded.profile.staging.domain = QStringLiteral("staging.e2e.test");
        QString error;
        QVERIFY(ProfileJson::save(loaded.profile, m_profilePath, &error));
        const auto r = cli(QStringLiteral("staging"), {"--yes"});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("stopping odoo for the copy") && r.out.contains("starting odoo again"), r.out.constData());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ir_cron WHERE active"), QStringLiteral("acme_staging")).trimmed(), QByteArray("0"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ir_cron WHERE active")).trimmed(), QByteArray("2"));
        const QString ip = env("TESTHOST_IP");
        QCOMPARE(fetch(QStringLiteral("https://%1/web/login").arg(ip)), QByteArray("200"));
        QByteArray page;
        const auto own = test::run(QStringLiteral("curl"), {"-sk", "--max-time", "10", "--resolve", "staging.e2e.test:443:" + ip,
                                                            "https://staging.e2e.test/web/login"});
        QVERIFY2(own.out.contains("This database is neutralized."), own.out.constData());
        // Mail the copy would send has nowhere to go.
        QCOMPARE(onHost(QStringLiteral("grep -x 'smtp_server = .*' /etc/odoo-staging/odoo-staging.conf")),
                 QByteArray("smtp_server = mail-blocked-in-staging.invalid\n"));
        QVERIFY(onHost(QStringLiteral("grep -c smtp_server /etc/odoo/odoo.conf")).startsWith("0"));

        const QByteArray fingerprint = onHost(QStringLiteral("openssl x509 -noout -fingerprint -sha256 -in /etc/ssl/certs/odoo-staging-selfsigned.crt "
                                                             "| sed 's/.*=//'")).trimmed();
        QCOMPARE(fingerprint.size(), 95);
        const QJsonObject made = journal().last().toObject();
        QCOMPARE(made.value(QStringLiteral("operation")).toString(), QStringLiteral("staging"));
        QCOMPARE(made.value(QStringLiteral("details")).toObject().value(QStringLiteral("certificatePin")).toString().toLatin1(), fingerprint);
        QCOMPARE(ProfileJson::load(m_profilePath).profile.web.certificatePin, loaded.profile.web.certificatePin); // production's stays
        QVERIFY(fingerprint != loaded.profile.web.certificatePin.toLatin1());
        const QByteArray copyHealth = r.out.mid(r.out.indexOf("The staging copy:"), r.out.indexOf("Health afterwards:") - r.out.indexOf("The staging copy:"));
        QVERIFY2(copyHealth.contains("trusted by its recorded fingerprint") && !copyHealth.contains("RED"), r.out.constData());
        const auto checked = cli(QStringLiteral("check"), {"--staging"});
        QVERIFY2(checked.exitCode <= 1 && checked.out.contains("trusted by its recorded fingerprint"), both(checked).constData());

        const auto removed = cli(QStringLiteral("staging"), {"--remove", "--yes"});
        QVERIFY2(removed.exitCode == 0, both(removed).constData());
        QCOMPARE(onHost(QStringLiteral("ls /etc/ssl/certs/odoo-staging-selfsigned.crt 2>/dev/null | wc -l")), QByteArray("0\n"));
        loaded.profile.staging.copy = StagingCopy::Live;
        loaded.profile.staging.domain.clear();
        QVERIFY(ProfileJson::save(loaded.profile, m_profilePath, &error));
    }

    void noSecretIsWrittenDown()
    {
        // This scenario's secret, after updates, upgrades, backups, a rollback and the
        // staging copy: in no file here (profile, run logs, state) and none on the host.
        const QString found = m_host.secretsWrittenDown(m_home.path(), {{QStringLiteral("master password"), m_masterPassword}}, 10);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestE2eMaintain)
#include "tst_e2e_maintain.moc"
