#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "profile/HostFactsJson.h"

#include <QJsonDocument>

namespace odoodeploy::cli {

int probe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Connects to the profile's server, changes nothing, and prints what it found as JSON "
               "(OS, init system, CPUs, RAM, free disk, Python, PostgreSQL, nginx, an existing Odoo, "
               "listening ports). The output can be given to \"render --facts\"."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The profile whose server to probe."));
    addRemoteOptions(parser);
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile); loaded != Ok)
        return loaded;

    const HostFacts facts = probeServer(profile, parser, &code);
    if (code != Ok)
        return code;
    out() << QJsonDocument(hostFactsToJson(facts)).toJson(QJsonDocument::Indented);
    out().flush();
    return Ok;
}

} // namespace odoodeploy::cli
