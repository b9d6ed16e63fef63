#include "profile/HostFactsJson.h"
#include "profile/ProfileJson.h"
#include "plan/HostProbe.h"
#include "remote/RemoteRun.h"
#include "remote/SshSession.h"
#include "remote/StepRunner.h"
#include "secrets/SecretMask.h"

#include "SshServer.h"

#include <QtTest>
#include <unistd.h>
#include <atomic>
#include <thread>

using namespace odoodeploy;

// Against a real sshd on 127.0.0.1 that this test starts. The client side lives in a
// throwaway $HOME (known_hosts, ~/.ssh/config), so the user's own files are untouched.
class TestSsh : public QObject
{
    Q_OBJECT
    test::SshServer m_server;
    QTemporaryDir m_home;

    QString sshDir() const { return m_home.filePath(QStringLiteral(".ssh")); }
    QString knownHosts() const { return sshDir() + QStringLiteral("/known_hosts"); }
    void writeFile(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    DeploymentProfile profile() const
    {
        DeploymentProfile p = test::testProfile();
        p.server.host = QStringLiteral("127.0.0.1");
        p.server.port = m_server.port;
        p.server.user = test::SshServer::currentUser();
        p.server.auth = AuthMethod::KeyFile;
        p.server.keyFile = m_server.path(QStringLiteral("client_key"));
        p.server.connectTimeoutSec = 5;
        return p;
    }
    ConnectionSettings settings() const { return ConnectionSettings::fromProfile(profile()); }

    // Connected session with the host key already trusted.
    void connectTrusted(SshSession &session, ConnectionSettings s = {})
    {
        if (s.host.isEmpty())
            s = settings();
        const RemoteError e = session.connect(s, {}, m_server.hostKeyFingerprint());
        QVERIFY2(e.ok(), qPrintable(e.message));
    }

    struct Captured {
        QByteArray out, err;
    };
    static SshSession::OutputSink capture(Captured &c)
    {
        return [&c](OutputStream s, const QByteArray &d) { (s == OutputStream::Stdout ? c.out : c.err) += d; };
    }

    QByteArray remote(const QString &command)
    {
        SshSession session;
        session.connect(settings(), {}, m_server.hostKeyFingerprint());
        Captured c;
        session.run(command, capture(c), {});
        return c.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        QDir().mkpath(sshDir());
        if (test::SshServer::sshdPath().isEmpty())
            QSKIP("sshd is not installed (apt-get install openssh-server)");
        QVERIFY2(m_server.start(), qPrintable(m_server.error));
    }
    void cleanupTestCase()
    {
        m_server.stop();
        test::run(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 30[0-9][0-9]")});
    }
    void init() { QFile::remove(knownHosts()); QFile::remove(sshDir() + QStringLiteral("/config")); }

    void unknownHostKeyNeedsConsent()
    {
        SshSession session;
        RemoteError e = session.connect(settings(), {});
        QCOMPARE(e.kind, RemoteError::Kind::HostKeyUnknown);
        QCOMPARE(e.fingerprint, m_server.hostKeyFingerprint());
        QCOMPARE(e.keyType, QStringLiteral("ssh-ed25519"));
        QVERIFY(e.message.contains(e.fingerprint));
        QVERIFY(!QFile::exists(knownHosts()) || !QFile(knownHosts()).size());

        // A different fingerprint is not consent.
        e = session.connect(settings(), {}, QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(e.kind, RemoteError::Kind::HostKeyUnknown);

        e = session.connect(settings(), {}, m_server.hostKeyFingerprint());
        QVERIFY2(e.ok(), qPrintable(e.message));
        QFile file(knownHosts());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_server.port).toUtf8()), written.constData());

        // Known now: no consent needed, and OpenSSH agrees with what we wrote.
        SshSession again;
        QVERIFY(again.connect(settings(), {}).ok());
        const auto check = test::run(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(m_server.port), QStringLiteral("-f"), knownHosts()});
        QCOMPARE(check.exitCode, 0);
    }

    void changedHostKeyStops_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("same type, other key") << "ed25519";
        QTest::newRow("other key type on record") << "ecdsa";
    }
    void changedHostKeyStops()
    {
        QFETCH(QString, type);
        const QString other = m_home.filePath(QStringLiteral("other_host_key"));
        QVERIFY(test::SshServer::makeKey(other, type));
        QFile pub(other + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray key = pub.readAll().split(' ').mid(0, 2).join(' ');
        writeFile(knownHosts(), QStringLiteral("[127.0.0.1]:%1 ").arg(m_server.port).toUtf8() + key + '\n');

        SshSession session;
        // Even with the right fingerprint offered as "yes": a changed key is never accepted in one click.
        const RemoteError e = session.connect(settings(), {}, m_server.hostKeyFingerprint());
        QCOMPARE(e.kind, RemoteError::Kind::HostKeyChanged);
        QVERIFY(e.message.contains(QLatin1String("ssh-keygen -R")));
        QVERIFY(!session.isConnected());
    }

    void configCannotTurnOffHostKeyChecking()
    {
        // ~/.ssh/config with an alias, its port, and StrictHostKeyChecking no: the alias
        // and port are honoured, the host key is still checked.
        writeFile(sshDir() + QStringLiteral("/config"),
                  QStringLiteral("Host odoo-test\n    HostName 127.0.0.1\n    Port %1\n    StrictHostKeyChecking no\n"
                                 "    UserKnownHostsFile /dev/null\nHost *\n    StrictHostKeyChecking no\n")
                      .arg(m_server.port).toUtf8());
        DeploymentProfile p = profile();
        p.server.host = QStringLiteral("odoo-test");
        p.server.port = 22;
        SshSession session;
        RemoteError e = session.connect(ConnectionSettings::fromProfile(p), {});
        QCOMPARE(e.kind, RemoteError::Kind::HostKeyUnknown);
        e = session.connect(ConnectionSettings::fromProfile(p), {}, m_server.hostKeyFingerprint());
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(QFile(knownHosts()).size() > 0); // our known_hosts, not the config's /dev/null
    }

    void authenticationFailuresAreTold_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong key") << int(AuthMethod::KeyFile) << "wrong_key" << "" << int(RemoteError::Kind::AuthFailed) << "refused the key";
        QTest::newRow("missing key file") << int(AuthMethod::KeyFile) << "nonexistent" << "" << int(RemoteError::Kind::AuthFailed) << "does not exist";
        QTest::newRow("wrong password") << int(AuthMethod::Password) << "" << "not-the-password" << int(RemoteError::Kind::AuthFailed) << "Wrong password";
        QTest::newRow("no password yet") << int(AuthMethod::Password) << "" << "" << int(RemoteError::Kind::NeedPassword) << "password";
        QTest::newRow("no agent") << int(AuthMethod::Agent) << "" << "" << int(RemoteError::Kind::AuthFailed) << "No SSH agent";
        QTest::newRow("passphrase needed") << int(AuthMethod::KeyFile) << "locked_key" << "" << int(RemoteError::Kind::NeedPassphrase) << "passphrase";
    }
    void authenticationFailuresAreTold()
    {
        QFETCH(int, auth);
        QFETCH(QString, keyFile);
        QFETCH(QString, password);
        QFETCH(int, kind);
        QFETCH(QString, message);
        test::SshServer::makeKey(m_home.filePath(QStringLiteral("wrong_key")));
        test::SshServer::makeKey(m_home.filePath(QStringLiteral("locked_key")), QStringLiteral("ed25519"), QStringLiteral("secret phrase"));
        ConnectionSettings s = settings();
        s.auth = AuthMethod(auth);
        s.keyFile = keyFile.isEmpty() ? QString() : m_home.filePath(keyFile);
        Credentials c;
        c.password = password;
        SshSession session;
        QElapsedTimer clock;
        clock.start();
        const RemoteError e = session.connect(s, c, m_server.hostKeyFingerprint());
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(!e.message.contains(password.isEmpty() ? QStringLiteral("\x01") : password)); // never echoes a secret
        QVERIFY2(clock.elapsed() < 5000, "an authentication failure must be quick");
    }

    void keyWithPassphraseAndAgent()
    {
        const QString locked = m_home.filePath(QStringLiteral("locked_authorized"));
        QVERIFY(test::SshServer::makeKey(locked, QStringLiteral("ed25519"), QStringLiteral("secret phrase")));
        QVERIFY(m_server.authorize(locked));

        ConnectionSettings s = settings();
        s.keyFile = locked;
        Credentials c;
        c.keyPassphrase = QStringLiteral("wrong phrase");
        SshSession session;
        RemoteError e = session.connect(s, c, m_server.hostKeyFingerprint());
        QCOMPARE(e.kind, RemoteError::Kind::AuthFailed);
        QVERIFY(e.message.contains(QLatin1String("wrong passphrase")));
        c.keyPassphrase = QStringLiteral("secret phrase");
        e = session.connect(s, c, m_server.hostKeyFingerprint());
        QVERIFY2(e.ok(), qPrintable(e.message));

        // ssh-agent holding the client key.
        const QString socket = m_home.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(socket));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        QCOMPARE(test::run(QStringLiteral("ssh-add"), {m_server.path(QStringLiteral("client_key"))}, {}, 10000, env).exitCode, 0);
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        s = settings();
        s.auth = AuthMethod::Agent;
        e = session.connect(s, {}, m_server.hostKeyFingerprint());
        qunsetenv("SSH_AUTH_SOCK");
        agent.kill();
        agent.waitForFinished();
        QVERIFY2(e.ok(), qPrintable(e.message));
    }

    void unreachableAndTimeout()
    {
        ConnectionSettings s = settings();
        s.port = test::SshServer::freePort(); // nobody listens
        SshSession session;
        QElapsedTimer clock;
        clock.start();
        RemoteError e = session.connect(s, {});
        QCOMPARE(e.kind, RemoteError::Kind::Unreachable);
        QVERIFY2(e.message.contains(QLatin1String("Cannot reach")), qPrintable(e.message));
        QVERIFY(clock.elapsed() < 3000);

        // A port that accepts but never speaks SSH: the connect timeout applies.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        s.port = silent.serverPort();
        s.connectTimeoutSec = 1;
        clock.restart();
        e = session.connect(s, {});
        QCOMPARE(e.kind, RemoteError::Kind::Timeout);
        QVERIFY2(e.message.contains(QLatin1String("did not answer")), qPrintable(e.message));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void outputIsCompleteOrderedAndSeparated()
    {
        SshSession session;
        connectTrusted(session);
        Captured c;
        const CommandResult r = session.run(
            QStringLiteral("i=1; while [ $i -le 20000 ]; do echo line$i; i=$((i+1)); done; echo 'to stderr' >&2; exit 3"),
            capture(c));
        QCOMPARE(r.exitStatus, 3);
        QVERIFY(r.error.ok());
        QCOMPARE(c.err, QByteArray("to stderr\n")); // the process-group marker is stripped
        const QList<QByteArray> lines = c.out.split('\n');
        QCOMPARE(lines.size(), 20001);
        for (int i = 0; i < 20000; ++i)
            QCOMPARE(lines.at(i), QByteArray("line") + QByteArray::number(i + 1));
    }

    void noisyLoginShellStillCancels()
    {
        // A login shell that writes to stderr before our command starts (here bash
        // through BASH_ENV): the process group is still found, the noise still shown.
        if (!QString::fromLocal8Bit(getpwuid(getuid())->pw_shell).endsWith(QLatin1String("bash")))
            QSKIP("needs bash as the login shell");
        const QString noise = m_home.filePath(QStringLiteral("noise.sh"));
        writeFile(noise, "echo 'noise from the login shell' >&2\n");
        test::SshServer noisy;
        noisy.extraConfig = QStringLiteral("SetEnv BASH_ENV=%1\n").arg(noise);
        QVERIFY2(noisy.start(), qPrintable(noisy.error));
        ConnectionSettings s = settings();
        s.port = noisy.port;
        s.keyFile = noisy.path(QStringLiteral("client_key"));
        SshSession session;
        QVERIFY(session.connect(s, {}, noisy.hostKeyFingerprint()).ok());
        std::atomic_bool cancel{false};
        RunOptions options;
        options.cancel = &cancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(800));
            cancel = true;
        });
        Captured c;
        QElapsedTimer clock;
        clock.start();
        const CommandResult r = session.run(QStringLiteral("sleep 3009"), capture(c), options);
        canceller.join();
        QVERIFY(r.cancelled);
        QVERIFY2(clock.elapsed() < 5000, "cancel must not wait for the command");
        QVERIFY2(c.err.startsWith("noise from the login shell\n"), c.err.constData());
        QVERIFY(!c.err.contains("odoo-deploy-pgid"));
        QTRY_COMPARE_WITH_TIMEOUT(remote(QStringLiteral("pgrep -f 'slee[p] 3009' || echo gone")), QByteArray("gone\n"), 5000);
    }

    void exitStatusAndSignal()
    {
        SshSession session;
        connectTrusted(session);
        Captured c;
        QCOMPARE(session.run(QStringLiteral("true"), capture(c)).exitStatus, 0);
        QCOMPARE(session.run(QStringLiteral("exit 100"), capture(c)).exitStatus, 100);
        RunOptions plain;
        plain.killable = false;
        const CommandResult killed = session.run(QStringLiteral("kill -KILL $$"), capture(c), plain);
        QCOMPARE(killed.exitStatus, -1);
        QCOMPARE(killed.exitSignal, QStringLiteral("KILL"));
        // stdin reaches the command, then EOF.
        Captured echo;
        RunOptions withInput;
        withInput.input = "from stdin\n";
        QCOMPARE(session.run(QStringLiteral("cat"), capture(echo), withInput).exitStatus, 0);
        QCOMPARE(echo.out, QByteArray("from stdin\n"));
    }

    void cancelAndTimeoutKillTheRemoteGroup_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("useTimeout");
        QTest::newRow("cancel") << "echo started; sleep 3001 & sleep 3001; wait" << false;
        QTest::newRow("timeout") << "echo started; sleep 3002" << true;
        QTest::newRow("cancel, TERM ignored") << "trap '' TERM; echo started; sleep 3003" << false;
    }
    void cancelAndTimeoutKillTheRemoteGroup()
    {
        QFETCH(QString, command);
        QFETCH(bool, useTimeout);
        const QString marker = command.section(QLatin1String("sleep "), 1, 1).left(4);
        SshSession session;
        connectTrusted(session);
        std::atomic_bool cancel{false};
        RunOptions options;
        options.cancel = &cancel;
        options.timeoutMs = useTimeout ? 1500 : 0;
        // Cancel once the command has said it started (a busy machine may take a while
        // to get there; a fixed delay would cancel before it).
        std::atomic_bool started{false};
        std::thread canceller([&] {
            if (useTimeout)
                return;
            for (int i = 0; i < 200 && !started; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancel = true;
        });
        Captured c;
        QElapsedTimer clock;
        clock.start();
        const CommandResult r = session.run(command, [&](OutputStream s, const QByteArray &d) {
            capture(c)(s, d);
            if (c.out.contains("started"))
                started = true;
        }, options);
        canceller.join();
        QCOMPARE(r.cancelled, !useTimeout);
        QCOMPARE(r.timedOut, useTimeout);
        QCOMPARE(c.out, QByteArray("started\n")); // what was said before is kept
        QVERIFY(clock.elapsed() < 12000);
        // Checked through a second connection: nothing of it is left.
        QTRY_COMPARE_WITH_TIMEOUT(remote(QStringLiteral("pgrep -f 'slee[p] %1' || echo gone").arg(marker)), QByteArray("gone\n"), 5000);
    }

    void droppedConnectionFailsTheStepAndKeepsTheLog()
    {
        StepRunner runner(settings(), {}, {{QStringLiteral("long"), QStringLiteral("Long step"), QStringLiteral("echo before; sleep 3004"), false, 0, {}}},
                          m_server.hostKeyFingerprint());
        QString log;
        std::atomic_bool said{false};
        QList<StepOutcome> outcomes;
        connect(&runner, &StepRunner::output, this, [&](int, int, const QString &t) {
            log += t;
            said = log.contains(QLatin1String("before"));
        }, Qt::DirectConnection);
        connect(&runner, &StepRunner::stepFinished, this, [&](int, const StepOutcome &o) { outcomes << o; }, Qt::DirectConnection);
        bool success = true;
        connect(&runner, &StepRunner::finished, this, [&](bool ok) { success = ok; }, Qt::DirectConnection);
        // Dropped once the step has said something (a busy machine may start it late);
        // what it said arrives while it runs, not only at its end.
        bool saidBeforeTheDrop = false;
        std::thread killer([&] {
            for (int i = 0; i < 400 && !said; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            saidBeforeTheDrop = said;
            m_server.killSessions();
        });
        runner.run();
        killer.join();
        QVERIFY(saidBeforeTheDrop);
        QVERIFY(!success);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, StepOutcome::Status::Failed);
        QVERIFY2(outcomes.first().message.contains(QLatin1String("connection was lost")), qPrintable(outcomes.first().message));
        QCOMPARE(log, QStringLiteral("before\n"));
        test::run(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("sleep 3004")});
    }

    // Exclusive steps hold /run/odoo-deploy/step.lock of this machine (the server here):
    // root only, as on a real server.
    static RemoteStep exclusiveStep(const QString &command, int timeoutSec)
    {
        RemoteStep step{QStringLiteral("x"), QStringLiteral("Exclusive step"), command, true, timeoutSec, {}};
        step.exclusive = true;
        return step;
    }

    void leftoverOfALostConnectionEndsBeforeTheNextExclusiveStep()
    {
        if (geteuid() != 0)
            QSKIP("exclusive steps lock /run/odoo-deploy: run as root");
        QTemporaryDir dir;
        const QString ended = dir.filePath(QStringLiteral("ended"));
        // The first step loses its connection while it runs; on the server it goes on
        // (its own session, as every step's), and says when it ended.
        StepRunner first(settings(), {}, {exclusiveStep(QStringLiteral("echo started; sleep 5; date +%s%N > %1").arg(ended), 60)},
                         m_server.hostKeyFingerprint());
        std::atomic_bool started{false};
        connect(&first, &StepRunner::output, this, [&](int, int, const QString &t) { started = started || t.contains(QLatin1String("started")); },
                Qt::DirectConnection);
        std::thread killer([&] {
            for (int i = 0; i < 400 && !started; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            m_server.killSessions();
        });
        first.run();
        killer.join();
        QVERIFY(started);
        QVERIFY(!QFile::exists(ended)); // still running on the server

        // The next exclusive step waits for it, says so, then runs.
        StepRunner second(settings(), {}, {exclusiveStep(QStringLiteral("date +%s%N"), 60)}, m_server.hostKeyFingerprint());
        QString log;
        QList<StepOutcome> outcomes;
        connect(&second, &StepRunner::output, this, [&](int, int, const QString &t) { log += t; }, Qt::DirectConnection);
        connect(&second, &StepRunner::stepFinished, this, [&](int, const StepOutcome &o) { outcomes << o; }, Qt::DirectConnection);
        second.run();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.first().status == StepOutcome::Status::Changed, qPrintable(outcomes.first().message + log));
        QVERIFY2(log.contains(QLatin1String("Another odoo-deploy step still runs on this server: waiting for it to end.")), qPrintable(log));
        QFile f(ended);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the leftover did not finish before the next step");
        const qint64 leftoverEnd = f.readAll().trimmed().toLongLong();
        const qint64 nextStart = log.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last().trimmed().toLongLong();
        QVERIFY2(leftoverEnd > 0 && nextStart >= leftoverEnd, qPrintable(QStringLiteral("%1 vs %2").arg(leftoverEnd).arg(nextStart)));
    }

    void exclusiveStepThatWaitsInVainSaysSo()
    {
        if (geteuid() != 0)
            QSKIP("exclusive steps lock /run/odoo-deploy: run as root");
        // Someone else holds the lock (as a leftover would) for longer than the step may wait.
        QDir().mkpath(QStringLiteral("/run/odoo-deploy"));
        QProcess holder;
        // -o: the lock goes with flock, not with its child (cleanupTestCase ends that).
        holder.start(QStringLiteral("flock"), {QStringLiteral("-o"), QStringLiteral("/run/odoo-deploy/step.lock"), QStringLiteral("sh"),
                                               QStringLiteral("-c"), QStringLiteral("echo held; exec sleep 3005")});
        QVERIFY(holder.waitForReadyRead(5000));
        auto release = qScopeGuard([&] { holder.kill(); holder.waitForFinished(); });
        StepRunner runner(settings(), {}, {exclusiveStep(QStringLiteral("echo ran"), 7)}, m_server.hostKeyFingerprint());
        QString log;
        QList<StepOutcome> outcomes;
        connect(&runner, &StepRunner::output, this, [&](int, int, const QString &t) { log += t; }, Qt::DirectConnection);
        connect(&runner, &StepRunner::stepFinished, this, [&](int, const StepOutcome &o) { outcomes << o; }, Qt::DirectConnection);
        runner.run();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, StepOutcome::Status::Failed);
        QCOMPARE(outcomes.first().message, QStringLiteral("Another odoo-deploy step still runs on this server; waited 2 s for it to end."));
        QVERIFY2(!log.contains(QLatin1String("ran")), qPrintable(log));
        QVERIFY(holder.state() == QProcess::Running); // nobody broke the lock
    }

    void runnerReportsStepsInOrder()
    {
        const QList<RemoteStep> steps{
            {QStringLiteral("a"), QStringLiteral("Changes"), QStringLiteral("echo changed"), false, 0, {}},
            {QStringLiteral("b"), QStringLiteral("Already so"), QStringLiteral("exit 100"), false, 0, {}},
            {QStringLiteral("c"), QStringLiteral("Fails"), QStringLiteral("echo oops >&2; exit 4"), false, 0, {}},
            {QStringLiteral("d"), QStringLiteral("Never runs"), QStringLiteral("echo never"), false, 0, {}},
        };
        StepRunner runner(settings(), {}, steps, m_server.hostKeyFingerprint());
        QStringList events;
        connect(&runner, &StepRunner::stepStarted, this, [&](int i) { events << QStringLiteral("start %1").arg(i); }, Qt::DirectConnection);
        connect(&runner, &StepRunner::output, this, [&](int i, int s, const QString &t) { events << QStringLiteral("out %1 %2 %3").arg(i).arg(s).arg(t.trimmed()); }, Qt::DirectConnection);
        connect(&runner, &StepRunner::stepFinished, this, [&](int i, const StepOutcome &o) { events << QStringLiteral("done %1 %2 %3").arg(i).arg(int(o.status)).arg(o.exitStatus); }, Qt::DirectConnection);
        runner.run();
        QCOMPARE(events, (QStringList{"start 0", "out 0 0 changed", "done 0 0 0", "start 1", "done 1 1 100",
                                      "start 2", "out 2 1 oops", "done 2 2 4"}));
    }

    void forwardCarriesBothWaysAndSaysWhenTheTargetIsClosed()
    {
        // The target: an echo server in this thread, reached only through the tunnel.
        QTcpServer echo;
        QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
        connect(&echo, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = echo.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
        });
        const int closedPort = test::SshServer::freePort();

        RemoteRun run;
        QList<int> ports;
        QStringList failures;
        bool finished = false, success = false;
        connect(&run, &RemoteRun::forwardsReady, this, [&](const QList<int> &p) { ports = p; });
        connect(&run, &RemoteRun::forwardFailed, this, [&](int index, const QString &m) {
            QCOMPARE(index, 1);
            failures << m;
        });
        connect(&run, &RemoteRun::finished, this, [&](bool ok) { finished = true; success = ok; });
        const QList<RemoteStep> steps{{QStringLiteral("a"), QStringLiteral("First"), QStringLiteral("true"), false, 0, {}}};
        run.start(settings(), {}, steps, m_server.hostKeyFingerprint(), 0,
                  {{QStringLiteral("127.0.0.1"), int(echo.serverPort())}, {QStringLiteral("127.0.0.1"), closedPort}});
        QTRY_COMPARE_WITH_TIMEOUT(ports.size(), 2, 10000);
        QVERIFY(ports[0] > 0 && ports[1] > 0 && ports[0] != int(echo.serverPort()));

        // 1 MiB there and back, through the channel, byte for byte.
        QByteArray payload(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < payload.size(); ++i)
            payload[i] = char((unsigned(i) * 7919u) >> 3); // unsigned: wraps, never overflows
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, quint16(ports[0]));
        QVERIFY(client.waitForConnected(5000));
        client.write(payload);
        QByteArray back;
        connect(&client, &QTcpSocket::readyRead, this, [&] { back += client.readAll(); });
        QTRY_COMPARE_WITH_TIMEOUT(back.size(), payload.size(), 20000);
        QVERIFY(back == payload);
        client.disconnectFromHost();

        // Nothing listens at the second target: the local connection is closed, and why is told.
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, quint16(ports[1]));
        QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 10000);
        QVERIFY2(failures.first().contains(QString::number(closedPort)), qPrintable(failures.first()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.state(), QAbstractSocket::UnconnectedState, 5000);

        QVERIFY(!finished); // the forwards stay until they are closed
        run.closeForwards();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QVERIFY(success);
    }

    void floodArrivesInBatches()
    {
        StepRunner runner(settings(), {}, {{QStringLiteral("flood"), QStringLiteral("Flood"), QStringLiteral("seq 1 200000"), false, 0, {}}},
                          m_server.hostKeyFingerprint());
        int signals = 0;
        QString text;
        connect(&runner, &StepRunner::output, this, [&](int, int, const QString &t) { ++signals; text += t; }, Qt::DirectConnection);
        runner.run();
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 200000);
        QCOMPARE(lines.last(), QStringLiteral("200000"));
        QVERIFY2(signals < 2000, qPrintable(QString::number(signals))); // not one per line
    }

    void secretsAreMaskedInOutput()
    {
        Credentials c;
        c.password = QStringLiteral("hunter2-ssh");
        c.sudoPassword = QStringLiteral("hunter2-sudo");
        // The secret also arrives right behind a batch-sized run of bytes, where a naive
        // batching would split it in two.
        const QString command = QStringLiteral("echo 'pw=hunter2-ssh'; head -c 70000 /dev/zero | tr '\\0' x; echo hunter2-sudo; echo done");
        StepRunner runner(settings(), c, {{QStringLiteral("leak"), QStringLiteral("Leaky"), command, false, 0, {}}}, m_server.hostKeyFingerprint());
        QString log;
        connect(&runner, &StepRunner::output, this, [&](int, int, const QString &t) { log += t; }, Qt::DirectConnection);
        runner.run();
        QVERIFY(!log.contains(QLatin1String("hunter2")));
        QVERIFY(log.startsWith(QStringLiteral("pw=") + kSecretMask + QLatin1Char('\n')));
        QVERIFY(log.endsWith(kSecretMask + QStringLiteral("\ndone\n")));
    }

    void probeReportsThisMachine()
    {
        SshSession session;
        connectTrusted(session);
        Captured c;
        QCOMPARE(session.run(HostProbe::script(profile()), capture(c)).exitStatus, 0);
        const HostFacts f = HostProbe::parse(QString::fromUtf8(c.out));
        QVERIFY(f.probed);
        QCOMPARE(f.cpuCount, QThread::idealThreadCount());
        QFile meminfo(QStringLiteral("/proc/meminfo"));
        QVERIFY(meminfo.open(QIODevice::ReadOnly));
        const qint64 kb = QString::fromLatin1(meminfo.readLine()).section(QRegularExpression(QStringLiteral("\\s+")), 1, 1).toLongLong();
        QCOMPARE(f.ramBytes, kb * 1024);
        QCOMPARE(f.init, QDir(QStringLiteral("/run/systemd/system")).exists() ? HostFacts::Init::Systemd : HostFacts::Init::Sysvinit);
        QVERIFY(f.listeningPorts.contains(m_server.port));
        QVERIFY(f.diskFreeBytes > 0);
        QVERIFY(!f.osId.isEmpty());
        QCOMPARE(f.pythonVersion.section(QLatin1Char('.'), 0, 0), QStringLiteral("3"));
        if (!test::programPath(QStringLiteral("nginx")).isEmpty())
            QVERIFY(f.nginxVersion.startsWith(QLatin1String("1.")));
        QVERIFY(!f.odooInstalled);
    }

    void commandLineExecAndProbe()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY(ProfileJson::save(profile(), path, &error));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        const QString bin = QStringLiteral(ODOO_DEPLOY_BINARY);

        // No terminal, no consent: refused, with the way to consent.
        auto r = test::run(bin, {"exec", "--profile", path, "--", "echo hi"}, {}, 30000, env);
        QCOMPARE(r.exitCode, 255);
        QVERIFY2(r.err.contains("--accept-host-key " + m_server.hostKeyFingerprint().toUtf8()), r.err.constData());

        r = test::run(bin, {"exec", "--profile", path, "--accept-host-key", m_server.hostKeyFingerprint(), "--",
                            "echo hi; echo oops >&2; exit 7"}, {}, 30000, env);
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.out, QByteArray("hi\n"));
        QVERIFY(r.err.startsWith("oops\n"));

        r = test::run(bin, {"exec", "--profile", path, "--", "printf", "[%s]", "a b", "$(id)"}, {}, 30000, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("[a b][$(id)]"));

        r = test::run(bin, {"probe", "--profile", path}, {}, 30000, env);
        QCOMPARE(r.exitCode, 0);
        HostFacts facts;
        QVERIFY(hostFactsFromJson(r.out, &facts, &error));
        QCOMPARE(facts.cpuCount, QThread::idealThreadCount());
    }
};

QTEST_GUILESS_MAIN(TestSsh)
#include "tst_ssh.moc"
