#include "TopologySupport.h"

#include "Cli.h"
#include "CliSupport.h"
#include "RemoteSupport.h"
#include "TerminalPrompter.h"
#include "plan/Maintenance.h"
#include "secrets/KeychainSecretStore.h"

#include <QEventLoop>

namespace odoodeploy::cli {

namespace {

// "[app1] " before every line: the app servers' steps run at once.
QString tagged(const QString &server, const QString &text)
{
    const QString tag = QStringLiteral("[%1] ").arg(server);
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        if (!line.isEmpty())
            out += tag + line;
    }
    return out;
}

} // namespace

TopologyRunResult runTopology(const QCommandLineParser &parser, const std::function<void(TopologyRun &)> &start, bool checkMode,
                              bool assumeYes, int scriptRefusal)
{
    TerminalPrompter prompter(assumeYes);
    // The database password lives in the keychain when there is one (as in the wizard);
    // ODOO_DEPLOY_DATABASE_PASSWORD comes first, for automation without one.
    KeychainSecretStore keychain;
    TopologyRun run(&prompter, &keychain);
    run.setInitialCredentials(credentialsFromEnvironment());
    run.setAcceptedFingerprints(parser.values(QStringLiteral("accept-host-key")));

    TopologyRunResult result;
    QHash<QString, QList<RemoteStep>> steps;
    QSet<QString> connected;
    QSet<QString> tried;
    QString failure;
    QEventLoop loop;
    QObject::connect(&run, &TopologyRun::phaseStarted, [&](int phase, const QStringList &servers) {
        out() << QCoreApplication::translate("cli", "=== phase %1: %2").arg(phase + 1).arg(servers.join(QStringLiteral(", "))) << Qt::endl;
        for (const QString &s : servers)
            tried.insert(s);
    });
    QObject::connect(&run, &TopologyRun::status, [](const QString &server, const QString &message) {
        err() << (server.isEmpty() ? message : tagged(server, message)) << Qt::endl;
    });
    QObject::connect(&run, &TopologyRun::keychainUnavailable, [](const QString &message) { err() << message << Qt::endl; });
    QObject::connect(&run, &TopologyRun::connected, [&](const QString &server) { connected.insert(server); });
    QObject::connect(&run, &TopologyRun::requirementsChecked, [&](const QString &server, const QList<Requirement> &requirements) {
        for (const Requirement &r : requirements) {
            if (r.mandatory && !result.refused.contains(server))
                result.refused << server;
            err() << tagged(server, requirementLine(r)) << Qt::endl;
        }
    });
    QObject::connect(&run, &TopologyRun::recorded, [&](const QString &, const OperationRecord &r) {
        if (!r.certificatePin.isEmpty())
            result.certificatePin = r.certificatePin;
    });
    QObject::connect(&run, &TopologyRun::planned, [&](const QString &server, const QList<RemoteStep> &planned) { steps[server] = planned; });
    QObject::connect(&run, &TopologyRun::stepStarted, [&](const QString &server, int i) {
        out() << tagged(server, QStringLiteral("==> [%1/%2] %3").arg(i + 1).arg(steps.value(server).size()).arg(steps.value(server).value(i).title))
              << Qt::endl;
    });
    QObject::connect(&run, &TopologyRun::output, [](const QString &server, int, int stream, const QString &text) {
        QTextStream &s = stream == int(OutputStream::Stdout) ? out() : err();
        s << tagged(server, text) << (text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QString());
        s.flush();
    });
    QSet<QString> checking; // servers whose current operation only says what it would change
    QObject::connect(&run, &TopologyRun::taskStarted, [&](const QString &server, bool changes) {
        if (changes)
            checking.remove(server);
        else
            checking.insert(server);
    });
    bool refusedByScript = false; // before anything changed on any server
    QObject::connect(&run, &TopologyRun::stepFinished, [&](const QString &server, int, const StepOutcome &o) {
        if (o.status == StepOutcome::Status::Failed && scriptRefusal >= 0 && o.exitStatus == scriptRefusal && result.changed == 0)
            refusedByScript = true;
        // A rolling update's first look says "would change" and counts in neither sum.
        const bool lookOnly = !checkMode && checking.contains(server);
        int ignored = 0;
        const QString word = outcomeWord(o, checkMode || lookOnly, lookOnly ? &ignored : &result.changed, lookOnly ? &ignored : &result.unchanged);
        out() << tagged(server, QStringLiteral("    %1 (%2 s)").arg(word).arg(o.durationMs / 1000.0, 0, 'f', 1)) << Qt::endl;
        if (o.status == StepOutcome::Status::Failed && !o.message.isEmpty())
            err() << tagged(server, o.message) << Qt::endl;
    });
    QObject::connect(&run, &TopologyRun::failed, [&](const QString &message) { failure = message; });
    QObject::connect(&run, &TopologyRun::finished, &loop, [&](bool ok) {
        result.success = ok;
        loop.quit();
    });
    {
        const Interrupts interrupts([&] { run.cancel(); });
        start(run);
        if (run.isRunning())
            loop.exec();
    }

    result.declined = prompter.declined();
    if (!failure.isEmpty() && !result.declined)
        err() << failure << Qt::endl;
    for (const QString &server : std::as_const(tried))
        if (!connected.contains(server))
            result.unconnected << server;
    // Nothing tried: refused before any server (no database password).
    result.exitCode = result.success                        ? int(Ok)
                      : result.declined                     ? int(Usage)
                      : !result.refused.isEmpty() || tried.isEmpty() || refusedByScript ? 4
                      : !result.unconnected.isEmpty()       ? kConnectionFailed
                                                            : 5;
    return result;
}

TopologyRunResult runMaintenance(const QCommandLineParser &parser, const DeploymentProfile &deployment, const TopologyMaintenance::Stages &stages)
{
    const TopologyRunResult result = runTopology(
        parser, [&](TopologyRun &run) { run.startStages(deployment, stages.first, stages.question, stages.changesServers, stages.writesOdooConfig, stages.next); },
        !stages.changesServers, parser.isSet(QStringLiteral("yes")), Maintenance::kRefusedExitStatus);
    if (!result.success && !result.declined && stages.stopsOtherAppServers)
        err() << QCoreApplication::translate("cli", "The other app servers stay stopped, so that none serves from a database in doubt; "
                                                    "`deploy` starts them again once it is mended.")
              << Qt::endl;
    return result;
}

} // namespace odoodeploy::cli
