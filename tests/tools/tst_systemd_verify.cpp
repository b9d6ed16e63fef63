#include "base/DeploymentPaths.h"
#include "profile/TopologyProfile.h"
#include "render/Generators.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// `systemd-analyze verify` on the generated unit. It checks that ExecStart's program
// exists, so the profile points the install folder into a temporary tree with stubs.
class TestSystemdVerify : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_analyze;

    test::ProcessResult verify(const QString &unitText, const QString &fileName = QStringLiteral("odoo.service"))
    {
        const QString path = m_dir.filePath(fileName);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(unitText.toUtf8());
        f.close();
        return test::run(m_analyze, {QStringLiteral("verify"), path});
    }

    DeploymentProfile profileInTempTree()
    {
        DeploymentProfile p = test::testProfile(QStringLiteral("17.0"), CertificateMode::SelfSigned, InitSystem::Systemd);
        p.odoo.installDir = m_dir.filePath(QStringLiteral("opt/odoo"));
        const DeploymentPaths paths = DeploymentPaths::of(p);
        for (const QString &exe : {paths.python, paths.odooBin}) {
            QDir().mkpath(QFileInfo(exe).path());
            QFile stub(exe);
            stub.open(QIODevice::WriteOnly);
            stub.write("#!/bin/sh\n");
            stub.close();
            stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_analyze = test::programPath(QStringLiteral("systemd-analyze"));
        if (m_analyze.isEmpty())
            QSKIP("systemd-analyze is not installed (apt-get install systemd)");
        QVERIFY(m_dir.isValid());
    }

    void generatedUnitVerifies()
    {
        const DeploymentProfile p = profileInTempTree();
        const auto r = verify(Generators::systemdUnit(p));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Not even a warning (unknown keys only warn).
        QVERIFY2(r.err.trimmed().isEmpty() && r.out.trimmed().isEmpty(), r.err.constData());
    }

    void backupServiceAndTimerVerify_data()
    {
        QTest::addColumn<bool>("appServerOfSeveral");
        QTest::newRow("one server") << false;
        // It reaches the database server over the network and the filestore through its mount.
        QTest::newRow("first app server of several") << true;
    }

    void backupServiceAndTimerVerify()
    {
        QFETCH(bool, appServerOfSeveral);
        // The job lives in /usr/local/sbin on the server; here a stub stands in for it.
        DeploymentProfile p = profileInTempTree();
        if (appServerOfSeveral) {
            DeploymentProfile several = test::topologyProfile();
            several.odoo.installDir = p.odoo.installDir;
            several.service.initSystem = InitSystem::Systemd;
            p = TopologyProfile::forHost(several, QStringLiteral("app1"));
        }
        p.backup.scheduled = true;
        const DeploymentPaths paths = DeploymentPaths::of(p);
        const QString stub = m_dir.filePath(QStringLiteral("backup-job"));
        QFile job(stub);
        QVERIFY(job.open(QIODevice::WriteOnly));
        job.write(Generators::backupJob(p).toUtf8());
        job.close();
        job.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QString unit = Generators::backupUnit(p);
        QVERIFY(unit.contains(QStringLiteral("ExecStart=") + paths.backupJob + QLatin1Char('\n')));
        unit.replace(QStringLiteral("ExecStart=") + paths.backupJob, QStringLiteral("ExecStart=") + stub);
        const QString unitName = QFileInfo(paths.backupUnit).fileName();
        const QString timerName = QFileInfo(paths.backupTimer).fileName();
        for (const auto &[name, text] : {std::pair{unitName, unit}, std::pair{timerName, Generators::backupTimer(p)}}) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text.toUtf8());
        }
        const auto r = test::run(m_analyze, {QStringLiteral("verify"), m_dir.filePath(unitName), m_dir.filePath(timerName)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(unit.contains(QStringLiteral("Requires=postgresql.service\n")), !appServerOfSeveral);
        QCOMPARE(unit.contains(QStringLiteral("RequiresMountsFor=") + paths.dataDir + QLatin1Char('\n')), appServerOfSeveral);
        QVERIFY2(r.err.trimmed().isEmpty() && r.out.trimmed().isEmpty(), r.err.constData());
        // The calendar is one systemd reads as meant: daily at the profile's time.
        const auto calendar = test::run(m_analyze, {QStringLiteral("calendar"), QStringLiteral("*-*-* 03:30:00")});
        QVERIFY2(calendar.out.contains("Normalized form: *-*-* 03:30:00"), calendar.out.constData());
        QVERIFY(Generators::backupTimer(p).contains(QStringLiteral("OnCalendar=*-*-* 03:30:00\n")));
    }

    void harnessCatchesBrokenUnits()
    {
        const DeploymentProfile p = profileInTempTree();
        QString typo = Generators::systemdUnit(p);
        typo.replace(QStringLiteral("ExecStart="), QStringLiteral("ExecStrat="));
        QVERIFY(verify(typo, QStringLiteral("typo.service")).exitCode != 0);

        DeploymentProfile missing = p;
        missing.odoo.installDir = m_dir.filePath(QStringLiteral("nowhere"));
        const auto r = verify(Generators::systemdUnit(missing), QStringLiteral("missing.service"));
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("is not executable"));
    }
};

QTEST_GUILESS_MAIN(TestSystemdVerify)
#include "tst_systemd_verify.moc"
