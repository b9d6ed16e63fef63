#include "Cli.h"
#include "CliSupport.h"
#include "HealthSupport.h"
#include "RemoteSupport.h"
#include "ops/TopologyHealth.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"
#include "profile/Validation.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace odoodeploy::cli {

namespace {

// Monitoring plugins' convention: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
enum CheckExit { Green = 0, Yellow = 1, Red = 2, CannotCheck = 3 };

// The Test button, headless: one request, what curl -v shows, and the same as a command.
int fetchOnce(const HealthTarget &target)
{
    const HttpExchangeRequest request = target.testRequest();
    HttpExchange exchange;
    QEventLoop loop;
    HttpExchangeResult result;
    QObject::connect(&exchange, &HttpExchange::finished, &loop, [&](const HttpExchangeResult &r) {
        result = r;
        loop.quit();
    });
    exchange.start(request);
    loop.exec();
    out() << result.verboseText() << Qt::endl
          << QCoreApplication::translate("cli", "The same with curl:") << Qt::endl
          << "  " << result.curlCommand(request) << Qt::endl;
    return result.error.isEmpty() ? Green : Red;
}

// One server's report or several's: as text or JSON, and the exit code of its light.
template <typename Report>
int printed(const Report &report, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.toText();
    out().flush();
    switch (report.overall()) {
    case HealthLight::Red: return Red;
    case HealthLight::Yellow: return Yellow;
    default: return Green;
    }
}

// A deployment on several servers: the site through the proxy and every server's checks
// of its roles, all at once. --address and --ca-file apply to the site.
// With --staging: the copy's site and the servers it lives on (StagingProfile::of).
int checkServers(const DeploymentProfile &profile, const QCommandLineParser &parser, const HealthTarget &site)
{
    if (parser.isSet(QStringLiteral("direct"))) {
        err() << QCoreApplication::translate("cli", "--%1 is not available for a deployment on several servers.").arg(QStringLiteral("direct")) << Qt::endl;
        return CannotCheck;
    }
    if (parser.isSet(QStringLiteral("test")))
        return fetchOnce(site);
    TopologyHealthReport report;
    const DeploymentProfile checked = parser.isSet(QStringLiteral("staging")) ? StagingProfile::of(profile) : profile;
    if (!runServersHealthCheck(checked, parser, &report, &site)) // validation lets no such profile through
        return CannotCheck;
    return printed(report, parser);
}

} // namespace

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Checks a deployed server: HTTP, HTTPS and its certificate, the database manager, Odoo and its "
               "realtime port (through an SSH tunnel), and the service (over SSH). Exit codes, as monitoring "
               "plugins use them: 0 green, 1 yellow (works, needs attention), 2 red (failing), 3 could not check."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The deployed profile."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the report as JSON.")});
    parser.addOption({QStringLiteral("timeout"), QCoreApplication::translate("cli", "Seconds each check may take (default 5)."),
                      QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("address"), QCoreApplication::translate("cli", "Connect to ADDRESS for HTTP and HTTPS instead of the profile's server (the domain is still sent)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("ca-file"), QCoreApplication::translate("cli", "Also trust the certificate authorities in FILE (PEM), e.g. a company CA."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("direct"), QCoreApplication::translate("cli", "Check Odoo's ports directly, without SSH (when they are reachable); no service state.")});
    parser.addOption({QStringLiteral("staging"), QCoreApplication::translate("cli", "Check the profile's staging copy (made by \"staging\") instead of production.")});
    parser.addOption({QStringLiteral("test"), QCoreApplication::translate("cli", "Only fetch the site's front page, as the wizard's Test button does: print what curl -v shows "
                                                                                 "and the curl command that makes the same request (0: an answer came, 2: none).")});
    addRemoteOptions(parser);
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code == Ok ? int(Ok) : int(CannotCheck);
    DeploymentProfile profile;
    if (profileFromOptions(parser, &profile, ProfileNeeds::Valid) != Ok) // one server, or several (checkServers)
        return CannotCheck;
    bool ok = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout < 0.1 || timeout > 600) {
        err() << QCoreApplication::translate("cli", "--timeout must be a number of seconds between 0.1 and 600.") << Qt::endl;
        return CannotCheck;
    }

    const bool staging = parser.isSet(QStringLiteral("staging"));
    const bool servers = profile.topology.spansServers();
    // On several servers the site is the proxy's, and so is the copy's certificate.
    HealthTarget target = servers && staging ? TopologyHealth::stagingSite(profile, stagingPin(TopologyProfile::forProxy(profile)))
                          : servers          ? TopologyHealth::targets(profile).value(0).target
                          : staging          ? HealthTarget::forStaging(profile, stagingPin(profile))
                                             : HealthTarget::fromProfile(profile);
    if (staging && !servers)
        profile = StagingProfile::of(profile); // its service over SSH
    target.timeoutMs = int(timeout * 1000);
    if (parser.isSet(QStringLiteral("address"))) {
        target.address = parser.value(QStringLiteral("address"));
        if (const QString problem = Validation::checkHost(target.address); !problem.isEmpty()) {
            err() << QStringLiteral("--address: ") << problem << Qt::endl;
            return CannotCheck;
        }
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(parser.value(QStringLiteral("ca-file")), QSsl::Pem);
        target.extraCaCertificates += authorities; // besides the profile's web.caFile
        target.caFile = parser.value(QStringLiteral("ca-file"));
        if (authorities.isEmpty()) {
            err() << QCoreApplication::translate("cli", "No PEM certificate could be read from %1.").arg(parser.value(QStringLiteral("ca-file"))) << Qt::endl;
            return CannotCheck;
        }
    }
    if (servers)
        return checkServers(profile, parser, target);
    if (parser.isSet(QStringLiteral("test")))
        return fetchOnce(target);
    const bool direct = parser.isSet(QStringLiteral("direct"));
    target.odooDirect = direct;
    target.checkService = !direct;

    return printed(runHealthCheck(profile, target, parser), parser);
}

} // namespace odoodeploy::cli
