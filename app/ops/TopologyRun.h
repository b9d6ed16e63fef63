#pragma once
// A deployment on several servers, run as one: one OperationController per server
// (its own connection, secrets, host key and state: TopologyProfile::forHost), in
// phases: the database and filestore servers, then every app server at once, then the
// proxy (or in the stages a caller gives, like a rolling update's). A failure stops
// the phases after it and names the server. The Odoo role's
// database password is read once, from the seed (the command line's environment) or
// the keychain, made by the first deployment that changes the servers, asked for when
// there is no keychain, and given to every server's controller.

#include "Operation.h"
#include "OperationController.h"
#include "remote/ConnectionSettings.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <map>
#include <memory>

namespace odoodeploy {

class Prompter;
class SecretStore;

// One server's part of a stage: its derived profile and the operation it runs.
struct TopologyTask {
    QString server;
    DeploymentProfile profile;
    std::shared_ptr<const Operation> operation;
};
// Tasks run at once, one per server; a stage starts when the one before succeeded.
using TopologyStage = QList<TopologyTask>;

class TopologyRun : public QObject
{
    Q_OBJECT
public:
    // The operation one server runs, given its derived profile.
    using OperationFor = std::function<std::shared_ptr<const Operation>(const DeploymentProfile &server)>;

    // secrets may be null (no keychain: the password comes from the seed or the prompter).
    TopologyRun(Prompter *prompter, SecretStore *secrets, QObject *parent = nullptr);

    // Known before connecting: SSH secrets for every server, and the database password.
    void setInitialCredentials(const Credentials &credentials) { m_seed = credentials; }
    void setConnectTimeoutCap(int seconds) { m_connectTimeoutCap = seconds; }
    // Host keys trusted without asking, whichever server has one (--accept-host-key).
    void setAcceptedFingerprints(const QStringList &fingerprints) { m_acceptable = fingerprints; }

    // changesServers: the operation changes them (a deploy, not its check): only then
    // is a missing database password made and kept.
    void start(const DeploymentProfile &deployment, OperationFor operationFor, bool changesServers);
    // After the last stage succeeded: what each server's steps recorded in this run (their
    // details merged, by server); the stages to run next, or none to end.
    using NextStages = std::function<QList<TopologyStage>(const QHash<QString, QJsonObject> &details)>;

    // Any sequence of stages (a rolling update's); `question` is asked first when the
    // stages change the servers. Without writesOdooConfig no step needs the database
    // password: it is neither read nor made; with it, it is read (seed, keychain) or asked,
    // never made (only a deployment sets it). `next`, if set, is asked once for more.
    void startStages(const DeploymentProfile &deployment, QList<TopologyStage> stages, const QString &question, bool changesServers,
                     bool writesOdooConfig, NextStages next = {});
    void cancel();
    bool isRunning() const { return m_running; }

    // The servers' names, phase by phase, in the profile's order within a phase.
    static QList<QStringList> phases(const DeploymentProfile &deployment);
    // Those phases as stages, each server running operationFor(its profile).
    static QList<TopologyStage> phaseStages(const DeploymentProfile &deployment, const OperationFor &operationFor);
    // Why a password typed for the database role cannot be used, else empty.
    static QString checkDatabasePassword(const QString &password);
    // A new random password for the database role (letters and digits).
    static QString newDatabasePassword();

Q_SIGNALS:
    void phaseStarted(int phase, const QStringList &servers);
    // Before a server's steps of a stage are planned: whether its operation changes it
    // (else its steps only say what they would change).
    void taskStarted(const QString &server, bool changesServer);
    void status(const QString &server, const QString &message);
    void keychainUnavailable(const QString &message);
    void connected(const QString &server);
    void requirementsChecked(const QString &server, const QList<odoodeploy::Requirement> &requirements);
    void planned(const QString &server, const QList<odoodeploy::RemoteStep> &steps);
    void stepStarted(const QString &server, int index);
    void output(const QString &server, int index, int stream, const QString &text);
    void stepFinished(const QString &server, int index, const odoodeploy::StepOutcome &outcome);
    void recorded(const QString &server, const odoodeploy::OperationRecord &record);
    void serverFinished(const QString &server, bool success, const QString &failure);
    void failed(const QString &message);
    void finished(bool success);

private:
    // makesPassword: a deployment, which sets the role's password: one the keychain does not
    // have is made. Any other run only reads it (asked when missing).
    void begin(const DeploymentProfile &deployment, QList<TopologyStage> stages, const QString &question, bool changesServers,
               bool writesOdooConfig, bool makesPassword, NextStages next);
    void withDatabasePassword(std::function<void()> then);
    void askDatabasePassword(const QString &why, std::function<void()> then);
    void startPhase(int phase);
    void onServerFinished(const QString &server, bool success);
    void end(bool success, const QString &failure = {});

    Prompter *m_prompter;
    SecretStore *m_secrets;
    Credentials m_seed;
    Credentials m_credentials; // this run's: the seed, and the database password read, made or asked
    int m_connectTimeoutCap = 0;
    QStringList m_acceptable;
    DeploymentProfile m_deployment;
    bool m_changes = false;
    bool m_makesPassword = false;
    bool m_running = false;
    bool m_cancelled = false;
    QList<TopologyStage> m_phases;
    NextStages m_next;
    QHash<QString, QJsonObject> m_details; // by server, this run's
    int m_phase = -1;
    std::map<QString, std::unique_ptr<OperationController>> m_controllers; // this phase's
    QStringList m_failedServers;
    QHash<QString, bool> m_ended; // this phase's servers that ended, and whether they succeeded
    bool m_phaseOver = false;     // this phase's end was handled
    QHash<QString, QString> m_failures; // server -> why it stopped
};

} // namespace odoodeploy
