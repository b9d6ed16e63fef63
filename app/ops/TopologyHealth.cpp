#include "TopologyHealth.h"

#include "profile/TopologyProfile.h"

namespace odoodeploy {

TopologyHealth::TopologyHealth(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TopologyHealthReport>();
}

namespace {

// The site alone, through the proxy: the proxy's own checks are in its server's part.
HealthTarget siteOnly(HealthTarget site)
{
    site.checkService = site.checkOdoo = site.checkDatabase = site.checkPostgresql = site.checkFilestore = false;
    site.checkSite = true;
    return site;
}

} // namespace

QList<TopologyHealth::Target> TopologyHealth::targets(const DeploymentProfile &deployment)
{
    QList<Target> out;
    if (const TopologyHost *proxy = TopologyProfile::firstWith(deployment, HostRole::Proxy)) {
        // The proxy's own checks, when it is an app server too, are in its part below.
        out.append({QString(), siteOnly(HealthTarget::fromProfile(TopologyProfile::forHost(deployment, proxy->name)))});
    }
    for (const TopologyHost &host : deployment.topology.hosts) {
        HealthTarget t = HealthTarget::fromProfile(TopologyProfile::forHost(deployment, host.name));
        t.checkSite = false; // the site has its own part
        if (t.needsSsh() || t.checkOdoo)
            out.append({host.name, t});
    }
    return out;
}

HealthTarget TopologyHealth::stagingSite(const DeploymentProfile &deployment, const QString &copyPin)
{
    return siteOnly(HealthTarget::forStaging(TopologyProfile::forProxy(deployment), copyPin));
}

void TopologyHealth::start(const DeploymentProfile &deployment, const QList<Target> &targets)
{
    m_runs.clear();
    m_report = {};
    const TopologyHost *proxy = TopologyProfile::firstWith(deployment, HostRole::Proxy);
    m_report.proxy = proxy ? proxy->name : QString();
    m_pending = int(targets.size());
    for (const Target &t : targets) {
        if (!t.server.isEmpty()) {
            const TopologyHost *host = nullptr;
            for (const TopologyHost &h : deployment.topology.hosts)
                if (h.name == t.server)
                    host = &h;
            m_report.servers.append({t.server, host ? toTexts(host->roles) : QStringList(), {}});
        }
        auto run = std::make_unique<HealthRun>();
        run->setInitialCredentials(m_credentials);
        run->setAcceptedFingerprints(m_fingerprints);
        run->setHostKeyAdvice(m_advice);
        const QString server = t.server;
        connect(run.get(), &HealthRun::resultReady, this, [this, server](const HealthResult &r) { Q_EMIT resultReady(server, r); });
        connect(run.get(), &HealthRun::finished, this, [this, server](const HealthReport &report) {
            if (server.isEmpty()) {
                m_report.site = report;
            } else {
                for (ServerHealth &s : m_report.servers)
                    if (s.name == server)
                        s.report = report;
            }
            if (--m_pending == 0)
                Q_EMIT finished(m_report);
        });
        HealthRun *started = run.get();
        m_runs.push_back(std::move(run));
        started->start(server.isEmpty() ? TopologyProfile::forHost(deployment, m_report.proxy) : TopologyProfile::forHost(deployment, server), t.target);
    }
    if (m_pending == 0)
        Q_EMIT finished(m_report);
}

} // namespace odoodeploy
