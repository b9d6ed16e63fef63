#pragma once
// The wizard's side of a remote run: secrets from the keychain (or asked, and kept
// there only when the user ticks "remember"), the host-key question, retries after
// an answer, then the runner's progress passed on. Pages use it; it builds no
// command itself: the steps come from the caller. When a step is the probe, its facts
// go into the model (ProfileModel::factsChanged) before stepFinished is emitted; so
// does the fingerprint a deploy reads from its self-signed certificate.

#include "remote/RemoteRun.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace odoodeploy {

class ProfileModel;
class SecretStore;

class ConnectionFlow : public QObject
{
    Q_OBJECT
public:
    ConnectionFlow(ProfileModel *model, SecretStore *secrets, QWidget *dialogParent);

    // With forwards, the connection stays after the steps and forwards local ports to
    // them (forwardsReady) until closeForwards() or cancel().
    void start(const QList<RemoteStep> &steps, int firstStep = 0, const QList<ForwardTarget> &forwards = {});
    void cancel();
    void closeForwards() { m_run.closeForwards(); }
    // At most this long for the TCP connect and key exchange (0: the profile's timeout).
    void setConnectTimeoutCap(int seconds) { m_connectTimeoutCap = seconds; }
    bool isRunning() const { return m_busy; }
    const QList<RemoteStep> &steps() const { return m_steps; }

Q_SIGNALS:
    void status(const QString &message); // "Connecting…", "Waiting for the keychain…"
    void keychainUnavailable(const QString &message);
    void connected();
    void stepStarted(int index);
    void output(int index, int stream, const QString &text);
    void stepFinished(int index, const odoodeploy::StepOutcome &outcome);
    void forwardsReady(const QList<int> &localPorts);
    void forwardFailed(int index, const QString &message);
    void failed(const QString &message); // could not connect, or the user said no
    void finished(bool success);

private:
    void loadSecretsThenRun();
    void run();
    void onConnectFailed(const RemoteError &error);
    void askAndRetry(SecretKind kind, const QString &title, const QString &label);
    void end(bool success, const QString &failure = QString());
    bool isProbe(int index) const;
    bool capturesOutput(int index) const;

    ProfileModel *m_model;
    SecretStore *m_secrets;
    QPointer<QWidget> m_parent;
    RemoteRun m_run;
    QList<RemoteStep> m_steps;
    int m_firstStep = 0;
    QList<ForwardTarget> m_forwards;
    int m_connectTimeoutCap = 0;
    Credentials m_credentials;
    QString m_acceptFingerprint;
    QString m_keychainProblem;
    QList<QPair<SecretKind, QString>> m_toRemember; // written once the login worked
    QString m_captured; // stdout of the probe or the certificate-pin step
    bool m_busy = false;
    int m_finishedToIgnore = 0; // the runner's finished() after a failed connect
    QPair<int, StepOutcome::Sudo> m_sudoRetry{-1, StepOutcome::Sudo::Ok}; // a step sudo refused
};

} // namespace odoodeploy
