#include "TopologyRun.h"

#include "Prompter.h"
#include "profile/TopologyProfile.h"
#include "secrets/SecretStore.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <utility>

namespace odoodeploy {

namespace {

// The servers' controllers ask what only they can (host keys, passwords); the one
// confirmation was asked for the whole deployment before.
class AgreedPrompter : public Prompter
{
public:
    explicit AgreedPrompter(Prompter *asks) : m_asks(asks) {}
    void askHostKey(const RemoteError &error, Consent answer) override
    {
        if (m_asks)
            m_asks->askHostKey(error, std::move(answer));
        else
            answer(false);
    }
    void askSecret(SecretKind kind, const QString &title, const QString &label, const QString &note, SecretAnswer answer) override
    {
        if (m_asks)
            m_asks->askSecret(kind, title, label, note, std::move(answer));
        else
            answer({}, false);
    }

private:
    Prompter *m_asks;
};

} // namespace

TopologyRun::TopologyRun(Prompter *prompter, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_prompter(prompter), m_secrets(secrets)
{
}

QList<QStringList> TopologyRun::phases(const DeploymentProfile &deployment)
{
    QList<QStringList> out(3);
    for (const TopologyHost &host : deployment.topology.hosts) {
        const int phase = host.roles & (HostRole::Database | HostRole::Files) ? 0 : host.roles.testFlag(HostRole::App) ? 1 : 2;
        out[phase] << host.name;
    }
    out.removeIf([](const QStringList &servers) { return servers.isEmpty(); });
    return out;
}

QString TopologyRun::checkDatabasePassword(const QString &password)
{
    // It reaches psql and odoo.conf as it is: nothing there may need quoting.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~+-]{16,128}$"));
    if (allowed.match(password).hasMatch())
        return {};
    return tr("The database password must be 16 to 128 letters, digits or . _ ~ + - (no spaces or quotes).");
}

QString TopologyRun::newDatabasePassword()
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString password;
    for (int i = 0; i < 32; ++i)
        password += QLatin1Char(letters[QRandomGenerator::system()->bounded(int(sizeof letters) - 1)]);
    return password;
}

QList<TopologyStage> TopologyRun::phaseStages(const DeploymentProfile &deployment, const OperationFor &operationFor)
{
    QList<TopologyStage> stages;
    for (const QStringList &phase : phases(deployment)) {
        TopologyStage stage;
        for (const QString &server : phase) {
            const DeploymentProfile profile = TopologyProfile::forHost(deployment, server);
            stage << TopologyTask{server, profile, operationFor(profile)};
        }
        stages << stage;
    }
    return stages;
}

void TopologyRun::start(const DeploymentProfile &deployment, OperationFor operationFor, bool changesServers)
{
    const QList<QStringList> names = phases(deployment);
    QStringList described;
    for (const QStringList &phase : names)
        described << phase.join(QStringLiteral(" + "));
    begin(deployment, phaseStages(deployment, operationFor),
                tr("%1 servers in %2 phases (%3). Go ahead?")
                    .arg(deployment.topology.hosts.size())
                    .arg(names.size())
                    .arg(described.join(QStringLiteral(", then "))),
                changesServers, true, true, {});
}

void TopologyRun::startStages(const DeploymentProfile &deployment, QList<TopologyStage> stages, const QString &question, bool changesServers,
                              bool writesOdooConfig, NextStages next)
{
    begin(deployment, std::move(stages), question, changesServers, writesOdooConfig, false, std::move(next));
}

void TopologyRun::begin(const DeploymentProfile &deployment, QList<TopologyStage> stages, const QString &question, bool changesServers,
                        bool writesOdooConfig, bool makesPassword, NextStages next)
{
    if (m_running)
        return;
    m_running = true;
    m_makesPassword = makesPassword;
    m_cancelled = false;
    m_deployment = deployment;
    m_changes = changesServers;
    m_phases = std::move(stages);
    m_next = std::move(next);
    m_details.clear();
    m_phase = -1;
    m_failedServers.clear();
    m_failures.clear();
    m_credentials = m_seed; // a password read or made for one run stays with it
    auto confirmed = [this, question] {
        auto go = [this](bool yes) {
            if (!yes) {
                end(false, tr("Nothing was changed: not confirmed."));
                return;
            }
            startPhase(0);
        };
        if (m_changes && m_prompter)
            m_prompter->confirm(question, go);
        else
            go(true);
    };
    if (writesOdooConfig)
        withDatabasePassword(confirmed);
    else
        confirmed();
}

void TopologyRun::withDatabasePassword(std::function<void()> then)
{
    if (!m_credentials.databasePassword.isEmpty()) {
        if (const QString problem = checkDatabasePassword(m_credentials.databasePassword); !problem.isEmpty()) {
            end(false, problem);
            return;
        }
        then();
        return;
    }
    if (!m_secrets) {
        askDatabasePassword(tr("There is no keychain to keep the database password of this deployment in."), std::move(then));
        return;
    }
    const QString key = SecretStore::keyFor(m_deployment.keychainId, SecretKind::DatabasePassword);
    m_secrets->read(key, [this, key, then = std::move(then)](const SecretResult &r) mutable {
        if (r.ok()) {
            m_credentials.databasePassword = r.value;
            then();
            return;
        }
        if (r.status != SecretResult::Status::NotFound) {
            Q_EMIT keychainUnavailable(r.message);
            askDatabasePassword(r.message, std::move(then));
            return;
        }
        if (!m_makesPassword) {
            // A password made now would not be the role's: only a deployment sets it.
            askDatabasePassword(tr("The keychain has no database password for this deployment; give the one its deployment set."), std::move(then));
            return;
        }
        m_credentials.databasePassword = newDatabasePassword();
        if (!m_changes) {
            // A check changes nothing, the keychain included: this password is only
            // for the comparison (every file with it shows as changed).
            then();
            return;
        }
        // Kept before any server has it: a password no keychain holds would be lost.
        m_secrets->write(key, m_credentials.databasePassword, [this, then = std::move(then)](const SecretResult &written) mutable {
            if (written.ok()) {
                Q_EMIT status(QString(), tr("Made a new database password and kept it in the keychain."));
                then();
                return;
            }
            m_credentials.databasePassword.clear();
            Q_EMIT keychainUnavailable(written.message);
            askDatabasePassword(written.message, std::move(then));
        });
    });
}

void TopologyRun::askDatabasePassword(const QString &why, std::function<void()> then)
{
    if (!m_prompter) {
        end(false, tr("The database password of this deployment is needed: %1").arg(why));
        return;
    }
    m_prompter->askSecret(SecretKind::DatabasePassword, tr("Database password"),
                          tr("The password of the database role %1, the same on every run (a new deployment: choose one):")
                              .arg(m_deployment.odoo.systemUser),
                          why, [this, then = std::move(then)](const QString &value, bool) {
                              if (value.isEmpty()) {
                                  end(false, tr("Nothing was done: no database password was given."));
                                  return;
                              }
                              if (const QString problem = checkDatabasePassword(value); !problem.isEmpty()) {
                                  end(false, problem);
                                  return;
                              }
                              m_credentials.databasePassword = value;
                              then();
                          });
}

void TopologyRun::startPhase(int phase)
{
    // Cancelled while a question was open (the database password): nothing starts.
    if (m_cancelled) {
        end(false, tr("Cancelled."));
        return;
    }
    m_phase = phase;
    m_controllers.clear();
    m_ended.clear();
    m_phaseOver = false;
    if (phase >= m_phases.size() && m_next)
        m_phases += std::exchange(m_next, {})(m_details);
    if (phase >= m_phases.size()) {
        end(true);
        return;
    }
    const TopologyStage &stage = m_phases.at(phase);
    QStringList servers;
    for (const TopologyTask &task : stage)
        servers << task.server;
    Q_EMIT phaseStarted(phase, servers);
    auto agreed = std::make_shared<AgreedPrompter>(m_prompter);
    for (const QString &server : std::as_const(servers)) {
        auto controller = std::make_unique<OperationController>(agreed.get(), m_secrets);
        OperationController *c = controller.get();
        c->setInitialCredentials(m_credentials);
        c->setConnectTimeoutCap(m_connectTimeoutCap);
        c->setAcceptedFingerprints(m_acceptable);
        connect(c, &OperationController::status, this, [this, server](const QString &m) { Q_EMIT status(server, m); });
        connect(c, &OperationController::keychainUnavailable, this, &TopologyRun::keychainUnavailable);
        connect(c, &OperationController::connected, this, [this, server] { Q_EMIT connected(server); });
        connect(c, &OperationController::requirementsChecked, this,
                [this, server](const QList<Requirement> &r) { Q_EMIT requirementsChecked(server, r); });
        connect(c, &OperationController::planned, this, [this, server](const QList<RemoteStep> &s) { Q_EMIT planned(server, s); });
        connect(c, &OperationController::stepStarted, this, [this, server](int i) { Q_EMIT stepStarted(server, i); });
        connect(c, &OperationController::output, this,
                [this, server](int i, int stream, const QString &text) { Q_EMIT output(server, i, stream, text); });
        connect(c, &OperationController::stepFinished, this, [this, server, c](int i, const StepOutcome &o) {
            if (o.status == StepOutcome::Status::Failed)
                m_failures[server] = tr("the step \"%1\" failed: %2").arg(c->steps().value(i).title, o.message);
            Q_EMIT stepFinished(server, i, o);
        });
        connect(c, &OperationController::recorded, this, [this, server](const OperationRecord &r) {
            QJsonObject &details = m_details[server];
            for (auto it = r.details.constBegin(); it != r.details.constEnd(); ++it)
                details.insert(it.key(), it.value());
            Q_EMIT recorded(server, r);
        });
        connect(c, &OperationController::failed, this, [this, server](const QString &message) { m_failures[server] = message; });
        // Known at once, whichever server's queued end below is handled first.
        connect(c, &OperationController::finished, this, [this, server](bool ok) { m_ended.insert(server, ok); });
        // The controller ends in its own signal: let it return before this phase may end.
        connect(c, &OperationController::finished, this, [this, server, agreed](bool ok) { onServerFinished(server, ok); },
                Qt::QueuedConnection);
        m_controllers[server] = std::move(controller);
    }
    for (const TopologyTask &task : stage) {
        Q_EMIT taskStarted(task.server, task.operation->changesServer());
        m_controllers[task.server]->start(task.profile, task.operation);
    }
}

void TopologyRun::onServerFinished(const QString &server, bool success)
{
    Q_EMIT serverFinished(server, success, m_failures.value(server));
    // The phase ends once, when every server of it has ended: servers that end together
    // queue their ends, and the first handled already sees them all (m_ended).
    if (m_phaseOver || !m_running || m_ended.size() < qsizetype(m_controllers.size()))
        return;
    m_phaseOver = true;
    for (const TopologyTask &task : m_phases.at(m_phase))
        if (!m_ended.value(task.server, false) && !m_failedServers.contains(task.server))
            m_failedServers << task.server;
    if (!m_failedServers.isEmpty() || m_cancelled) {
        QStringList later;
        for (int p = m_phase + 1; p < m_phases.size(); ++p)
            for (const TopologyTask &task : m_phases.at(p))
                if (!later.contains(task.server))
                    later << task.server;
        QString message = m_cancelled ? tr("Cancelled.") : tr("Stopped: %1 did not finish.").arg(m_failedServers.join(QStringLiteral(", ")));
        if (!later.isEmpty())
            message += QLatin1Char(' ') + tr("Not started: %1.").arg(later.join(QStringLiteral(", ")));
        for (const QString &failed : std::as_const(m_failedServers))
            if (m_failures.contains(failed))
                message += QLatin1Char('\n') + tr("%1: %2").arg(failed, m_failures.value(failed));
        end(false, message);
        return;
    }
    startPhase(m_phase + 1);
}

void TopologyRun::cancel()
{
    m_cancelled = true;
    for (auto &[server, controller] : m_controllers)
        controller->cancel();
}

void TopologyRun::end(bool success, const QString &failure)
{
    m_running = false;
    if (!failure.isEmpty())
        Q_EMIT failed(failure);
    Q_EMIT finished(success);
}

} // namespace odoodeploy
