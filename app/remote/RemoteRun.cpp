#include "RemoteRun.h"

namespace odoodeploy {

RemoteRun::RemoteRun(QObject *parent) : QObject(parent) {}

RemoteRun::~RemoteRun() { stop(); }

void RemoteRun::start(const ConnectionSettings &settings, const Credentials &credentials,
                      const QList<RemoteStep> &steps, const QString &acceptFingerprint, int firstStep,
                      const QList<ForwardTarget> &forwards)
{
    stop();
    m_thread = new QThread;
    m_runner = new StepRunner(settings, credentials, steps, acceptFingerprint, firstStep);
    m_runner->setForwards(forwards);
    m_runner->setFlowLimit(kFlowLimitChars);
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_runner, &StepRunner::run);
    connect(m_runner, &StepRunner::connected, this, &RemoteRun::connected);
    connect(m_runner, &StepRunner::connectFailed, this, &RemoteRun::connectFailed);
    connect(m_runner, &StepRunner::stepStarted, this, &RemoteRun::stepStarted);
    // Once the listeners have taken a batch, the runner may read more (flow control).
    connect(m_runner, &StepRunner::output, this, [this, unconsumed = m_runner->unconsumed()](int index, int stream, const QString &text) {
        Q_EMIT output(index, stream, text);
        *unconsumed -= text.size();
    });
    connect(m_runner, &StepRunner::stepFinished, this, &RemoteRun::stepFinished);
    connect(m_runner, &StepRunner::progress, this, &RemoteRun::progress);
    connect(m_runner, &StepRunner::forwardsReady, this, &RemoteRun::forwardsReady);
    connect(m_runner, &StepRunner::forwardFailed, this, &RemoteRun::forwardFailed);
    connect(m_runner, &StepRunner::finished, this, &RemoteRun::finished);
    connect(m_runner, &StepRunner::finished, m_thread, &QThread::quit);
    m_thread->start();
}

void RemoteRun::cancel()
{
    if (m_runner)
        m_runner->cancel(); // atomic; the runner checks it between reads
}

void RemoteRun::closeForwards()
{
    if (m_runner)
        m_runner->closeForwards();
}

void RemoteRun::stop()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
    delete m_thread;
    m_runner = nullptr;
    m_thread = nullptr;
}

} // namespace odoodeploy
