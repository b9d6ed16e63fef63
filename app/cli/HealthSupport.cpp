#include "HealthSupport.h"

#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "ops/HealthRun.h"
#include "ops/TopologyHealth.h"
#include "profile/DeploymentState.h"

#include <QEventLoop>

namespace odoodeploy::cli {

QString stagingPin(const DeploymentProfile &profile)
{
    DeploymentState state;
    QString error;
    if (!StateStore::load(profile, &state, &error))
        err() << error << Qt::endl;
    return state.stagingCertificatePin();
}

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

bool runServersHealthCheck(const DeploymentProfile &profile, const QCommandLineParser &parser, TopologyHealthReport *report,
                           const HealthTarget *site)
{
    QList<TopologyHealth::Target> targets = TopologyHealth::targets(profile);
    if (targets.isEmpty() || !targets.first().server.isEmpty())
        return false;
    if (site) {
        for (TopologyHealth::Target &t : targets)
            t.target.timeoutMs = site->timeoutMs;
        targets.first().target = *site;
    }
    TopologyHealth health;
    setUpFromCommandLine(health, parser);
    QEventLoop loop;
    QObject::connect(&health, &TopologyHealth::finished, &loop, [&](const TopologyHealthReport &r) {
        *report = r;
        loop.quit();
    });
    health.start(profile, targets);
    if (health.isRunning())
        loop.exec();
    return true;
}

int reportHealthAfter(const DeploymentProfile &profile, const QCommandLineParser &parser, int actionExitCode)
{
    if (actionExitCode != Ok)
        return actionExitCode;
    out() << Qt::endl << QCoreApplication::translate("cli", "Health afterwards:") << Qt::endl;
    HealthLight overall = HealthLight::Red;
    if (profile.topology.spansServers()) {
        TopologyHealthReport report;
        if (runServersHealthCheck(profile, parser, &report)) {
            out() << report.toText();
            overall = report.overall();
        }
    } else {
        const HealthReport report = runHealthCheck(profile, HealthTarget::fromProfile(profile), parser);
        out() << report.toText();
        overall = report.overall();
    }
    out().flush();
    return overall == HealthLight::Red ? kRedAfterwards : int(Ok);
}

} // namespace odoodeploy::cli
