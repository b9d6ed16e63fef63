#pragma once
// How the SSH side feeds a HealthChecker, whatever runs it: RemoteRun on the command
// line, ConnectionFlow in the wizard (same signals). One connection carries the
// service-state step and then the tunnel to Odoo's ports.

#include "HealthChecker.h"
#include "remote/SshForward.h"
#include "remote/StepRunner.h"

#include <algorithm>
#include <memory>

namespace odoodeploy {

// Odoo's port and, with workers, its realtime port, as the server sees them; none where
// Odoo does not run (a database or proxy server of several).
inline QList<ForwardTarget> healthForwards(const HealthTarget &target)
{
    if (!target.checkOdoo || target.odooDirect)
        return {};
    QList<ForwardTarget> forwards{{target.odooInterface, target.odooPort}};
    if (target.realtime)
        forwards.append({target.odooInterface, target.realtimePort});
    return forwards;
}

// A dead host must be red within the check's timeout: SSH may not wait longer.
inline int healthSshTimeoutSec(const HealthTarget &target) { return std::max(1, (target.timeoutMs + 999) / 1000); }

// Connect once; each run's step output starts afresh at stepStarted.
template <typename Remote>
void feedHealthChecker(Remote *remote, HealthChecker *checker)
{
    auto output = std::make_shared<QString>();
    QObject::connect(remote, &Remote::stepStarted, checker, [output](int) { output->clear(); });
    QObject::connect(remote, &Remote::output, checker, [output](int, int stream, const QString &text) {
        if (stream == int(OutputStream::Stdout))
            *output += text;
    });
    QObject::connect(remote, &Remote::stepFinished, checker, [checker, output](int, const StepOutcome &o) {
        if (o.status == StepOutcome::Status::Failed || o.status == StepOutcome::Status::Cancelled)
            checker->setServiceFailed(o.message);
        else
            checker->setServiceOutput(*output);
    });
    QObject::connect(remote, &Remote::forwardsReady, checker,
                     [checker](const QList<int> &ports) { checker->setTunnel(ports.value(0), ports.value(1)); });
    QObject::connect(remote, &Remote::forwardFailed, checker, &HealthChecker::noteTunnelProblem);
}

} // namespace odoodeploy
