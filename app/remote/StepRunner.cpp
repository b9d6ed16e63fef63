#include "StepRunner.h"

#include "SftpDownload.h"
#include "base/PrintableText.h"
#include "secrets/SecretMask.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <memory>

namespace odoodeploy {

namespace {

// The length of `bytes` without a trailing, incomplete UTF-8 sequence.
qsizetype utf8Boundary(const QByteArray &bytes)
{
    qsizetype lead = bytes.size() - 1;
    int continuation = 0;
    while (lead >= 0 && continuation < 3 && (uchar(bytes.at(lead)) & 0xC0) == 0x80) {
        --lead;
        ++continuation;
    }
    if (lead < 0)
        return bytes.size();
    const uchar c = uchar(bytes.at(lead));
    const int needed = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    return needed > continuation ? lead : bytes.size();
}

} // namespace

StepRunner::StepRunner(ConnectionSettings settings, Credentials credentials, QList<RemoteStep> steps,
                       QString acceptFingerprint, int firstStep)
    : m_settings(std::move(settings)), m_credentials(std::move(credentials)), m_steps(std::move(steps)),
      m_acceptFingerprint(std::move(acceptFingerprint)), m_firstStep(firstStep)
{
    qRegisterMetaType<RemoteError>();
    qRegisterMetaType<StepOutcome>();
}

void StepRunner::run()
{
    SshSession session;
    const RemoteError error = session.connect(m_settings, m_credentials, m_acceptFingerprint);
    if (!error.ok()) {
        Q_EMIT connectFailed(error);
        Q_EMIT finished(false);
        return;
    }
    Q_EMIT connected();

    bool success = true;
    for (int i = m_firstStep; i < m_steps.size(); ++i) {
        if (m_cancel) {
            success = false;
            break;
        }
        const RemoteStep &step = m_steps.at(i);
        Q_EMIT stepStarted(i);
        if (step.download.isSet()) {
            const StepOutcome outcome = download(session, i, step);
            Q_EMIT stepFinished(i, outcome);
            if (outcome.status == StepOutcome::Status::Failed || outcome.status == StepOutcome::Status::Cancelled) {
                success = false;
                break;
            }
            continue;
        }

        // Batch output per stream; send on after kBatchMs or kBatchBytes. Batches end at
        // a line break where there is one, so that no secret is split across two
        // batches and escapes the mask. A line longer than a batch is cut, but its last
        // bytes wait for the next batch, enough that a secret there is seen whole; an
        // incomplete UTF-8 sequence waits for its rest too.
        QByteArray pending[2];
        QElapsedTimer sinceFlush;
        sinceFlush.start();
        const QStringList secrets{m_credentials.password, m_credentials.keyPassphrase, m_credentials.sudoPassword,
                                  m_credentials.databasePassword};
        qsizetype longestSecret = 0;
        for (const QString &secret : secrets)
            longestSecret = qMax(longestSecret, secret.toUtf8().size());
        auto flush = [&](bool all) {
            for (int s = 0; s < 2; ++s) {
                QByteArray &bytes = pending[s];
                if (bytes.isEmpty())
                    continue;
                qsizetype cut = bytes.size();
                if (!all) {
                    const qsizetype newline = bytes.lastIndexOf('\n');
                    if (newline >= 0)
                        cut = newline + 1;
                    else if (bytes.size() < kBatchBytes)
                        continue;
                    else
                        cut = utf8Boundary(bytes.left(bytes.size() - qMax<qsizetype>(longestSecret - 1, 0)));
                }
                if (cut > 0) {
                    sendOutput(i, s, printableText(maskSecrets(QString::fromUtf8(bytes.left(cut)), secrets)));
                    bytes.remove(0, cut);
                }
            }
            sinceFlush.restart();
        };
        QByteArray stderrHead; // enough to recognise sudo's own complaint
        const SshSession::OutputSink sink = [&](OutputStream stream, const QByteArray &data) {
            if (stream == OutputStream::Stderr && stderrHead.size() < 4096)
                stderrHead += data.left(4096 - stderrHead.size());
            pending[stream == OutputStream::Stdout ? 0 : 1].append(data);
            if (sinceFlush.elapsed() >= kBatchMs || pending[0].size() + pending[1].size() >= kBatchBytes) {
                flush(false);
                waitForReceiver();
            }
        };

        RunOptions options;
        options.asRoot = step.asRoot;
        options.sudoPassword = m_credentials.sudoPassword;
        options.timeoutMs = step.timeoutSec * 1000;
        options.input = step.input;
        options.exclusive = step.exclusive;
        options.cancel = &m_cancel;
        // A line followed by silence (a long download) is shown now, not with the next output.
        options.idle = [&] {
            if (sinceFlush.elapsed() >= kBatchMs)
                flush(false);
        };
        QElapsedTimer clock;
        clock.start();
        const CommandResult result = session.run(step.command, sink, options);
        flush(true);

        StepOutcome outcome;
        outcome.durationMs = clock.elapsed();
        outcome.exitStatus = result.exitStatus;
        outcome.exitSignal = result.exitSignal;
        if (result.cancelled) {
            outcome.status = StepOutcome::Status::Cancelled;
            outcome.message = stoppedMessage(result.stop, 0);
        } else if (result.timedOut) {
            outcome.message = stoppedMessage(result.stop, step.timeoutSec);
        } else if (!result.error.ok()) {
            outcome.message = result.error.message;
        } else if (!result.exitSignal.isEmpty()) {
            outcome.message = tr("Killed by signal %1.").arg(result.exitSignal);
        } else if (result.exitStatus == 0) {
            outcome.status = StepOutcome::Status::Changed;
        } else if (result.exitStatus == RemoteStep::kUnchangedExitStatus) {
            outcome.status = StepOutcome::Status::Unchanged;
        } else if (step.exclusive && result.exitStatus == SshSession::kExclusiveBusy) {
            outcome.message = tr("Another odoo-deploy step still runs on this server; waited %1 s for it to end.")
                                  .arg(SshSession::exclusiveWaitSec(options));
        } else if (step.asRoot && stderrHead.contains("sudo: a password is required")) {
            outcome.sudo = StepOutcome::Sudo::PasswordNeeded;
            outcome.message = tr("sudo needs a password for this login.");
        } else if (step.asRoot && (stderrHead.contains("Sorry, try again.") || stderrHead.contains("incorrect password attempt"))) {
            outcome.sudo = StepOutcome::Sudo::PasswordWrong;
            outcome.message = tr("sudo did not accept the password.");
        } else {
            outcome.message = tr("Failed with exit status %1.").arg(result.exitStatus);
        }
        Q_EMIT stepFinished(i, outcome);
        if (outcome.status == StepOutcome::Status::Failed || outcome.status == StepOutcome::Status::Cancelled) {
            success = false;
            break;
        }
        if (outcome.status == StepOutcome::Status::Unchanged && step.endsRunWhenUnchanged)
            break;
    }
    if (!m_forwards.isEmpty() && !m_cancel)
        serveForwards(session);
    Q_EMIT finished(success);
}

QString StepRunner::stoppedMessage(CommandResult::Stop stop, int timedOutAfterSec)
{
    // Whole sentences, for the translators. What became of the step's processes on the
    // server: stopped, or unknown because the server no longer answered.
    switch (stop) {
    case CommandResult::Stop::Stopped:
        return timedOutAfterSec ? tr("Timed out after %1 s; the remote process group was stopped.").arg(timedOutAfterSec)
                                : tr("Cancelled; the remote process group was stopped.");
    case CommandResult::Stop::NoAnswer:
        return timedOutAfterSec ? tr("Timed out after %1 s. The server did not answer, so the step's processes may still run there.").arg(timedOutAfterSec)
                                : tr("Cancelled. The server did not answer, so the step's processes may still run there.");
    case CommandResult::Stop::NotTried:
        break;
    }
    return timedOutAfterSec ? tr("Timed out after %1 s.").arg(timedOutAfterSec) : tr("Cancelled.");
}

void StepRunner::sendOutput(int index, int stream, const QString &text)
{
    if (text.isEmpty())
        return;
    *m_unconsumed += text.size();
    Q_EMIT output(index, stream, text);
}

void StepRunner::waitForReceiver()
{
    // Polled, not a condition variable: the receiver is an event loop that must not
    // block, and a few milliseconds of latency do not matter when it is behind.
    while (m_flowLimit > 0 && *m_unconsumed > m_flowLimit && !m_cancel)
        QThread::msleep(2);
}

StepOutcome StepRunner::download(SshSession &session, int index, const RemoteStep &step)
{
    StepOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    const auto finish = [&](StepOutcome::Status status, const QString &message) {
        outcome.status = status;
        outcome.message = message;
        outcome.durationMs = clock.elapsed();
        return outcome;
    };
    SftpDownload sftp(session);
    const RemoteError opened = sftp.open(step.asRoot, m_credentials.sudoPassword);
    if (!opened.ok()) {
        // As for a command: the controller asks for sudo's password and runs the step again.
        if (opened.kind == RemoteError::Kind::NeedPassword)
            outcome.sudo = StepOutcome::Sudo::PasswordNeeded;
        else if (opened.kind == RemoteError::Kind::AuthFailed)
            outcome.sudo = StepOutcome::Sudo::PasswordWrong;
        return finish(StepOutcome::Status::Failed, opened.message);
    }
    QString folder = step.download.remoteFolder;
    if (step.download.newestIn) {
        QString error;
        const QString newest = sftp.newestFolder(folder, &error);
        if (newest.isEmpty())
            return finish(StepOutcome::Status::Failed, error);
        folder += QLatin1Char('/') + newest;
    }
    const QString name = folder.section(QLatin1Char('/'), -1);
    const QString local = step.download.localFolder + QLatin1Char('/') + name;
    sendOutput(index, int(OutputStream::Stdout), tr("%1 to %2\n").arg(folder, local));
    QElapsedTimer sinceReport;
    sinceReport.start();
    QElapsedTimer sinceLine;
    sinceLine.start();
    const SftpDownload::Result result = sftp.fetchFolder(
        folder, step.download.files, local, step.download.sumsFile,
        [&](qint64 done, qint64 total) {
            if (sinceReport.elapsed() >= 100 || done == total) {
                Q_EMIT progress(index, done, total);
                sinceReport.restart();
            }
            if (sinceLine.elapsed() >= 2000) {
                const double mib = 1024.0 * 1024.0;
                sendOutput(index, int(OutputStream::Stdout),
                           tr("%1 of %2 MiB\n").arg(done / mib, 0, 'f', 1).arg(total / mib, 0, 'f', 1));
                sinceLine.restart();
            }
        },
        &m_cancel);
    if (!result.lines.isEmpty())
        sendOutput(index, int(OutputStream::Stdout), result.lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (result.cancelled)
        return finish(StepOutcome::Status::Cancelled, result.error);
    if (!result.error.isEmpty())
        return finish(StepOutcome::Status::Failed, result.error);
    const double seconds = qMax<qint64>(clock.elapsed(), 1) / 1000.0;
    // The key line is read by the operation's record(): never translated.
    sendOutput(index, int(OutputStream::Stdout),
               QStringLiteral("downloaded=%1\n").arg(local)
                   + tr("%1 MiB fetched in %2 s\n").arg(result.bytes / (1024.0 * 1024.0), 0, 'f', 1).arg(seconds, 0, 'f', 1));
    return finish(result.unchanged ? StepOutcome::Status::Unchanged : StepOutcome::Status::Changed, {});
}

void StepRunner::serveForwards(SshSession &session)
{
    std::vector<std::unique_ptr<SshForward>> forwards;
    QList<int> ports;
    for (int i = 0; i < m_forwards.size(); ++i) {
        auto forward = std::make_unique<SshForward>(session, m_forwards.at(i));
        QString error;
        if (!forward->listen(&error)) {
            Q_EMIT forwardFailed(i, error);
            ports << 0;
            continue;
        }
        connect(forward.get(), &SshForward::channelFailed, this, [this, i](const QString &message) { Q_EMIT forwardFailed(i, message); });
        ports << forward->localPort();
        forwards.push_back(std::move(forward));
    }
    Q_EMIT forwardsReady(ports);
    // This thread's own loop pumps the forwards; the flags are atomics set from anywhere.
    QEventLoop loop;
    QTimer watch;
    connect(&watch, &QTimer::timeout, &loop, [&] {
        if (m_cancel || m_closeForwards || !session.isConnected())
            loop.quit();
    });
    watch.start(20);
    loop.exec();
}

} // namespace odoodeploy
