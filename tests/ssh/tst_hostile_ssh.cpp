#include "LogPane.h"
#include "ops/OperationController.h"
#include "remote/RemoteRun.h"
#include "remote/SshSession.h"

#include "ProcessMemory.h"
#include "SshServer.h"
#include "TestProfiles.h"

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace odoodeploy;

// AddressSanitizer keeps freed memory in quarantine and is ten times slower: there the
// flood is smaller and memory is not measured (the sanitizer run looks for other faults).
#if defined(__SANITIZE_ADDRESS__)
#define ODOO_DEPLOY_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ODOO_DEPLOY_UNDER_ASAN 1
#endif
#endif
#ifdef ODOO_DEPLOY_UNDER_ASAN
constexpr qint64 kFloodBytes = 200LL * 1024 * 1024; // below the log file's bound: the other branch
constexpr bool kMeasureMemory = false;
#else
constexpr qint64 kFloodBytes = 2048LL * 1024 * 1024;
constexpr bool kMeasureMemory = true;
#endif

// A server that is hostile or broken, against the whole chain (session, runner,
// controller, log file, log pane): gigabytes of output, a line of megabytes, bytes
// that are not text, a flood that must still cancel and time out, and servers that
// break the SSH handshake. Nothing may crash or hang, memory stays bounded, and every
// message says what happened. The UI's longest stall under these floods is measured
// by bench/ssh_bench (--hostile), not here: speed is not a test.
class TestHostileSsh : public QObject
{
    Q_OBJECT
    test::SshServer m_server;
    QTemporaryDir m_home;

    // A TCP server of the test's own that plays a broken SSH server for one connection.
    struct BrokenServer {
        int listener = -1;
        int port = 0;
        std::thread thread;
        std::atomic_bool stop{false};
        bool listen()
        {
            listener = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            socklen_t length = sizeof address;
            if (::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(listener, 4) != 0
                || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
                return false;
            port = ntohs(address.sin_port);
            return true;
        }
        void serve(const QByteArray &say, bool thenWait)
        {
            thread = std::thread([this, say, thenWait] {
                const int client = ::accept(listener, nullptr, nullptr);
                if (client < 0)
                    return;
                if (!say.isEmpty() && ::write(client, say.constData(), size_t(say.size())) < 0)
                    qWarning("write failed");
                char buffer[4096];
                // Reads what the client says (its banner, its key exchange) for a moment.
                for (int i = 0; i < 10 && !stop; ++i) {
                    timeval wait{0, 50000};
                    ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
                    if (::read(client, buffer, sizeof buffer) == 0)
                        break;
                }
                while (thenWait && !stop)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                ::close(client);
            });
        }
        ~BrokenServer()
        {
            stop = true;
            if (thread.joinable())
                thread.join();
            if (listener >= 0)
                ::close(listener);
        }
    };

    // One step of our own through the controller, as the wizard and the command line run it.
    struct Shout : Operation {
        QString command;
        int timeoutSec = 600;
        QString id() const override { return QStringLiteral("shout"); }
        QString title() const override { return QStringLiteral("A loud command"); }
        QList<RemoteStep> steps(const DeploymentProfile &, const HostFacts &) const override
        {
            RemoteStep s;
            s.id = QStringLiteral("shout");
            s.title = QStringLiteral("shout");
            s.command = command;
            s.timeoutSec = timeoutSec;
            return {s};
        }
    };

    struct Outcome {
        bool success = false;
        QList<StepOutcome> outcomes;
        QString logFile;
        QString tail; // the last output received
        qint64 received = 0;
        qint64 peakRssKiB = 0;
        qint64 longestGapMs = 0;
    };

    DeploymentProfile profile() const { return m_server.profile(); }

    Outcome shout(LogPane &pane, const QString &command)
    {
        auto operation = std::make_shared<Shout>();
        operation->command = command;
        OperationController controller(nullptr, nullptr);
        controller.setAcceptedFingerprints({m_server.hostKeyFingerprint()});
        Outcome o;
        QEventLoop loop;
        connect(&controller, &OperationController::logFileOpened, this, [&](const QString &path) { o.logFile = path; });
        connect(&controller, &OperationController::output, this, [&](int, int stream, const QString &text) {
            pane.append(text, stream == int(OutputStream::Stderr));
            o.received += text.size();
            o.tail = (o.tail + text).right(200);
        });
        connect(&controller, &OperationController::stepFinished, this, [&](int, const StepOutcome &s) { o.outcomes << s; });
        connect(&controller, &OperationController::finished, this, [&](bool ok) {
            o.success = ok;
            loop.quit();
        });
        QTimer sample; // memory and the event loop's longest gap, while it runs
        QElapsedTimer sinceTick;
        sinceTick.start();
        connect(&sample, &QTimer::timeout, this, [&] {
            o.peakRssKiB = qMax(o.peakRssKiB, test::rssKiB());
            o.longestGapMs = qMax(o.longestGapMs, sinceTick.restart());
        });
        sample.start(10);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        controller.start(profile(), operation);
        loop.exec();
        (void)QTest::qWaitFor([&] { return !pane.isDrawing(); }, 60000);
        return o;
    }

    static QString controlCharacters(const QString &text)
    {
        static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\x{202a}-\\x{202e}]"));
        return control.match(text).captured();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY2(m_server.start(), qPrintable(m_server.error));
    }
    void cleanupTestCase() { m_server.stop(); }

    void gigabytesOfOutputStayBounded()
    {
        const qint64 bytes = kFloodBytes;
        LogPane pane;
        pane.resize(900, 600);
        pane.show();
        const qint64 before = test::rssKiB();
        const Outcome o = shout(pane, QStringLiteral("yes 'hostile output, line after line, to fill every buffer on the way' | head -c %1; "
                                                     "echo; echo flood-end")
                                          .arg(bytes));
        QVERIFY(o.success);
        QCOMPARE(o.outcomes.size(), 1);
        QCOMPARE(o.outcomes.first().status, StepOutcome::Status::Changed);
        QVERIFY2(o.tail.endsWith(QStringLiteral("\nflood-end\n")), qPrintable(o.tail));
        QVERIFY2(o.received >= bytes, qPrintable(QString::number(o.received)));
        // Bounded: the pane's tail, the queue on the way, the log file's buffer; not the flood.
        const qint64 grownMiB = (o.peakRssKiB - before) / 1024;
        qInfo("%lld MiB through the chain: memory grew by %lld MiB at most; longest event-loop gap %lld ms",
              bytes / (1024 * 1024), grownMiB, o.longestGapMs);
        if (kMeasureMemory)
            QVERIFY2(grownMiB < 300, qPrintable(QString::number(grownMiB)));
        QVERIFY(pane.text().size() <= LogPane::kMaxChars);
        QVERIFY(pane.text().endsWith(QStringLiteral("\nflood-end\n")));
        // The log file has the run up to its bound, then says that it stopped keeping output.
        QFile log(o.logFile);
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(o.logFile));
        if (bytes > RunLogFile::kMaxBytes) {
            QVERIFY(log.size() <= RunLogFile::kMaxBytes + 4096);
            QVERIFY(log.seek(log.size() - 4096));
            const QString end = QString::fromUtf8(log.readAll());
            QVERIFY2(end.contains(QStringLiteral("[This file keeps no more output: it reached 256 MiB.]\nDone in ")), qPrintable(end.right(300)));
            QVERIFY2(end.contains(QStringLiteral("\nFinished.\nThis file stops at 256 MiB: ")), qPrintable(end.right(300)));
            QVERIFY2(end.endsWith(QStringLiteral(" more bytes of output were not kept.\n")), qPrintable(end.right(300)));
        } else {
            QVERIFY(log.size() > bytes);
            QVERIFY(log.readAll().contains("\nflood-end\n"));
        }
    }

    void aLineOfTenMegabytes()
    {
        LogPane pane;
        const Outcome o = shout(pane, QStringLiteral("head -c 10485760 /dev/zero | tr '\\000' x; echo; echo after"));
        QVERIFY(o.success);
        QCOMPARE(pane.text(), QString(LogPane::kMaxLineChars, QLatin1Char('x'))
                                  + QStringLiteral(" … [cut: the line goes on beyond 4000 characters]\nafter\n"));
        // The log file has the whole line.
        QFile log(o.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray all = log.readAll();
        QVERIFY(all.contains('\n' + QByteArray(10485760, 'x') + "\nafter\n"));
    }

    void bytesThatAreNotText()
    {
        LogPane pane;
        const QString r = QString(QChar(QChar::ReplacementCharacter));
        const Outcome o = shout(pane, QStringLiteral("printf '\\377\\376 ok \\000 \\033[2J\\033]0;t\\007 \\342\\200\\256rtl \\303\\251\\r\\n'; "
                                                     "head -c 2000000 /dev/urandom; echo; echo random-end"));
        QVERIFY(o.success);
        const QString text = pane.text();
        QVERIFY2(text.startsWith(r + r + QStringLiteral(" ok ") + r + QStringLiteral(" ") + r + QStringLiteral("[2J") + r + QStringLiteral("]0;t") + r
                                 + QStringLiteral(" ") + r + QStringLiteral("rtl é\n")),
                 qPrintable(text.left(60)));
        QVERIFY(text.endsWith(QStringLiteral("\nrandom-end\n")));
        QCOMPARE(controlCharacters(text), QString());
        QFile log(o.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(controlCharacters(QString::fromUtf8(log.readAll())), QString());
    }

    void floodStillCancelsAndTimesOut_data()
    {
        QTest::addColumn<bool>("useTimeout");
        QTest::newRow("cancel") << false;
        QTest::newRow("timeout") << true;
    }
    void floodStillCancelsAndTimesOut()
    {
        QFETCH(bool, useTimeout);
        const QString marker = QStringLiteral("flood-%1").arg(QRandomGenerator::global()->generate());
        RemoteStep step{QStringLiteral("flood"), QStringLiteral("Flood"), QStringLiteral("yes %1").arg(marker), false, 0, {}};
        step.timeoutSec = useTimeout ? 2 : 0;
        ConnectionSettings settings = ConnectionSettings::fromProfile(profile());
        RemoteRun run;
        qint64 received = 0;
        QList<StepOutcome> outcomes;
        bool finished = false;
        connect(&run, &RemoteRun::output, this, [&](int, int, const QString &t) { received += t.size(); });
        connect(&run, &RemoteRun::stepFinished, this, [&](int, const StepOutcome &o) { outcomes << o; });
        connect(&run, &RemoteRun::finished, this, [&] { finished = true; });
        QElapsedTimer clock;
        clock.start();
        run.start(settings, {}, {step}, m_server.hostKeyFingerprint());
        QTRY_VERIFY_WITH_TIMEOUT(received > 10 * 1024 * 1024, 20000); // it floods
        if (!useTimeout)
            run.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
        QCOMPARE(outcomes.size(), 1);
        if (useTimeout) {
            QCOMPARE(outcomes.first().status, StepOutcome::Status::Failed);
            QCOMPARE(outcomes.first().message, QStringLiteral("Timed out after 2 s; the remote process group was stopped."));
        } else {
            QCOMPARE(outcomes.first().status, StepOutcome::Status::Cancelled);
        }
        QTRY_COMPARE_WITH_TIMEOUT(test::run(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("yes %1").arg(marker)}).exitCode, 1, 5000);
    }

    void serverThatStopsAnsweringMidStep_data()
    {
        QTest::addColumn<bool>("useTimeout");
        QTest::newRow("cancel") << false;
        QTest::newRow("timeout") << true;
    }
    void serverThatStopsAnsweringMidStep()
    {
        // The server goes silent while a step runs (sshd stopped, no TCP reset). Cancel
        // and the step's timeout still end the step within a bound, and the message does
        // not claim that the server's processes were stopped: nobody could tell it.
        QFETCH(bool, useTimeout);
        const QString marker = QStringLiteral("stall-%1").arg(QRandomGenerator::global()->generate());
        RemoteStep step{QStringLiteral("stall"), QStringLiteral("Stall"), QStringLiteral("echo begun; sleep 3007 # %1").arg(marker), false, 0, {}};
        step.timeoutSec = useTimeout ? 3 : 0;
        ConnectionSettings settings = ConnectionSettings::fromProfile(profile());
        settings.connectTimeoutSec = 5;
        RemoteRun run;
        QString log;
        QList<StepOutcome> outcomes;
        bool finished = false;
        connect(&run, &RemoteRun::output, this, [&](int, int, const QString &t) { log += t; });
        connect(&run, &RemoteRun::stepFinished, this, [&](int, const StepOutcome &o) { outcomes << o; });
        connect(&run, &RemoteRun::finished, this, [&] { finished = true; });
        run.start(settings, {}, {step}, m_server.hostKeyFingerprint());
        QTRY_VERIFY_WITH_TIMEOUT(log.contains(QLatin1String("begun")), 20000);
        m_server.stallSessions(true);
        auto resume = qScopeGuard([this] { m_server.stallSessions(false); });
        QElapsedTimer clock;
        clock.start();
        if (!useTimeout)
            run.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 90000);
        qInfo("ended %lld ms after the server went silent: %s", clock.elapsed(), qPrintable(outcomes.value(0).message));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().status, useTimeout ? StepOutcome::Status::Failed : StepOutcome::Status::Cancelled);
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(outcomes.first().message.contains(QLatin1String("The server did not answer")), qPrintable(outcomes.first().message));
        resume.dismiss();
        m_server.stallSessions(false);
        m_server.killSessions();
        test::run(QStringLiteral("pkill"), {QStringLiteral("-f"), marker});
    }

    void brokenHandshakes_data()
    {
        QTest::addColumn<QByteArray>("say");
        QTest::addColumn<bool>("thenWait");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const QByteArray banner("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
        const int timeout = int(RemoteError::Kind::Timeout);
        const int broken = int(RemoteError::Kind::Protocol);
        const QString notSsh = QStringLiteral("accepted a connection on port");
        const QString brokeOff = QStringLiteral("answered on port");
        QTest::newRow("closes at once") << QByteArray() << false << broken << notSsh;
        QTest::newRow("banner, then closes") << banner << false << broken << brokeOff;
        QTest::newRow("banner, then silence") << banner << true << timeout << "then said nothing more for 2 s";
        QTest::newRow("an HTTP server") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n") << false << broken << notSsh;
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char(i * 37 + 11);
        QTest::newRow("garbage") << garbage << false << broken << notSsh;
        QTest::newRow("escapes in the banner") << QByteArray("SSH-2.0-\x1b[2J\x1b]0;owned\x07\r\n") << false << broken << brokeOff;
    }
    void brokenHandshakes()
    {
        QFETCH(QByteArray, say);
        QFETCH(bool, thenWait);
        QFETCH(int, kind);
        QFETCH(QString, message);
        BrokenServer server;
        QVERIFY(server.listen());
        server.serve(say, thenWait);
        ConnectionSettings s = ConnectionSettings::fromProfile(profile());
        s.port = server.port;
        s.connectTimeoutSec = 2;
        SshSession session;
        QElapsedTimer clock;
        clock.start();
        const RemoteError e = session.connect(s, {}, m_server.hostKeyFingerprint());
        server.stop = true;
        qInfo() << QTest::currentDataTag() << clock.elapsed() << "ms:" << e.message;
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("127.0.0.1")), qPrintable(e.message));
        QCOMPARE(controlCharacters(e.message), QString());
        QVERIFY(!session.isConnected());
    }
};

QTEST_MAIN(TestHostileSsh)
#include "tst_hostile_ssh.moc"
