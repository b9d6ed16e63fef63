#pragma once
// Runs any Operation over SSH, the same way for the wizard and the command line:
// secrets (seeded by the caller, read from the keychain, else asked through the
// Prompter and kept there only when the user ticks "remember", once they worked),
// the host-key question, retries after an answer, sudo asked for and the run resumed
// from the step that needed it, cancel. An operation that needs the server's facts
// gets a probe first, then its requirements are checked: a mandatory one refuses
// before any step runs. What the steps record arrives in recorded().

#include "Operation.h"
#include "Prompter.h"
#include "RunLogFile.h"
#include "remote/RemoteRun.h"

#include <QObject>
#include <memory>

namespace odoodeploy {

class SecretStore;

class OperationController : public QObject
{
    Q_OBJECT
public:
    // secrets may be null (the command line: secrets come from the environment or a
    // prompt); so may the prompter (nobody to ask: an unknown key or a missing
    // password ends the operation).
    OperationController(Prompter *prompter, SecretStore *secrets, QObject *parent = nullptr);

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Secrets known before connecting (the command line's environment variables).
    void setInitialCredentials(const Credentials &credentials) { m_initial = credentials; }
    // An unknown host key with one of these fingerprints is trusted without asking
    // (--accept-host-key; given once per server of several).
    void setAcceptedFingerprints(const QStringList &fingerprints) { m_acceptable = fingerprints; }
    // At most this long for the TCP connect and key exchange (0: the profile's timeout).
    void setConnectTimeoutCap(int seconds) { m_connectTimeoutCap = seconds; }

    // facts: what is known already; an operation that needs facts probes when they are
    // not. With forwards, the connection stays after the steps and forwards local ports
    // to them (forwardsReady) until closeForwards() or cancel().
    void start(const DeploymentProfile &profile, std::shared_ptr<const Operation> operation, const HostFacts &facts = {},
               int firstStep = 0, const QList<ForwardTarget> &forwards = {});
    void cancel();
    // Why nothing can act on this profile's servers yet (a profile on several servers,
    // docs/topology.md), else empty. start() ends at once with it.
    static QString unsupported(const DeploymentProfile &profile);
    void closeForwards() { m_run.closeForwards(); }
    bool isRunning() const { return m_busy; }
    const QList<RemoteStep> &steps() const { return m_steps; }
    const HostFacts &facts() const { return m_facts; }
    // What an operation's record() may read of one step's output, at most. Our own
    // scripts print a few KiB; a server that prints more does not make us hold it.
    static constexpr qsizetype kMaxCapturedChars = 1024 * 1024;

Q_SIGNALS:
    void status(const QString &message); // "Connecting…", "Waiting for the keychain…"
    // The file that gets the whole log of this run (RunLogFile), once it is open.
    void logFileOpened(const QString &path);
    void keychainUnavailable(const QString &message);
    void connected();
    // The requirements that were checked (warnings included), before the steps.
    void requirementsChecked(const QList<odoodeploy::Requirement> &requirements);
    void planned(const QList<odoodeploy::RemoteStep> &steps);
    void stepStarted(int index);
    void output(int index, int stream, const QString &text);
    // What one step recorded, before the stepFinished of that step.
    void recorded(const odoodeploy::OperationRecord &record);
    void stepFinished(int index, const odoodeploy::StepOutcome &outcome);
    void progress(int index, qint64 done, qint64 total); // a download's bytes
    void forwardsReady(const QList<int> &localPorts);
    void forwardFailed(int index, const QString &message);
    void failed(const QString &message); // could not connect, refused, or the user said no
    // The deployment state (facts, journal) could not be read or written: worth saying,
    // not worth stopping for.
    void stateProblem(const QString &message);
    void finished(bool success);

private:
    enum class Phase { Probe, Steps };
    void loadSecretsThenRun();
    void proceed(); // secrets loaded: the probe, or the requirements and steps
    void run();
    void planAndRun();
    void onStepFinished(int index, const StepOutcome &outcome);
    void onRunFinished(bool success);
    void onConnectFailed(const RemoteError &error);
    void askAndRetry(SecretKind kind, const QString &title, const QString &label);
    void end(bool success, const QString &failure = QString());
    void keepInState(const OperationRecord &record);
    void writeJournal(bool success);
    const Operation &current() const;

    Prompter *m_prompter;
    SecretStore *m_secrets;
    QStringList m_acceptable;
    RemoteRun m_run;
    DeploymentProfile m_profile;
    std::shared_ptr<const Operation> m_operation;
    std::unique_ptr<Operation> m_probe;
    HostFacts m_facts;
    Phase m_phase = Phase::Steps;
    QList<RemoteStep> m_steps;
    int m_firstStep = 0;
    QList<ForwardTarget> m_forwards;
    int m_connectTimeoutCap = 0;
    Credentials m_initial;
    Credentials m_credentials;
    QString m_acceptFingerprint;
    QString m_keychainProblem;
    QList<QPair<SecretKind, QString>> m_toRemember; // written once the login worked
    QString m_captured;  // stdout of the running step, when the operation keeps it
    RunLogFile m_log;
    QString m_probeFailure;
    bool m_stepsRan = false;  // a step of the operation itself started: worth a journal entry
    QJsonObject m_details;    // what the steps recorded for the journal
    bool m_busy = false;
    int m_finishedToIgnore = 0; // the runner's finished() after a failed connect
    QPair<int, StepOutcome::Sudo> m_sudoRetry{-1, StepOutcome::Sudo::Ok}; // a step sudo refused
};

} // namespace odoodeploy

Q_DECLARE_METATYPE(odoodeploy::Requirement)
Q_DECLARE_METATYPE(odoodeploy::OperationRecord)
