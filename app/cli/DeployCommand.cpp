#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "TopologySupport.h"
#include "ops/Operations.h"
#include "profile/ProfileJson.h"

namespace odoodeploy::cli {

namespace {

// The health check trusts the self-signed certificate by this fingerprint only: keep
// it in the profile's file (written atomically; nothing else in it changes).
void recordCertificatePin(DeploymentProfile profile, const QString &path, const QString &pin)
{
    if (pin.isEmpty() || pin == profile.web.certificatePin)
        return;
    profile.web.certificatePin = pin;
    QString error;
    if (ProfileJson::save(profile, path, &error))
        out() << QCoreApplication::translate("cli", "Recorded the certificate's SHA-256 fingerprint in %1; `check` trusts it by that.").arg(path) << Qt::endl;
    else
        err() << QCoreApplication::translate("cli", "Could not record the certificate's fingerprint in %1: %2").arg(path, error) << Qt::endl;
}

// A deployment on several servers: phase by phase (TopologyRun), each server its own plan.
int deployServers(const DeploymentProfile &profile, const QCommandLineParser &parser, bool check, bool assumeYes)
{
    const TopologyRunResult result = runTopology(
        parser,
        [&](TopologyRun &run) {
            run.start(profile, [check](const DeploymentProfile &) { return std::make_shared<DeployOperation>(check); }, !check);
        },
        check, assumeYes);
    if (check)
        out() << QCoreApplication::translate("cli", "check: %1 would change, %2 already as wanted on %3 servers; nothing was changed.")
                     .arg(result.changed).arg(result.unchanged).arg(profile.topology.hosts.size())
              << Qt::endl;
    else if (result.success)
        out() << QCoreApplication::translate("cli", "deploy: %1 changed, %2 unchanged on %3 servers%4.")
                     .arg(result.changed).arg(result.unchanged).arg(profile.topology.hosts.size())
                     .arg(result.changed == 0 ? QCoreApplication::translate("cli", "; every server was already as wanted") : QString())
              << Qt::endl;
    if (result.success && !check)
        recordCertificatePin(profile, parser.value(QStringLiteral("profile")), result.certificatePin);
    return result.exitCode;
}

} // namespace

int deploy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Deploys the profile onto its server: probes it, refuses what cannot work, then runs every "
               "step (each checks first and changes only what is not already so; replaced files are "
               "backed up). --check runs only the checks and shows what would change. Exit codes: "
               "0 done, 4 refused before any change, 5 a step failed, 255 could not connect."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The profile to deploy."));
    parser.addOption({QStringLiteral("check"), QCoreApplication::translate("cli", "Change nothing; report per step what would change, with diffs for files.")});
    parser.addOption({QStringLiteral("yes"), QCoreApplication::translate("cli", "Do not ask before changing the server.")});
    addRemoteOptions(parser);
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile, ProfileNeeds::Valid); loaded != Ok)
        return loaded;

    const bool check = parser.isSet(QStringLiteral("check"));
    if (profile.topology.spansServers())
        return deployServers(profile, parser, check, parser.isSet(QStringLiteral("yes")));
    int changed = 0, unchanged = 0;
    QList<RemoteStep> steps;
    RunCallbacks callbacks;
    callbacks.planned = [&](const QList<RemoteStep> &planned) { steps = planned; };
    callbacks.output = printStepOutput;
    callbacks.stepStarted = [&](int i) {
        out() << QStringLiteral("==> [%1/%2] %3").arg(i + 1).arg(steps.size()).arg(steps.at(i).title) << Qt::endl;
    };
    callbacks.stepFinished = [&](int, const StepOutcome &o) {
        const QString word = outcomeWord(o, check, &changed, &unchanged);
        out() << QStringLiteral("    %1 (%2 s)").arg(word).arg(o.durationMs / 1000.0, 0, 'f', 1) << Qt::endl;
    };
    const RemoteRunResult result = runOperation(profile, parser, std::make_shared<DeployOperation>(check), callbacks,
                                                parser.isSet(QStringLiteral("yes")));
    if (result.declined || result.refused || !result.connected)
        return exitCodeOf(result);
    if (check)
        out() << QCoreApplication::translate("cli", "check: %1 would change, %2 already as wanted; nothing was changed.")
                     .arg(changed).arg(unchanged)
              << Qt::endl;
    else
        out() << QCoreApplication::translate("cli", "deploy: %1 changed, %2 unchanged%3.")
                     .arg(changed).arg(unchanged)
                     .arg(changed == 0 && result.success ? QCoreApplication::translate("cli", "; the server was already as wanted") : QString())
              << Qt::endl;
    if (result.success && !check)
        recordCertificatePin(profile, parser.value(QStringLiteral("profile")), result.record.certificatePin);
    return exitCodeOf(result);
}

} // namespace odoodeploy::cli
