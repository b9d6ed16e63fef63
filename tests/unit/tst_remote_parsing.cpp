#include "plan/HostProbe.h"
#include "profile/HostFactsJson.h"
#include "remote/SshSession.h"

#include <QtTest>

using namespace odoodeploy;

// The parts of the SSH engine that read what the server says.
class TestRemoteParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pgidMarker_data()
    {
        QTest::addColumn<QByteArray>("stderrHead");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<QByteArray>("pgid");
        QTest::addColumn<QByteArray>("rest");
        const QByteArray m = SshSession::kPgidMarker;
        QTest::newRow("marker first") << m + "123\nreal error\n" << true << QByteArray("123") << QByteArray("real error\n");
        QTest::newRow("noise before") << "Could not chdir to home directory /x: Permission denied\n" + m + "77\n"
                                      << true << QByteArray("77") << QByteArray("Could not chdir to home directory /x: Permission denied\n");
        // The id goes into "kill -- -PGID" as root: anything but digits means nothing to kill.
        QTest::newRow("marker with a command") << m + "1; rm -rf /\nrest\n" << true << QByteArray() << QByteArray("rest\n");
        QTest::newRow("marker with a negative id") << m + "-1\n" << true << QByteArray() << QByteArray();
        QTest::newRow("marker with too many digits") << m + "12345678901\n" << true << QByteArray() << QByteArray();
        QTest::newRow("half a marker line") << m + "12" << false << QByteArray() << m + "12";
        QTest::newRow("no marker yet") << QByteArray("bashrc says hi\n") << false << QByteArray() << QByteArray("bashrc says hi\n");
        QTest::newRow("no marker at all") << QByteArray(SshSession::kMarkerSearchBytes + 1, 'x') << true << QByteArray()
                                          << QByteArray(SshSession::kMarkerSearchBytes + 1, 'x');
    }
    void pgidMarker()
    {
        QFETCH(QByteArray, stderrHead);
        QFETCH(bool, decided);
        QFETCH(QByteArray, pgid);
        QFETCH(QByteArray, rest);
        QByteArray found;
        QCOMPARE(SshSession::takePgidMarker(stderrHead, &found), decided);
        QCOMPARE(found, pgid);
        QCOMPARE(stderrHead, rest);
    }

    // fuzz_remote_output found negative CPUs taken as they came; huge numbers overflowed.
    void probeNumbersFromAServerThatPrintsNonsense()
    {
        const HostFacts f = HostProbe::parse(QStringLiteral(
            "cpus=-64\nmem.kb=99999999999999999999\ndisk.free.kb=9223372036854775807\nlistening=-1 0 70000 22 x\n"));
        QCOMPARE(f.cpuCount, 0);
        QCOMPARE(f.ramBytes, 0);
        QCOMPARE(f.diskFreeBytes, 0);
        QCOMPARE(f.listeningPorts, QList<int>{22});
        QVERIFY(!f.probed);
        HostFacts j;
        QString error;
        QVERIFY(hostFactsFromJson(R"({"cpuCount":-4,"ramBytes":1e300,"diskFreeBytes":-1,"listeningPorts":[-1,80,1e9]})", &j, &error));
        QCOMPARE(j.cpuCount, 0);
        QCOMPARE(j.ramBytes, 0);
        QCOMPARE(j.diskFreeBytes, 0);
        QCOMPARE(j.listeningPorts, QList<int>{80});
    }

    void probeOutput()
    {
        const HostFacts f = HostProbe::parse(QStringLiteral(
            "os.id=ubuntu\nos.version=24.04\nos.name=Ubuntu 24.04.1 LTS\ninit=systemd\ncpus=4\n"
            "mem.kb=8000000\ndisk.free.kb=1000\npython=3.12.3\npostgresql=14 16 \nnginx=1.24.0\n"
            "odoo=yes\nlistening= 8069 22 443\nnoise without equals\n"));
        QVERIFY(f.probed);
        QCOMPARE(f.osId, QStringLiteral("ubuntu"));
        QCOMPARE(f.osVersion, QStringLiteral("24.04"));
        QCOMPARE(f.init, HostFacts::Init::Systemd);
        QCOMPARE(f.cpuCount, 4);
        QCOMPARE(f.ramBytes, 8000000LL * 1024);
        QCOMPARE(f.diskFreeBytes, 1000LL * 1024);
        QCOMPARE(f.pythonVersion, QStringLiteral("3.12.3"));
        QCOMPARE(f.postgresqlVersions, (QStringList{"14", "16"}));
        QCOMPARE(f.nginxVersion, QStringLiteral("1.24.0"));
        QVERIFY(f.odooInstalled);
        QCOMPARE(f.listeningPorts, (QList<int>{22, 443, 8069}));

        const HostFacts empty = HostProbe::parse(QStringLiteral("garbage"));
        QVERIFY(!empty.probed);
    }
};

QTEST_GUILESS_MAIN(TestRemoteParsing)
#include "tst_remote_parsing.moc"
