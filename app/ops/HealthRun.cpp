#include "HealthRun.h"

#include "Operations.h"
#include "health/HealthRemote.h"

namespace odoodeploy {

void HealthRun::Unattended::askHostKey(const RemoteError &e, Consent answer)
{
    reason = advice.isEmpty() ? e.message : e.message + QLatin1Char(' ') + advice.arg(e.fingerprint);
    answer(false);
}

HealthRun::HealthRun(QObject *parent)
    : QObject(parent), m_controller(&m_prompter, nullptr)
{
    connect(&m_checker, &HealthChecker::resultReady, this, &HealthRun::resultReady);
    connect(&m_checker, &HealthChecker::finished, this, [this](const HealthReport &report) {
        m_controller.closeForwards();
        Q_EMIT finished(report);
    });
    // The SSH side: the service state (with the logs' last lines) and a tunnel to
    // Odoo's ports, both on one connection, fed into the checker as they arrive.
    feedHealthChecker(&m_controller, &m_checker);
    connect(&m_controller, &OperationController::failed, &m_checker, [this](const QString &message) {
        m_checker.setSshFailed(tr("SSH: %1").arg(m_prompter.reason.isEmpty() ? message : m_prompter.reason));
    });
}

void HealthRun::start(const DeploymentProfile &profile, const HealthTarget &target)
{
    m_prompter.reason.clear();
    m_checker.start(target);
    if (!target.needsSsh())
        return;
    m_controller.setConnectTimeoutCap(healthSshTimeoutSec(target));
    m_controller.start(profile, std::make_shared<ServiceStateOperation>(profile), {}, 0, healthForwards(target));
}

} // namespace odoodeploy
