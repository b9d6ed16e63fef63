#include "OperationController.h"

#include "Operations.h"
#include "plan/Planner.h"
#include "profile/TopologyProfile.h"
#include "profile/DeploymentState.h"

namespace odoodeploy {

namespace {

QString outcomeLine(const StepOutcome &outcome)
{
    const QString seconds = QString::number(outcome.durationMs / 1000.0, 'f', 1);
    switch (outcome.status) {
    case StepOutcome::Status::Changed:
        return OperationController::tr("Done in %1 s.").arg(seconds);
    case StepOutcome::Status::Unchanged:
        return OperationController::tr("Already so, nothing changed (%1 s).").arg(seconds);
    case StepOutcome::Status::Cancelled:
    case StepOutcome::Status::Failed:
        break;
    }
    return outcome.message;
}

} // namespace

OperationController::OperationController(Prompter *prompter, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_prompter(prompter), m_secrets(secrets)
{
    connect(&m_run, &RemoteRun::connected, this, [this] {
        // Only a secret that worked is worth remembering.
        for (const auto &[kind, value] : std::as_const(m_toRemember))
            m_secrets->write(SecretStore::keyFor(m_profile.keychainId, kind), value, [this](const SecretResult &r) {
                if (!r.ok())
                    Q_EMIT keychainUnavailable(r.message);
            });
        m_toRemember.clear();
        Q_EMIT connected();
    });
    connect(&m_run, &RemoteRun::connectFailed, this, &OperationController::onConnectFailed);
    connect(&m_run, &RemoteRun::stepStarted, this, [this](int index) {
        m_captured.clear();
        if (m_phase == Phase::Steps) {
            m_stepsRan = true;
            if (index < m_steps.size())
                m_log.note(QStringLiteral("▶ %1").arg(m_steps.at(index).title));
            Q_EMIT stepStarted(index);
        }
    });
    connect(&m_run, &RemoteRun::forwardsReady, this, &OperationController::forwardsReady);
    connect(&m_run, &RemoteRun::forwardFailed, this, &OperationController::forwardFailed);
    connect(&m_run, &RemoteRun::output, this, [this](int index, int stream, const QString &text) {
        if (stream == int(OutputStream::Stdout) && index < m_steps.size() && current().captures(m_steps.at(index)))
            m_captured += QStringView(text).left(kMaxCapturedChars - m_captured.size());
        if (m_phase == Phase::Steps) {
            m_log.write(text);
            Q_EMIT output(index, stream, text);
        }
    });
    connect(&m_run, &RemoteRun::stepFinished, this, &OperationController::onStepFinished);
    connect(&m_run, &RemoteRun::progress, this, [this](int index, qint64 done, qint64 total) {
        if (m_phase == Phase::Steps)
            Q_EMIT progress(index, done, total);
    });
    connect(&m_run, &RemoteRun::finished, this, &OperationController::onRunFinished);
}

const Operation &OperationController::current() const
{
    return m_phase == Phase::Probe ? *m_probe : *m_operation;
}

void OperationController::start(const DeploymentProfile &profile, std::shared_ptr<const Operation> operation,
                                const HostFacts &facts, int firstStep, const QList<ForwardTarget> &forwards)
{
    if (m_busy || !operation)
        return;
    m_busy = true;
    m_profile = profile;
    m_operation = std::move(operation);
    m_facts = facts;
    m_firstStep = firstStep;
    m_forwards = forwards;
    m_credentials = m_initial;
    m_toRemember.clear();
    m_captured.clear();
    m_probeFailure.clear();
    m_stepsRan = false;
    m_details = {};
    m_sudoRetry = {-1, StepOutcome::Sudo::Ok};
    if (const QString refusal = unsupported(m_profile); !refusal.isEmpty()) {
        // Queued: the caller connects to failed() and finished() around start().
        QMetaObject::invokeMethod(this, [this, refusal] { end(false, refusal); }, Qt::QueuedConnection);
        return;
    }
    m_phase = m_operation->needsFacts() && !m_facts.probed ? Phase::Probe : Phase::Steps;
    if (m_phase == Phase::Probe) {
        m_probe = std::make_unique<ProbeOperation>();
        m_steps = m_probe->steps(m_profile, m_facts);
    }
    loadSecretsThenRun();
}

QString OperationController::unsupported(const DeploymentProfile &profile)
{
    // One server of several (TopologyProfile::forHost) is one connection like any.
    if (!profile.topology.spansServers() || TopologyProfile::self(profile))
        return {};
    // Every action on several servers runs each server's part (TopologyRun); one
    // connection for all of them is a caller's mistake.
    return tr("This profile spans %n servers: each action runs on every server taking part, one connection each, not on one "
              "connection for all. Nothing was done.",
              nullptr, int(profile.topology.hosts.size()));
}

void OperationController::cancel()
{
    m_run.cancel();
}

void OperationController::loadSecretsThenRun()
{
    QList<SecretKind> wanted;
    if (m_profile.server.auth == AuthMethod::Password && m_credentials.password.isEmpty())
        wanted << SecretKind::SshPassword;
    if (m_profile.server.auth == AuthMethod::KeyFile && m_credentials.keyPassphrase.isEmpty())
        wanted << SecretKind::KeyPassphrase;
    if (m_profile.server.user != QLatin1String("root") && m_credentials.sudoPassword.isEmpty())
        wanted << SecretKind::SudoPassword;
    if (wanted.isEmpty() || !m_secrets) {
        proceed();
        return;
    }
    Q_EMIT status(tr("Reading remembered passwords from the keychain…"));
    auto remaining = std::make_shared<int>(int(wanted.size()));
    for (SecretKind kind : wanted) {
        m_secrets->read(SecretStore::keyFor(m_profile.keychainId, kind), [this, kind, remaining](const SecretResult &r) {
            if (r.ok()) {
                if (kind == SecretKind::SshPassword)
                    m_credentials.password = r.value;
                else if (kind == SecretKind::KeyPassphrase)
                    m_credentials.keyPassphrase = r.value;
                else
                    m_credentials.sudoPassword = r.value;
            } else if (r.status == SecretResult::Status::NoKeychain && m_keychainProblem.isEmpty()) {
                m_keychainProblem = r.message;
                Q_EMIT keychainUnavailable(r.message);
            }
            if (--*remaining == 0)
                proceed();
        });
    }
}

void OperationController::proceed()
{
    if (m_phase == Phase::Probe)
        run();
    else
        planAndRun();
}

void OperationController::run()
{
    Q_EMIT status(m_phase == Phase::Probe ? tr("Connecting to %1 to look at the server…").arg(m_profile.server.host)
                                          : tr("Connecting to %1…").arg(m_profile.server.host));
    ConnectionSettings settings = ConnectionSettings::fromProfile(m_profile);
    if (m_connectTimeoutCap > 0)
        settings.connectTimeoutSec = std::min(settings.connectTimeoutSec, m_connectTimeoutCap);
    if (m_phase == Phase::Steps && !m_log.isOpen()) {
        QString error;
        if (m_log.open(m_operation->id(), m_profile.server.host, &error))
            Q_EMIT logFileOpened(m_log.path());
        else
            Q_EMIT stateProblem(error);
    }
    const int first = m_phase == Phase::Steps ? m_firstStep : 0;
    m_run.start(settings, m_credentials, m_steps, m_acceptFingerprint, first,
                m_phase == Phase::Steps ? m_forwards : QList<ForwardTarget>{});
}

void OperationController::onStepFinished(int index, const StepOutcome &outcome)
{
    if (index < m_steps.size() && current().captures(m_steps.at(index))
        && (outcome.status == StepOutcome::Status::Changed || outcome.status == StepOutcome::Status::Unchanged)) {
        OperationRecord record;
        current().record(m_steps.at(index), m_captured, record);
        if (record.hasFacts)
            m_facts = record.facts;
        keepInState(record);
        Q_EMIT recorded(record);
    }
    if (m_phase == Phase::Probe && outcome.status == StepOutcome::Status::Failed)
        m_probeFailure = outcome.message;
    m_captured.clear();
    if (outcome.sudo != StepOutcome::Sudo::Ok)
        m_sudoRetry = {index, outcome.sudo};
    if (m_phase == Phase::Steps) {
        m_log.note(outcomeLine(outcome));
        Q_EMIT stepFinished(index, outcome);
    }
}

void OperationController::onRunFinished(bool success)
{
    if (m_finishedToIgnore > 0) {
        --m_finishedToIgnore;
        return;
    }
    if (!success && m_sudoRetry.first >= 0) {
        // Ask for the sudo password, then go on from the step that needed it.
        const auto [index, problem] = std::exchange(m_sudoRetry, {-1, StepOutcome::Sudo::Ok});
        if (m_phase == Phase::Steps)
            m_firstStep = index;
        askAndRetry(SecretKind::SudoPassword, tr("sudo password"),
                    problem == StepOutcome::Sudo::PasswordWrong
                        ? tr("sudo did not accept the password for %1 on %2. Try again:").arg(m_profile.server.user, m_profile.server.host)
                        : tr("The next step runs as root: the sudo password for %1 on %2:").arg(m_profile.server.user, m_profile.server.host));
        return;
    }
    if (success && m_phase == Phase::Probe) {
        planAndRun();
        return;
    }
    if (!success && m_phase == Phase::Probe) {
        end(false, m_probeFailure.isEmpty() ? tr("Could not look at the server first.") : m_probeFailure);
        return;
    }
    end(success);
}

void OperationController::planAndRun()
{
    const QList<Requirement> requirements = m_operation->requirements(m_profile, m_facts);
    Q_EMIT requirementsChecked(requirements);
    QStringList refusals;
    for (const Requirement &r : requirements)
        if (r.mandatory)
            refusals << r.text;
    if (!refusals.isEmpty()) {
        end(false, tr("%1 refused before anything changed:\n%2").arg(m_operation->title(), refusals.join(QLatin1Char('\n'))));
        return;
    }
    m_phase = Phase::Steps;
    m_probe.reset();
    m_steps = m_operation->steps(m_profile, m_facts);
    Q_EMIT planned(m_steps);
    if (Planner::needsDatabasePassword(m_steps)) {
        // Given by the caller: TopologyRun reads it from the keychain for every server.
        if (m_credentials.databasePassword.isEmpty()) {
            end(false, tr("%1 needs the database password of this deployment, and none was given. Nothing was changed.")
                           .arg(m_operation->title()));
            return;
        }
        Planner::fillDatabasePassword(m_steps, m_credentials.databasePassword);
    }
    auto go = [this](bool yes) {
        if (!yes) {
            end(false, tr("Nothing was changed: not confirmed."));
            return;
        }
        run();
    };
    if (m_operation->changesServer() && m_prompter)
        m_prompter->confirm(tr("%1: %2 steps on %3. Go ahead?").arg(m_operation->title()).arg(m_steps.size()).arg(m_profile.server.host), go);
    else
        go(true);
}

void OperationController::onConnectFailed(const RemoteError &error)
{
    ++m_finishedToIgnore;
    const DeploymentProfile &p = m_profile;
    switch (error.kind) {
    case RemoteError::Kind::HostKeyUnknown:
        if (!error.fingerprint.isEmpty() && m_acceptable.contains(error.fingerprint)) {
            m_acceptFingerprint = error.fingerprint;
            run();
            return;
        }
        if (!m_prompter)
            break;
        m_prompter->askHostKey(error, [this, error](bool accepted) {
            if (!accepted) {
                end(false, tr("Not connected: the host key was not trusted."));
                return;
            }
            m_acceptFingerprint = error.fingerprint;
            run();
        });
        return;
    case RemoteError::Kind::NeedPassword:
        askAndRetry(SecretKind::SshPassword, tr("SSH password"), tr("Password for %1@%2:").arg(p.server.user, p.server.host));
        return;
    case RemoteError::Kind::NeedPassphrase:
        askAndRetry(SecretKind::KeyPassphrase, tr("Key passphrase"), tr("Passphrase for %1:").arg(p.server.keyFile));
        return;
    case RemoteError::Kind::AuthFailed:
        if (p.server.auth == AuthMethod::Password) {
            askAndRetry(SecretKind::SshPassword, tr("SSH password"), error.message + QLatin1Char('\n') + tr("Try again:"));
            return;
        }
        break;
    default:
        break;
    }
    end(false, error.message);
}

void OperationController::askAndRetry(SecretKind kind, const QString &title, const QString &label)
{
    if (!m_prompter) {
        end(false, tr("Not connected: no password was given."));
        return;
    }
    m_prompter->askSecret(kind, title, label, m_keychainProblem, [this, kind](const QString &value, bool remember) {
        if (value.isEmpty()) {
            end(false, tr("Not connected: no password was given."));
            return;
        }
        if (kind == SecretKind::SshPassword)
            m_credentials.password = value;
        else if (kind == SecretKind::KeyPassphrase)
            m_credentials.keyPassphrase = value;
        else
            m_credentials.sudoPassword = value;
        m_toRemember.removeIf([kind](const auto &entry) { return entry.first == kind; });
        if (remember && m_secrets)
            m_toRemember.append({kind, value});
        run();
    });
}

void OperationController::keepInState(const OperationRecord &record)
{
    for (auto it = record.details.constBegin(); it != record.details.constEnd(); ++it)
        m_details.insert(it.key(), it.value());
    if (!record.hasFacts)
        return;
    DeploymentState state;
    QString error;
    if (!StateStore::load(m_profile, &state, &error)) {
        Q_EMIT stateProblem(error);
        return;
    }
    state.facts = record.facts;
    if (!StateStore::save(m_profile, state, &error))
        Q_EMIT stateProblem(error);
}

// What changed the server goes into the journal, worked or not: rollback and restore
// read it, and an admin reads it to know what happened when.
void OperationController::writeJournal(bool success)
{
    if (!m_operation || !m_operation->changesServer() || !m_stepsRan)
        return;
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operation = m_operation->id();
    entry.host = m_profile.server.host;
    entry.success = success;
    entry.details = m_details;
    QString error;
    if (!StateStore::append(m_profile, entry, &error))
        Q_EMIT stateProblem(error);
}

void OperationController::end(bool success, const QString &failure)
{
    writeJournal(success);
    if (!failure.isEmpty())
        m_log.note(failure);
    m_log.note(success ? tr("Finished.") : tr("Stopped: not everything was done."));
    m_log.close();
    m_busy = false;
    if (!failure.isEmpty())
        Q_EMIT failed(failure);
    Q_EMIT finished(success);
}

} // namespace odoodeploy
