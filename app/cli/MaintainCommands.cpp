// The maintenance commands: update, upgrade, rollback, staging. Each runs its operation with
// the shared controller, then (when it changed the server and worked) the health check.

#include "Cli.h"
#include "CliSupport.h"
#include "HealthSupport.h"
#include "RemoteSupport.h"
#include "TopologySupport.h"
#include "ops/MaintenanceOperations.h"
#include "ops/TopologyHealth.h"
#include "ops/TopologyMaintenance.h"
#include "ops/StagingOperations.h"
#include "plan/Maintenance.h"
#include "profile/DeploymentState.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"
#include "profile/Validation.h"

namespace odoodeploy::cli {

namespace {

QString exitCodesText()
{
    return QCoreApplication::translate("cli", "Exit codes: 0 done (or nothing to do), 1 not confirmed, 4 refused before any "
                                              "change, 5 failed, 6 done but the health check afterwards is red, 255 could "
                                              "not connect.");
}

void addCommonOptions(QCommandLineParser &parser, const QString &checkText, const QString &yesText)
{
    addProfileOption(parser, QCoreApplication::translate("cli", "The deployed profile."));
    parser.addOption({QStringLiteral("check"), checkText});
    parser.addOption({QStringLiteral("yes"), yesText});
    addRemoteOptions(parser);
}

// Parse and load; on failure *code says how to end.
bool prepare(QCommandLineParser &parser, const QStringList &arguments, DeploymentProfile *profile, int *code,
             ProfileNeeds needs = ProfileNeeds::Actionable)
{
    *code = Ok;
    if (!parseOrExplain(parser, arguments, code))
        return false;
    *code = profileFromOptions(parser, profile, needs);
    return *code == Ok;
}

// A deployment on several servers: the app servers one at a time, each out of the
// proxy meanwhile (TopologyMaintenance::rollingUpdate), then every server's health.
int updateServers(const DeploymentProfile &profile, const QCommandLineParser &parser, const QString &target)
{
    const bool check = parser.isSet(QStringLiteral("check"));
    const TopologyRunResult result = runMaintenance(parser, profile, TopologyMaintenance::rollingUpdate(profile, target, check));
    if (check)
        return result.exitCode;
    if (result.success && result.changed == 0)
        out() << QCoreApplication::translate("cli", "update: every app server is already there; nothing was changed.") << Qt::endl;
    if (!result.success && !result.declined && TopologyMaintenance::takesAppServersOut(profile))
        err() << QCoreApplication::translate("cli", "An app server whose update did not finish stays marked down in the proxy's upstreams, "
                                                    "so the others keep serving the site; `deploy` takes it back once it is mended.")
              << Qt::endl;
    return reportHealthAfter(profile, parser, result.exitCode);
}

// On several servers: the first app server upgrades while the others are stopped
// (TopologyMaintenance::moduleUpgrade), then every server's health.
int upgradeServers(const DeploymentProfile &profile, const QCommandLineParser &parser, const QString &modules)
{
    const bool check = parser.isSet(QStringLiteral("check"));
    const TopologyRunResult result = runMaintenance(parser, profile, TopologyMaintenance::moduleUpgrade(profile, modules, check));
    return check ? result.exitCode : reportHealthAfter(profile, parser, result.exitCode);
}

int runAndCheckHealth(const DeploymentProfile &profile, const QCommandLineParser &parser, std::shared_ptr<const Operation> operation)
{
    const bool check = parser.isSet(QStringLiteral("check"));
    const RemoteRunResult result = runOperation(profile, parser, std::move(operation), printingSteps(), parser.isSet(QStringLiteral("yes")));
    const int code = exitCodeOf(result, Maintenance::kRefusedExitStatus);
    return check ? code : reportHealthAfter(profile, parser, code);
}

} // namespace

int update(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Updates the server's Odoo checkout: fetches the profile's branch (or --to a branch, tag or "
                                           "commit), and when it moved, takes a backup, tags the commit that ran "
                                           "odoo-deploy-previous, checks out the new one, installs requirements.txt if it "
                                           "changed, restarts Odoo once and checks the health. A checkout with local changes "
                                           "is refused and nothing changes. \"rollback\" goes back. On several servers: one app "
                                           "server at a time, each out of the proxy's upstreams meanwhile.")
        + QLatin1Char(' ') + exitCodesText());
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("cli", "Update to this branch, tag or commit instead of the profile's branch."),
                      QStringLiteral("REF")});
    addCommonOptions(parser, QCoreApplication::translate("cli", "Change nothing; say from which commit to which it would update."),
                     QCoreApplication::translate("cli", "Do not ask before updating."));
    DeploymentProfile profile;
    int code = Ok;
    if (!prepare(parser, arguments, &profile, &code, ProfileNeeds::Valid)) // one server, or several (updateServers)
        return code;
    const QString target = parser.value(QStringLiteral("to"));
    if (!target.isEmpty()) {
        if (const QString problem = Validation::checkGitBranch(target); !problem.isEmpty()) {
            err() << problem << Qt::endl;
            return Usage;
        }
    }
    if (profile.topology.spansServers())
        return updateServers(profile, parser, target);
    return runAndCheckHealth(profile, parser, std::make_shared<UpdateOperation>(target, parser.isSet(QStringLiteral("check"))));
}

int upgrade(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Upgrades Odoo modules in the profile's database: takes a backup, stops Odoo, runs "
                                           "odoo-bin -u MODULES --stop-after-init, starts Odoo again and checks the health. "
                                           "\"rollback\" goes back to the backup. On several servers: on the first app server, "
                                           "which keeps the backups, with the other app servers stopped meanwhile.")
        + QLatin1Char(' ') + exitCodesText());
    parser.addOption({QStringLiteral("modules"), QCoreApplication::translate("cli", "The modules' technical names, separated by commas, or \"all\"."),
                      QStringLiteral("LIST")});
    addCommonOptions(parser, QCoreApplication::translate("cli", "Change nothing; say what it would run."),
                     QCoreApplication::translate("cli", "Do not ask before upgrading."));
    DeploymentProfile profile;
    int code = Ok;
    if (!prepare(parser, arguments, &profile, &code, ProfileNeeds::Valid)) // one server, or several (upgradeServers)
        return code;
    const QString modules = parser.value(QStringLiteral("modules"));
    if (const QString problem = Maintenance::checkModuleList(modules); !problem.isEmpty()) {
        err() << problem << Qt::endl;
        return Usage;
    }
    if (profile.topology.spansServers())
        return upgradeServers(profile, parser, modules);
    return runAndCheckHealth(profile, parser, std::make_shared<UpgradeOperation>(modules, parser.isSet(QStringLiteral("check"))));
}

int rollback(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Rolls back the newest update or module upgrade in the journal, also one that failed: "
                                           "with Odoo stopped, the checkout goes back to the commit that ran before it and the "
                                           "database and filestore to the backup taken before it (the ones replaced are kept as "
                                           "<name>-before-restore-<time>); then Odoo starts and the health is checked. Works when "
                                           "the update left Odoo unable to start. On several servers: from the journal of the first "
                                           "app server, which keeps the backups; the other app servers stop meanwhile, go back to the "
                                           "same commit and start again.")
        + QLatin1Char(' ') + exitCodesText());
    addCommonOptions(parser, QCoreApplication::translate("cli", "Change nothing; say what it would restore."),
                     QCoreApplication::translate("cli", "Do not ask before rolling back."));
    DeploymentProfile profile;
    int code = Ok;
    if (!prepare(parser, arguments, &profile, &code, ProfileNeeds::Valid)) // one server, or several
        return code;
    // On several servers the point is in the journal of the server that keeps the backups.
    const DeploymentProfile keeper = TopologyProfile::forBackups(profile);
    DeploymentState state;
    QString error;
    if (!StateStore::load(keeper, &state, &error)) {
        err() << error << Qt::endl;
        return FileError;
    }
    const RollbackPoint point = RollbackPoint::fromJournal(state);
    if (!point.problem.isEmpty()) {
        err() << point.problem << QLatin1Char(' ') << QCoreApplication::translate("cli", "(journal: %1)").arg(StateStore::pathFor(keeper)) << Qt::endl;
        return 4;
    }
    out() << QCoreApplication::translate("cli", "Rolling back %1: commit %2, backup %3.").arg(point.describe(), point.commit, point.backup)
          << Qt::endl;
    const bool check = parser.isSet(QStringLiteral("check"));
    if (profile.topology.spansServers()) {
        const TopologyRunResult result = runMaintenance(parser, profile, TopologyMaintenance::rollback(profile, point, check));
        return check ? result.exitCode : reportHealthAfter(profile, parser, result.exitCode);
    }
    return runAndCheckHealth(profile, parser, std::make_shared<RollbackOperation>(point, check));
}

namespace {

// On several servers: the copy's database on the database server, its Odoo on the first
// app server, its site on the proxy (TopologyMaintenance::staging), then the health of the
// copy (its site and those servers) and of production.
int stagingServers(const DeploymentProfile &profile, const QCommandLineParser &parser)
{
    const bool check = parser.isSet(QStringLiteral("check"));
    if (parser.isSet(QStringLiteral("remove"))) {
        const TopologyRunResult result = runMaintenance(parser, profile, TopologyMaintenance::removeStaging(profile, check));
        return check ? result.exitCode : reportHealthAfter(profile, parser, result.exitCode);
    }
    const TopologyRunResult result = runMaintenance(parser, profile, TopologyMaintenance::staging(profile, check));
    if (check || result.exitCode != Ok)
        return result.exitCode;
    out() << Qt::endl << QCoreApplication::translate("cli", "The staging copy: %1").arg(StagingProfile::url(profile)) << Qt::endl;
    const HealthTarget site = TopologyHealth::stagingSite(profile, stagingPin(TopologyProfile::forProxy(profile)));
    TopologyHealthReport copy;
    runServersHealthCheck(StagingProfile::of(profile), parser, &copy, &site);
    out() << copy.toText();
    const int production = reportHealthAfter(profile, parser, Ok);
    return copy.overall() == HealthLight::Red ? int(kRedAfterwards) : production;
}

} // namespace

int staging(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Makes a staging copy beside production: the database copied (live with "
                                           "pg_dump | pg_restore, or with createdb --template while production stops for the copy: "
                                           "staging.copy in the profile), its scheduled actions and mail servers switched off and "
                                           "the copy marked neutralized, the filestore as hard links, its own service on its own "
                                           "ports and its own nginx site (staging.domain, or staging.publicPort of production's "
                                           "name); then the health of the copy and of production is checked. Production keeps "
                                           "running. On several servers the database is copied on the database server (a template copy "
                                           "closes production's database to connections meanwhile instead of stopping Odoo), the copy runs "
                                           "on the first app server with the filestore copied into its own data folder, and the proxy "
                                           "serves its site. A second run changes nothing; --remove takes the copy away.")
        + QLatin1Char(' ') + exitCodesText());
    parser.addOption({QStringLiteral("remove"), QCoreApplication::translate("cli", "Remove the staging copy: its service, site, database and folders.")});
    addCommonOptions(parser, QCoreApplication::translate("cli", "Change nothing; say what it would do."),
                     QCoreApplication::translate("cli", "Do not ask before changing the server."));
    DeploymentProfile profile;
    int code = Ok;
    if (!prepare(parser, arguments, &profile, &code, ProfileNeeds::Valid)) // one server, or several
        return code;
    if (profile.topology.spansServers())
        return stagingServers(profile, parser);
    const bool check = parser.isSet(QStringLiteral("check"));
    if (parser.isSet(QStringLiteral("remove")))
        return runAndCheckHealth(profile, parser, std::make_shared<RemoveStagingOperation>(check));
    const RemoteRunResult result = runOperation(profile, parser, std::make_shared<StagingOperation>(check), printingSteps(),
                                                parser.isSet(QStringLiteral("yes")));
    code = exitCodeOf(result, Maintenance::kRefusedExitStatus);
    if (check || code != Ok)
        return code;
    out() << Qt::endl << QCoreApplication::translate("cli", "The staging copy: %1").arg(StagingProfile::url(profile)) << Qt::endl;
    const QString pin = result.record.details.value(QLatin1String(DeploymentState::kStagingPinDetail)).toString();
    const HealthReport copy = runHealthCheck(StagingProfile::of(profile), HealthTarget::forStaging(profile, pin), parser);
    out() << copy.toText();
    const int production = reportHealthAfter(profile, parser, Ok);
    return copy.overall() == HealthLight::Red ? int(kRedAfterwards) : production;
}

} // namespace odoodeploy::cli
