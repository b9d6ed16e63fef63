#include "profile/Validation.h"
#include "profile/WorkerSuggestion.h"

#include <QtTest>

using namespace odoodeploy;

class TestWorkers : public QObject
{
    Q_OBJECT
    static constexpr qint64 MiB = 1024 * 1024;
    static constexpr qint64 GiB = 1024 * MiB;

private Q_SLOTS:
    void suggestion_data()
    {
        QTest::addColumn<int>("cpus");
        QTest::addColumn<qint64>("ram");
        QTest::addColumn<int>("workers");
        QTest::addColumn<qint64>("softMiB");
        // 2 x CPU + 1 when RAM allows (each process ~324.8 MiB, plus one cron)
        QTest::newRow("4 cpu 32 GiB: guide's example limits") << 4 << 32 * GiB << 9 << qint64(2048);
        QTest::newRow("2 cpu 4 GiB") << 2 << 4 * GiB << 5 << qint64(640);
        QTest::newRow("4 cpu 8 GiB") << 4 << 8 * GiB << 9 << qint64(768);
        // RAM caps it: floor(2048 / 324.8) = 6 processes, one of them cron
        QTest::newRow("8 cpu 2 GiB") << 8 << 2 * GiB << 5 << qint64(640);
        QTest::newRow("1 cpu 1 GiB") << 1 << 1 * GiB << 2 << qint64(640);
        // Not even a worker and the cron fit: threaded mode
        QTest::newRow("1 cpu 512 MiB") << 1 << 512 * MiB << 0 << qint64(640);
        QTest::newRow("unknown cpu") << 0 << 4 * GiB << 3 << qint64(1024);
    }
    void suggestion()
    {
        QFETCH(int, cpus);
        QFETCH(qint64, ram);
        QFETCH(int, workers);
        QFETCH(qint64, softMiB);
        const WorkerSuggestion s = WorkerSizing::suggest(cpus, ram);
        QCOMPARE(s.settings.workers, workers);
        QCOMPARE(s.settings.maxCronThreads, 1);
        QCOMPARE(s.settings.limitMemorySoft, softMiB * MiB);
        QCOMPARE(s.settings.limitMemoryHard, softMiB * 5 / 4 * MiB);
        QCOMPARE(s.settings.limitTimeCpu, 600);
        QCOMPARE(s.settings.limitTimeReal, 1200);
        QCOMPARE(s.concurrentUsers, qMax(workers, 1) * 6);
        QVERIFY(!s.reason.isEmpty());
    }

    void neverExceedsRam()
    {
        for (int cpus = 1; cpus <= 64; cpus *= 2) {
            for (qint64 ram = 256 * MiB; ram <= 256 * GiB; ram *= 2) {
                const WorkerSuggestion s = WorkerSizing::suggest(cpus, ram);
                const int processes = s.settings.workers + s.settings.maxCronThreads;
                if (s.settings.workers > 0)
                    QVERIFY(processes * WorkerSizing::kPerProcessMiB <= double(ram) / MiB);
                QVERIFY(s.settings.workers <= 2 * cpus + 1);
            }
        }
    }

    void suggestionsAreAlwaysValid()
    {
        DeploymentProfile p = DeploymentProfile::create();
        for (int cpus : {1, 2, 3, 8, 32, 128}) {
            for (qint64 ram : {256 * MiB, 1 * GiB, 3 * GiB, 16 * GiB, 512 * GiB}) {
                p.performance = WorkerSizing::suggest(cpus, ram).settings;
                const FieldIssues issues = Validation::filtered(Validation::validate(p), {QStringLiteral("performance.")});
                QVERIFY2(issues.isEmpty(), qPrintable(QStringLiteral("%1 cpu %2 MiB: %3").arg(cpus).arg(ram / MiB).arg(issues.value(0).message)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkers)
#include "tst_workers.moc"
