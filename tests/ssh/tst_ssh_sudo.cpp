#include "profile/MasterPasswordHash.h"
#include "remote/SshSession.h"

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
};

QTEST_GUILESS_MAIN(TestSshSudo)
#include "tst_ssh_sudo.moc"
