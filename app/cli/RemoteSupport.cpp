#include "RemoteSupport.h"

#include "CliSupport.h"
#include "Cli.h"
#include "plan/Preflight.h"
#include "remote/ConnectionSettings.h"
#include "remote/HostProbe.h"

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace odoodeploy::cli {

namespace {

StepRunner *g_running = nullptr;

void onInterrupt(int)
{
    if (g_running)
        g_running->cancel(); // an atomic store: safe in a signal handler
}

bool interactive() { return isatty(STDIN_FILENO) && isatty(STDERR_FILENO); }

QString readLine(const QString &prompt, bool secret)
{
    err() << prompt;
    err().flush();
    termios saved{};
    const bool hide = secret && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
    return got ? QString::fromLocal8Bit(buffer).chopped(buffer[0] ? 1 : 0).trimmed() : QString();
}

} // namespace

void addRemoteOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("accept-host-key"),
                      QCoreApplication::translate("cli", "Accept the server's host key if, and only if, its fingerprint is FP (as shown by a first connection)."),
                      QStringLiteral("FP")});
}

Credentials credentialsFromEnvironment()
{
    Credentials credentials;
    credentials.password = qEnvironmentVariable("ODOO_DEPLOY_SSH_PASSWORD");
    credentials.keyPassphrase = qEnvironmentVariable("ODOO_DEPLOY_KEY_PASSPHRASE");
    credentials.sudoPassword = qEnvironmentVariable("ODOO_DEPLOY_SUDO_PASSWORD");
    return credentials;
}

RemoteRunResult runRemote(const DeploymentProfile &profile, const QCommandLineParser &parser,
                          const QList<RemoteStep> &steps,
                          const std::function<void(int, int, const QString &)> &onOutput,
                          const std::function<void(int)> &onStepStarted,
                          const std::function<void(int, const StepOutcome &)> &onStepFinished)
{
    const ConnectionSettings settings = ConnectionSettings::fromProfile(profile);
    Credentials credentials = credentialsFromEnvironment();
    QString accept = parser.value(QStringLiteral("accept-host-key"));

    RemoteRunResult result;
    int firstStep = 0;
    QPair<int, StepOutcome::Sudo> sudoRefused{-1, StepOutcome::Sudo::Ok};
    for (int attempt = 0; attempt < 6; ++attempt) {
        StepRunner runner(settings, credentials, steps, accept, firstStep);
        RemoteError failure;
        QObject::connect(&runner, &StepRunner::connectFailed, [&](const RemoteError &e) { failure = e; });
        QObject::connect(&runner, &StepRunner::connected, [&] { result.connected = true; });
        QObject::connect(&runner, &StepRunner::output, [&](int i, int stream, const QString &text) { onOutput(i, stream, text); });
        QObject::connect(&runner, &StepRunner::stepFinished, [&](int i, const StepOutcome &o) {
            result.outcomes << o;
            if (o.sudo != StepOutcome::Sudo::Ok)
                sudoRefused = {i, o.sudo};
            if (onStepFinished)
                onStepFinished(i, o);
        });
        QObject::connect(&runner, &StepRunner::stepStarted, [&](int i) {
            if (onStepStarted)
                onStepStarted(i);
        });
        QObject::connect(&runner, &StepRunner::finished, [&](bool ok) { result.success = ok; });

        g_running = &runner;
        auto previousInt = std::signal(SIGINT, onInterrupt);
        auto previousTerm = std::signal(SIGTERM, onInterrupt);
        runner.run();
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
        g_running = nullptr;

        if (failure.ok()) {
            if (sudoRefused.first < 0)
                break;
            // sudo wants a (right) password: asked on a terminal, then on from that step.
            const auto [index, problem] = std::exchange(sudoRefused, {-1, StepOutcome::Sudo::Ok});
            if (!interactive()) {
                err() << QCoreApplication::translate("cli", "Without a terminal, set ODOO_DEPLOY_SUDO_PASSWORD (or allow this login sudo without a password).")
                      << Qt::endl;
                break;
            }
            credentials.sudoPassword = readLine(problem == StepOutcome::Sudo::PasswordWrong
                                                    ? QCoreApplication::translate("cli", "sudo did not accept it. sudo password for %1@%2: ").arg(settings.user, settings.host)
                                                    : QCoreApplication::translate("cli", "sudo password for %1@%2: ").arg(settings.user, settings.host),
                                                true);
            if (credentials.sudoPassword.isEmpty())
                break;
            firstStep = index;
            continue;
        }
        using Kind = RemoteError::Kind;
        if (failure.kind == Kind::HostKeyUnknown && interactive()) {
            err() << failure.message << Qt::endl;
            const QString answer = readLine(QCoreApplication::translate("cli", "Accept this host key and remember it? Type \"yes\" to accept: "), false);
            if (answer != QLatin1String("yes"))
                return result;
            accept = failure.fingerprint;
            continue;
        }
        if (failure.kind == Kind::NeedPassword && interactive()) {
            credentials.password = readLine(QCoreApplication::translate("cli", "Password for %1@%2: ").arg(settings.user, settings.host), true);
            continue;
        }
        if (failure.kind == Kind::NeedPassphrase && interactive()) {
            credentials.keyPassphrase = readLine(QCoreApplication::translate("cli", "Passphrase for %1: ").arg(settings.keyFile), true);
            continue;
        }
        err() << failure.message << Qt::endl;
        if (failure.kind == Kind::HostKeyUnknown)
            err() << QCoreApplication::translate("cli", "To accept it without a terminal: --accept-host-key %1").arg(failure.fingerprint) << Qt::endl;
        if (failure.kind == Kind::NeedPassword)
            err() << QCoreApplication::translate("cli", "Without a terminal, set ODOO_DEPLOY_SSH_PASSWORD.") << Qt::endl;
        if (failure.kind == Kind::NeedPassphrase)
            err() << QCoreApplication::translate("cli", "Without a terminal, set ODOO_DEPLOY_KEY_PASSPHRASE.") << Qt::endl;
        return result;
    }
    if (!result.connected)
        return result;
    const StepOutcome last = result.outcomes.value(result.outcomes.size() - 1);
    if (!last.message.isEmpty())
        err() << last.message << Qt::endl;
    if (last.status == StepOutcome::Status::Cancelled)
        result.exitCode = 130;
    else if (last.exitStatus >= 0)
        result.exitCode = last.exitStatus;
    else
        result.exitCode = kConnectionFailed;
    return result;
}

HostFacts probeServer(const DeploymentProfile &profile, const QCommandLineParser &parser, int *exitCode)
{
    QString output;
    const RemoteRunResult r = runRemote(profile, parser, {Preflight::steps(profile).first()},
                                        [&](int, int stream, const QString &text) {
                                            if (stream == int(OutputStream::Stdout))
                                                output += text;
                                        });
    *exitCode = r.success ? int(Ok) : (r.exitCode == 0 ? kConnectionFailed : r.exitCode);
    return r.success ? HostProbe::parse(output) : HostFacts{};
}

} // namespace odoodeploy::cli
