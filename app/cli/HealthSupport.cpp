#include "HealthSupport.h"

#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "ops/HealthRun.h"

#include <QEventLoop>

namespace odoodeploy::cli {

HealthReport runHealthCheck(const DeploymentProfile &profile, const HealthTarget &target, const QCommandLineParser &parser)
{
    HealthRun run;
    setUpFromCommandLine(run, parser);
    QEventLoop loop;
    HealthReport report;
    QObject::connect(&run, &HealthRun::finished, &loop, [&](const HealthReport &r) {
        report = r;
        loop.quit();
    });
    run.start(profile, target);
    if (run.isRunning())
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
