#pragma once
// The health check of a deployment on several servers: the site through the proxy (from
// here) and each server's checks of its roles (TopologyProfile::forHost,
// HealthTarget::fromProfile), all at once, each over its own connection (HealthRun).

#include "HealthRun.h"
#include "health/TopologyHealthReport.h"

#include <QObject>
#include <memory>
#include <vector>

namespace odoodeploy {

class TopologyHealth : public QObject
{
    Q_OBJECT
public:
    struct Target {
        QString server; // empty: the site, through the proxy
        HealthTarget target;
    };

    explicit TopologyHealth(QObject *parent = nullptr);

    void setInitialCredentials(const Credentials &credentials) { m_credentials = credentials; }
    void setAcceptedFingerprints(const QStringList &fingerprints) { m_fingerprints = fingerprints; }
    void setHostKeyAdvice(const QString &advice) { m_advice = advice; }

    // What start() checks: the site first, then every server with something to check,
    // for the caller to adjust (timeout, an extra CA, another address for the site).
    static QList<Target> targets(const DeploymentProfile &deployment);
    // The staging copy's site through the proxy (HealthTarget::forStaging), with the pin
    // its staging run recorded; its servers are targets(StagingProfile::of(deployment)).
    static HealthTarget stagingSite(const DeploymentProfile &deployment, const QString &copyPin);
    void start(const DeploymentProfile &deployment, const QList<Target> &targets);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void resultReady(const QString &server, const odoodeploy::HealthResult &result);
    void finished(const odoodeploy::TopologyHealthReport &report);

private:
    Credentials m_credentials;
    QStringList m_fingerprints;
    QString m_advice;
    std::vector<std::unique_ptr<HealthRun>> m_runs;
    TopologyHealthReport m_report;
    int m_pending = 0;
};

} // namespace odoodeploy

Q_DECLARE_METATYPE(odoodeploy::TopologyHealthReport)
