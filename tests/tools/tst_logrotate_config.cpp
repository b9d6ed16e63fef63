#include "base/DeploymentPaths.h"
#include "render/Generators.h"

#include "TestProfiles.h"

#include <QtTest>
#include <unistd.h>

using namespace odoodeploy;

// The generated log rotation, checked by logrotate itself: `logrotate -d` reads it
// without a complaint, and (as root) a forced rotation in a log folder of its own
// moves the log away and creates a new one with the owner and mode Odoo's needs.
class TestLogrotateConfig : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_logrotate;

    // The Odoo user is "daemon" here: it exists on every Debian, as the user and as
    // its group, as the Odoo user does on a deployed server.
    static DeploymentProfile profile(const QString &service)
    {
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Sysvinit);
        p.odoo.systemUser = QStringLiteral("daemon");
        p.service.name = service;
        p.backup.scheduled = true;
        return p;
    }
    QString write(const QString &name, const QString &text)
    {
        // logrotate refuses a configuration that others may write.
        return test::writeFile(m_dir.filePath(name), text, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    test::ProcessResult logrotate(const QStringList &args)
    {
        return test::run(m_logrotate, QStringList{QStringLiteral("-s"), m_dir.filePath(QStringLiteral("state"))} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_logrotate = test::programPath(QStringLiteral("logrotate"));
        if (m_logrotate.isEmpty())
            QSKIP("logrotate is not installed (scripts/install-deps.sh --test)");
    }

    void logrotateReadsItWithoutComplaint()
    {
        const DeploymentProfile p = profile(QStringLiteral("odoo"));
        const auto r = logrotate({QStringLiteral("-d"), write(QStringLiteral("odoo"), Generators::logrotateConfig(p, HostFacts{}))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("error"), r.err.constData());
        // All three logs: Odoo's, the SysV console's, the scheduled backup's.
        for (const QString &log : {DeploymentPaths::of(p).logFile, DeploymentPaths::of(p).consoleLog, DeploymentPaths::of(p).backupLog})
            QVERIFY2(r.err.contains(("considering log " + log).toUtf8()), qPrintable(log));
    }

    void harnessCatchesABrokenConfig()
    {
        QString broken = Generators::logrotateConfig(profile(QStringLiteral("odoo")), HostFacts{});
        broken.replace(QStringLiteral("    daily\n"), QStringLiteral("    dailyy\n"));
        const auto r = logrotate({QStringLiteral("-d"), write(QStringLiteral("broken"), broken)});
        QVERIFY(r.exitCode != 0 || r.err.contains("error"));
    }

    void aForcedRotationMovesTheLogAndCreatesANewOne()
    {
        if (geteuid() != 0)
            QSKIP("needs root: the log folder is below /var/log");
        // A service name of its own, so that nothing on this machine is touched.
        const QString service = QStringLiteral("odtest%1").arg(QCoreApplication::applicationPid());
        const DeploymentProfile p = profile(service);
        const DeploymentPaths d = DeploymentPaths::of(p);
        QVERIFY(test::run(QStringLiteral("install"), {"-d", "-o", "daemon", "-g", "daemon", d.logDir}).exitCode == 0);
        QVERIFY(test::run(QStringLiteral("sh"), {"-c", QStringLiteral("echo line one > %1 && chown daemon:daemon %1").arg(d.logFile)}).exitCode == 0);
        const auto r = logrotate({QStringLiteral("-f"), write(service, Generators::logrotateConfig(p, HostFacts{}))});
        const QByteArray rotated = test::run(QStringLiteral("cat"), {d.logFile + QStringLiteral(".1")}).out;
        const QByteArray fresh = test::run(QStringLiteral("stat"), {"-c", "%U:%G %a %s", d.logFile}).out;
        test::run(QStringLiteral("rm"), {"-rf", d.logDir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(rotated, QByteArray("line one\n")); // delaycompress: the newest stays readable
        QCOMPARE(fresh, QByteArray("daemon:daemon 640 0\n"));
    }
};

QTEST_GUILESS_MAIN(TestLogrotateConfig)
#include "tst_logrotate_config.moc"
