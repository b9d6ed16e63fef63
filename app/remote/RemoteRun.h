#pragma once
// Owns one StepRunner and the worker thread it runs in. Everything the runner says
// arrives here through queued signals, on the thread that created the RemoteRun.
// Destroying it cancels the run and waits for the thread: no terminate().

#include "StepRunner.h"

#include <QObject>
#include <QThread>

namespace odoodeploy {

class RemoteRun : public QObject
{
    Q_OBJECT
public:
    // Output on its way to this thread, at most (characters): a server printing faster
    // than the listeners take it is slowed down, memory stays bounded.
    static constexpr qint64 kFlowLimitChars = 4 * 1024 * 1024;

    explicit RemoteRun(QObject *parent = nullptr);
    ~RemoteRun() override;

    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    void start(const ConnectionSettings &settings, const Credentials &credentials,
               const QList<RemoteStep> &steps, const QString &acceptFingerprint = QString(), int firstStep = 0,
               const QList<ForwardTarget> &forwards = {});
    void cancel();
    void closeForwards();

Q_SIGNALS:
    void connected();
    void connectFailed(const odoodeploy::RemoteError &error);
    void stepStarted(int index);
    void output(int index, int stream, const QString &text);
    void stepFinished(int index, const odoodeploy::StepOutcome &outcome);
    void progress(int index, qint64 done, qint64 total);
    void forwardsReady(const QList<int> &localPorts);
    void forwardFailed(int index, const QString &message);
    void finished(bool success);

private:
    void stop();
    QThread *m_thread = nullptr;
    StepRunner *m_runner = nullptr;
};

} // namespace odoodeploy
