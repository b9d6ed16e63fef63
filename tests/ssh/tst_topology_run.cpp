#include "ops/TopologyRun.h"
#include "profile/TopologyProfile.h"
#include "render/Generators.h"

#include "MemorySecretStore.h"
#include "SshServer.h"
#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// A deployment on several servers run as one (TopologyRun): phase by phase, one
// controller per server, the database password from the keychain into each server's
// steps. The four servers of test::topologyProfile() are all this real sshd on
// loopback, under their own names: what a server did is a file named after it.
class TestTopologyRun : public QObject
{
    Q_OBJECT
    test::SshServer m_server;
    QTemporaryDir m_home;

    struct Answers : Prompter {
        QStringList questions;
        QString secret; // the answer to a password question
        int secretsAsked = 0;
        bool hold = false;   // keep the question open (a dialog the user has not answered)
        SecretAnswer held;
        void askHostKey(const RemoteError &, Consent answer) override { answer(true); }
        void askSecret(SecretKind kind, const QString &, const QString &, const QString &, SecretAnswer answer) override
        {
            QCOMPARE(kind, SecretKind::DatabasePassword);
            ++secretsAsked;
            if (hold)
                held = std::move(answer);
            else
                answer(secret, false);
        }
        void confirm(const QString &question, Consent answer) override
        {
            questions << question;
            answer(true);
        }
    };

    // Each server: a start stamp, its step's standard input, half a second, an end
    // stamp (nanoseconds), in files named after it; with `fail` it fails instead. With a
    // peer, it waits (up to 10 s) for the peer's start stamp before it ends: run at once,
    // both overlap however loaded this machine is; run one after the other, they cannot.
    struct Stamp : Operation {
        QString dir;
        QString server;
        QString peer;
        bool fail = false;
        QString id() const override { return QStringLiteral("stamp"); }
        QString title() const override { return QStringLiteral("Stamp"); }
        bool changesServer() const override { return true; }
        QList<RemoteStep> steps(const DeploymentProfile &, const HostFacts &) const override
        {
            RemoteStep s;
            s.id = QStringLiteral("stamp");
            s.title = QStringLiteral("stamp ") + server;
            const QString base = dir + QLatin1Char('/') + server;
            s.command = fail ? QStringLiteral("date +%s%N > '%1.start'; echo 'broken on purpose' >&2; exit 3").arg(base)
                             : QStringLiteral("date +%s%N > '%1.start'; cat > '%1.input'; echo 'the password is %2'; sleep 0.5; "
                                              "for i in $(seq 100); do [ -z '%3' ] || [ -e '%4.start' ] && break; sleep 0.1; done; "
                                              "date +%s%N > '%1.end'")
                                   .arg(base, QLatin1String(Generators::kDatabasePasswordPlaceholder), peer, dir + QLatin1Char('/') + peer);
            s.input = QByteArray("db_password = ") + Generators::kDatabasePasswordPlaceholder;
            return {s};
        }
    };

    // Says `word` on the server and records it; changes nothing, needs no password.
    struct Says : Operation {
        QString word;
        explicit Says(QString w) : word(std::move(w)) {}
        QString id() const override { return QStringLiteral("says"); }
        QString title() const override { return QStringLiteral("Says"); }
        bool captures(const RemoteStep &) const override { return true; }
        QList<RemoteStep> steps(const DeploymentProfile &, const HostFacts &) const override
        {
            RemoteStep s;
            s.id = QStringLiteral("says");
            s.title = QStringLiteral("says ") + word;
            s.command = QStringLiteral("echo word=%1").arg(word);
            return {s};
        }
        void record(const RemoteStep &, const QString &output, OperationRecord &record) const override
        {
            record.details.insert(QStringLiteral("word"), output.trimmed().section(QLatin1Char('='), 1));
        }
    };

    struct Result {
        bool success = false;
        QString failure;
        QStringList phases;
        QStringList finishedServers;
        QString output;
    };

    Result run(TopologyRun &topology, const DeploymentProfile &deployment, const QString &dir, const QString &failOn, bool changes)
    {
        Result r;
        QEventLoop loop;
        connect(&topology, &TopologyRun::phaseStarted, &loop, [&](int, const QStringList &s) { r.phases << s.join(QLatin1Char('+')); });
        connect(&topology, &TopologyRun::serverFinished, &loop, [&](const QString &s, bool ok) { r.finishedServers << s + (ok ? "" : "!"); });
        connect(&topology, &TopologyRun::output, &loop, [&](const QString &s, int, int, const QString &t) { r.output += s + QLatin1Char(':') + t; });
        connect(&topology, &TopologyRun::failed, &loop, [&](const QString &m) { r.failure = m; });
        connect(&topology, &TopologyRun::finished, &loop, [&](bool ok) {
            r.success = ok;
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        topology.start(
            deployment,
            [dir, failOn](const DeploymentProfile &server) {
                auto op = std::make_shared<Stamp>();
                op->dir = dir;
                op->server = server.topology.self;
                op->fail = server.topology.self == failOn;
                // The app servers run at once: each waits to see the other start.
                if (op->server == QLatin1String("app1") || op->server == QLatin1String("app2"))
                    op->peer = op->server == QLatin1String("app1") ? QStringLiteral("app2") : QStringLiteral("app1");
                return op;
            },
            changes);
        if (topology.isRunning())
            loop.exec();
        return r;
    }

    DeploymentProfile deployment() const
    {
        DeploymentProfile p = test::topologyProfile();
        p.keychainId = QStringLiteral("0b6f3a52-3c1e-4d59-9a0e-5f4f2d1b7c11");
        for (TopologyHost &host : p.topology.hosts)
            host.server = m_server.profile().server;
        return p;
    }

    // Calls `start` and waits (up to two minutes) for the run to end: whether it succeeded.
    static bool runToEnd(TopologyRun &topology, const std::function<void()> &start)
    {
        bool ok = false;
        QEventLoop loop;
        QObject::connect(&topology, &TopologyRun::finished, &loop, [&](bool success) {
            ok = success;
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        start();
        if (topology.isRunning())
            loop.exec();
        return ok;
    }

    // What the server's step got on its standard input.
    static QByteArray inputOf(const QString &dir, const char *server)
    {
        QFile f(dir + QLatin1Char('/') + QLatin1String(server) + QStringLiteral(".input"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(none)");
    }

    static qint64 stamp(const QString &dir, const QString &name)
    {
        QFile f(dir + QLatin1Char('/') + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        if (test::SshServer::sshdPath().isEmpty())
            QSKIP("sshd is not installed (apt-get install openssh-server)");
        QVERIFY2(m_server.start(), qPrintable(m_server.error));
    }
    void cleanupTestCase() { m_server.stop(); }

    void phasesFollowTheRoles()
    {
        DeploymentProfile p = test::topologyProfile();
        QCOMPARE(TopologyRun::phases(p), (QList<QStringList>{{"db"}, {"app1", "app2"}, {"proxy"}}));
        p.topology.hosts.removeLast(); // the proxy on app2
        p.topology.hosts[2].roles |= HostRole::Proxy;
        QCOMPARE(TopologyRun::phases(p), (QList<QStringList>{{"db"}, {"app1", "app2"}}));

        // Each server its own secrets and state, always under the same id.
        p.keychainId = QStringLiteral("0b6f3a52-3c1e-4d59-9a0e-5f4f2d1b7c11");
        const QString app1 = TopologyProfile::forHost(p, QStringLiteral("app1")).keychainId;
        QCOMPARE(app1, TopologyProfile::forHost(p, QStringLiteral("app1")).keychainId);
        QVERIFY(app1 != TopologyProfile::forHost(p, QStringLiteral("app2")).keychainId);
        QVERIFY(app1 != p.keychainId);
        QVERIFY(!QUuid(app1).isNull());
    }

    // The database server first, the app servers at the same time, the proxy last; the
    // password made once, kept in the keychain, sent on standard input, never shown.
    void serversRunPhaseByPhase()
    {
        Answers answers;
        test::MemorySecretStore keychain;
        TopologyRun topology(&answers, &keychain);
        QTemporaryDir dir;
        const Result r = run(topology, deployment(), dir.path(), QString(), true);
        QVERIFY2(r.success, qPrintable(r.failure));
        QCOMPARE(r.phases, (QStringList{"db", "app1+app2", "proxy"}));
        QCOMPARE(answers.questions.size(), 1); // once for the whole deployment
        QVERIFY2(answers.questions.first().contains(QLatin1String("4 servers in 3 phases (db, then app1 + app2, then proxy)")),
                 qPrintable(answers.questions.first()));

        const QString d = dir.path();
        QVERIFY(stamp(d, "db.end") > 0);
        QVERIFY(stamp(d, "db.end") <= stamp(d, "app1.start"));
        QVERIFY(stamp(d, "db.end") <= stamp(d, "app2.start"));
        // The app servers overlap: each started before the other ended.
        QVERIFY(stamp(d, "app1.start") < stamp(d, "app2.end"));
        QVERIFY(stamp(d, "app2.start") < stamp(d, "app1.end"));
        QVERIFY(std::max(stamp(d, "app1.end"), stamp(d, "app2.end")) <= stamp(d, "proxy.start"));

        const QString key = SecretStore::keyFor(deployment().keychainId, SecretKind::DatabasePassword);
        const QString password = keychain.values.value(key);
        QVERIFY2(TopologyRun::checkDatabasePassword(password).isEmpty(), qPrintable(password));
        for (const char *server : {"db", "app1", "app2", "proxy"})
            QCOMPARE(inputOf(d, server), QByteArray("db_password = ") + password.toUtf8());
        QVERIFY(r.output.contains(QLatin1String("app2:the password is @odoo-deploy:database-password@")));
        QVERIFY(!r.output.contains(password));

        // The next run reads the same password.
        QTemporaryDir again;
        QVERIFY(run(topology, deployment(), again.path(), QString(), true).success);
        QCOMPARE(inputOf(again.path(), "app1"), QByteArray("db_password = ") + password.toUtf8());
        QCOMPARE(keychain.values.size(), 1);
    }

    // app2 fails: app1 still finishes, the proxy never starts, the message names both.
    void aFailedServerStopsThePhasesAfterIt()
    {
        Answers answers;
        test::MemorySecretStore keychain;
        TopologyRun topology(&answers, &keychain);
        QTemporaryDir dir;
        const Result r = run(topology, deployment(), dir.path(), QStringLiteral("app2"), true);
        QVERIFY(!r.success);
        QCOMPARE(r.phases, (QStringList{"db", "app1+app2"}));
        QVERIFY2(r.failure.contains(QLatin1String("Stopped: app2 did not finish. Not started: proxy.")), qPrintable(r.failure));
        QVERIFY2(r.failure.contains(QLatin1String("app2: the step \"stamp app2\" failed")), qPrintable(r.failure));
        QVERIFY(r.finishedServers.contains(QStringLiteral("app2!")));
        QVERIFY(r.finishedServers.contains(QStringLiteral("app1")));
        QVERIFY(stamp(dir.path(), "app1.end") > 0);
        QCOMPARE(stamp(dir.path(), "proxy.start"), -1);
    }

    // A check changes nothing, the keychain included.
    void aCheckKeepsNoNewPassword()
    {
        Answers answers;
        test::MemorySecretStore keychain;
        TopologyRun topology(&answers, &keychain);
        QTemporaryDir dir;
        const Result r = run(topology, deployment(), dir.path(), QString(), false);
        QVERIFY2(r.success, qPrintable(r.failure));
        QVERIFY(keychain.values.isEmpty());
        QVERIFY(answers.questions.isEmpty());

        // The check's password was for the check only: a deployment after it makes its own
        // and keeps it.
        QTemporaryDir deployed;
        QVERIFY(run(topology, deployment(), deployed.path(), QString(), true).success);
        QCOMPARE(keychain.values.size(), 1);
        const QByteArray kept = "db_password = " + keychain.values.cbegin().value().toUtf8();
        QCOMPARE(inputOf(deployed.path(), "db"), kept);
        QVERIFY(inputOf(dir.path(), "db") != kept);
    }

    // Without a keychain the password is asked for, and checked before anything runs.
    void withoutAKeychainThePasswordIsAsked()
    {
        Answers answers;
        test::MemorySecretStore keychain;
        keychain.available = false;
        TopologyRun topology(&answers, &keychain);
        QString unavailable;
        connect(&topology, &TopologyRun::keychainUnavailable, this, [&](const QString &m) { unavailable = m; });
        QTemporaryDir dir;
        answers.secret = QStringLiteral("short'; DROP ROLE odoo; --");
        const Result refused = run(topology, deployment(), dir.path(), QString(), true);
        QVERIFY(!refused.success);
        QVERIFY2(refused.failure.contains(QLatin1String("16 to 128 letters, digits")), qPrintable(refused.failure));
        QVERIFY(refused.phases.isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
        QVERIFY2(unavailable.contains(QLatin1String("No keychain")), qPrintable(unavailable));

        answers.secret = QStringLiteral("Typed-by-the-admin.2026");
        const Result done = run(topology, deployment(), dir.path(), QString(), true);
        QVERIFY2(done.success, qPrintable(done.failure));
        QCOMPARE(answers.secretsAsked, 2);
        QCOMPARE(inputOf(dir.path(), "db"), QByteArray("db_password = Typed-by-the-admin.2026"));
    }

    // Cancel while the password question is open: the answer that comes after starts nothing.
    void cancelWhileAskingStartsNothing()
    {
        Answers answers;
        answers.hold = true;
        test::MemorySecretStore keychain;
        keychain.available = false;
        TopologyRun topology(&answers, &keychain);
        QTemporaryDir dir;
        QString failure;
        bool ended = false;
        bool success = true;
        QStringList phases;
        connect(&topology, &TopologyRun::failed, this, [&](const QString &m) { failure = m; });
        connect(&topology, &TopologyRun::phaseStarted, this, [&](int, const QStringList &s) { phases << s.join(QLatin1Char('+')); });
        connect(&topology, &TopologyRun::finished, this, [&](bool ok) {
            ended = true;
            success = ok;
        });
        const QString stamps = dir.path();
        topology.start(
            deployment(),
            [stamps](const DeploymentProfile &server) {
                auto op = std::make_shared<Stamp>();
                op->dir = stamps;
                op->server = server.topology.self;
                return op;
            },
            true);
        QTRY_VERIFY(answers.held); // after the keychain said it has none
        topology.cancel();
        answers.held(QStringLiteral("Typed-by-the-admin.2026"), false);
        QTRY_VERIFY(ended);
        QVERIFY(!success);
        QCOMPARE(failure, QStringLiteral("Cancelled."));
        QVERIFY(phases.isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
        QVERIFY(!topology.isRunning());
    }

    // Stages a caller gives (a rolling update's), and more built from what the servers
    // recorded once they ran; with no step that needs it, no database password is read
    // or made.
    void stagesGrowFromWhatTheServersRecorded()
    {
        Answers answers;
        test::MemorySecretStore keychain;
        TopologyRun topology(&answers, &keychain);
        const DeploymentProfile d = deployment();
        const auto task = [&](const char *server, const char *word) {
            return TopologyTask{QString::fromLatin1(server), TopologyProfile::forHost(d, QString::fromLatin1(server)),
                                std::make_shared<Says>(QString::fromLatin1(word))};
        };
        QStringList phases, started;
        QList<QHash<QString, QJsonObject>> asked;
        connect(&topology, &TopologyRun::phaseStarted, this, [&](int, const QStringList &servers) { phases << servers.join(QLatin1Char('+')); });
        connect(&topology, &TopologyRun::taskStarted, this,
                [&](const QString &server, bool changes) { started << server + (changes ? QStringLiteral("!") : QString()); });
        QVERIFY(runToEnd(topology, [&] {
            topology.startStages(d, {{task("app1", "old"), task("app2", "new")}}, QStringLiteral("Go?"), false, false,
                                 [&](const QHash<QString, QJsonObject> &details) {
                                     asked << details;
                                     return QList<TopologyStage>{{task("app2", "again")}, {task("proxy", "last")}};
                                 });
        }));
        QCOMPARE(phases, (QStringList{"app1+app2", "app2", "proxy"}));
        QCOMPARE(started, (QStringList{"app1", "app2", "app2", "proxy"}));
        QCOMPARE(asked.size(), 1); // once, after the first stages
        QCOMPARE(asked.first().value(QStringLiteral("app1")).value(QStringLiteral("word")).toString(), QStringLiteral("old"));
        QCOMPARE(asked.first().value(QStringLiteral("app2")).value(QStringLiteral("word")).toString(), QStringLiteral("new"));
        QVERIFY(keychain.values.isEmpty());
        QCOMPARE(answers.secretsAsked, 0);
        QVERIFY(answers.questions.isEmpty()); // changes nothing: not asked
    }

    // A run of stages that writes an odoo.conf (a staging copy) uses the role's password
    // as the deployment set it: one the keychain lacks is asked for, never made (a made
    // one would not be the role's), and not kept.
    void stagesNeverMakeTheDatabasePassword()
    {
        Answers answers;
        answers.secret = QStringLiteral("Typed-by-the-admin.2026");
        test::MemorySecretStore keychain;
        TopologyRun topology(&answers, &keychain);
        const DeploymentProfile d = deployment();
        QTemporaryDir dir;
        auto stamp = std::make_shared<Stamp>();
        stamp->dir = dir.path();
        stamp->server = QStringLiteral("app1");
        QVERIFY(runToEnd(topology, [&] {
            topology.startStages(d, {{TopologyTask{QStringLiteral("app1"), TopologyProfile::forHost(d, QStringLiteral("app1")), stamp}}},
                                 QStringLiteral("Go?"), true, true);
        }));
        QCOMPARE(answers.secretsAsked, 1);
        QVERIFY(keychain.values.isEmpty());
        QCOMPARE(inputOf(dir.path(), "app1"), QByteArray("db_password = Typed-by-the-admin.2026"));
    }

    // Servers of the last stage that end while this thread is busy queue their ends
    // together: the run still ends once, and a failed one among them is not missed.
    void serversEndingTogetherEndTheRunOnce()
    {
        struct SleepsUntil : Operation {
            qint64 deadlineNs = 0;
            bool fail = false;
            QString id() const override { return QStringLiteral("sleeps-until"); }
            QString title() const override { return QStringLiteral("Sleeps until"); }
            QList<RemoteStep> steps(const DeploymentProfile &, const HostFacts &) const override
            {
                RemoteStep s;
                s.id = QStringLiteral("sleep");
                s.title = QStringLiteral("sleep");
                s.command = QStringLiteral("while [ \"$(date +%s%N)\" -lt %1 ]; do sleep 0.01; done; exit %2").arg(deadlineNs).arg(fail ? 3 : 0);
                return {s};
            }
        };
        const DeploymentProfile d = deployment();
        for (const QString &failing : {QString(), QStringLiteral("app2")}) {
            for (int round = 0; round < 3; ++round) {
                Answers answers;
                test::MemorySecretStore keychain;
                TopologyRun topology(&answers, &keychain);
                const qint64 deadline = (QDateTime::currentMSecsSinceEpoch() + 3000) * 1000000;
                TopologyStage stage;
                for (const TopologyHost &h : d.topology.hosts) {
                    auto op = std::make_shared<SleepsUntil>();
                    op->deadlineNs = deadline;
                    op->fail = h.name == failing;
                    stage << TopologyTask{h.name, TopologyProfile::forHost(d, h.name), op};
                }
                QSignalSpy finished(&topology, &TopologyRun::finished);
                topology.startStages(d, {stage}, QStringLiteral("Go?"), false, false);
                // This thread is busy while every server ends: their ends all wait in the
                // queue when it comes back, as on a loaded machine.
                QTimer::singleShot(2500, this, [] { QThread::msleep(1500); });
                QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
                QTest::qWait(500); // a second end would come now
                QCOMPARE(finished.count(), 1);
                QCOMPARE(finished.first().first().toBool(), failing.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTopologyRun)
#include "tst_topology_run.moc"
