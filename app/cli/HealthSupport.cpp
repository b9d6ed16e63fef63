#include "HealthSupport.h"

#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "health/HealthChecker.h"
#include "health/HealthRemote.h"
#include "ops/OperationController.h"
#include "ops/Operations.h"

#include <QEventLoop>

namespace odoodeploy::cli {

namespace {

// Monitoring never waits for an answer: an unknown key or a missing password is red,
// with what to pass or set.
class Unattended : public Prompter
{
public:
    QString reason;
    void askHostKey(const RemoteError &e, Consent answer) override
    {
        reason = e.message + QLatin1Char(' ')
                 + QCoreApplication::translate("cli", "(accept it with --accept-host-key %1)").arg(e.fingerprint);
        answer(false);
    }
    void askSecret(SecretKind, const QString &, const QString &, const QString &, SecretAnswer answer) override { answer({}, false); }
};

} // namespace

HealthReport runHealthCheck(const DeploymentProfile &profile, const HealthTarget &target, const QCommandLineParser &parser)
{
    HealthChecker checker;
    Unattended prompter;
    OperationController controller(&prompter, nullptr);
    QEventLoop loop;
    HealthReport report;
    QObject::connect(&checker, &HealthChecker::finished, &loop, [&](const HealthReport &r) {
        report = r;
        controller.closeForwards();
        loop.quit();
    });
    checker.start(target);
    if (target.checkService) {
        // The SSH side: the service state (with the logs' last lines) and a tunnel to
        // Odoo's ports, both on one connection, fed into the checker as they arrive.
        feedHealthChecker(&controller, &checker);
        QObject::connect(&controller, &OperationController::failed, &checker, [&checker, &prompter](const QString &message) {
            checker.setSshFailed(QCoreApplication::translate("cli", "SSH: %1").arg(prompter.reason.isEmpty() ? message : prompter.reason));
        });
        controller.setInitialCredentials(credentialsFromEnvironment());
        controller.setAcceptedFingerprint(parser.value(QStringLiteral("accept-host-key")));
        controller.setConnectTimeoutCap(healthSshTimeoutSec(target));
        controller.start(profile, std::make_shared<ServiceStateOperation>(profile), {}, 0, healthForwards(target));
    }
    if (checker.isRunning())
        loop.exec();
    return report;
}

int reportHealthAfter(const DeploymentProfile &profile, const QCommandLineParser &parser, int actionExitCode)
{
    if (actionExitCode != Ok)
        return actionExitCode;
    out() << Qt::endl << QCoreApplication::translate("cli", "Health afterwards:") << Qt::endl;
    const HealthReport report = runHealthCheck(profile, HealthTarget::fromProfile(profile), parser);
    out() << report.toText();
    out().flush();
    return report.overall() == HealthLight::Red ? kRedAfterwards : int(Ok);
}

} // namespace odoodeploy::cli
