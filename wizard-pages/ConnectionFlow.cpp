#include "ConnectionFlow.h"

#include "ProfileModel.h"
#include "Prompts.h"
#include "plan/CertificatePin.h"
#include "plan/Preflight.h"
#include "remote/HostProbe.h"

#include <QWidget>

namespace odoodeploy {

ConnectionFlow::ConnectionFlow(ProfileModel *model, SecretStore *secrets, QWidget *dialogParent)
    : QObject(dialogParent), m_model(model), m_secrets(secrets), m_parent(dialogParent)
{
    connect(&m_run, &RemoteRun::connected, this, [this] {
        // Only a secret that worked is worth remembering.
        for (const auto &[kind, value] : std::as_const(m_toRemember))
            m_secrets->write(SecretStore::keyFor(m_model->profile().keychainId, kind), value, [this](const SecretResult &r) {
                if (!r.ok())
                    Q_EMIT keychainUnavailable(r.message);
            });
        m_toRemember.clear();
        Q_EMIT connected();
    });
    connect(&m_run, &RemoteRun::connectFailed, this, &ConnectionFlow::onConnectFailed);
    connect(&m_run, &RemoteRun::stepStarted, this, &ConnectionFlow::stepStarted);
    connect(&m_run, &RemoteRun::forwardsReady, this, &ConnectionFlow::forwardsReady);
    connect(&m_run, &RemoteRun::forwardFailed, this, &ConnectionFlow::forwardFailed);
    connect(&m_run, &RemoteRun::output, this, [this](int index, int stream, const QString &text) {
        if (capturesOutput(index) && stream == int(OutputStream::Stdout))
            m_captured += text;
        Q_EMIT output(index, stream, text);
    });
    connect(&m_run, &RemoteRun::stepFinished, this, [this](int index, const StepOutcome &outcome) {
        // Whichever page ran it, a probe's facts go into the model before anyone hears
        // that the step finished.
        if (isProbe(index) && outcome.status == StepOutcome::Status::Changed)
            m_model->setFacts(HostProbe::parse(m_captured));
        // The deploy's last word on a self-signed certificate: its fingerprint, which
        // the health check will trust. Recorded in the profile (save it to keep it).
        const QString pin = index < m_steps.size() && CertificatePin::isPinStep(m_steps.at(index)) ? CertificatePin::parse(m_captured) : QString();
        if (!pin.isEmpty() && pin != m_model->profile().web.certificatePin)
            m_model->edit([&](DeploymentProfile &p) { p.web.certificatePin = pin; });
        m_captured.clear();
        if (outcome.sudo != StepOutcome::Sudo::Ok)
            m_sudoRetry = {index, outcome.sudo};
        Q_EMIT stepFinished(index, outcome);
    });
    connect(&m_run, &RemoteRun::finished, this, [this](bool success) {
        if (m_finishedToIgnore > 0) {
            --m_finishedToIgnore;
            return;
        }
        if (!success && m_sudoRetry.first >= 0) {
            // Ask for the sudo password, then go on from the step that needed it.
            const auto [index, problem] = std::exchange(m_sudoRetry, {-1, StepOutcome::Sudo::Ok});
            const DeploymentProfile &p = m_model->profile();
            m_firstStep = index;
            askAndRetry(SecretKind::SudoPassword, tr("sudo password"),
                        problem == StepOutcome::Sudo::PasswordWrong
                            ? tr("sudo did not accept the password for %1 on %2. Try again:").arg(p.server.user, p.server.host)
                            : tr("The next step runs as root: the sudo password for %1 on %2:").arg(p.server.user, p.server.host));
            return;
        }
        end(success);
    });
}

void ConnectionFlow::start(const QList<RemoteStep> &steps, int firstStep, const QList<ForwardTarget> &forwards)
{
    if (m_busy)
        return;
    m_busy = true;
    m_steps = steps;
    m_firstStep = firstStep;
    m_forwards = forwards;
    m_credentials = {};
    m_toRemember.clear();
    m_captured.clear();
    m_sudoRetry = {-1, StepOutcome::Sudo::Ok};
    loadSecretsThenRun();
}

bool ConnectionFlow::capturesOutput(int index) const
{
    return isProbe(index) || (index >= 0 && index < m_steps.size() && CertificatePin::isPinStep(m_steps.at(index)));
}

bool ConnectionFlow::isProbe(int index) const
{
    return index >= 0 && index < m_steps.size() && m_steps.at(index).id == QLatin1String(Preflight::kProbeStepId);
}

void ConnectionFlow::cancel()
{
    m_run.cancel();
}

void ConnectionFlow::loadSecretsThenRun()
{
    const DeploymentProfile &p = m_model->profile();
    QList<SecretKind> wanted;
    if (p.server.auth == AuthMethod::Password)
        wanted << SecretKind::SshPassword;
    if (p.server.auth == AuthMethod::KeyFile)
        wanted << SecretKind::KeyPassphrase;
    if (p.server.user != QLatin1String("root"))
        wanted << SecretKind::SudoPassword;
    if (wanted.isEmpty() || !m_secrets) {
        run();
        return;
    }
    Q_EMIT status(tr("Reading remembered passwords from the keychain…"));
    auto remaining = std::make_shared<int>(int(wanted.size()));
    for (SecretKind kind : wanted) {
        m_secrets->read(SecretStore::keyFor(p.keychainId, kind), [this, kind, remaining](const SecretResult &r) {
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
                run();
        });
    }
}

void ConnectionFlow::run()
{
    Q_EMIT status(tr("Connecting to %1…").arg(m_model->profile().server.host));
    ConnectionSettings settings = ConnectionSettings::fromProfile(m_model->profile());
    if (m_connectTimeoutCap > 0)
        settings.connectTimeoutSec = std::min(settings.connectTimeoutSec, m_connectTimeoutCap);
    m_run.start(settings, m_credentials, m_steps, m_acceptFingerprint, m_firstStep, m_forwards);
}

void ConnectionFlow::onConnectFailed(const RemoteError &error)
{
    ++m_finishedToIgnore;
    const DeploymentProfile &p = m_model->profile();
    switch (error.kind) {
    case RemoteError::Kind::HostKeyUnknown:
        Prompts::instance().askHostKey(m_parent, error.message, error.fingerprint, [this, error](bool accepted) {
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

void ConnectionFlow::askAndRetry(SecretKind kind, const QString &title, const QString &label)
{
    Prompts::instance().askSecret(m_parent, title, label, m_keychainProblem, [this, kind](const QString &value, bool remember) {
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

void ConnectionFlow::end(bool success, const QString &failure)
{
    m_busy = false;
    if (!failure.isEmpty())
        Q_EMIT failed(failure);
    Q_EMIT finished(success);
}

} // namespace odoodeploy
