#pragma once
// A deployment on several servers from the command line: TopologyRun in the
// foreground, every line of a server's output prefixed with its name, the terminal
// answering its questions, Ctrl-C cancelling every server's step.

#include "ops/Operation.h"
#include "ops/TopologyMaintenance.h"
#include "ops/TopologyRun.h"

#include <QCommandLineParser>
#include <functional>

namespace odoodeploy::cli {

struct TopologyRunResult {
    bool success = false;
    bool declined = false;
    QStringList refused;     // servers whose requirements refused
    QStringList unconnected; // servers that were tried and never connected
    QString certificatePin;  // the proxy's self-signed certificate, when a step read it
    int changed = 0;
    int unchanged = 0;
    int exitCode = 0;        // as one server's: 1, 4, 255, 5 or 0
};

// parser: the command's, for --accept-host-key (given once per server). start: starts
// the run (TopologyRun::start or startStages) once its signals are connected. A step that
// fails with scriptRefusal (when >= 0) before anything changed is a refusal: exit 4.
TopologyRunResult runTopology(const QCommandLineParser &parser, const std::function<void(TopologyRun &)> &start, bool checkMode,
                              bool assumeYes, int scriptRefusal = -1);

// A maintenance of several servers (TopologyMaintenance), asked first unless --yes. When
// one that stopped the other app servers around the first one's work failed, it says that
// they stay stopped.
TopologyRunResult runMaintenance(const QCommandLineParser &parser, const DeploymentProfile &deployment, const TopologyMaintenance::Stages &stages);

} // namespace odoodeploy::cli
