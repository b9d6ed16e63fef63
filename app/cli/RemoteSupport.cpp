#include "RemoteSupport.h"

#include <unistd.h>

#include "Cli.h"
#include "CliSupport.h"
#include "TerminalPrompter.h"
#include "ops/OperationController.h"
#include "ops/Operations.h"

#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace odoodeploy::cli {

namespace {

std::atomic_bool g_interrupted{false};

void onInterrupt(int) { g_interrupted = true; } // an atomic store: safe in a signal handler

} // namespace

Interrupts::Interrupts(std::function<void()> cancel)
{
    QObject::connect(&m_poll, &QTimer::timeout, [cancel = std::move(cancel)] {
        if (g_interrupted.exchange(false))
            cancel();
    });
    m_poll.start(50);
    g_interrupted = false;
    m_previousInt = std::signal(SIGINT, onInterrupt);
    m_previousTerm = std::signal(SIGTERM, onInterrupt);
}

Interrupts::~Interrupts()
{
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
}

QString outcomeWord(const StepOutcome &o, bool check, int *changed, int *unchanged)
{
    switch (o.status) {
    case StepOutcome::Status::Changed:
        ++*changed;
        return check ? QCoreApplication::translate("cli", "would change") : QCoreApplication::translate("cli", "changed");
    case StepOutcome::Status::Unchanged:
        ++*unchanged;
        return check ? QCoreApplication::translate("cli", "ok, nothing to change") : QCoreApplication::translate("cli", "unchanged");
    case StepOutcome::Status::Failed:
        return QCoreApplication::translate("cli", "FAILED");
    case StepOutcome::Status::Cancelled:
        break;
    }
    return QCoreApplication::translate("cli", "cancelled");
}

QString requirementLine(const Requirement &r)
{
    return (r.mandatory ? QCoreApplication::translate("cli", "refused: %1") : QCoreApplication::translate("cli", "warning: %1")).arg(r.text);
}

void addRemoteOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("accept-host-key"),
                      QCoreApplication::translate("cli", "Accept the server's host key if, and only if, its fingerprint is FP (as shown by a first connection). "
                                                         "On several servers: once per server."),
                      QStringLiteral("FP")});
}

Credentials credentialsFromEnvironment()
{
    Credentials credentials;
    credentials.password = qEnvironmentVariable("ODOO_DEPLOY_SSH_PASSWORD");
    credentials.keyPassphrase = qEnvironmentVariable("ODOO_DEPLOY_KEY_PASSPHRASE");
    credentials.sudoPassword = qEnvironmentVariable("ODOO_DEPLOY_SUDO_PASSWORD");
    credentials.databasePassword = qEnvironmentVariable("ODOO_DEPLOY_DATABASE_PASSWORD");
    return credentials;
}

void printStepOutput(int, int stream, const QString &text)
{
    QTextStream &s = stream == int(OutputStream::Stdout) ? out() : err();
    s << text;
    s.flush();
}

RunCallbacks printingSteps()
{
    auto steps = std::make_shared<QList<RemoteStep>>();
    RunCallbacks callbacks;
    callbacks.planned = [steps](const QList<RemoteStep> &planned) { *steps = planned; };
    callbacks.stepStarted = [steps](int i) {
        out() << QStringLiteral("==> [%1/%2] %3").arg(i + 1).arg(steps->size()).arg(steps->value(i).title) << Qt::endl;
    };
    callbacks.output = printStepOutput;
    if (isatty(STDERR_FILENO)) {
        callbacks.progress = [](int, qint64 done, qint64 total) {
            const double mib = 1024.0 * 1024.0;
            err() << QStringLiteral("\r%1 %  %2 / %3 MiB ").arg(total > 0 ? 100 * done / total : 100, 3).arg(done / mib, 0, 'f', 1).arg(total / mib, 0, 'f', 1);
            if (done == total)
                err() << Qt::endl;
            err().flush();
        };
    }
    return callbacks;
}

RemoteRunResult runOperation(const DeploymentProfile &profile, const QCommandLineParser &parser,
                             std::shared_ptr<const Operation> operation, const RunCallbacks &callbacks, bool assumeYes)
{
    TerminalPrompter prompter(assumeYes);
    OperationController controller(&prompter, nullptr);
    controller.setInitialCredentials(credentialsFromEnvironment());
    controller.setAcceptedFingerprints(parser.values(QStringLiteral("accept-host-key")));

    RemoteRunResult result;
    QString failure;
    QEventLoop loop;
    QObject::connect(&controller, &OperationController::connected, [&] { result.connected = true; });
    QObject::connect(&controller, &OperationController::planned, [&](const QList<RemoteStep> &steps) {
        result.steps = steps;
        if (callbacks.planned)
            callbacks.planned(steps);
    });
    QObject::connect(&controller, &OperationController::requirementsChecked, [&](const QList<Requirement> &requirements) {
        for (const Requirement &r : requirements) {
            result.refused = result.refused || r.mandatory;
            err() << requirementLine(r) << Qt::endl;
        }
    });
    QObject::connect(&controller, &OperationController::stepStarted, [&](int i) {
        if (callbacks.stepStarted)
            callbacks.stepStarted(i);
    });
    QObject::connect(&controller, &OperationController::output, [&](int i, int stream, const QString &text) {
        if (callbacks.output)
            callbacks.output(i, stream, text);
    });
    QObject::connect(&controller, &OperationController::progress, [&](int i, qint64 done, qint64 total) {
        if (callbacks.progress)
            callbacks.progress(i, done, total);
    });
    QObject::connect(&controller, &OperationController::recorded, [&](const OperationRecord &r) {
        if (r.hasFacts) {
            result.record.hasFacts = true;
            result.record.facts = r.facts;
        }
        if (!r.certificatePin.isEmpty())
            result.record.certificatePin = r.certificatePin;
        for (auto it = r.details.constBegin(); it != r.details.constEnd(); ++it)
            result.record.details.insert(it.key(), it.value());
    });
    QObject::connect(&controller, &OperationController::stepFinished, [&](int i, const StepOutcome &o) {
        result.outcomes << o;
        if (callbacks.stepFinished)
            callbacks.stepFinished(i, o);
    });
    QObject::connect(&controller, &OperationController::failed, [&](const QString &message) { failure = message; });
    QString logFile;
    QObject::connect(&controller, &OperationController::logFileOpened, [&](const QString &path) { logFile = path; });
    QObject::connect(&controller, &OperationController::stateProblem, [](const QString &message) { err() << message << Qt::endl; });
    QObject::connect(&controller, &OperationController::finished, &loop, [&](bool ok) {
        result.success = ok;
        loop.quit();
    });
    {
        // Ctrl-C and TERM cancel the remote step, then we end.
        const Interrupts interrupts([&] { controller.cancel(); });
        controller.start(profile, std::move(operation));
        if (controller.isRunning())
            loop.exec();
    }

    result.declined = prompter.declined();
    // A refusal is already printed line by line.
    if (!failure.isEmpty() && !result.refused && !result.declined)
        err() << failure << Qt::endl;
    if (!result.connected)
        return result;
    const StepOutcome last = result.outcomes.value(result.outcomes.size() - 1);
    if (!last.message.isEmpty())
        err() << last.message << Qt::endl;
    if (!result.success && !logFile.isEmpty())
        err() << QCoreApplication::translate("cli", "The whole log of this run: %1").arg(logFile) << Qt::endl;
    if (last.status == StepOutcome::Status::Cancelled)
        result.exitCode = 130;
    else if (last.exitStatus >= 0)
        result.exitCode = last.exitStatus;
    else
        result.exitCode = result.success ? int(Ok) : kConnectionFailed;
    return result;
}

int exitCodeOf(const RemoteRunResult &result, int scriptRefusal)
{
    if (result.declined)
        return Usage;
    if (result.refused)
        return 4;
    if (!result.connected)
        return kConnectionFailed;
    if (scriptRefusal >= 0 && !result.outcomes.isEmpty() && result.outcomes.last().exitStatus == scriptRefusal)
        return 4;
    return result.success ? int(Ok) : 5;
}

HostFacts probeServer(const DeploymentProfile &profile, const QCommandLineParser &parser, int *exitCode)
{
    const RemoteRunResult r = runOperation(profile, parser, std::make_shared<ProbeOperation>(), {});
    *exitCode = r.success ? int(Ok) : (r.exitCode == 0 ? kConnectionFailed : r.exitCode);
    return r.success ? r.record.facts : HostFacts{};
}

} // namespace odoodeploy::cli
