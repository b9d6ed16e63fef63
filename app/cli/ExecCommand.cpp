#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "base/ShellQuote.h"
#include "ops/Operations.h"

namespace odoodeploy::cli {

int exec(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Runs one command on the profile's server with the deployment engine and streams its "
               "output. One argument after -- is a shell command line; several are quoted as words. "
               "Exits with the remote exit status (255: could not connect, 130: cancelled). "
               "Secrets come from ODOO_DEPLOY_SSH_PASSWORD, ODOO_DEPLOY_KEY_PASSPHRASE and "
               "ODOO_DEPLOY_SUDO_PASSWORD, or a prompt on a terminal."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The profile whose server to use."));
    parser.addOption({QStringLiteral("sudo"), QCoreApplication::translate("cli", "Run as root (through sudo unless the login is root).")});
    parser.addOption({QStringLiteral("timeout"), QCoreApplication::translate("cli", "Stop the command after SECONDS."), QStringLiteral("SECONDS")});
    addRemoteOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "The remote command."), QStringLiteral("-- CMD..."));
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        err() << QCoreApplication::translate("cli", "Missing the command: odoo-deploy exec --profile FILE -- CMD") << Qt::endl;
        return Usage;
    }
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile); loaded != Ok)
        return loaded;

    RemoteStep step;
    step.id = QStringLiteral("exec");
    step.title = QCoreApplication::translate("cli", "Command");
    step.command = words.size() == 1 ? words.first() : shellCommand(words);
    step.asRoot = parser.isSet(QStringLiteral("sudo"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        step.timeoutSec = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || step.timeoutSec < 1 || step.timeoutSec > 86400) {
            err() << QCoreApplication::translate("cli", "--timeout must be a whole number of seconds between 1 and 86400.") << Qt::endl;
            return Usage;
        }
    }
    RunCallbacks callbacks;
    callbacks.output = printStepOutput;
    const RemoteRunResult result = runOperation(
        profile, parser, std::make_shared<StepsOperation>(QStringLiteral("exec"), step.title, QList<RemoteStep>{step}), callbacks);
    return result.exitCode == RemoteStep::kUnchangedExitStatus ? RemoteStep::kUnchangedExitStatus : result.exitCode;
}

} // namespace odoodeploy::cli
