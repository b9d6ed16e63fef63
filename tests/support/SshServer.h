#pragma once
// A real OpenSSH sshd for tests: its own config, host key, authorized key and port on
// 127.0.0.1, started by the test and stopped (with every session it spawned) after.
// Works without root (then only the current user can log in, as with root).

#include "TestProfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace odoodeploy::test {

class SshServer
{
public:
    QTemporaryDir dir;
    QProcess sshd;
    int port = 0;
    QString error;
    QString extraConfig; // appended to sshd_config

    static QString sshdPath() { return programPath(QStringLiteral("sshd")); }
    static QString currentUser() { return QString::fromLocal8Bit(getpwuid(getuid())->pw_name); }

    QString path(const QString &name) const { return dir.filePath(name); }
    QString hostKeyFingerprint() const
    {
        const auto r = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                                           QStringLiteral("-f"), path(QStringLiteral("host_ed25519_key.pub"))});
        return QString::fromLatin1(r.out.split(' ').value(1));
    }

    // A valid profile (Odoo 17, self-signed) whose server is this sshd, logged in as
    // the current user with the client key.
    DeploymentProfile profile() const
    {
        DeploymentProfile p = testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Auto);
        p.server.host = QStringLiteral("127.0.0.1");
        p.server.port = port;
        p.server.user = currentUser();
        p.server.auth = AuthMethod::KeyFile;
        p.server.keyFile = path(QStringLiteral("client_key"));
        p.server.connectTimeoutSec = 10;
        return p;
    }

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static bool makeKey(const QString &file, const QString &type = QStringLiteral("ed25519"), const QString &passphrase = QString())
    {
        QFile::remove(file);
        QFile::remove(file + QStringLiteral(".pub"));
        return run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase,
                                                   QStringLiteral("-C"), QStringLiteral("odoo-deploy-test"), QStringLiteral("-f"), file})
                   .exitCode == 0;
    }

    bool start()
    {
        if (sshdPath().isEmpty()) {
            error = QStringLiteral("sshd is not installed (apt-get install openssh-server)");
            return false;
        }
        if (!makeKey(path(QStringLiteral("host_ed25519_key"))) || !makeKey(path(QStringLiteral("client_key")))) {
            error = QStringLiteral("ssh-keygen failed");
            return false;
        }
        QFile::copy(path(QStringLiteral("client_key.pub")), path(QStringLiteral("authorized_keys")));
        if (getuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation folder
        port = freePort();
        QFile config(path(QStringLiteral("sshd_config")));
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\n"
                                    "AuthorizedKeysFile %4\nStrictModes no\nUsePAM no\n"
                                    "PasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
                                    "PubkeyAuthentication yes\nPermitRootLogin yes\nLogLevel QUIET\n"
                                    "MaxStartups 100\nMaxSessions 50\n%5")
                         .arg(port)
                         .arg(path(QStringLiteral("host_ed25519_key")), path(QStringLiteral("sshd.pid")),
                              path(QStringLiteral("authorized_keys")))
                         .arg(extraConfig)
                         .toUtf8());
        config.close();
        sshd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        test::endsWithTheTest(sshd);
        sshd.start(sshdPath(), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
        if (!sshd.waitForStarted(5000)) {
            error = QStringLiteral("sshd did not start: ") + sshd.errorString();
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (socket.waitForConnected(200))
                return true;
            if (sshd.state() != QProcess::Running) {
                error = QStringLiteral("sshd exited: ") + QString::fromLocal8Bit(sshd.readAllStandardOutput());
                return false;
            }
            QThread::msleep(50);
        }
        error = QStringLiteral("sshd does not listen on port %1").arg(port);
        return false;
    }

    // Lets a further client key log in (appends KEY.pub to authorized_keys).
    bool authorize(const QString &privateKeyFile)
    {
        QFile pub(privateKeyFile + QStringLiteral(".pub"));
        QFile auth(path(QStringLiteral("authorized_keys")));
        if (!pub.open(QIODevice::ReadOnly) || !auth.open(QIODevice::Append))
            return false;
        return auth.write(pub.readAll()) > 0;
    }

    // Stops (or lets go on) the sshd processes that serve the connections: the
    // connections go silent, as to a server that stopped answering, while the commands
    // below them run on.
    void stallSessions(bool stall)
    {
        run(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("for p in $(pgrep -P %1); do for c in $(pgrep -x -P $p sshd); do "
                                                                         "kill -%2 $c; done; kill -%2 $p; done")
                                                             .arg(sshd.processId())
                                                             .arg(stall ? QStringLiteral("STOP") : QStringLiteral("CONT"))});
    }

    // Kills the sessions sshd spawned (as if the server dropped them).
    void killSessions() { run(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-P"), QString::number(sshd.processId())}); }

    void stop()
    {
        if (sshd.state() == QProcess::NotRunning)
            return;
        killSessions();
        sshd.terminate();
        if (!sshd.waitForFinished(3000)) {
            sshd.kill();
            sshd.waitForFinished(3000);
        }
    }

    ~SshServer() { stop(); }
};

} // namespace odoodeploy::test
