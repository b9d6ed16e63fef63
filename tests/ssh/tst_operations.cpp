#include "ops/OperationController.h"
#include "ops/MaintenanceOperations.h"
#include "ops/Operations.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"

#include "SshServer.h"
#include "TestProfiles.h"

#include <QtTest>
#include <unistd.h>

using namespace odoodeploy;

// One controller, many operations: the probe, a deployment's check mode and an
// operation of the kind the maintenance actions are (needs facts, has requirements,
// changes the server, records what it learned) all run through OperationController
// against a real sshd on loopback, asking through one Prompter.
class TestOperations : public QObject
{
    Q_OBJECT
    test::SshServer m_server;
    QTemporaryDir m_home;

    struct Answers : Prompter {
        int hostKeys = 0;
        QStringList questions;
        bool goAhead = true;
        void askHostKey(const RemoteError &, Consent answer) override
        {
            ++hostKeys;
            answer(true);
        }
        void askSecret(SecretKind, const QString &, const QString &, const QString &, SecretAnswer answer) override { answer({}, false); }
        void confirm(const QString &question, Consent answer) override
        {
            questions << question;
            answer(goAhead);
        }
    };

    // Needs the facts, refuses on a condition, changes "the server" (a file in a
    // temporary folder), records facts from its own probe-like step.
    struct Touch : Operation {
        QString file;
        bool refuse = false;
        QString id() const override { return QStringLiteral("touch"); }
        QString title() const override { return QStringLiteral("Touch a file"); }
        bool needsFacts() const override { return true; }
        bool changesServer() const override { return true; }
        QList<Requirement> requirements(const DeploymentProfile &, const HostFacts &facts) const override
        {
            QList<Requirement> out{{QStringLiteral("only a warning"), false}};
            if (refuse || facts.cpuCount < 1)
                out << Requirement{QStringLiteral("refused on purpose"), true};
            return out;
        }
        QList<RemoteStep> steps(const DeploymentProfile &, const HostFacts &facts) const override
        {
            RemoteStep s;
            s.id = QStringLiteral("touch");
            s.title = QStringLiteral("touch");
            s.command = QStringLiteral("touch '%1' && echo cpus=%2").arg(file).arg(facts.cpuCount);
            return {s};
        }
        bool captures(const RemoteStep &) const override { return true; }
        void record(const RemoteStep &, const QString &output, OperationRecord &record) const override
        {
            record.hasFacts = true;
            record.facts.cpuCount = output.section(QLatin1Char('='), 1).trimmed().toInt();
        }
    };

    struct Run {
        bool success = false;
        QString failure;
        QList<RemoteStep> planned;
        QStringList started;
        QList<StepOutcome> outcomes;
        QList<OperationRecord> records;
        QList<Requirement> requirements;
        QString output;
        QList<std::pair<qint64, qint64>> progress;
    };

    Run run(OperationController &controller, std::shared_ptr<const Operation> operation, const HostFacts &facts = {})
    {
        return run(controller, std::move(operation), facts, profile());
    }
    Run run(OperationController &controller, std::shared_ptr<const Operation> operation, const HostFacts &facts,
            const DeploymentProfile &profile)
    {
        Run r;
        QEventLoop loop;
        QList<QMetaObject::Connection> connections{
            connect(&controller, &OperationController::planned, this, [&](const QList<RemoteStep> &s) { r.planned = s; }),
            connect(&controller, &OperationController::requirementsChecked, this, [&](const QList<Requirement> &q) { r.requirements = q; }),
            connect(&controller, &OperationController::stepStarted, this, [&](int i) { r.started << controller.steps().at(i).id; }),
            connect(&controller, &OperationController::stepFinished, this, [&](int, const StepOutcome &o) { r.outcomes << o; }),
            connect(&controller, &OperationController::recorded, this, [&](const OperationRecord &o) { r.records << o; }),
            connect(&controller, &OperationController::failed, this, [&](const QString &m) { r.failure = m; }),
            connect(&controller, &OperationController::output, this, [&](int, int, const QString &text) { r.output += text; }),
            connect(&controller, &OperationController::progress, this, [&](int, qint64 done, qint64 total) { r.progress.append({done, total}); }),
            connect(&controller, &OperationController::finished, this, [&](bool ok) {
                r.success = ok;
                loop.quit();
            })};
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        controller.start(profile, std::move(operation), facts);
        if (controller.isRunning())
            loop.exec();
        for (const auto &c : connections)
            disconnect(c);
        return r;
    }

    DeploymentProfile profile() const { return m_server.profile(); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        if (test::SshServer::sshdPath().isEmpty())
            QSKIP("sshd is not installed (apt-get install openssh-server)");
        m_server.extraConfig = QStringLiteral("Subsystem sftp /usr/lib/openssh/sftp-server\n");
        QVERIFY2(m_server.start(), qPrintable(m_server.error));
    }
    void cleanupTestCase() { m_server.stop(); }

    void oneControllerRunsEveryOperation()
    {
        Answers answers;
        OperationController controller(&answers, nullptr);

        // The probe: facts recorded, the unknown host key asked for once.
        Run probe = run(controller, std::make_shared<ProbeOperation>());
        QVERIFY2(probe.success, qPrintable(probe.failure));
        QCOMPARE(answers.hostKeys, 1);
        QCOMPARE(probe.records.size(), 1);
        QCOMPARE(probe.records.first().facts.cpuCount, QThread::idealThreadCount());
        QVERIFY(answers.questions.isEmpty()); // reading changes nothing: no question

        // An operation that needs facts, started without: the probe runs first, out of
        // sight (its steps are not the operation's), then requirements, then a question.
        QTemporaryDir dir;
        auto touch = std::make_shared<Touch>();
        touch->file = dir.filePath(QStringLiteral("touched"));
        answers.goAhead = false;
        Run declined = run(controller, touch);
        QVERIFY(!declined.success);
        QVERIFY2(declined.failure.contains(QLatin1String("not confirmed")), qPrintable(declined.failure));
        QCOMPARE(answers.questions.size(), 1);
        QVERIFY2(answers.questions.first().contains(QLatin1String("Touch a file: 1 steps on 127.0.0.1")), qPrintable(answers.questions.first()));
        QCOMPARE(declined.requirements.size(), 1); // the warning
        QVERIFY(declined.started.isEmpty());
        QVERIFY(!QFile::exists(touch->file));
        QCOMPARE(answers.hostKeys, 1); // remembered in known_hosts

        answers.goAhead = true;
        Run done = run(controller, touch);
        QVERIFY2(done.success, qPrintable(done.failure));
        QCOMPARE(done.planned.size(), 1);
        QCOMPARE(done.started, QStringList{QStringLiteral("touch")});
        QVERIFY(QFile::exists(touch->file));
        // Recorded: the probe's facts (before the steps), then the step's own record,
        // which saw the probed facts.
        QCOMPARE(done.records.size(), 2);
        QCOMPARE(done.records.last().facts.cpuCount, QThread::idealThreadCount());

        // A mandatory requirement: refused with its reason, before any step.
        QFile::remove(touch->file);
        touch->refuse = true;
        Run refused = run(controller, touch);
        QVERIFY(!refused.success);
        QVERIFY2(refused.failure.contains(QLatin1String("refused on purpose")), qPrintable(refused.failure));
        QVERIFY(refused.started.isEmpty());
        QVERIFY(!QFile::exists(touch->file));
    }

    // A whole deployment on several servers is no one server: a controller refuses it
    // before anything connects (TopologyRun runs one controller per server, each with
    // the server's own profile, which it takes).
    void aProfileOnSeveralServersIsRefusedBeforeConnecting()
    {
        Answers answers;
        OperationController controller(&answers, nullptr);
        QTemporaryDir dir;
        auto touch = std::make_shared<Touch>();
        touch->file = dir.filePath(QStringLiteral("touched"));
        DeploymentProfile several = profile();
        several.topology = test::topologyProfile().topology;
        bool connected = false;
        connect(&controller, &OperationController::connected, this, [&] { connected = true; });
        const Run refused = run(controller, touch, {}, several);
        QVERIFY(!refused.success);
        QVERIFY2(refused.failure.contains(QLatin1String("This profile spans 4 servers")), qPrintable(refused.failure));
        QVERIFY(!connected);
        QCOMPARE(answers.hostKeys, 0);
        QVERIFY(answers.questions.isEmpty());
        QVERIFY(refused.started.isEmpty());
        QVERIFY(!QFile::exists(touch->file));
        QVERIFY(!controller.isRunning());
        QVERIFY(OperationController::unsupported(TopologyProfile::forHost(several, QStringLiteral("app1"))).isEmpty());
    }

    void deployCheckModeThroughTheSameController()
    {
        // Check mode only reads (each step's check and preview) and runs as root: on
        // this machine, through the loopback sshd, as a stand-in Debian server.
        if (geteuid() != 0)
            QSKIP("needs root: the deployment's checks run as root");
        Answers answers;
        OperationController controller(&answers, nullptr);
        HostFacts facts;
        facts.probed = true;
        facts.osId = QStringLiteral("debian");
        facts.init = HostFacts::Init::Sysvinit;
        facts.cpuCount = 2;
        facts.pythonVersion = QStringLiteral("3.11.2");
        const QStringList watched{QStringLiteral("/etc/odoo"), QStringLiteral("/etc/nginx/sites-available/odoo.conf"),
                                  QStringLiteral("/run/odoo-deploy"), QStringLiteral("/opt/odoo")};
        auto present = [&] {
            QList<bool> out;
            for (const QString &path : watched)
                out << QFileInfo::exists(path);
            return out;
        };
        const QList<bool> before = present();
        Run check = run(controller, std::make_shared<DeployOperation>(true), facts);
        QVERIFY2(check.success, qPrintable(check.failure));
        QVERIFY(answers.questions.isEmpty()); // check mode changes nothing: nothing to confirm
        QCOMPARE(check.planned.size(), Planner::plan(profile(), facts).steps.size());
        QCOMPARE(check.outcomes.size(), check.planned.size());
        for (const StepOutcome &o : check.outcomes)
            QVERIFY(o.status == StepOutcome::Status::Changed || o.status == StepOutcome::Status::Unchanged);
        QCOMPARE(present(), before); // nothing was written
    }

    void aStepThatFindsNothingToDoEndsTheRun()
    {
        // An update already at its target: no backup, no restart after it.
        Answers answers;
        OperationController controller(&answers, nullptr);
        QTemporaryDir dir;
        auto step = [&](const QString &id, const QString &command, bool ends = false) {
            RemoteStep s;
            s.id = s.title = id;
            s.command = command;
            s.endsRunWhenUnchanged = ends;
            return s;
        };
        const QString after = dir.filePath(QStringLiteral("after"));
        Run r = run(controller, std::make_shared<StepsOperation>(QStringLiteral("three"), QStringLiteral("three"),
                                                                 QList<RemoteStep>{step(QStringLiteral("first"), QStringLiteral("true")),
                                                                                   step(QStringLiteral("nothing to do"), QStringLiteral("exit 100"), true),
                                                                                   step(QStringLiteral("never"), QStringLiteral("touch '%1'").arg(after))}));
        QVERIFY2(r.success, qPrintable(r.failure));
        QCOMPARE(r.started, (QStringList{QStringLiteral("first"), QStringLiteral("nothing to do")}));
        QCOMPARE(r.outcomes.last().status, StepOutcome::Status::Unchanged);
        QVERIFY(!QFile::exists(after));
        // Without the flag, unchanged goes on as before.
        r = run(controller, std::make_shared<StepsOperation>(QStringLiteral("two"), QStringLiteral("two"),
                                                             QList<RemoteStep>{step(QStringLiteral("unchanged"), QStringLiteral("exit 100")),
                                                                               step(QStringLiteral("then"), QStringLiteral("touch '%1'").arg(after))}));
        QVERIFY2(r.success, qPrintable(r.failure));
        QVERIFY(QFile::exists(after));
    }

    // A backup downloaded over SFTP on the step's connection: the newest folder, byte for
    // byte, with progress; there already: unchanged; an interrupted download resumed; a
    // damaged part caught by the checksums, removed and fetched again on the next run.
    void aBackupDownloadsResumesAndIsVerified()
    {
        if (!QFile::exists(QStringLiteral("/usr/lib/openssh/sftp-server")))
            QSKIP("no /usr/lib/openssh/sftp-server (apt-get install openssh-sftp-server)");
        QTemporaryDir server;
        QTemporaryDir local;
        QDir(server.path()).mkpath(QStringLiteral("20261126T100000Z-aaaaaaaaaaaa")); // older
        QDir(server.path()).mkpath(QStringLiteral(".20261128T100000Z-cccccccccccc.partial")); // being written
        const QString name = QStringLiteral("20261127T100000Z-0123456789ab");
        const QDir folder(server.filePath(name));
        QDir().mkpath(folder.path());
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        };
        QByteArray dump(3 * 1024 * 1024 + 12345, Qt::Uninitialized); // not a whole number of chunks
        for (qsizetype i = 0; i < dump.size(); ++i)
            dump[i] = char((i * 7919) >> 5);
        write(folder.filePath(QStringLiteral("database.dump")), dump);
        write(folder.filePath(QStringLiteral("filestore.tar.gz")), QByteArray(70000, 'f'));
        write(folder.filePath(QStringLiteral("commit")), "0123456789abcdef0123456789abcdef01234567\n");
        write(folder.filePath(QStringLiteral("database-name")), "acme\n");
        QCOMPARE(test::run(QStringLiteral("sh"), {"-c", QStringLiteral("cd '%1' && sha256sum database.dump filestore.tar.gz commit database-name > SHA256SUMS").arg(folder.path())}).exitCode, 0);

        RemoteStep step;
        step.id = step.title = QStringLiteral("download");
        step.download.remoteFolder = server.path();
        step.download.newestIn = true;
        step.download.files = {"SHA256SUMS", "commit", "database-name", "database.dump", "filestore.tar.gz"};
        step.download.localFolder = local.path();
        step.download.sumsFile = QStringLiteral("SHA256SUMS");
        const auto op = std::make_shared<StepsOperation>(QStringLiteral("download"), QStringLiteral("download"), QList<RemoteStep>{step});
        const QString got = local.filePath(name + QStringLiteral("/database.dump"));
        const auto fileBytes = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };

        Answers answers;
        OperationController controller(&answers, nullptr);
        Run r = run(controller, op);
        QVERIFY2(r.success, qPrintable(r.failure + r.output));
        QCOMPARE(r.outcomes.last().status, StepOutcome::Status::Changed);
        QCOMPARE(fileBytes(got), dump);
        QCOMPARE(fileBytes(local.filePath(name + QStringLiteral("/filestore.tar.gz"))), QByteArray(70000, 'f'));
        QVERIFY2(r.output.contains(QLatin1String("checksums verified")), qPrintable(r.output));
        const qint64 total = dump.size() + 70000 + 41 + 5 + QFileInfo(folder.filePath(QStringLiteral("SHA256SUMS"))).size();
        QVERIFY(!r.progress.isEmpty());
        QCOMPARE(r.progress.last(), (std::pair<qint64, qint64>(total, total)));
        QVERIFY(!QFile::exists(got + QStringLiteral(".part")));

        // There already and verified: nothing fetched.
        r = run(controller, op);
        QVERIFY2(r.success, qPrintable(r.failure));
        QCOMPARE(r.outcomes.last().status, StepOutcome::Status::Unchanged);

        // Interrupted after a mebibyte: goes on from there.
        QFile::remove(got);
        write(got + QStringLiteral(".part"), dump.left(1024 * 1024));
        r = run(controller, op);
        QVERIFY2(r.success, qPrintable(r.failure + r.output));
        QVERIFY2(r.output.contains(QLatin1String("resumed after 1.0 MiB")), qPrintable(r.output));
        QCOMPARE(fileBytes(got), dump);

        // A damaged part (bytes that are not the file's): the checksums catch it, the
        // file goes, and the next run fetches it whole.
        QFile::remove(got);
        write(got + QStringLiteral(".part"), QByteArray(1024 * 1024, 'x'));
        r = run(controller, op);
        QVERIFY(!r.success);
        QVERIFY2(r.outcomes.last().message.contains(QLatin1String("do not match database.dump")), qPrintable(r.outcomes.last().message));
        QVERIFY(!QFile::exists(got));
        r = run(controller, op);
        QVERIFY2(r.success, qPrintable(r.failure + r.output));
        QCOMPARE(fileBytes(got), dump);
    }

    void maintenanceActionsThroughTheSameController()
    {
        Answers answers;
        OperationController controller(&answers, nullptr);
        // A rollback with nothing in the journal: refused with the reason, nothing ran.
        Run nothing = run(controller, std::make_shared<RollbackOperation>(RollbackPoint::fromJournal({}), false));
        QVERIFY(!nothing.success);
        QVERIFY2(nothing.failure.contains(QLatin1String("nothing to roll back to")), qPrintable(nothing.failure));
        QVERIFY(nothing.started.isEmpty());
        // Module names are checked before anything runs.
        Run bad = run(controller, std::make_shared<UpgradeOperation>(QStringLiteral("sale,x; rm -rf /"), false));
        QVERIFY(!bad.success);
        QVERIFY2(bad.failure.contains(QLatin1String("is not an Odoo module name")), qPrintable(bad.failure));
        QVERIFY(bad.started.isEmpty());
        QVERIFY(answers.questions.isEmpty());
        if (geteuid() != 0)
            return; // the update's steps run as root
        // An update's check on a machine without a checkout: its first step refuses,
        // saying why, and nothing after it runs.
        if (QFileInfo::exists(QStringLiteral("/opt/odoo/src")))
            QSKIP("this machine has /opt/odoo/src");
        QString output;
        auto c = connect(&controller, &OperationController::output, this, [&](int, int, const QString &t) { output += t; });
        Run update = run(controller, std::make_shared<UpdateOperation>(QString(), true));
        disconnect(c);
        QVERIFY(!update.success);
        QCOMPARE(update.started, QStringList{QStringLiteral("update-fetch")});
        QCOMPARE(update.outcomes.last().exitStatus, 3);
        QVERIFY2(output.contains(QLatin1String("There is no checkout at /opt/odoo/src: deploy first. Nothing was changed.")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
