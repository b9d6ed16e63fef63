#pragma once
// Runs remote steps in order on one SSH session, in its own thread, and reports
// through signals (queued to whoever listens): step started, output in batches,
// step finished, run finished. Stops at the first failure; cancel() is safe to call
// from any thread and kills the remote process group.

#include "ConnectionSettings.h"
#include "RemoteError.h"
#include "SshForward.h"
#include "SshSession.h"
#include "plan/RemoteStep.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace odoodeploy {

struct StepOutcome {
    enum class Status { Changed, Unchanged, Failed, Cancelled };
    // A step as root failed at sudo itself: the login needs a (right) sudo password.
    enum class Sudo { Ok, PasswordNeeded, PasswordWrong };
    Status status = Status::Failed;
    Sudo sudo = Sudo::Ok;
    int exitStatus = -1;
    QString exitSignal;
    qint64 durationMs = 0;
    QString message;      // why it failed, translated
};

class StepRunner : public QObject
{
    Q_OBJECT
public:
    StepRunner(ConnectionSettings settings, Credentials credentials, QList<RemoteStep> steps,
               QString acceptFingerprint = QString(), int firstStep = 0);

    void cancel() { m_cancel = true; }
    // After the steps, keep the connection and forward a local port to each target
    // (forwardsReady) until closeForwards() or cancel(). Set before run().
    void setForwards(const QList<ForwardTarget> &targets) { m_forwards = targets; }
    void closeForwards() { m_closeForwards = true; }
    // How long output may wait before it is sent on (a flood arrives in batches).
    static constexpr int kBatchMs = 50;
    static constexpr int kBatchBytes = 64 * 1024;
    // Flow control: output sent on but not yet taken by the receiver, in characters.
    // Beyond the limit the runner stops reading the channel (and SSH's window stops
    // the server) until the receiver has caught up; 0: no limit. The receiver
    // subtracts what it took from unconsumed(), from its own thread.
    void setFlowLimit(qint64 characters) { m_flowLimit = characters; }
    std::shared_ptr<std::atomic<qint64>> unconsumed() const { return m_unconsumed; }

public Q_SLOTS:
    void run(); // blocking: call in the worker thread

Q_SIGNALS:
    void connected();
    void connectFailed(const odoodeploy::RemoteError &error);
    void stepStarted(int index);
    void output(int index, int stream, const QString &text); // stream: OutputStream
    void stepFinished(int index, const odoodeploy::StepOutcome &outcome);
    // A download's bytes so far and in all (a few times a second, and at its end).
    void progress(int index, qint64 done, qint64 total);
    // One local port per forward target, in order; 0 where listening failed.
    void forwardsReady(const QList<int> &localPorts);
    void forwardFailed(int index, const QString &message); // index into the forward targets
    void finished(bool success);

private:
    // The message of a cancelled (0) or timed-out step, by what became of its processes.
    static QString stoppedMessage(CommandResult::Stop stop, int timedOutAfterSec);
    void sendOutput(int index, int stream, const QString &text);
    void waitForReceiver();
    void serveForwards(SshSession &session);
    StepOutcome download(SshSession &session, int index, const RemoteStep &step);

    ConnectionSettings m_settings;
    Credentials m_credentials;
    QList<RemoteStep> m_steps;
    QString m_acceptFingerprint;
    int m_firstStep;
    std::atomic_bool m_cancel{false};
    QList<ForwardTarget> m_forwards;
    std::atomic_bool m_closeForwards{false};
    qint64 m_flowLimit = 0;
    std::shared_ptr<std::atomic<qint64>> m_unconsumed = std::make_shared<std::atomic<qint64>>(0);
};

} // namespace odoodeploy

Q_DECLARE_METATYPE(odoodeploy::RemoteError)
Q_DECLARE_METATYPE(odoodeploy::StepOutcome)
