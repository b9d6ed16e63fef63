#pragma once
// One server's health check, unattended, as the command line and a deployment on several
// servers run it: the checks from here (HealthChecker) and, when the target needs SSH,
// the server's side over one connection (the service-state step, then a tunnel to Odoo's
// ports). It never asks: an unknown host key or a missing password makes the SSH side
// red, with what to do about it.

#include "OperationController.h"
#include "Prompter.h"
#include "health/HealthChecker.h"

#include <QObject>

namespace odoodeploy {

class HealthRun : public QObject
{
    Q_OBJECT
public:
    explicit HealthRun(QObject *parent = nullptr);

    void setInitialCredentials(const Credentials &credentials) { m_controller.setInitialCredentials(credentials); }
    void setAcceptedFingerprints(const QStringList &fingerprints) { m_controller.setAcceptedFingerprints(fingerprints); }
    // How to trust an unknown host key next time, with %1 for its fingerprint
    // ("accept it with --accept-host-key %1"); added to the red SSH checks' reason.
    void setHostKeyAdvice(const QString &advice) { m_prompter.advice = advice; }

    void start(const DeploymentProfile &profile, const HealthTarget &target);
    bool isRunning() const { return m_checker.isRunning(); }

Q_SIGNALS:
    void resultReady(const odoodeploy::HealthResult &result);
    void finished(const odoodeploy::HealthReport &report);

private:
    // Answers every question with no, and keeps why for the report.
    struct Unattended : Prompter {
        QString advice;
        QString reason;
        void askHostKey(const RemoteError &e, Consent answer) override;
        void askSecret(SecretKind, const QString &, const QString &, const QString &, SecretAnswer answer) override { answer({}, false); }
    };

    Unattended m_prompter;
    HealthChecker m_checker;
    OperationController m_controller;
};

} // namespace odoodeploy
