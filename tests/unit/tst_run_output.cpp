#include "base/PrintableText.h"
#include "ops/RunLogFile.h"

#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace odoodeploy;

// What a remote command prints on its way to the log pane, the terminal and the log
// file: made printable first, then kept whole (within a bound) in the run's log file.
class TestRunOutput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    }

    void printable_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        const QString r = QString(QChar(QChar::ReplacementCharacter));
        QTest::newRow("plain text is untouched") << "apt-get: 3 upgraded\n\tindented\n" << "apt-get: 3 upgraded\n\tindented\n";
        QTest::newRow("CR LF is one line break") << "a\r\nb\r\n" << "a\nb\n";
        QTest::newRow("a lone CR ends a line") << "10%\r50%\r100%\n" << "10%\n50%\n100%\n";
        QTest::newRow("terminal escapes") << "\x1b[2J\x1b]0;owned\x07text" << r + "[2J" + r + "]0;owned" + r + "text";
        QTest::newRow("NUL, backspace, DEL") << QString::fromLatin1("a\0b\bc\x7f", 6) << "a" + r + "b" + r + "c" + r;
        QTest::newRow("C1 CSI") << QString::fromUtf16(u"x\u009b31mred") << "x" + r + "31mred";
        QTest::newRow("right-to-left override") << QString::fromUtf16(u"file\u202Etxt.exe") << "file" + r + "txt.exe";
        QTest::newRow("bidi isolate and marks") << QString::fromUtf16(u"\u2066a\u2069\u200f\u061c") << r + "a" + r + r + r;
        QTest::newRow("Chinese stays") << QString::fromUtf16(u"部署完成\n") << QString::fromUtf16(u"部署完成\n");
        QTest::newRow("invalid UTF-8 arrives as U+FFFD and stays") << QString::fromUtf8("\xff\xfe ok \xc3") << r + r + " ok " + r;
    }
    void printable()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(printableText(in), out);
    }

    void logFileHoldsTheRunPrivately()
    {
        RunLogFile log;
        QString error;
        QVERIFY2(log.open(QStringLiteral("deploy"), QStringLiteral("erp.example.com"), &error), qPrintable(error));
        const QString path = log.path();
        QVERIFY2(path.startsWith(m_data.path() + QStringLiteral("/odoo-deploy/logs/")), qPrintable(path));
        QVERIFY(path.endsWith(QStringLiteral("-deploy.log")));
        log.note(QStringLiteral("▶ Install packages"));
        log.write(QStringLiteral("half a line"));
        log.note(QStringLiteral("Done in 1.0 s."));
        // The file is current before it is closed (notes flush): an admin can tail it.
        QFile during(path);
        QVERIFY(during.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(during.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("odoo-deploy deploy on erp.example.com, ")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("▶ Install packages\nhalf a line\nDone in 1.0 s.\n")), qPrintable(text));
        log.close();
        struct stat file{}, folder{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &file), 0);
        QCOMPARE(file.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(RunLogFile::folder()).constData(), &folder), 0);
        QCOMPARE(folder.st_mode & 0777, 0700u);
    }

    void logFileStopsAtItsBound()
    {
        RunLogFile log;
        QString error;
        QVERIFY2(log.open(QStringLiteral("flood"), QStringLiteral("h"), &error), qPrintable(error));
        const QString mib(1024 * 1024 - 1, QLatin1Char('x'));
        const QString line = mib + QLatin1Char('\n');
        const int lines = int(RunLogFile::kMaxBytes / (1024 * 1024)) + 20;
        for (int i = 0; i < lines; ++i)
            log.write(line);
        log.write(QStringLiteral("small enough to fit, but after the cut\n")); // no gap may go unsaid
        log.note(QStringLiteral("Done in 9.9 s."));
        log.close();
        QFile file(log.path());
        QVERIFY(file.size() <= RunLogFile::kMaxBytes + 1024);
        QVERIFY(file.size() > RunLogFile::kMaxBytes - 2 * 1024 * 1024);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.seek(file.size() - 1024));
        const QString tail = QString::fromUtf8(file.readAll());
        QVERIFY2(tail.contains(QStringLiteral("\n[This file keeps no more output: it reached 256 MiB.]\nDone in 9.9 s.\n"
                                              "This file stops at 256 MiB: ")), qPrintable(tail.right(300)));
        QVERIFY2(tail.endsWith(QStringLiteral(" more bytes of output were not kept.\n")), qPrintable(tail.right(300)));
        QVERIFY(!tail.contains(QStringLiteral("small enough")));
        QFile::remove(log.path());
    }

    void logFileNeverFollowsAPlantedLink()
    {
        // Someone who can write the folder plants the next name as a link: the open
        // fails rather than writing through it.
        QDir(RunLogFile::folder()).mkpath(QStringLiteral("."));
        const QString victim = m_data.filePath(QStringLiteral("victim"));
        const QString stem = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString &name : {stem, QDateTime::currentDateTimeUtc().addSecs(1).toString(QStringLiteral("yyyyMMdd-HHmmss"))})
            QVERIFY(QFile::link(victim, RunLogFile::folder() + QLatin1Char('/') + name + QStringLiteral("-trap.log")));
        RunLogFile log;
        QString error;
        QVERIFY(!log.open(QStringLiteral("trap"), QStringLiteral("h"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write the log file ")), qPrintable(error));
        QVERIFY(!QFile::exists(victim));
        for (const QString &name : QDir(RunLogFile::folder()).entryList({QStringLiteral("*-trap.log")}, QDir::System))
            QFile::remove(RunLogFile::folder() + QLatin1Char('/') + name);
    }

    void onlyTheNewestLogsAreKept()
    {
        QDir dir(RunLogFile::folder());
        for (const QString &name : dir.entryList({QStringLiteral("*.log")}, QDir::Files))
            QVERIFY(dir.remove(name));
        for (int i = 0; i < RunLogFile::kKeep + 5; ++i) {
            QFile old(dir.filePath(QStringLiteral("2020%1-000000-deploy.log").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(old.open(QIODevice::WriteOnly));
        }
        RunLogFile log;
        QString error;
        QVERIFY2(log.open(QStringLiteral("deploy"), QStringLiteral("h"), &error), qPrintable(error));
        log.close();
        const QStringList kept = dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), RunLogFile::kKeep);
        QCOMPARE(kept.last(), QFileInfo(log.path()).fileName());
        QCOMPARE(kept.first(), QStringLiteral("20200006-000000-deploy.log")); // the six oldest went
    }
};

QTEST_GUILESS_MAIN(TestRunOutput)
#include "tst_run_output.moc"
