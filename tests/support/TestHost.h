#pragma once
// The end-to-end test host that tests/e2e/testhost.sh started (it wrote STATE_DIR/env),
// and the ways tests talk to it: the odoo-deploy binary, OpenSSH, a profile for it.

#include "TestProfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QString>

namespace odoodeploy::test {

// Every file below `folder` that holds one of `secrets` in plain text, as
// "<file>: <secret's name>"; *scanned counts the files read.
inline QStringList secretsFoundIn(const QString &folder, const QMap<QString, QByteArray> &secrets, int *scanned)
{
    QStringList found;
    *scanned = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(": cannot be read, so not scanned");
            continue;
        }
        ++*scanned;
        const QByteArray content = file.readAll();
        for (auto s = secrets.cbegin(); s != secrets.cend(); ++s)
            if (!s.value().isEmpty() && content.contains(s.value()))
                found << path + QStringLiteral(": ") + s.key();
    }
    return found;
}

// Empty when no test host runs (not under the ctest fixture, or not root). state: the
// folder testhost.sh wrote (one server of testbed.sh's), by default the fixture's.
inline QMap<QString, QString> testHostEnv(const QString &state = qEnvironmentVariable("ODOO_DEPLOY_TESTHOST"))
{
    QMap<QString, QString> env;
    QFile file(state + QStringLiteral("/env"));
    if (state.isEmpty() || !file.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    return env;
}

class TestHost
{
public:
    QMap<QString, QString> env = testHostEnv();

    TestHost() = default;
    explicit TestHost(const QString &stateDir) : env(testHostEnv(stateDir)) {}

    bool running() const { return !env.isEmpty(); }
    QString value(const char *key) const { return env.value(QString::fromLatin1(key)); }

    // The odoo-deploy binary with $HOME set to `home` (its known_hosts, its settings).
    static ProcessResult cli(const QString &home, const QStringList &args, int timeoutMs = 900000)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), home);
        return run(QStringLiteral(ODOO_DEPLOY_BINARY), args, {}, timeoutMs, e);
    }
    // The programs that listen on TCP `port` on this machine, as `ss` sees them, sorted
    // and space-separated; empty when none, "unknown" for an owner out of sight.
    static QString portHolders(int port)
    {
        static const QRegularExpression owner(QStringLiteral("users:\\(\\(\"([^\"]+)\""));
        const ProcessResult r = run(QStringLiteral("ss"), {QStringLiteral("-ltnpH"), QStringLiteral("sport = :%1").arg(port)});
        QStringList names;
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = owner.match(line);
            names << (m.hasMatch() ? m.captured(1) : QStringLiteral("unknown"));
        }
        names.sort();
        names.removeDuplicates();
        return names.join(QLatin1Char(' '));
    }
    // `deploy --yes` (or the extra arguments' mode), trusting the host's key by its fingerprint.
    ProcessResult deploy(const QString &home, const QString &profilePath, const QStringList &extra = {QStringLiteral("--yes")}) const
    {
        return cli(home, QStringList{QStringLiteral("deploy"), QStringLiteral("--profile"), profilePath,
                                     QStringLiteral("--accept-host-key"), value("TESTHOST_FINGERPRINT")} + extra);
    }
    // A command on the host, as root, through OpenSSH (independent of our engine).
    ProcessResult onHost(const QString &command, const QByteArray &input = {}) const
    {
        return run(QStringLiteral("ssh"),
                   {QStringLiteral("-i"), value("TESTHOST_KEY"), QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                    QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR"),
                    QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("root@") + value("TESTHOST_IP"), command},
                   input);
    }
    // The files on the host, where a deployment writes, that hold one of `secrets`
    // (the patterns go on standard input, never on a command line); "grep: ..." on error.
    QByteArray secretsOnHost(const QMap<QString, QByteArray> &secrets) const
    {
        QByteArray patterns;
        for (const QByteArray &s : secrets)
            patterns += s + '\n';
        const ProcessResult r = onHost(QStringLiteral("set --; for d in /etc /var/log /var/lib/odoo /var/backups /opt /home /root /run /tmp; do "
                                                      "[ ! -e \"$d\" ] || set -- \"$@\" \"$d\"; done; "
                                                      "grep -rlF -D skip -f /dev/stdin \"$@\"; test $? -le 1"),
                                       patterns);
        return r.exitCode == 0 ? r.out : "grep: " + r.err;
    }
    // Where one of `secrets` is written down: in files below `home` (the app's profile, run
    // logs, state, settings; at least `minFiles` of them must be there to scan) or on the
    // host. Empty when nowhere.
    QString secretsWrittenDown(const QString &home, const QMap<QString, QByteArray> &secrets, int minFiles) const
    {
        int scanned = 0;
        QStringList found = secretsFoundIn(home, secrets, &scanned);
        if (scanned < minFiles)
            found << QStringLiteral("only %1 files below %2 to scan, expected %3 or more").arg(scanned).arg(home).arg(minFiles);
        if (const QByteArray there = secretsOnHost(secrets); !there.isEmpty())
            found << QStringLiteral("on the host: ") + QString::fromUtf8(there);
        return found.join(QLatin1Char('\n'));
    }
    // `master-password`: a new one for the profile, told once on standard output. Empty,
    // and *error says why, when that failed.
    static QByteArray generateMasterPassword(const QString &home, const QString &profilePath, QByteArray *error)
    {
        const ProcessResult r = cli(home, {QStringLiteral("master-password"), QStringLiteral("--profile"), profilePath});
        const QByteArray password = r.out.trimmed();
        if (r.exitCode == 0 && password.size() >= 16)
            return password;
        *error = "master-password: exit " + QByteArray::number(r.exitCode) + ", " + r.err;
        return {};
    }

    // Empty when the checkout deployed at `source` is the stand-in this host's fixture
    // made (its random marker), else what differs: proves no other git daemon answered.
    QString notOurStandIn(const QString &source = QStringLiteral("/opt/odoo/src")) const
    {
        const QByteArray found = onHost(QStringLiteral("cat %1/FIXTURE_MARKER").arg(source)).out.trimmed();
        const QByteArray made = value("TESTHOST_FIXTURE_MARKER").toLatin1();
        if (!made.isEmpty() && found == made)
            return {};
        return QStringLiteral("the deployed checkout's FIXTURE_MARKER is \"%1\", the fixture made \"%2\"")
            .arg(QString::fromLatin1(found), QString::fromLatin1(made));
    }
    // A profile for this host: key login as root, the stand-in Odoo's repository,
    // memory limits that fit the host, the site at the host's address.
    DeploymentProfile profile(const QString &name, CertificateMode certificate = CertificateMode::SelfSigned) const
    {
        DeploymentProfile p = testProfile(QStringLiteral("17.0"), certificate, InitSystem::Auto);
        p.name = name;
        p.server.host = value("TESTHOST_IP");
        p.server.auth = AuthMethod::KeyFile;
        p.server.keyFile = value("TESTHOST_KEY");
        p.odoo.gitUrl = value("TESTHOST_GIT_URL");
        p.performance.limitMemorySoft = 640LL * 1024 * 1024;
        p.performance.limitMemoryHard = 800LL * 1024 * 1024;
        p.web.domain = value("TESTHOST_IP");
        p.web.hsts = false;
        return p;
    }
};

} // namespace odoodeploy::test
