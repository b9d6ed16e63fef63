#include "ConnectionFlow.h"
#include "ProfileModel.h"
#include "profile/MasterPasswordHash.h"
#include "profile/ProfileJson.h"
#include "remote/SshSession.h"
#include "remote/StepRunner.h"

#include "FakePrompts.h"
#include "MemorySecretStore.h"
#include "SshServer.h"

#include <QScopeGuard>
#include <QtTest>
#include <thread>

using namespace odoodeploy;

// A non-root login that becomes root through sudo, with a password, against a real
// sshd. Needs root to create the throwaway user and its sudoers entry; both are
// removed again at the end, also when a test fails.
class TestSshSudo : public QObject
{
    Q_OBJECT
    test::SshServer m_server;
    QTemporaryDir m_home;
    const QString m_user = QStringLiteral("odoo-deploy-t%1").arg(QCoreApplication::applicationPid() % 100000);
    const QString m_sudoers = QStringLiteral("/etc/sudoers.d/odoo-deploy-test-%1").arg(QCoreApplication::applicationPid());
    QString m_password;
    bool m_created = false;

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_server.port;
        s.user = m_user;
        s.auth = AuthMethod::Password;
        s.connectTimeoutSec = 5;
        s.sshDir = m_home.filePath(QStringLiteral(".ssh"));
        return s;
    }
    void connect(SshSession &session)
    {
        Credentials c;
        c.password = m_password;
        const RemoteError e = session.connect(settings(), c, m_server.hostKeyFingerprint());
        QVERIFY2(e.ok(), qPrintable(e.message));
    }
    struct Captured {
        QByteArray out, err;
    };
    static SshSession::OutputSink capture(Captured &c)
    {
        return [&c](OutputStream s, const QByteArray &d) { (s == OutputStream::Stdout ? c.out : c.err) += d; };
    }
    RunOptions asRoot(const QString &sudoPassword) const
    {
        RunOptions o;
        o.asRoot = true;
        o.sudoPassword = sudoPassword;
        o.timeoutMs = 20000;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (getuid() != 0)
            QSKIP("needs root to create a throwaway login with sudo rights");
        if (test::SshServer::sshdPath().isEmpty() || test::programPath(QStringLiteral("sudo")).isEmpty())
            QSKIP("needs openssh-server and sudo (apt-get install openssh-server sudo)");
        m_password = MasterPasswordHash::generatePassword();
        QCOMPARE(test::run(QStringLiteral("useradd"), {QStringLiteral("-M"), QStringLiteral("-d"), m_home.path(),
                                                       QStringLiteral("-s"), QStringLiteral("/bin/sh"), m_user}).exitCode, 0);
        m_created = true;
        QCOMPARE(test::run(QStringLiteral("chpasswd"), {}, (m_user + QLatin1Char(':') + m_password + QLatin1Char('\n')).toUtf8()).exitCode, 0);
        QFile sudoers(m_sudoers);
        QVERIFY(sudoers.open(QIODevice::WriteOnly));
        sudoers.write((m_user + QStringLiteral(" ALL=(ALL:ALL) ALL\n")).toUtf8());
        sudoers.close();
        sudoers.setPermissions(QFile::ReadOwner | QFile::ReadGroup);
        m_server.extraConfig = QStringLiteral("Subsystem sftp /usr/lib/openssh/sftp-server\n");
        QVERIFY2(m_server.start(), qPrintable(m_server.error));
    }
    void cleanupTestCase()
    {
        m_server.stop();
        if (m_created) {
            test::run(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-u"), m_user});
            test::run(QStringLiteral("pkill"), {QStringLiteral("-f"), QStringLiteral("slee[p] 3010")});
            test::run(QStringLiteral("userdel"), {m_user});
        }
        QFile::remove(m_sudoers);
    }

    void passwordLoginWorks()
    {
        SshSession session;
        connect(session);
        Captured c;
        QCOMPARE(session.run(QStringLiteral("id -un"), capture(c)).exitStatus, 0);
        QCOMPARE(c.out, (m_user + QLatin1Char('\n')).toUtf8());
    }

    void sudoWithPasswordRunsAsRoot()
    {
        SshSession session;
        connect(session);
        Captured c;
        const CommandResult r = session.run(QStringLiteral("id -u; whoami"), capture(c), asRoot(m_password));
        QVERIFY2(r.exitStatus == 0, c.err.constData());
        QCOMPARE(c.out, QByteArray("0\nroot\n"));
        QVERIFY(!c.out.contains(m_password.toUtf8()) && !c.err.contains(m_password.toUtf8()));
    }

    void passwordLineNeverReachesTheCommand()
    {
        // sudo -k -S reads the first line itself; the command's stdin starts after it.
        SshSession session;
        connect(session);
        Captured c;
        RunOptions o = asRoot(m_password);
        o.input = "payload\n";
        QCOMPARE(session.run(QStringLiteral("cat"), capture(c), o).exitStatus, 0);
        QCOMPARE(c.out, QByteArray("payload\n"));
    }

    void sudoWithoutPasswordSaysSo()
    {
        SshSession session;
        connect(session);
        Captured c;
        const CommandResult r = session.run(QStringLiteral("id -u"), capture(c), asRoot(QString()));
        QVERIFY(r.exitStatus != 0);
        QVERIFY2(c.err.contains("password is required"), c.err.constData());
        QVERIFY(c.out.isEmpty());
    }

    void wrongSudoPasswordFails()
    {
        SshSession session;
        connect(session);
        Captured c;
        const CommandResult r = session.run(QStringLiteral("id -u"), capture(c), asRoot(QStringLiteral("not-the-password")));
        QVERIFY(r.exitStatus != 0);
        QVERIFY(c.out.isEmpty());
    }

    void cancelKillsASudoCommand()
    {
        SshSession session;
        connect(session);
        std::atomic_bool cancel{false};
        RunOptions o = asRoot(m_password);
        o.cancel = &cancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            cancel = true;
        });
        Captured c;
        const CommandResult r = session.run(QStringLiteral("echo started; sleep 3010"), capture(c), o);
        canceller.join();
        QVERIFY(r.cancelled);
        QCOMPARE(c.out, QByteArray("started\n"));
        QTRY_COMPARE_WITH_TIMEOUT(test::run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("pgrep -f 'slee[p] 3010' || echo gone")}).out,
                                  QByteArray("gone\n"), 8000);
    }

    void runnerRecognisesSudosRefusal()
    {
        const QList<RemoteStep> steps{{QStringLiteral("a"), QStringLiteral("As root"), QStringLiteral("id -u"), true, 20, {}}};
        for (const auto &[password, expected] : {std::pair{QString(), StepOutcome::Sudo::PasswordNeeded},
                                                 std::pair{QStringLiteral("not-the-password"), StepOutcome::Sudo::PasswordWrong},
                                                 std::pair{m_password, StepOutcome::Sudo::Ok}}) {
            Credentials c;
            c.password = m_password;
            c.sudoPassword = password;
            StepRunner runner(settings(), c, steps, m_server.hostKeyFingerprint());
            StepOutcome outcome;
            QObject::connect(&runner, &StepRunner::stepFinished, &runner, [&](int, const StepOutcome &o) { outcome = o; }, Qt::DirectConnection);
            runner.run();
            QCOMPARE(int(outcome.sudo), int(expected));
            QCOMPARE(outcome.status == StepOutcome::Status::Changed, expected == StepOutcome::Sudo::Ok);
        }
    }

    // A backup download as root (the backups are root's alone) through sudo: sftp-server
    // starts only once sudo let it. Without a password or with a wrong one the step says
    // so, as a command's would, and returns at once: libssh's sftp_init() would wait
    // forever on a channel that ended.
    void downloadThroughSudo()
    {
        if (!QFile::exists(QStringLiteral("/usr/lib/openssh/sftp-server")))
            QSKIP("no /usr/lib/openssh/sftp-server (apt-get install openssh-sftp-server)");
        QTemporaryDir rootOnly;
        QVERIFY(QFile::setPermissions(rootOnly.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString name = QStringLiteral("20261127T100000Z-0123456789ab");
        QVERIFY(QDir(rootOnly.path()).mkdir(name));
        QByteArray dump(200 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < dump.size(); ++i)
            dump[i] = char(i * 31);
        QFile file(rootOnly.filePath(name + QStringLiteral("/database.dump")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(dump);
        file.close();
        QCOMPARE(test::run(QStringLiteral("sh"), {"-c", QStringLiteral("cd '%1/%2' && sha256sum database.dump > SHA256SUMS").arg(rootOnly.path(), name)}).exitCode, 0);

        QTemporaryDir local;
        RemoteStep step;
        step.id = step.title = QStringLiteral("download");
        step.download.remoteFolder = rootOnly.filePath(name);
        step.download.files = {QStringLiteral("SHA256SUMS"), QStringLiteral("database.dump")};
        step.download.localFolder = local.path();
        step.download.sumsFile = QStringLiteral("SHA256SUMS");
        const auto runWith = [&](bool asRoot, const QString &sudoPassword) {
            step.asRoot = asRoot;
            Credentials c;
            c.password = m_password;
            c.sudoPassword = sudoPassword;
            StepRunner runner(settings(), c, {step}, m_server.hostKeyFingerprint());
            StepOutcome outcome;
            QObject::connect(&runner, &StepRunner::stepFinished, &runner, [&](int, const StepOutcome &o) { outcome = o; }, Qt::DirectConnection);
            runner.run();
            return outcome;
        };
        // The login alone may not read the folder: the subsystem, not root.
        StepOutcome o = runWith(false, QString());
        QCOMPARE(o.status, StepOutcome::Status::Failed);
        QVERIFY2(o.message.contains(QLatin1String("Cannot read")), qPrintable(o.message));

        QElapsedTimer clock;
        clock.start();
        o = runWith(true, QString());
        QCOMPARE(int(o.sudo), int(StepOutcome::Sudo::PasswordNeeded));
        QVERIFY2(o.message.contains(QLatin1String("sudo needs a password")), qPrintable(o.message));
        o = runWith(true, QStringLiteral("not-the-password"));
        QCOMPARE(int(o.sudo), int(StepOutcome::Sudo::PasswordWrong));
        QVERIFY2(clock.elapsed() < 60000, "a refused sudo must not leave the download waiting");
        QVERIFY(!QFile::exists(local.filePath(name + QStringLiteral("/database.dump"))));

        o = runWith(true, m_password);
        QVERIFY2(o.status == StepOutcome::Status::Changed, qPrintable(o.message));
        QFile got(local.filePath(name + QStringLiteral("/database.dump")));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), dump);
    }

    void wizardAsksForTheSudoPasswordAndGoesOn()
    {
        // The wizard's flow: the SSH password from the keychain, no sudo password yet.
        ProfileModel model;
        model.edit([&](DeploymentProfile &p) {
            p.server.host = QStringLiteral("127.0.0.1");
            p.server.port = m_server.port;
            p.server.user = m_user;
            p.server.auth = AuthMethod::Password;
            p.server.connectTimeoutSec = 5;
        });
        test::MemorySecretStore secrets;
        secrets.values.insert(SecretStore::keyFor(model.profile().keychainId, SecretKind::SshPassword), m_password);
        test::FakePrompts prompts;
        prompts.secret = m_password; // what the user types when asked
        prompts.remember = true;
        Prompts::setInstance(&prompts);
        auto restore = qScopeGuard([] { Prompts::setInstance(nullptr); });
        qputenv("HOME", m_home.path().toUtf8());
        QDir().mkpath(m_home.filePath(QStringLiteral(".ssh")));

        ConnectionFlow flow(&model, &secrets, nullptr);
        QStringList events;
        QObject::connect(&flow, &ConnectionFlow::stepFinished, &flow, [&](int i, const StepOutcome &o) {
            events << QStringLiteral("%1:%2").arg(i).arg(int(o.status));
        });
        QString out;
        QObject::connect(&flow, &ConnectionFlow::output, &flow, [&](int, int stream, const QString &t) {
            if (stream == int(OutputStream::Stdout))
                out += t;
        });
        QSignalSpy finished(&flow, &ConnectionFlow::finished);
        flow.start({{QStringLiteral("probe-free"), QStringLiteral("No root needed"), QStringLiteral("echo plain"), false, 20, {}},
                    {QStringLiteral("root"), QStringLiteral("As root"), QStringLiteral("id -u"), true, 20, {}},
                    {QStringLiteral("after"), QStringLiteral("Then on"), QStringLiteral("echo after"), true, 20, {}}});
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
        // Asked once for sudo (the host key is known from the tests before); the refused
        // step ran again, then the rest.
        QCOMPARE(prompts.asked.filter(QStringLiteral("sudo")).size(), 1);
        QVERIFY2(prompts.asked.last().contains(QStringLiteral("sudo password for %1").arg(m_user)), qPrintable(prompts.asked.last()));
        QCOMPARE(events, (QStringList{QStringLiteral("0:0"), QStringLiteral("1:2"), QStringLiteral("1:0"), QStringLiteral("2:0")}));
        QCOMPARE(out, QStringLiteral("plain\n0\nafter\n"));
        // Remembered, since it worked: the next run does not ask.
        QCOMPARE(secrets.values.value(SecretStore::keyFor(model.profile().keychainId, SecretKind::SudoPassword)), m_password);
    }

    void commandLineWithoutATerminalSaysWhatToSet()
    {
        DeploymentProfile p = test::testProfile();
        p.server.host = QStringLiteral("127.0.0.1");
        p.server.port = m_server.port;
        p.server.user = m_user;
        p.server.auth = AuthMethod::Password;
        const QString path = m_home.filePath(QStringLiteral("sudo.json"));
        QString error;
        QVERIFY(ProfileJson::save(p, path, &error));
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("ODOO_DEPLOY_SSH_PASSWORD"), m_password);
        const auto r = test::run(QStringLiteral(ODOO_DEPLOY_BINARY),
                                 {"exec", "--profile", path, "--sudo", "--accept-host-key", m_server.hostKeyFingerprint(), "--", "id -u"}, {}, 30000, e);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("ODOO_DEPLOY_SUDO_PASSWORD"), r.err.constData());
        e.insert(QStringLiteral("ODOO_DEPLOY_SUDO_PASSWORD"), m_password);
        const auto ok = test::run(QStringLiteral(ODOO_DEPLOY_BINARY),
                                  {"exec", "--profile", path, "--sudo", "--", "id -u"}, {}, 30000, e);
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, QByteArray("0\n"));
    }
};

QTEST_GUILESS_MAIN(TestSshSudo)
#include "tst_ssh_sudo.moc"
