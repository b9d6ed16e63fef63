// Speed of the SSH engine and the log pane, against a real sshd on 127.0.0.1 that
// this program starts (the same harness as the tests). Results: bench/README.md.
//
//   build/bench/ssh_bench [--steps N] [--lines N] [--hostile]
//
// 1. Per-step overhead on an open connection (open channel, run `true`, exit status),
//    median over N steps, against `ssh host true` (a new OpenSSH connection each time).
// 2. 200,000 lines streamed from a remote command into the log pane, measuring the
//    longest gap of the UI event loop and the memory the pane holds; with --hostile,
//    the same for 2 GiB of lines, a 10 MiB line and 100 MiB of random bytes.

#include "LogPane.h"
#include "remote/RemoteRun.h"
#include "remote/SshSession.h"

#include "ProcessMemory.h"
#include "SshServer.h"

#include <QApplication>
#include <QScopeGuard>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace odoodeploy;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("steps"), QStringLiteral("steps to time"), QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("lines"), QStringLiteral("lines to stream"), QStringLiteral("N"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("hostile"), QStringLiteral("also 2 GiB of lines, a 10 MiB line and 100 MiB of random bytes")});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    test::SshServer server;
    if (!server.start()) {
        out << "cannot start sshd: " << server.error << Qt::endl;
        return 1;
    }
    // The login shell runs for every command (sshd execs "$SHELL -c ..."), and an
    // interactive-minded ~/.bashrc can cost more than the engine itself. As root the
    // bench logs in as a throwaway user with /bin/sh, so that it measures the engine
    // ("*": no password, but not a locked account, which sshd would refuse).
    const QString benchUser = QStringLiteral("odoo-deploy-bench");
    const bool ownUser = getuid() == 0
                         && test::run(QStringLiteral("useradd"), {QStringLiteral("-M"), QStringLiteral("-d"), home.path(),
                                                                  QStringLiteral("-s"), QStringLiteral("/bin/sh"),
                                                                  QStringLiteral("-p"), QStringLiteral("*"), benchUser})
                                    .exitCode == 0;
    if (ownUser)
        QFile::setPermissions(server.path(QStringLiteral("authorized_keys")), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner);
    auto removeUser = qScopeGuard([&] {
        if (ownUser)
            test::run(QStringLiteral("userdel"), {benchUser});
    });
    QFile::setPermissions(server.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther | QFile::ReadOther | QFile::ReadGroup);
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port;
    settings.user = ownUser ? benchUser : test::SshServer::currentUser();
    out << "login: " << settings.user << Qt::endl;
    settings.auth = AuthMethod::KeyFile;
    settings.keyFile = server.path(QStringLiteral("client_key"));
    settings.sshDir = home.filePath(QStringLiteral(".ssh"));

    // 1. Per-step overhead.
    SshSession session;
    const RemoteError error = session.connect(settings, {}, server.hostKeyFingerprint());
    if (!error.ok()) {
        out << error.message << Qt::endl;
        return 1;
    }
    const int steps = parser.value(QStringLiteral("steps")).toInt();
    auto timeSteps = [&](bool killable) {
        QList<double> ms;
        RunOptions options;
        options.killable = killable;
        for (int i = 0; i < steps; ++i) {
            QElapsedTimer t;
            t.start();
            const CommandResult r = session.run(QStringLiteral("true"), [](OutputStream, const QByteArray &) {}, options);
            ms << t.nsecsElapsed() / 1e6;
            if (r.exitStatus != 0)
                return QList<double>{};
        }
        return ms;
    };
    const QList<double> engine = timeSteps(true);
    const QList<double> plainChannel = timeSteps(false);
    QList<double> openssh;
    const QStringList sshArgs{QStringLiteral("-p"), QString::number(server.port), QStringLiteral("-i"), settings.keyFile,
                              QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                              QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                              QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                              QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR"),
                              settings.user + QStringLiteral("@127.0.0.1"), QStringLiteral("true")};
    for (int i = 0; i < qMin(steps, 50); ++i) {
        QElapsedTimer t;
        t.start();
        if (test::run(QStringLiteral("ssh"), sshArgs).exitCode != 0)
            break;
        openssh << t.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("per-step overhead, median of %1: engine (setsid wrapper) %2 ms, bare channel %3 ms; "
                          "`ssh host true` median of %4: %5 ms\n")
               .arg(engine.size()).arg(median(engine), 0, 'f', 2).arg(median(plainChannel), 0, 'f', 2)
               .arg(openssh.size()).arg(median(openssh), 0, 'f', 2);
    session.disconnect();

    // 2. Log pane under a flood; with --hostile, also under what a broken or hostile
    //    server could send: gigabytes, a line of megabytes, random bytes.
    auto measurePane = [&](const QString &label, const QString &command) {
        LogPane pane;
        pane.resize(900, 600);
        pane.show();
        const qint64 rssBefore = test::rssKiB();
        qint64 rssPeak = rssBefore;
        RemoteRun run;
        qint64 longestGapMs = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            longestGapMs = std::max(longestGapMs, sinceTick.elapsed());
            sinceTick.restart();
            rssPeak = std::max(rssPeak, test::rssKiB());
        });
        qint64 receivedLines = 0;
        qint64 receivedChars = 0;
        int batches = 0;
        QObject::connect(&run, &RemoteRun::output, &pane, [&](int, int stream, const QString &text) {
            pane.append(text, stream == int(OutputStream::Stderr));
            receivedLines += text.count(QLatin1Char('\n'));
            receivedChars += text.size();
            ++batches;
        });
        QElapsedTimer total;
        qint64 streamedMs = 0;
        QTimer waitForPane;
        waitForPane.setInterval(20);
        QObject::connect(&waitForPane, &QTimer::timeout, &app, [&] {
            if (!pane.isDrawing())
                app.quit();
        });
        QObject::connect(&run, &RemoteRun::finished, &app, [&] {
            streamedMs = total.elapsed();
            waitForPane.start();
        });
        total.start();
        tick.start();
        sinceTick.restart();
        run.start(settings, {}, {{QStringLiteral("flood"), QStringLiteral("flood"), command, false, 0, {}}}, server.hostKeyFingerprint());
        app.exec();
        auto *view = pane.findChild<QPlainTextEdit *>();
        out << QStringLiteral("%1: %2 lines, %3 MiB in %4 batches, streamed in %5 ms, drawn in %6 ms; longest event-loop gap %7 ms; "
                              "pane keeps %8 lines; RSS %9 MiB -> peak %10 MiB\n")
                   .arg(label).arg(receivedLines).arg(receivedChars / (1024 * 1024)).arg(batches).arg(streamedMs).arg(total.elapsed())
                   .arg(longestGapMs).arg(view ? view->blockCount() : -1).arg(rssBefore / 1024).arg(rssPeak / 1024);
        out.flush();
    };
    const int lines = parser.value(QStringLiteral("lines")).toInt();
    measurePane(QStringLiteral("log pane"), QStringLiteral("seq -f 'log line %.0f with some text to make it realistic' 1 %1").arg(lines));
    if (parser.isSet(QStringLiteral("hostile"))) {
        measurePane(QStringLiteral("2 GiB of lines"),
                    QStringLiteral("yes 'hostile output, line after line, to fill every buffer on the way' | head -c 2147483648"));
        measurePane(QStringLiteral("a 10 MiB line"), QStringLiteral("head -c 10485760 /dev/zero | tr '\\000' x; echo"));
        measurePane(QStringLiteral("100 MiB of random bytes"), QStringLiteral("head -c 104857600 /dev/urandom"));
    }
    server.stop();
    return 0;
}
