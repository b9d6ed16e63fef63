#pragma once
// What the remote commands share: credentials from the environment, and running an
// operation with the same controller as the wizard, in the foreground, with the
// terminal answering its questions. Ctrl-C cancels the remote step.

#include "ops/Operation.h"
#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"
#include "remote/ConnectionSettings.h"
#include "remote/StepRunner.h"

#include <QCommandLineParser>
#include <QTimer>
#include <functional>
#include <memory>

namespace odoodeploy::cli {

// Exit code for "could not connect" (as ssh uses it).
constexpr int kConnectionFailed = 255;

void addRemoteOptions(QCommandLineParser &parser);
// SSH and sudo secrets from ODOO_DEPLOY_SSH_PASSWORD, _KEY_PASSPHRASE, _SUDO_PASSWORD
// (and a deployment on several servers' ODOO_DEPLOY_DATABASE_PASSWORD):
// never from the command line, which every local user can see.
Credentials credentialsFromEnvironment();

struct RunCallbacks {
    std::function<void(const QList<RemoteStep> &steps)> planned;
    std::function<void(int index)> stepStarted;
    std::function<void(int index, int stream, const QString &text)> output;
    std::function<void(int index, const StepOutcome &outcome)> stepFinished;
    std::function<void(int index, qint64 done, qint64 total)> progress; // a download's bytes
};

// Ctrl-C and TERM call `cancel` while this lives (the remote step's whole process group
// is then killed); the previous handlers come back after.
class Interrupts
{
public:
    explicit Interrupts(std::function<void()> cancel);
    ~Interrupts();
    Interrupts(const Interrupts &) = delete;
    Interrupts &operator=(const Interrupts &) = delete;

private:
    QTimer m_poll;
    void (*m_previousInt)(int);
    void (*m_previousTerm)(int);
};

// A deploy step's outcome in a word ("changed", "would change", "FAILED", ...), counted
// in *changed or *unchanged.
QString outcomeWord(const StepOutcome &outcome, bool checkMode, int *changed, int *unchanged);
// "refused: …" or "warning: …" (translated).
QString requirementLine(const Requirement &requirement);

// A step's output as it arrives: its standard output to ours, its errors to ours.
void printStepOutput(int index, int stream, const QString &text);
// Each step's title ("==> [2/3] …") as it starts, then its output (printStepOutput), and
// on a terminal a download's progress on one line of standard error.
RunCallbacks printingSteps();

struct RemoteRunResult {
    bool connected = false;
    bool success = false;
    bool declined = false;  // the user (or a missing --yes) said no before any change
    bool refused = false;   // a mandatory requirement was not met
    QList<RemoteStep> steps;
    QList<StepOutcome> outcomes;
    OperationRecord record; // everything the steps recorded, merged
    int exitCode = kConnectionFailed; // for the command line
};

// How an operation ended, as the exit code the commands document: 1 not confirmed,
// 4 refused before any change (a requirement, or the step script's own refusal exit
// status `scriptRefusal`; -1: the script has none), 255 not connected, 5 a step
// failed, 0 done.
int exitCodeOf(const RemoteRunResult &result, int scriptRefusal = -1);

// Runs the operation against the profile's server. assumeYes: --yes.
RemoteRunResult runOperation(const DeploymentProfile &profile, const QCommandLineParser &parser,
                             std::shared_ptr<const Operation> operation, const RunCallbacks &callbacks,
                             bool assumeYes = false);

// The read-only probe with the same engine. On failure *exitCode is set and the facts are empty.
HostFacts probeServer(const DeploymentProfile &profile, const QCommandLineParser &parser, int *exitCode);

} // namespace odoodeploy::cli
