#pragma once
// What `exec`, `probe` (and later `deploy`) share: credentials from the environment
// or a terminal prompt, host-key consent, and running steps with the same engine as
// the wizard, in the foreground.

#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"
#include "remote/ConnectionSettings.h"
#include "remote/StepRunner.h"

#include <QCommandLineParser>
#include <functional>

namespace odoodeploy::cli {

// Exit code for "could not connect" (as ssh uses it).
constexpr int kConnectionFailed = 255;

void addRemoteOptions(QCommandLineParser &parser);
// SSH and sudo secrets from ODOO_DEPLOY_SSH_PASSWORD, _KEY_PASSPHRASE, _SUDO_PASSWORD:
// never from the command line, which every local user can see.
Credentials credentialsFromEnvironment();

struct RemoteRunResult {
    bool connected = false;
    bool success = false;
    QList<StepOutcome> outcomes;
    int exitCode = kConnectionFailed; // for the command line
};

// Connects (asking for consent or secrets on a terminal, never otherwise) and runs the
// steps; output goes to `onOutput` as it arrives. Ctrl-C cancels the remote step.
RemoteRunResult runRemote(const DeploymentProfile &profile, const QCommandLineParser &parser,
                          const QList<RemoteStep> &steps,
                          const std::function<void(int index, int stream, const QString &text)> &onOutput,
                          const std::function<void(int index)> &onStepStarted = {},
                          const std::function<void(int index, const StepOutcome &)> &onStepFinished = {});

// The read-only probe (the preflight's first step) with the same engine. On failure
// *exitCode is set and the facts are empty.
HostFacts probeServer(const DeploymentProfile &profile, const QCommandLineParser &parser, int *exitCode);

} // namespace odoodeploy::cli
