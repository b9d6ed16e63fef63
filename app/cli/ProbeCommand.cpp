#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "profile/HostFactsJson.h"
#include "remote/HostProbe.h"

#include <QJsonDocument>

namespace odoodeploy::cli {

int probe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Connects to the profile's server, changes nothing, and prints what it found as JSON "
               "(OS, init system, CPUs, RAM, free disk, Python, PostgreSQL, nginx, an existing Odoo, "
               "listening ports). The output can be given to \"render --facts\"."));
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("cli", "The profile whose server to probe."), QStringLiteral("FILE")});
    addRemoteOptions(parser);
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    const QString path = parser.value(QStringLiteral("profile"));
    DeploymentProfile profile;
    if (const int loaded = loadProfile(path, &profile); loaded != Ok)
        return loaded;
    if (!reportValidation(path, profile))
        return InvalidProfile;

    RemoteStep step;
    step.id = QStringLiteral("probe");
    step.title = QCoreApplication::translate("cli", "Probe the server");
    step.command = HostProbe::script(profile);
    step.timeoutSec = 60;
    QString output;
    const RemoteRunResult result = runRemote(profile, parser, {step}, [&](int, int stream, const QString &text) {
        if (stream == int(OutputStream::Stdout))
            output += text;
    });
    if (!result.success)
        return result.exitCode == 0 ? kConnectionFailed : result.exitCode;
    out() << QJsonDocument(hostFactsToJson(HostProbe::parse(output))).toJson(QJsonDocument::Indented);
    out().flush();
    return Ok;
}

} // namespace odoodeploy::cli
