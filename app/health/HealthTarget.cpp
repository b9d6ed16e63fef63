#include "HealthTarget.h"

#include "profile/OdooVersions.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy {

HealthTarget HealthTarget::checksOf(const DeploymentProfile &p)
{
    HealthTarget t;
    if (const TopologyHost *self = TopologyProfile::self(p)) {
        const bool app = TopologyProfile::plays(p, HostRole::App);
        t.checkService = t.checkOdoo = t.checkDatabase = app;
        // Without a files server (one app server) the data folder is the server's own.
        t.checkFilestore = app && TopologyProfile::firstWith(p, HostRole::Files);
        t.checkSite = TopologyProfile::plays(p, HostRole::Proxy);
        t.checkPostgresql = TopologyProfile::plays(p, HostRole::Database);
        if (app)
            t.odooInterface = self->privateAddress;
    }
    return t;
}

HealthTarget HealthTarget::fromProfile(const DeploymentProfile &p)
{
    HealthTarget t = checksOf(p);
    t.address = p.server.host;
    t.domain = p.web.domain.isEmpty() ? p.server.host : p.web.domain;
    t.https = p.web.https();
    t.selfSigned = p.web.certificate == CertificateMode::SelfSigned;
    t.pin = p.web.certificatePin;
    if (!p.web.caFile.isEmpty()) {
        t.extraCaCertificates = QSslCertificate::fromPath(p.web.caFile, QSsl::Pem);
        t.caFile = p.web.caFile;
    }
    t.odooMajor = p.odoo.version.section(QLatin1Char('.'), 0, 0).toInt();
    t.odooPort = p.odoo.httpPort;
    t.realtimePort = p.odoo.longpollingPort;
    t.realtime = p.performance.workers > 0;
    t.serviceName = p.service.name;
    return t;
}

HttpExchangeRequest HealthTarget::request(bool tls, const QString &host, int port, const QString &path) const
{
    HttpExchangeRequest r;
    r.address = host;
    r.port = port;
    r.tls = tls;
    r.serverName = domain;
    r.path = path;
    if (tls) {
        r.pin = pin;
        r.extraCaCertificates = extraCaCertificates;
        r.caFile = caFile;
    }
    r.timeoutMs = timeoutMs;
    return r;
}

HttpExchangeRequest HealthTarget::testRequest() const
{
    return request(https, address, https ? httpsPort : httpPort, QStringLiteral("/"));
}

HealthTarget HealthTarget::forStaging(const DeploymentProfile &production, const QString &copyPin)
{
    HealthTarget t = fromProfile(StagingProfile::of(production));
    if (StagingProfile::ownName(production)) {
        if (StagingProfile::ownSelfSignedCertificate(production))
            t.pin = copyPin;
        return t;
    }
    if (t.https)
        t.httpsPort = StagingProfile::publicPort(production);
    else
        t.httpPort = StagingProfile::publicPort(production);
    return t;
}

} // namespace odoodeploy
