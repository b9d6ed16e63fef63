#pragma once
// Fixed, fully valid profiles for tests, and a small process helper.

#include "profile/DeploymentProfile.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <csignal>
#include <sys/prctl.h>

namespace odoodeploy::test {

// PBKDF2-SHA512 of "correct horse battery staple", salt bytes 0..15, 1000 rounds,
// computed independently with Python's hashlib.pbkdf2_hmac.
inline const QString kKnownHash = QStringLiteral(
    "$pbkdf2-sha512$1000$AAECAwQFBgcICQoLDA0ODw$A6AmFIti7CKlYdoPiV9jf1d9llp37o27Wms8Zx8fwMJGCOigJzAthOW3Pg.XF5PnNiYnsQsIz1N5NtynrEm78w");

inline DeploymentProfile testProfile(const QString &version = QStringLiteral("17.0"),
                                     CertificateMode cert = CertificateMode::SelfSigned,
                                     InitSystem init = InitSystem::Systemd)
{
    DeploymentProfile p;
    p.name = QStringLiteral("production");
    p.keychainId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    p.server.host = QStringLiteral("erp.example.com");
    p.odoo.version = version;
    p.odoo.database = QStringLiteral("acme");
    p.odoo.masterPassword.hash = kKnownHash;
    p.performance.workers = 5;
    p.web.domain = QStringLiteral("erp.example.com");
    p.web.certificate = cert;
    if (cert == CertificateMode::LetsEncrypt)
        p.web.letsEncryptEmail = QStringLiteral("admin@example.com");
    if (cert == CertificateMode::Existing) {
        p.web.certFile = QStringLiteral("/home/admin/erp.crt");
        p.web.keyFile = QStringLiteral("/home/admin/erp.key");
    }
    p.web.hsts = cert != CertificateMode::None;
    p.service.initSystem = init;
    return p;
}

// The test profile on four servers: the database with the shared filestore, two app
// servers, the proxy.
inline DeploymentProfile topologyProfile()
{
    DeploymentProfile p = testProfile();
    const auto host = [](const char *name, HostRoles roles, const char *address) {
        TopologyHost h;
        h.name = QString::fromLatin1(name);
        h.roles = roles;
        h.privateAddress = QString::fromLatin1(address);
        h.server.host = QStringLiteral("%1.example.com").arg(h.name);
        return h;
    };
    p.topology.hosts = {host("db", HostRole::Database | HostRole::Files, "10.0.0.11"), host("app1", HostRole::App, "10.0.0.21"),
                        host("app2", HostRole::App, "10.0.0.22"), host("proxy", HostRole::Proxy, "10.0.0.31")};
    return p;
}

// A server a test starts ends with the test, also when the test dies of a crash or a
// sanitizer report and cannot clean up: the kernel sends it SIGTERM then.
inline void endsWithTheTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};

inline ProcessResult run(const QString &program, const QStringList &args, const QByteArray &input = {},
                         int timeoutMs = 60000,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    r.started = true;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Writes `text` to `path` (replacing it) with the given permissions; returns the path.
inline QString writeFile(const QString &path, const QString &text, QFile::Permissions permissions)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
    f.close();
    f.setPermissions(permissions);
    return path;
}

inline bool haveProgram(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty()
           || !QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty();
}

inline QString programPath(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

} // namespace odoodeploy::test
